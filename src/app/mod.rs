//! The Leptos user interface. Views read and change domain state; the rules
//! live in [`crate::domain`].
//!
//! - [`route`]: the pages as a pure enum, and their hash links.
//! - [`router`]: the signal that follows the URL hash, and focus after navigation.
//! - [`editor`]: the open assessment, kept saved and redrawn item by item.
//! - [`frameworks`]: the built-in framework and councils' own, kept in the browser.
//! - [`offline`]: the service worker that keeps the app on the device, and its updates.
//! - [`pages`]: one module per page; [`components`]: pieces shared between pages.
//! - [`parts`]: the pages fetched when first needed, not in the first download.
//! - [`download`]: files the user downloads.
//! - [`browser`]: the clock, fresh ids and focus.
//! - [`format`]: dates and times as UK councils write them.
//! - [`content_html`]: framework content as HTML strings, for static pages.

pub mod browser;
pub mod components;
pub mod content_html;
pub mod download;
pub mod editor;
pub mod format;
pub mod frameworks;
pub mod offline;
pub mod pages;
pub mod parts;
pub mod route;
pub mod router;

use std::sync::OnceLock;

use leptos::prelude::*;

use crate::domain::content::{self, ContentError};
use crate::domain::framework::Framework;
use route::{Area, Route};

/// The app's name, as shown in the header and every page title.
pub const APP_NAME: &str = "Best Value Self-Assessment";

const FOOTER: &str = concat!(
    "<p>Everything you enter stays in this browser on this device. Nothing is sent anywhere.</p>",
    "<p>Version ",
    env!("CARGO_PKG_VERSION"),
    "</p>"
);

static GUIDE: OnceLock<Result<Framework, ContentError>> = OnceLock::new();

/// The compiled-in framework. Content is immutable and validated by tests, so it
/// is loaded once and shared rather than passed through every component. An
/// open assessment may answer a council's own framework instead: pages about
/// an assessment use [`editor::Editor::framework`].
pub fn guide() -> &'static Framework {
    load_guide().expect("the parts check the content before drawing any page that needs it")
}

/// Loads the compiled-in framework, or says why it cannot be.
pub fn load_guide() -> Result<&'static Framework, &'static ContentError> {
    GUIDE.get_or_init(content::best_value_2024).as_ref()
}

/// The root component: header, navigation and the current page.
#[component]
pub fn App() -> impl IntoView {
    // The static "loading" notice in index.html is only for a page that fails to start.
    if let Some(notice) = document().get_element_by_id("loading") {
        notice.remove();
    }
    let route = router::use_hash_route();
    let pages = parts::PartPages::default();
    view! {
        <a class="skip-link" href="#main-content" on:click=router::skip_to_main>"Skip to main content"</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__name" href=Route::Home.href()>{APP_NAME}</a>
                <nav aria-label="Main">
                    <ul class="site-nav">
                        <NavLink area=Area::Home route=route target=Route::Home label="Home"/>
                        <NavLink area=Area::Guidance route=route target=Route::Guidance label="Guidance"/>
                        <NavLink area=Area::Assessments route=route target=Route::Assessments label="Assessments"/>
                    </ul>
                </nav>
            </div>
        </header>
        <main id="main-content" class="page" tabindex="-1">
            <components::offline_notice::OfflineNotices/>
            {move || pages.page(route.get())}
        </main>
        <footer class="site-footer" inner_html=FOOTER></footer>
    }
    .into_any()
}

/// A main navigation link that says when it is the current section.
#[component]
fn NavLink(
    area: Area,
    route: ReadSignal<Route>,
    target: Route,
    label: &'static str,
) -> impl IntoView {
    let current = move || route.with(|r| r.area() == area);
    view! {
        <li>
            <a
                href=target.href()
                class:current=current
                aria-current=move || current().then_some("page")
            >
                {label}
            </a>
        </li>
    }
}
