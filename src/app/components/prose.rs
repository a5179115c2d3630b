//! Content prose in views: HTML built from framework content by
//! [`crate::app::content_html`], inserted with `inner_html`.

use leptos::prelude::*;

use crate::app::guide;
use crate::app::route::Route;
use crate::domain::markup::{segments, Segment};

/// A page, or a part of one, given as HTML built from trusted content with
/// every string escaped (see [`crate::app::content_html`]).
pub fn static_html(html: String) -> AnyView {
    view! { <div inner_html=html></div> }.into_any()
}

/// One run of content prose without a wrapping element, for use inside headings,
/// list items and table cells.
pub fn inline(text: &'static str) -> impl IntoView {
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.into_any(),
            Segment::Term { text, key, by_id } => {
                let framework = guide();
                let entry = if by_id {
                    framework.glossary_entry(key)
                } else {
                    framework.glossary_entry_named(key)
                };
                match entry {
                    Some(entry) => view! {
                        <a class="term" href=Route::Glossary(Some(entry.id.clone())).href()>{text}</a>
                    }
                    .into_any(),
                    None => text.into_any(),
                }
            }
        })
        .collect_view()
}
