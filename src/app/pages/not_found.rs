//! The page for a link the app does not know.

use leptos::prelude::*;

use crate::app::components::prose::static_html;
use crate::app::route::Route;

/// Shown for a link the app does not know, e.g. one from an older version.
pub fn not_found_page() -> AnyView {
    static_html(format!(
        "<h1>Page not found</h1>\
         <p>This link does not lead to a page in this version of the app.</p>\
         <p><a href=\"{}\">Go to the home page</a></p>",
        Route::Home.href()
    ))
}
