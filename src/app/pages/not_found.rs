use leptos::prelude::*;

use crate::app::route::Route;

/// Shown for a link the app does not know, e.g. one from an older version.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p>"This link does not lead to a page in this version of the app."</p>
        <p><a href=Route::Home.href()>"Go to the home page"</a></p>
    }
}
