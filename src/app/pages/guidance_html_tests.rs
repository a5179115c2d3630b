//! Tests of the guidance pages as HTML strings: what each page shows, the
//! glossary filter, search results, and that nothing in them escapes the
//! strict Content-Security-Policy or the escaping.

use super::*;
use crate::app::content_html::tests::{assert_csp_safe, framework};
use crate::domain::provenance::where_from;
use crate::domain::search::search;
use crate::report::html::escape_html;

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn index_links_every_principle_and_theme_under_its_heading() {
    let framework = framework();
    let html = index(&framework);
    assert!(html.starts_with("<nav class=\"sub-nav\" aria-label=\"Guidance\"><ul><li><a href=\"#/guidance\">Principles and themes</a></li>"));
    assert!(html.contains("<h1>The Best Value guidance</h1>"));
    assert!(html.contains("<h2 id=\"principles\">Principles</h2>"));
    assert!(html.contains("<h2 id=\"themes\">Themes of good practice</h2>"));
    assert_eq!(
        count(&html, "<li class=\"card\">"),
        framework.principles.len() + framework.themes.len()
    );
    assert!(html.contains(
        "<h3><a href=\"#/principles/local-accountability\">Local accountability</a></h3>"
    ));
    let governance = framework.theme("governance").unwrap();
    assert!(html.contains("<h3><a href=\"#/themes/governance\">Governance</a></h3>"));
    assert!(html.contains(&format!(
        "<p class=\"meta\">{} characteristics, {} warning signs</p>",
        governance.characteristics.len(),
        governance.failure_indicators.len()
    )));
}

#[test]
fn a_principle_page_lists_its_questions_by_id_with_its_source() {
    let framework = framework();
    let principle = &framework.principles[0];
    let html = super::principle(&framework, &principle.id).unwrap();
    assert!(html.contains(&format!(
        "<p class=\"caption\">Principle</p><h1>{}</h1>",
        principle.title
    )));
    assert!(html.contains("<h2>Questions to reflect on</h2><ol class=\"question-list\">"));
    for q in &principle.questions {
        assert!(html.contains(&format!("<li id=\"{}\"><p class=\"question\">", q.id)));
    }
    assert_eq!(
        count(&html, "<p class=\"hint\">"),
        principle.questions.len()
    );
    // Each question, and the principle itself, says where it comes from.
    assert_eq!(
        count(&html, "<p class=\"provenance\">Where this comes from: "),
        principle.questions.len()
    );
    assert!(html.ends_with(&format!(
        "<p class=\"source\">This principle: {}.</p>",
        escape_html(&where_from(principle.basis, &principle.source))
    )));
    assert_eq!(super::principle(&framework, "no-such-principle"), None);
}

#[test]
fn a_theme_page_shows_characteristics_with_codes_warning_signs_and_related_themes() {
    let framework = framework();
    let theme = framework.theme("leadership").unwrap();
    let html = super::theme(&framework, "leadership").unwrap();
    assert!(html.contains("<h1>Leadership</h1>"));
    for c in &theme.characteristics {
        assert!(html.contains(&format!(
            "<li id=\"{}\"><p class=\"statement\"><span class=\"code\">{}</span> ",
            c.id,
            theme.display_code(c)
        )));
    }
    assert_eq!(
        count(
            &html,
            "<details><summary>Examples of evidence</summary><ul><li>"
        ),
        theme.characteristics.len()
    );
    for f in &theme.failure_indicators {
        assert!(html.contains(&format!("<li id=\"{}\">", f.id)));
    }
    assert!(html.contains("<h2>Related themes</h2><ul><li><a href=\"#/themes/"));
    assert!(html.contains("<li><a href=\"#/themes/governance\">Governance</a></li>"));
    assert!(html.contains("<a class=\"term\" href=\"#/glossary/monitoring-officer\">"));
    assert_eq!(super::theme(&framework, "no-such-theme"), None);
}

#[test]
fn the_ladder_says_which_steps_are_statutory() {
    let framework = framework();
    let html = intervention(&framework);
    let steps = &framework.intervention.steps;
    assert_eq!(count(&html, "<p class=\"tag\">"), steps.len());
    assert_eq!(
        count(&html, "<p class=\"tag\">Statutory power</p>"),
        steps.iter().filter(|s| s.statutory).count()
    );
    assert!(html.contains("<h2>How intervention ends</h2><div class=\"prose\"><p>"));
}

#[test]
fn the_glossary_filter_matches_terms_aliases_and_definitions() {
    let framework = framework();
    let (_, all) = glossary_entries(&framework, "", None);
    assert_eq!(all, framework.glossary.len());
    let (html, shown) = glossary_entries(&framework, "  MONITORING ", None);
    assert!(shown >= 1 && shown < all);
    assert!(html.contains("<dt>Monitoring Officer"));
    let (html, _) = glossary_entries(&framework, "s151", None);
    assert!(html.contains("id=\"term-section-151-officer\""));
    assert_eq!(
        glossary_entries(&framework, "zebra crossing quota", None),
        (String::new(), 0)
    );
}

#[test]
fn only_the_glossary_entry_linked_to_is_marked_to_take_focus() {
    let framework = framework();
    let (html, _) = glossary_entries(&framework, "", Some("monitoring-officer"));
    assert_eq!(count(&html, "data-autofocus"), 1);
    assert!(html.contains(
        "<div class=\"glossary__entry open\" id=\"term-monitoring-officer\" tabindex=\"-1\" data-autofocus=\"\"><dt>Monitoring Officer"
    ));
    assert_eq!(
        count(&html, "tabindex=\"-1\""),
        framework.glossary.len(),
        "every entry can take focus"
    );
}

#[test]
fn search_results_link_a_principle_and_a_theme_that_share_an_id() {
    let framework = framework();
    let hits = search(&framework, "continuous improvement");
    let html = search_results(&framework, &hits);
    assert_eq!(count(&html, "<li>"), hits.len());
    assert!(html.contains(
        "<li><p class=\"caption\">Principle</p><a href=\"#/principles/continuous-improvement\">"
    ));
    assert!(html.contains(
        "<li><p class=\"caption\">Theme</p><a href=\"#/themes/continuous-improvement\">"
    ));
    assert_eq!(search_count("s", 0), "");
    assert_eq!(search_count(" zebra ", 0), "No results for “zebra”");
    assert_eq!(search_count("s151", 1), "1 result for “s151”");
    assert_eq!(search_count("s151", 4), "4 results for “s151”");
}

#[test]
fn no_page_holds_anything_the_strict_csp_blocks() {
    let framework = framework();
    let mut pages = vec![
        index(&framework),
        intervention(&framework),
        missing_item(&framework, "theme"),
        page_head(&framework, "Glossary", Some("Terms")),
        glossary_entries(&framework, "", Some("monitoring-officer")).0,
        search_results(&framework, &search(&framework, "officer")),
    ];
    pages.extend(
        framework
            .principles
            .iter()
            .filter_map(|p| super::principle(&framework, &p.id)),
    );
    pages.extend(
        framework
            .themes
            .iter()
            .filter_map(|t| super::theme(&framework, &t.id)),
    );
    for html in pages {
        assert_csp_safe(&html);
    }
}

#[test]
fn content_with_markup_characters_shows_as_text() {
    let mut framework = framework();
    framework.themes[0].title = "<script>alert(\"x\")</script>".to_owned();
    framework.themes[0].characteristics[0].evidence[0] = "<img src=x onerror=alert(1)>".to_owned();
    framework.glossary[0].term = "Tom & \"Jerry\"".to_owned();
    let id = framework.themes[0].id.clone();
    let page = super::theme(&framework, &id).unwrap();
    assert!(page.contains("<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>"));
    assert!(page.contains("<li>&lt;img src=x onerror=alert(1)&gt;</li>"));
    assert!(!page.contains("<script") && !page.contains("<img"));
    assert!(index(&framework).contains("&lt;script&gt;"));
    let (glossary, _) = glossary_entries(&framework, "", None);
    assert!(glossary.contains("<dt>Tom &amp; &quot;Jerry&quot;"));
}

#[test]
fn a_theme_page_says_where_each_item_comes_from_and_lists_items_asked_elsewhere() {
    let framework = framework();
    let mut crossed = 0;
    for theme in &framework.themes {
        let html = super::theme(&framework, &theme.id).unwrap();
        assert_eq!(
            count(&html, "<p class=\"provenance\">Where this comes from: "),
            theme.characteristics.len() + theme.failure_indicators.len(),
            "{}",
            theme.id
        );
        assert!(!html.contains("The characteristics of a well-functioning council"));
        let elsewhere = framework.cross_referenced(theme);
        assert_eq!(
            html.contains("<h2>Also part of this theme</h2>"),
            !elsewhere.is_empty()
        );
        for q in elsewhere {
            let home = framework.theme_of_item(q.id()).unwrap();
            assert!(html.contains(&format!(
                "<p class=\"meta\">In <a href=\"#/themes/{}\">",
                home.id
            )));
            crossed += 1;
        }
        assert_csp_safe(&html);
    }
    assert!(crossed > 0, "the content cross-refers some items");
}
