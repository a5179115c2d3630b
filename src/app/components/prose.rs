//! Content prose with its glossary terms turned into links.

use leptos::prelude::*;

use crate::app::guide;
use crate::app::route::Route;
use crate::domain::framework::{paragraphs, Framework};
use crate::domain::markup::{plain_text, segments, Segment};

/// Paragraphs of content prose, each a `<p>`.
#[component]
pub fn Prose(text: &'static str) -> impl IntoView {
    paragraphs(text)
        .map(|paragraph| view! { <p>{inline(paragraph)}</p> })
        .collect_view()
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

/// Content prose of `framework`: glossary terms as links for the built-in
/// framework, whose glossary the app shows; plain words for a council's own
/// framework, whose terms the built-in glossary may define differently.
pub fn inline_in(framework: &'static Framework, text: &'static str) -> AnyView {
    if std::ptr::eq(framework, guide()) {
        inline(text).into_any()
    } else {
        plain_text(text).into_any()
    }
}
