//! A small hash router: a signal that follows `location.hash`, and the focus and
//! title changes a screen-reader user needs after each navigation.
//!
//! `leptos_router` 0.8 only routes on the path, which a static intranet host
//! cannot rewrite; the hash needs no server configuration.

use std::cell::RefCell;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::route::Route;
use super::APP_NAME;

/// The current route, kept in step with the URL hash. After every change of page
/// the new page's `<h1>` gets focus and the document title follows it.
pub fn use_hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current_route());
    let handle = window_event_listener(ev::hashchange, move |_| {
        let next = current_route();
        if route.with_untracked(|r| *r != next) {
            set_route.set(next);
        }
    });
    on_cleanup(move || handle.remove());

    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        // On first load the reader starts at the top of the page as usual;
        // after a link, focus moves to the new heading so it is announced.
        let move_focus = previous.is_some();
        // What had focus when the page changed (the link followed, usually).
        let focused_before = document().active_element();
        request_animation_frame(move || announce_page(move_focus, focused_before));
        now
    });
    route
}

fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

/// An announcement waiting for its page: the page's part of the app was still
/// on its way (see [`crate::app::parts`]) when the route changed.
type Announcement = (bool, Option<web_sys::Element>);

thread_local! {
    static WAITING: RefCell<Option<Announcement>> = const { RefCell::new(None) };
}

/// Makes the announcement a page was waiting for, now that it has been drawn.
pub fn page_arrived() {
    if let Some((move_focus, focused_before)) = WAITING.with(|w| w.borrow_mut().take()) {
        request_animation_frame(move || announce_page(move_focus, focused_before));
    }
}

/// Sets the document title from the page's heading and, when asked, focuses it,
/// or focuses the element the page marked `data-autofocus` (e.g. a glossary entry
/// a link pointed at). Focus moves only if nothing on the new page has taken it
/// already: on a slow tablet a quick user may be typing in a field before this
/// runs, and taking focus from them would lose their keystrokes.
fn announce_page(move_focus: bool, focused_before: Option<web_sys::Element>) {
    let Some(heading) = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        // No heading yet: the page is loading (see `page_arrived`).
        WAITING.with(|w| *w.borrow_mut() = Some((move_focus, focused_before)));
        return;
    };
    WAITING.with(|w| w.borrow_mut().take());
    let text = heading.text_content().unwrap_or_default();
    document().set_title(&format!("{} – {APP_NAME}", text.trim()));
    if user_has_focused_the_page(focused_before) {
        return;
    }
    let target = document()
        .query_selector("main [data-autofocus]")
        .ok()
        .flatten()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        target.scroll_into_view();
        target.focus().ok();
    } else if move_focus {
        heading.set_attribute("tabindex", "-1").ok();
        heading.focus().ok();
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Whether, since the page changed, the user has put focus on something in
/// the page's main content (not the main element itself). The link they
/// followed had focus before the change, so it does not count, even when the
/// new page reuses its element.
fn user_has_focused_the_page(focused_before: Option<web_sys::Element>) -> bool {
    let Some(active) = document().active_element() else {
        return false;
    };
    let Some(main) = document().get_element_by_id("main-content") else {
        return false;
    };
    Some(&active) != focused_before.as_ref() && active != main && main.contains(Some(&active))
}

/// The skip link: moves focus to the main content without touching the hash,
/// which belongs to the router.
pub fn skip_to_main(event: ev::MouseEvent) {
    event.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main-content")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        main.focus().ok();
    }
}
