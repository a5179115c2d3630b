//! The summary as HTML, as a committee and its officers read it: the members'
//! paper (at most six printed pages for a complete assessment) and the
//! officers' full record, both as a fragment for the app and as a
//! self-contained, print-ready document; and how hostile text stays text.

use best_value_self_assessment::domain::assessment::{FlagState, ReportStatus, Scope};
use best_value_self_assessment::domain::section::SectionRef;
use best_value_self_assessment::report::backup::{export_json, read_import};
use best_value_self_assessment::report::csv::action_plan_csv;
use best_value_self_assessment::report::html::{
    level_class, scale_css, summary_document_html, summary_fragment_html, SummaryVersion,
};
use best_value_self_assessment::report::summary::Summary;

use crate::exports::{
    framework, full_assessment, h2s, hostile_assessment, section, start, tags, MEMBERS,
    NOV_25_2026, SUMMARY_CSS,
};

#[test]
fn the_officers_version_is_the_full_record() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    {
        let version = SummaryVersion::Officers;
        let html = summary_fragment_html(&framework, &assessment, version, NOV_25_2026);
        assert!(html.starts_with("<div class=\"summary summary-officers\">"));
        assert!(!html.contains("<h1"), "the app's page has the h1");
        assert_eq!(
            h2s(&html),
            [
                "Members are asked to",
                "Key messages",
                "Overview",
                "Heat map",
                "Warning signs flagged",
                "Action plan",
                "How each theme is rated",
                "Reflections on the principles",
                "Review trail",
                "About this assessment",
            ]
        );

        // Overview: completion and the count of each level per theme.
        let overview = section(&html, "Overview");
        assert!(overview.contains("<dt>Sections completed</dt>"));
        assert!(overview.contains("<dt>Characteristics rated</dt><dd>77 of 77</dd>"));
        assert!(overview
            .contains("<caption>Number of characteristics at each rating, by theme</caption>"));
        for level in framework.scale.all_levels() {
            assert!(
                overview.contains(&level.label),
                "overview lacks {}",
                level.label
            );
        }
        for theme in &framework.themes {
            assert!(overview.contains(&format!("<th scope=\"row\">{}</th>", theme.title)));
        }

        // Heat map: a coloured, marked box per characteristic, and a table.
        let heat = section(&html, "Heat map");
        assert_eq!(
            heat.matches("<li class=\"summary-heatmap-cell level-")
                .count(),
            77
        );
        let gov03 = "<span class=\"summary-heatmap-code\">GOV03</span>";
        assert!(heat.contains(gov03));
        let level = framework
            .scale
            .level(assessment.rating("governance.c03").unwrap())
            .unwrap();
        assert!(heat.contains(&format!(
            "<li class=\"summary-heatmap-cell {}\">{gov03} <span class=\"summary-heatmap-marker\" aria-hidden=\"true\">{}</span><span class=\"summary-hidden\">: {}</span></li>",
            level_class(&level.id),
            level.marker,
            level.label
        )));
        assert!(
            !heat.contains("<table"),
            "the map speaks for itself: no second table"
        );

        // A chart per theme: SVG with title and description (the overview has the figures).
        let themes = section(&html, "How each theme is rated");
        for theme in &framework.themes {
            let id = format!("summary-chart-{}", theme.id);
            assert!(themes.contains(&format!(
                "role=\"img\" aria-labelledby=\"{id}-title {id}-desc\""
            )));
            assert!(themes.contains(&format!(
                "<title id=\"{id}-title\">{}: how its",
                theme.title
            )));
            assert!(themes.contains(&format!("<desc id=\"{id}-desc\">")));
        }
        assert_eq!(themes.matches("<svg").count(), framework.themes.len());
        assert_eq!(
            themes.matches("<section class=\"summary-theme\">").count(),
            framework.themes.len()
        );

        // Flagged warning signs, with notes; never given a score.
        let flags = section(&html, "Warning signs flagged");
        assert!(flags.contains("never scored"));
        assert!(flags.contains("Note on governance.f02"));
        assert!(
            !flags.contains("Note on governance.f01"),
            "not-present signs are not listed"
        );
        assert!(flags.contains("Partly present") && flags.contains(">Present<"));

        // Action plan in due-date order, undated last.
        let plan = section(&html, "Action plan");
        let first_date = plan
            .find("<time datetime=\"2026-12-31\">31 December 2026</time>")
            .unwrap();
        let later_date = plan
            .find("<time datetime=\"2027-03-31\">31 March 2027</time>")
            .unwrap();
        let latest_date = plan
            .find("<time datetime=\"2027-06-30\">30 June 2027</time>")
            .unwrap();
        let undated = plan
            .find("<td class=\"summary-due\"><span class=\"summary-missing\">Not set</span>")
            .unwrap();
        assert!(first_date < later_date && later_date < latest_date && latest_date < undated);
        assert!(plan.contains("Action for GOV"));

        // Reflections and the method note.
        let reflections = section(&html, "Reflections on the principles");
        assert!(reflections.contains("Our reflection on prevention.q2."));
        let method = section(&html, "About this assessment");
        assert!(method.contains("<dt>Assessed by</dt><dd>Head of Policy &amp; Performance</dd>"));
        assert!(method.contains(
            "<dt>Started</dt><dd><time datetime=\"2026-03-03\">3 March 2026</time></dd>"
        ));
        assert!(method.contains("<dt>Summary produced</dt><dd><time datetime=\"2026-11-25\">25 November 2026</time></dd>"));
        assert!(method.contains(&framework.info.version));
        assert!(method.contains(&framework.info.id));
        for level in framework.scale.all_levels() {
            assert!(
                method.contains(&level.meaning),
                "method note lacks the meaning of {}",
                level.id
            );
        }
    }
}

#[test]
fn evidence_is_in_the_officers_version_only() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    let officers = summary_fragment_html(
        &framework,
        &assessment,
        SummaryVersion::Officers,
        NOV_25_2026,
    );
    let members = summary_fragment_html(&framework, &assessment, MEMBERS, NOV_25_2026);
    assert!(officers.contains("Evidence for GOV03: reported to Audit &amp; Standards Committee."));
    assert!(officers.contains("<p>Second paragraph for GOV03.</p>"));
    assert!(officers.contains("Annual Governance Statement 2025/26, section"));
    assert!(!members.contains("Evidence for GOV03"));
    assert!(!members.contains("Second paragraph"));
    assert!(!members.contains("Annual Governance Statement 2025/26, section"));
    assert!(members.contains(
        "The full summary for officers gives each characteristic’s wording, rating and evidence."
    ));
    assert!(members.len() < officers.len());
}

#[test]
fn warning_signs_never_change_the_ratings_or_counts() {
    let framework = framework();
    let flagged = full_assessment(&framework);
    let mut unflagged = flagged.clone();
    for theme in &framework.themes {
        for f in &theme.failure_indicators {
            unflagged.set_flag_state(&f.id, Some(FlagState::NotPresent), 1);
        }
    }
    let a = Summary::build(&framework, &flagged, 0);
    let b = Summary::build(&framework, &unflagged, 0);
    assert_eq!(a.overview.totals, b.overview.totals);
    for (x, y) in a.themes.iter().zip(&b.themes) {
        assert_eq!(x.counts, y.counts);
        assert_eq!(x.ratings, y.ratings);
    }
    assert!(!a.flagged.is_empty());
    assert!(b.flagged.is_empty());
}

#[test]
fn summary_covers_only_sections_in_scope() {
    let framework = framework();
    let mut a = full_assessment(&framework);
    a.scope = Scope::Chosen(vec![
        SectionRef::Theme("culture".into()),
        SectionRef::Principle("prevention".into()),
    ]);
    let html = summary_fragment_html(&framework, &a, SummaryVersion::Officers, NOV_25_2026);
    assert!(html.contains("<h3>Culture</h3>"));
    assert!(!html.contains("GOV03"));
    assert!(!html.contains("Our reflection on expectations.q1."));
    assert!(html.contains("Our reflection on prevention.q1."));
    assert_eq!(html.matches("<svg").count(), 1);
}

#[test]
fn fragment_is_safe_to_insert_under_a_strict_policy() {
    let framework = framework();
    for assessment in [full_assessment(&framework), hostile_assessment(&framework)] {
        for version in SummaryVersion::ALL {
            let html = summary_fragment_html(&framework, &assessment, version, NOV_25_2026);
            assert!(!html.contains("<script"), "no script");
            assert!(!html.contains("<style"), "no style element");
            assert!(!html.contains(" style="), "no style attribute");
            assert!(!html.contains("<img"), "no images");
            assert!(!html.contains(" href="), "no links");
            for tag in tags(&html) {
                for attribute in tag.split_whitespace().skip(1) {
                    let name = attribute.split('=').next().unwrap();
                    assert!(!name.starts_with("on"), "event handler in {tag}");
                    assert_ne!(name, "style", "style attribute in {tag}");
                }
            }
        }
    }
}

#[test]
fn document_is_self_contained_and_print_ready() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    let doc = summary_document_html(
        &framework,
        &assessment,
        SummaryVersion::Officers,
        NOV_25_2026,
        SUMMARY_CSS,
    );
    assert!(doc.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    assert!(doc.contains("<meta charset=\"utf-8\">"));
    assert!(doc.contains(
        "<title>Borsetshire County Council: 2026 annual self-assessment – Full summary for officers (Draft)</title>"
    ));
    for forbidden in [
        "<script", "http://", "https://", "src=", "url(", "@import", "<link", "<img", "<iframe",
    ] {
        assert!(!doc.contains(forbidden), "the document holds {forbidden:?}");
    }
    // The stylesheet and the scale's colours are embedded.
    assert!(doc.contains(SUMMARY_CSS));
    assert!(doc.contains(&scale_css(&framework.scale)));
    assert!(scale_css(&framework.scale)
        .contains(".level-well-established { background-color: #005a30; color: #ffffff; }"));
    // The heading block on the first page: council, name, date and status.
    let header = &doc[doc.find("<header").unwrap()..doc.find("</header>").unwrap()];
    assert!(header.contains("Borsetshire County Council"));
    assert!(header.contains("<h1 class=\"summary-title\">2026 annual self-assessment</h1>"));
    assert!(header.contains("25 November 2026"));
    assert!(header.contains("<strong class=\"summary-status summary-status-draft\">Draft</strong>"));
    assert!(doc.contains("<main>\n<div class=\"summary summary-officers\">"));
    // Every printed page: council and title, status, and "Page N of M".
    assert!(doc.contains(
        "@page { @top-left { content: \"Borsetshire County Council: 2026 annual self-assessment\"; } \
         @top-right { content: \"Draft\"; } @bottom-left { content: \"Full summary for officers\"; } \
         @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); } }"
    ));
    assert!(doc.len() < 1_000_000, "well under 1 MB: {}", doc.len());
}

#[test]
fn print_css_sets_a4_and_breaks_before_each_theme() {
    let css = SUMMARY_CSS;
    assert!(css.contains("@page {\n  size: A4;"));
    let print = &css[css.find("@media print").expect("a print block")..];
    let rule = print
        .find(".summary-theme + .summary-theme")
        .expect("a rule for themes");
    let block = &print[rule..print[rule..].find('}').unwrap() + rule];
    assert!(block.contains("break-before: page"), "{block}");
    assert!(
        css.contains("print-color-adjust: exact"),
        "the heat map keeps its colours in print"
    );
    // Only summary-* and level-* classes, so nothing clashes with the app.
    for (i, _) in css.match_indices('.') {
        let rest = &css[i + 1..];
        if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            assert!(
                rest.starts_with("summary") || rest.starts_with("level-"),
                "unprefixed class: {}",
                &rest[..20.min(rest.len())]
            );
        }
    }
}

#[test]
fn final_status_shows_as_final() {
    let framework = framework();
    let mut a = full_assessment(&framework);
    a.status = ReportStatus::Final;
    let doc = summary_document_html(&framework, &a, MEMBERS, NOV_25_2026, SUMMARY_CSS);
    assert!(doc.contains("<strong class=\"summary-status summary-status-final\">Final</strong>"));
    assert!(!doc.contains(">Draft<"));
    assert!(!doc.contains("This is a draft"));
    assert!(doc.contains("(Final)</title>"));
}

#[test]
fn hostile_text_shows_as_text_everywhere() {
    let framework = framework();
    let a = hostile_assessment(&framework);
    let escaped_script = "&lt;script&gt;alert(1)&lt;/script&gt;";
    let escaped_img = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
    for version in SummaryVersion::ALL {
        let doc = summary_document_html(&framework, &a, version, NOV_25_2026, SUMMARY_CSS);
        assert!(!doc.contains("<script"), "{version:?}");
        assert!(!doc.contains("<img"), "{version:?}");
        for tag in tags(&doc) {
            assert!(!tag.contains("onerror"), "{version:?}: {tag}");
        }
        assert!(doc.contains(&format!(
            "<title>Council {escaped_img}: Review {escaped_script}"
        )));
        assert!(doc.contains(&format!(
            "<h1 class=\"summary-title\">Review {escaped_script}</h1>"
        )));
        // In the page margins too, where it is a CSS string inside <style>.
        assert!(doc.contains(
            "@top-left { content: \"Council \\\"\\3e \\3c img src=x onerror=alert(1)\\3e : Review \\3c script\\3e alert(1)\\3c /script\\3e \"; }"
        ));
        assert!(doc.contains(&format!("Council {escaped_img}</p>")));
        assert!(
            doc.contains(&format!("Gap {escaped_script}")),
            "action plan"
        );
        assert!(
            doc.contains(&format!("Action {escaped_img}")),
            "action plan"
        );
        assert!(doc.contains("Owner &amp; deputy"));
        if version == SummaryVersion::Officers {
            assert!(
                doc.contains(&format!("Note {escaped_script}")),
                "warning-sign note"
            );
            assert!(doc.contains(&format!("Reflection {escaped_script} &amp; {escaped_img}")));
            assert!(doc.contains(&format!("Tom &amp; Jerry {escaped_script} {escaped_img}")));
            assert!(doc.contains(&format!("<li>Ref {escaped_img}</li>")));
            // A web address is shown as text, not a link.
            assert!(doc.contains("<li>https://intranet.example.gov.uk/ags.pdf</li>"));
            assert!(!doc.contains("href="));
        }
    }
    // The CSV and JSON carry the text unchanged.
    let csv = action_plan_csv(&framework, &a);
    assert!(csv.contains("Gap <script>alert(1)</script>"));
    assert!(
        read_import(&export_json(&a), &framework)
            .unwrap()
            .assessment
            == a
    );
}

#[test]
fn a_bare_assessment_still_gives_a_readable_summary() {
    let framework = framework();
    let a = start(&framework, "New", "Borsetshire");
    let html = summary_fragment_html(&framework, &a, SummaryVersion::Officers, NOV_25_2026);
    assert!(html.contains("<dt>Characteristics rated</dt><dd>0 of 77</dd>"));
    assert!(html.contains("No warning sign was judged present or partly present."));
    assert!(html.contains("warning signs have not yet been judged"));
    assert!(html.contains("so there are no actions"));
    assert!(html.contains("No evidence recorded."));
    assert!(html.contains("Not answered."));
}
