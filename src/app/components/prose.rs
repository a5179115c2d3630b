//! Content prose and other trusted HTML in views: strings built by
//! [`crate::app::content_html`] and the pages' pure builders, inserted with
//! `inner_html`.

use leptos::prelude::*;

/// A page, or a part of one, given as HTML built from trusted content with
/// every string escaped (see [`crate::app::content_html`]).
pub fn static_html(html: String) -> AnyView {
    view! { <div inner_html=html></div> }.into_any()
}
