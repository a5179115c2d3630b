//! The guidance explorer: principles, themes, the intervention ladder, the
//! glossary and search, readable offline on a tablet.
//!
//! The pages are HTML strings from [`super::guidance_html`]; only the glossary
//! filter and the search box are reactive, and they too show their results as
//! strings.

use leptos::prelude::*;

use super::guidance_html;
use crate::app::components::prose::static_html;
use crate::app::guide;
use crate::domain::search::search;

/// The principles and themes as a list, with what the framework is.
pub fn index_page() -> AnyView {
    static_html(guidance_html::index(guide()))
}

/// A principle and its reflective questions.
pub fn principle_page(id: &str) -> AnyView {
    static_html(
        guidance_html::principle(guide(), id)
            .unwrap_or_else(|| guidance_html::missing_item(guide(), "principle")),
    )
}

/// A theme: its description, what good looks like, warning signs and related themes.
pub fn theme_page(id: &str) -> AnyView {
    static_html(
        guidance_html::theme(guide(), id)
            .unwrap_or_else(|| guidance_html::missing_item(guide(), "theme")),
    )
}

/// The ladder of support and intervention, and how intervention ends.
pub fn intervention_page() -> AnyView {
    static_html(guidance_html::intervention(guide()))
}

/// The glossary, with a filter box. `open` names an entry to scroll to.
#[component]
pub fn GlossaryPage(open: Option<String>) -> impl IntoView {
    let framework = guide();
    let (filter, set_filter) = signal(String::new());
    let entries = Memo::new(move |_| {
        filter.with(|f| guidance_html::glossary_entries(framework, f, open.as_deref()))
    });
    let count = Signal::derive(move || match entries.with(|(_, shown)| *shown) {
        1 => "1 term".to_owned(),
        n => format!("{n} terms"),
    });
    let list = Signal::derive(move || entries.with(|(html, _)| html.clone()));
    let head = guidance_html::page_head(
        framework,
        "Glossary",
        Some("Terms used in the guidance and in this app."),
    );
    view! {
        <div inner_html=head></div>
        <div class="field">
            <label for="glossary-filter">"Filter terms"</label>
            <input
                id="glossary-filter"
                type="search"
                autocomplete="off"
                prop:value=filter
                on:input:target=move |ev| set_filter.set(ev.target().value())
            />
        </div>
        <p class="result-count" aria-live="polite">{count}</p>
        <dl class="glossary" inner_html=list></dl>
    }
}

/// Search over all guidance text, showing matches as the user types.
#[component]
pub fn SearchPage() -> impl IntoView {
    let framework = guide();
    let (query, set_query) = signal(String::new());
    let hits = Memo::new(move |_| query.with(|q| search(framework, q)));
    let count =
        Signal::derive(move || query.with(|q| guidance_html::search_count(q, hits.with(Vec::len))));
    let results =
        Signal::derive(move || hits.with(|h| guidance_html::search_results(framework, h)));
    view! {
        <div inner_html=guidance_html::page_head(framework, "Search the guidance", None)></div>
        <div class="field">
            <label for="guidance-search">"Search for a word or phrase"</label>
            <p class="hint" id="guidance-search-hint">"For example: s151, peer challenge, scrutiny"</p>
            <input
                id="guidance-search"
                type="search"
                autocomplete="off"
                aria-describedby="guidance-search-hint"
                prop:value=query
                on:input:target=move |ev| set_query.set(ev.target().value())
            />
        </div>
        <p class="result-count" aria-live="polite">{count}</p>
        <ul class="search-results" inner_html=results></ul>
    }
}
