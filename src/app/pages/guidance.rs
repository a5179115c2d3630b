//! The guidance explorer: principles, themes, the intervention ladder, the
//! glossary and search, readable offline on a tablet.

use leptos::prelude::*;

use crate::app::components::prose::{inline, Prose};
use crate::app::guide;
use crate::app::route::Route;
use crate::domain::framework::Theme;
use crate::domain::markup::plain_text;
use crate::domain::provenance::{where_from, Basis};
use crate::domain::question::Question;
use crate::domain::search::{search, HitPlace, MIN_QUERY_CHARS};
use crate::report::html::escape_html;

/// Links to the other guidance pages, shown at the top of each.
#[component]
fn GuidanceNav() -> impl IntoView {
    view! {
        <nav class="sub-nav" aria-label="Guidance">
            <ul>
                <li><a href=Route::Guidance.href()>"Principles and themes"</a></li>
                <li><a href=Route::Intervention.href()>"Support and intervention"</a></li>
                <li><a href=Route::Glossary(None).href()>"Glossary"</a></li>
                <li><a href=Route::Search.href()>"Search the guidance"</a></li>
                <li><a href=Route::AboutContent.href()>"About this content"</a></li>
            </ul>
        </nav>
    }
}

/// The principles and themes as a list, with what the framework is.
#[component]
pub fn GuidanceIndex() -> impl IntoView {
    let framework = guide();
    view! {
        <GuidanceNav/>
        <h1>"The Best Value guidance"</h1>
        <div class="prose">
            <Prose text=&framework.info.about/>
        </div>
        <h2 id="principles">"Principles"</h2>
        <p>"How government approaches the duty, turned into questions for the council to reflect on."</p>
        <ul class="card-list">
            {framework.principles.iter().map(|p| view! {
                <li class="card">
                    <h3><a href=Route::Principle(p.id.clone()).href()>{p.title.as_str()}</a></h3>
                    <p>{inline(&p.summary)}</p>
                </li>
            }).collect_view()}
        </ul>
        <h2 id="themes">"Themes of good practice"</h2>
        <p>"Statements, written for this tool, of what a well-functioning council does, and warning signs of failure. "<a href=Route::AboutContent.href()>"What is the guide's and what is the tool's"</a></p>
        <ul class="card-list">
            {framework.themes.iter().map(|t| view! {
                <li class="card">
                    <h3><a href=Route::Theme(t.id.clone()).href()>{t.title.as_str()}</a></h3>
                    <p>{inline(&t.summary)}</p>
                    <p class="meta">
                        {format!("{} characteristics, {} warning signs", t.characteristics.len(), t.failure_indicators.len())}
                    </p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// A principle and its reflective questions.
pub fn principle_page(id: &str) -> AnyView {
    let Some(principle) = guide().principle(id) else {
        return missing_item("principle");
    };
    view! {
        <GuidanceNav/>
        <p class="caption">"Principle"</p>
        <h1>{principle.title.as_str()}</h1>
        <div class="prose">
            <Prose text=&principle.description/>
        </div>
        <h2>"Questions to reflect on"</h2>
        <ol class="question-list">
            {principle.questions.iter().map(|q| view! {
                <li id=q.id.clone()>
                    <p class="question">{inline(&q.text)}</p>
                    <p class="hint">{inline(&q.hint)}</p>
                    {provenance(q.basis, &q.source)}
                </li>
            }).collect_view()}
        </ol>
        <p class="source">{format!("This principle: {}.", where_from(principle.basis, &principle.source))}</p>
    }
    .into_any()
}

/// A theme: its description, what good looks like, warning signs and related themes.
pub fn theme_page(id: &str) -> AnyView {
    let framework = guide();
    let Some(theme) = framework.theme(id) else {
        return missing_item("theme");
    };
    view! {
        <GuidanceNav/>
        <p class="caption">"Theme of good practice"</p>
        <h1>{theme.title.as_str()}</h1>
        <div class="prose">
            <Prose text=&theme.description/>
        </div>
        <h2>"What good looks like"</h2>
        <p>"Statements of what a well-functioning council does in this theme. They are written for this tool, based on the guide, and are not the guide's own list; each says where it comes from."</p>
        <ol class="characteristic-list">
            {theme.characteristics.iter().map(|c| view! {
                <li id=c.id.clone()>
                    <p class="statement">
                        <span class="code">{theme.display_code(c)}</span>" "{inline(&c.statement)}
                    </p>
                    <p class="hint">{inline(&c.good_looks_like)}</p>
                    {provenance(c.basis, &c.source)}
                    <details>
                        <summary>"Examples of evidence"</summary>
                        <ul>{c.evidence.iter().map(|e| view! { <li>{e.as_str()}</li> }).collect_view()}</ul>
                    </details>
                </li>
            }).collect_view()}
        </ol>
        <h2>"Warning signs"</h2>
        <p>"Indicators of potential failure. They are flags to look into, never a score."</p>
        <ul class="warning-list">
            {theme.failure_indicators.iter().map(|f| view! {
                <li id=f.id.clone()>{inline(&f.text)}{provenance(f.basis, &f.source)}</li>
            }).collect_view()}
        </ul>
        {cross_references(theme)}
        <h2>"Related themes"</h2>
        <ul>
            {theme.related.iter().filter_map(|r| framework.theme(r)).map(|r| view! {
                <li><a href=Route::Theme(r.id.clone()).href()>{r.title.as_str()}</a></li>
            }).collect_view()}
        </ul>
        <p class="source">{format!("This theme's description: {}.", where_from(theme.basis, &theme.source))}</p>
    }
    .into_any()
}

/// The "where this comes from" line under an item.
fn provenance(basis: Basis, source: &str) -> impl IntoView {
    view! { <p class="provenance">{format!("Where this comes from: {}.", where_from(basis, source))}</p> }
}

/// Items written once in another theme that bear on this one, linked to
/// the theme that holds them: one HTML string, as the content is static.
fn cross_references(theme: &'static Theme) -> Option<impl IntoView> {
    let framework = guide();
    let items = framework.cross_referenced(theme);
    if items.is_empty() {
        return None;
    }
    let mut html = String::from(
        "<h2>Also part of this theme</h2><p>These are written once, in another theme, \
         and bear on this one too.</p><ul class=\"cross-references\">",
    );
    for q in items {
        let Some(home) = framework.theme_of_item(q.id()) else {
            continue;
        };
        let name = match q {
            Question::Rating { .. } => q.label(),
            _ => "Warning sign".to_owned(),
        };
        html.push_str(&format!(
            "<li><p><span class=\"code\">{}</span> {}</p><p class=\"meta\">In <a href=\"{}\">{}</a></p></li>",
            escape_html(&name),
            escape_html(&plain_text(q.text())),
            escape_html(&Route::Theme(home.id.clone()).href()),
            escape_html(&home.title)
        ));
    }
    html.push_str("</ul>");
    Some(view! { <div inner_html=html></div> })
}

fn missing_item(kind: &'static str) -> AnyView {
    view! {
        <GuidanceNav/>
        <h1>"Page not found"</h1>
        <p>{format!("This {kind} is not in the guidance.")}</p>
        <p><a href=Route::Guidance.href()>"See all principles and themes"</a></p>
    }
    .into_any()
}

/// The ladder of support and intervention, and how intervention ends.
#[component]
pub fn InterventionPage() -> impl IntoView {
    let intervention = &guide().intervention;
    view! {
        <GuidanceNav/>
        <h1>"Support and intervention"</h1>
        <div class="prose">
            <Prose text=&intervention.intro/>
        </div>
        <h2>"From support to intervention"</h2>
        <ol class="ladder">
            {intervention.steps.iter().map(|s| view! {
                <li id=s.id.clone()>
                    <h3>{s.title.as_str()}</h3>
                    <p class="tag">{if s.statutory { "Statutory power" } else { "Not statutory" }}</p>
                    <p>{inline(&s.description)}</p>
                    {provenance(s.basis, &s.source)}
                </li>
            }).collect_view()}
        </ol>
        <h2>"How intervention ends"</h2>
        <div class="prose">
            <Prose text=&intervention.exit/>
        </div>
    }
}

/// The glossary, with a filter box. `open` names an entry to scroll to.
#[component]
pub fn GlossaryPage(open: Option<String>) -> impl IntoView {
    let framework = guide();
    let (filter, set_filter) = signal(String::new());
    let matches = move |term: &str, aliases: &[String], definition: &str| {
        let needle = filter.get().trim().to_lowercase();
        needle.is_empty()
            || term.to_lowercase().contains(&needle)
            || aliases.iter().any(|a| a.to_lowercase().contains(&needle))
            || definition.to_lowercase().contains(&needle)
    };
    let shown = Memo::new(move |_| {
        framework
            .glossary
            .iter()
            .filter(|g| matches(&g.term, &g.aliases, &g.definition))
            .count()
    });
    view! {
        <GuidanceNav/>
        <h1>"Glossary"</h1>
        <p>"Terms used in the guidance and in this app."</p>
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
        <p class="result-count" aria-live="polite">
            {move || match shown.get() {
                1 => "1 term".to_owned(),
                n => format!("{n} terms"),
            }}
        </p>
        <dl class="glossary">
            {framework.glossary.iter().map(|g| {
                let id = g.id.clone();
                let is_open = open.as_deref() == Some(id.as_str());
                let hidden = move || !matches(&g.term, &g.aliases, &g.definition);
                view! {
                    <div
                        class="glossary__entry"
                        class:open=is_open
                        class:hidden=hidden
                        id=format!("term-{id}")
                        tabindex="-1"
                        data-autofocus=is_open.then_some("")
                    >
                        <dt>{g.term.as_str()}
                            {(!g.aliases.is_empty()).then(|| view! {
                                <span class="aliases">{format!(" (also: {})", g.aliases.join(", "))}</span>
                            })}
                        </dt>
                        <dd>{inline(&g.definition)}</dd>
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}

/// Search over all guidance text, showing matches as the user types.
#[component]
pub fn SearchPage() -> impl IntoView {
    let framework = guide();
    let (query, set_query) = signal(String::new());
    let hits = Memo::new(move |_| query.with(|q| search(framework, q)));
    view! {
        <GuidanceNav/>
        <h1>"Search the guidance"</h1>
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
        <p class="result-count" aria-live="polite">
            {move || {
                let q = query.get();
                if q.trim().chars().count() < MIN_QUERY_CHARS {
                    String::new()
                } else {
                    match hits.with(Vec::len) {
                        0 => format!("No results for “{}”", q.trim()),
                        1 => format!("1 result for “{}”", q.trim()),
                        n => format!("{n} results for “{}”", q.trim()),
                    }
                }
            }}
        </p>
        <ul class="search-results">
            // Keyed by kind and id: a principle and a theme may share an id.
            <For each=move || hits.get() key=|hit| (hit.kind, hit.item_id.clone()) let:hit>
                <li>
                    <p class="caption">{hit.kind.label()}</p>
                    <a href=hit_href(&hit.place)>{hit.heading.clone()}</a>
                    <p>{hit.excerpt.clone()}</p>
                </li>
            </For>
        </ul>
    }
}

fn hit_href(place: &HitPlace) -> String {
    match place {
        HitPlace::Principle { principle_id } => Route::Principle(principle_id.clone()).href(),
        HitPlace::Theme { theme_id } => Route::Theme(theme_id.clone()).href(),
        HitPlace::Glossary { entry_id } => Route::Glossary(Some(entry_id.clone())).href(),
        HitPlace::Intervention => Route::Intervention.href(),
    }
}
