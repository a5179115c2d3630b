//! The guidance explorer's pages as HTML strings, built from the framework by
//! pure functions (see [`crate::app::content_html`] for why strings, and what
//! they may hold). Headings, ids, classes and link texts are the ones readers,
//! the router's focus handling and the browser tests rely on.
//!
//! Each item (a principle's question, a characteristic, a warning sign, a
//! rung of the ladder, a glossary entry) is written by its own function, so
//! something shown under every item is one change in one place.

use crate::app::content_html::ContentHtml;
use crate::app::route::Route;
use crate::domain::framework::{
    Characteristic, FailureIndicator, Framework, GlossaryEntry, InterventionStep, Principle,
    ReflectiveQuestion, Theme,
};
use crate::domain::markup::plain_text;
use crate::domain::provenance::{where_from, Basis};
use crate::domain::question::Question;
use crate::domain::search::{HitPlace, SearchHit, MIN_QUERY_CHARS};

/// Links to the other guidance pages, shown at the top of each.
fn nav(html: &mut ContentHtml) {
    html.raw("<nav class=\"sub-nav\" aria-label=\"Guidance\"><ul>");
    for (route, label) in [
        (Route::Guidance, "Principles and themes"),
        (Route::Intervention, "Support and intervention"),
        (Route::Glossary(None), "Glossary"),
        (Route::Search, "Search the guidance"),
        (Route::AboutContent, "About this content"),
    ] {
        html.raw("<li>").link(&route, label).raw("</li>");
    }
    html.raw("</ul></nav>");
}

/// The principles and themes as lists, with what the framework is.
pub fn index(framework: &Framework) -> String {
    let mut html = ContentHtml::new(framework);
    nav(&mut html);
    html.raw("<h1>The Best Value guidance</h1><div class=\"prose\">")
        .prose(&framework.info.about)
        .raw("</div><h2 id=\"principles\">Principles</h2>")
        .raw("<p>How government approaches the duty, turned into questions for the council to reflect on.</p>")
        .raw("<ul class=\"card-list\">");
    for p in &framework.principles {
        card(
            &mut html,
            &Route::Principle(p.id.clone()),
            &p.title,
            &p.summary,
        );
        html.raw("</li>");
    }
    html.raw("</ul><h2 id=\"themes\">Themes of good practice</h2>")
        .raw("<p>Statements, written for this tool, of what a well-functioning council does, and warning signs of failure. ")
        .link(&Route::AboutContent, "What is the guide's and what is the tool's")
        .raw("</p>")
        .raw("<ul class=\"card-list\">");
    for t in &framework.themes {
        card(&mut html, &Route::Theme(t.id.clone()), &t.title, &t.summary);
        let counts = format!(
            "{} characteristics, {} warning signs",
            t.characteristics.len(),
            t.failure_indicators.len()
        );
        html.element("<p class=\"meta\">", &counts).raw("</li>");
    }
    html.raw("</ul>");
    html.finish()
}

/// Opens a card of the index: its linked title and summary; the caller closes the `<li>`.
fn card(html: &mut ContentHtml, route: &Route, title: &str, summary: &str) {
    html.raw("<li class=\"card\"><h3>")
        .link(route, title)
        .raw("</h3>")
        .element_inline("<p>", summary);
}

/// A principle and its reflective questions, or `None` if there is no such principle.
pub fn principle(framework: &Framework, id: &str) -> Option<String> {
    let principle = framework.principle(id)?;
    let mut html = ContentHtml::new(framework);
    nav(&mut html);
    html.raw("<p class=\"caption\">Principle</p>")
        .element("<h1>", &principle.title)
        .raw("<div class=\"prose\">")
        .prose(&principle.description)
        .raw("</div><h2>Questions to reflect on</h2><ol class=\"question-list\">");
    for q in &principle.questions {
        reflective_question(&mut html, q);
    }
    html.raw("</ol>");
    principle_source(&mut html, principle);
    Some(html.finish())
}

fn reflective_question(html: &mut ContentHtml, q: &ReflectiveQuestion) {
    item_start(html, "<li id=\"", &q.id);
    html.element_inline("<p class=\"question\">", &q.text)
        .element_inline("<p class=\"hint\">", &q.hint);
    provenance(html, q.basis, &q.source);
    html.raw("</li>");
}

fn principle_source(html: &mut ContentHtml, principle: &Principle) {
    let line = format!(
        "This principle: {}.",
        where_from(principle.basis, &principle.source)
    );
    html.element("<p class=\"source\">", &line);
}

/// A theme: its description, what good looks like, warning signs and related
/// themes, or `None` if there is no such theme.
pub fn theme(framework: &Framework, id: &str) -> Option<String> {
    let theme = framework.theme(id)?;
    let mut html = ContentHtml::new(framework);
    nav(&mut html);
    html.raw("<p class=\"caption\">Theme of good practice</p>")
        .element("<h1>", &theme.title)
        .raw("<div class=\"prose\">")
        .prose(&theme.description)
        .raw("</div><h2>What good looks like</h2>")
        .raw("<p>Statements of what a well-functioning council does in this theme. They are written for this tool, based on the guide, and are not the guide's own list; each says where it comes from.</p>")
        .raw("<ol class=\"characteristic-list\">");
    for c in &theme.characteristics {
        characteristic(&mut html, theme, c);
    }
    html.raw("</ol><h2>Warning signs</h2>")
        .raw("<p>Indicators of potential failure. They are flags to look into, never a score.</p>")
        .raw("<ul class=\"warning-list\">");
    for f in &theme.failure_indicators {
        warning_sign(&mut html, f);
    }
    html.raw("</ul>");
    cross_references(&mut html, theme);
    html.raw("<h2>Related themes</h2><ul>");
    for related in theme.related.iter().filter_map(|r| framework.theme(r)) {
        html.raw("<li>")
            .link(&Route::Theme(related.id.clone()), &related.title)
            .raw("</li>");
    }
    html.raw("</ul>");
    theme_source(&mut html, theme);
    Some(html.finish())
}

fn characteristic(html: &mut ContentHtml, theme: &Theme, c: &Characteristic) {
    item_start(html, "<li id=\"", &c.id);
    html.raw("<p class=\"statement\">")
        .element("<span class=\"code\">", &theme.display_code(c))
        .raw(" ")
        .inline(&c.statement)
        .raw("</p>")
        .element_inline("<p class=\"hint\">", &c.good_looks_like);
    provenance(html, c.basis, &c.source);
    html.raw("<details><summary>Examples of evidence</summary><ul>");
    for example in &c.evidence {
        html.element("<li>", example);
    }
    html.raw("</ul></details></li>");
}

fn warning_sign(html: &mut ContentHtml, f: &FailureIndicator) {
    item_start(html, "<li id=\"", &f.id);
    html.inline(&f.text);
    provenance(html, f.basis, &f.source);
    html.raw("</li>");
}

fn theme_source(html: &mut ContentHtml, theme: &Theme) {
    let line = format!(
        "This theme's description: {}.",
        where_from(theme.basis, &theme.source)
    );
    html.element("<p class=\"source\">", &line);
}

/// The "where this comes from" line under an item.
fn provenance(html: &mut ContentHtml, basis: Basis, source: &str) {
    let line = format!("Where this comes from: {}.", where_from(basis, source));
    html.element("<p class=\"provenance\">", &line);
}

/// Items written once in another theme that bear on this one, each linked to
/// the theme that holds it; nothing if there are none.
fn cross_references(html: &mut ContentHtml, theme: &Theme) {
    let framework = html.framework();
    let items = framework.cross_referenced(theme);
    if items.is_empty() {
        return;
    }
    html.raw("<h2>Also part of this theme</h2><p>These are written once, in another theme, and bear on this one too.</p><ul class=\"cross-references\">");
    for q in items {
        let Some(home) = framework.theme_of_item(q.id()) else {
            continue;
        };
        let name = match q {
            Question::Rating { .. } => q.label(),
            _ => "Warning sign".to_owned(),
        };
        html.raw("<li><p>")
            .element("<span class=\"code\">", &name)
            .raw(" ")
            .text(&plain_text(q.text()))
            .raw("</p><p class=\"meta\">In ")
            .link(&Route::Theme(home.id.clone()), &home.title)
            .raw("</p></li>");
    }
    html.raw("</ul>");
}

/// Writes `open`, the escaped `id` and `">`: the start of an item with an id.
fn item_start(html: &mut ContentHtml, open: &str, id: &str) {
    html.raw(open).text(id).raw("\">");
}

/// The page for a principle or theme id the guidance does not have.
pub fn missing_item(framework: &Framework, kind: &str) -> String {
    let mut html = ContentHtml::new(framework);
    nav(&mut html);
    html.raw("<h1>Page not found</h1>")
        .element("<p>", &format!("This {kind} is not in the guidance."))
        .raw("<p>")
        .link(&Route::Guidance, "See all principles and themes")
        .raw("</p>");
    html.finish()
}

/// The ladder of support and intervention, and how intervention ends.
pub fn intervention(framework: &Framework) -> String {
    let intervention = &framework.intervention;
    let mut html = ContentHtml::new(framework);
    nav(&mut html);
    html.raw("<h1>Support and intervention</h1><div class=\"prose\">")
        .prose(&intervention.intro)
        .raw("</div><h2>From support to intervention</h2><ol class=\"ladder\">");
    for step in &intervention.steps {
        intervention_step(&mut html, step);
    }
    html.raw("</ol><h2>How intervention ends</h2><div class=\"prose\">")
        .prose(&intervention.exit)
        .raw("</div>");
    html.finish()
}

fn intervention_step(html: &mut ContentHtml, step: &InterventionStep) {
    let tag = if step.statutory {
        "Statutory power"
    } else {
        "Not statutory"
    };
    item_start(html, "<li id=\"", &step.id);
    html.element("<h3>", &step.title)
        .element("<p class=\"tag\">", tag)
        .element_inline("<p>", &step.description);
    provenance(html, step.basis, &step.source);
    html.raw("</li>");
}

/// The top of a page that has interactive parts below: the navigation, the
/// `<h1>` and, if given, an introduction.
pub fn page_head(framework: &Framework, title: &str, intro: Option<&str>) -> String {
    let mut html = ContentHtml::new(framework);
    nav(&mut html);
    html.element("<h1>", title);
    if let Some(intro) = intro {
        html.element("<p>", intro);
    }
    html.finish()
}

/// Whether a glossary entry matches the filter: its term, an alias or its
/// definition holds it, ignoring case. An empty filter matches every entry.
pub fn glossary_matches(entry: &GlossaryEntry, filter: &str) -> bool {
    let needle = filter.trim().to_lowercase();
    needle.is_empty()
        || entry.term.to_lowercase().contains(&needle)
        || entry
            .aliases
            .iter()
            .any(|a| a.to_lowercase().contains(&needle))
        || entry.definition.to_lowercase().contains(&needle)
}

/// The glossary entries that match `filter`, for the glossary's `<dl>`, and
/// how many there are. The entry `open` names is marked to take focus.
pub fn glossary_entries(
    framework: &Framework,
    filter: &str,
    open: Option<&str>,
) -> (String, usize) {
    let mut html = ContentHtml::new(framework);
    let mut shown = 0;
    for entry in framework
        .glossary
        .iter()
        .filter(|g| glossary_matches(g, filter))
    {
        glossary_entry(&mut html, entry, open == Some(entry.id.as_str()));
        shown += 1;
    }
    (html.finish(), shown)
}

fn glossary_entry(html: &mut ContentHtml, entry: &GlossaryEntry, open: bool) {
    html.raw(if open {
        "<div class=\"glossary__entry open\" id=\"term-"
    } else {
        "<div class=\"glossary__entry\" id=\"term-"
    })
    .text(&entry.id)
    .raw("\" tabindex=\"-1\"")
    .raw(if open { " data-autofocus=\"\">" } else { ">" })
    .raw("<dt>")
    .text(&entry.term);
    if !entry.aliases.is_empty() {
        let aliases = format!(" (also: {})", entry.aliases.join(", "));
        html.element("<span class=\"aliases\">", &aliases);
    }
    html.raw("</dt>")
        .element_inline("<dd>", &entry.definition)
        .raw("</div>");
}

/// Search hits as the items of the results list: what kind of item, a link
/// to where it is, and its text.
pub fn search_results(framework: &Framework, hits: &[SearchHit]) -> String {
    let mut html = ContentHtml::new(framework);
    for hit in hits {
        html.raw("<li>")
            .element("<p class=\"caption\">", hit.kind.label())
            .link(&hit_route(&hit.place), &hit.heading)
            .element("<p>", &hit.excerpt)
            .raw("</li>");
    }
    html.finish()
}

fn hit_route(place: &HitPlace) -> Route {
    match place {
        HitPlace::Principle { principle_id } => Route::Principle(principle_id.clone()),
        HitPlace::Theme { theme_id } => Route::Theme(theme_id.clone()),
        HitPlace::Glossary { entry_id } => Route::Glossary(Some(entry_id.clone())),
        HitPlace::Intervention => Route::Intervention,
    }
}

/// What the search found, in words, or nothing while the query is too short.
pub fn search_count(query: &str, hits: usize) -> String {
    let q = query.trim();
    if q.chars().count() < MIN_QUERY_CHARS {
        return String::new();
    }
    match hits {
        0 => format!("No results for “{q}”"),
        1 => format!("1 result for “{q}”"),
        n => format!("{n} results for “{q}”"),
    }
}

#[cfg(test)]
#[path = "guidance_html_tests.rs"]
mod tests;
