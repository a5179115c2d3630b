//! Where the content comes from, as a monitoring officer would check it: every
//! item says its basis and source, seed citations point at real paragraphs, and
//! the facts the first review found wrong or out of date stay corrected.

use best_value_self_assessment::domain::content::best_value_2024;
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::markup::plain_text;
use best_value_self_assessment::domain::provenance::{Basis, ItemKind};

fn framework() -> Framework {
    best_value_2024().expect("the built-in framework loads and validates")
}

/// The numbered paragraphs of the council report the seed is (sections 1 to 5).
fn seed_paragraphs() -> Vec<String> {
    let sections = [(1, 4), (2, 10), (3, 8), (4, 4), (5, 1)];
    sections
        .iter()
        .flat_map(|&(section, last)| (1..=last).map(move |n| format!("{section}.{n}")))
        .collect()
}

/// Every paragraph number cited as `§3.4`, or as a range `§2.2–2.3`, in a source.
fn cited_paragraphs(source: &str) -> Vec<String> {
    fn number(text: &str) -> (&str, &str) {
        let end = text
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(text.len());
        (text[..end].trim_end_matches('.'), &text[end..])
    }
    let mut out = Vec::new();
    for part in source.split('§').skip(1) {
        let (first, rest) = number(part);
        out.push(first.to_owned());
        if let Some(range_end) = rest.strip_prefix('–') {
            out.push(number(range_end).0.to_owned());
        }
    }
    out
}

#[test]
fn every_item_has_a_basis_and_a_source() {
    let framework = framework();
    let provenances = framework.provenances();
    let answerable = framework.characteristics().count()
        + framework.failure_indicators().count()
        + framework
            .principles
            .iter()
            .map(|p| p.questions.len())
            .sum::<usize>();
    let items = framework.principles.len()
        + framework.themes.len()
        + framework.intervention.steps.len()
        + answerable;
    assert_eq!(provenances.len(), items, "every item is listed once");
    for p in &provenances {
        assert!(!p.source.trim().is_empty(), "{} has a source", p.item_id);
    }
    for basis in Basis::ALL {
        assert!(
            provenances.iter().any(|p| p.basis == basis),
            "some item rests on {}",
            basis.id()
        );
    }
}

#[test]
fn seed_items_cite_a_real_paragraph_and_other_bases_say_what_they_rest_on() {
    let paragraphs = seed_paragraphs();
    for p in framework().provenances() {
        for cited in cited_paragraphs(p.source) {
            assert!(
                paragraphs.contains(&cited),
                "{} cites §{cited}, which the council report does not have",
                p.item_id
            );
        }
        let source = p.source.to_lowercase();
        match p.basis {
            Basis::Seed => assert!(
                p.source.starts_with('§'),
                "{} rests on the council report, so its source starts with the paragraph",
                p.item_id
            ),
            Basis::FinalGuide => assert!(
                source.contains("final guide"),
                "{} says which report of the final guide it rests on",
                p.item_id
            ),
            Basis::Derived => assert!(
                source.starts_with("from the") && p.source.contains('§'),
                "{} names the theme or paragraph it is drawn from",
                p.item_id
            ),
            Basis::Added => assert!(
                !p.source.starts_with('§'),
                "{} names the law, code or guidance it comes from",
                p.item_id
            ),
        }
    }
}

#[test]
fn items_the_council_report_does_not_discuss_do_not_cite_it() {
    let framework = framework();
    // Each of these cited the report in version 1, which says nothing of them.
    for id in [
        "use-of-resources.c04",
        "use-of-resources.f08",
        "continuous-improvement.c06",
        "governance.c10",
        "governance.c11",
        "partnerships.c03",
        "partnerships.c06",
        "culture.c07",
        "governance.c08",
        "use-of-resources.f05",
    ] {
        let p = framework.provenance(id).unwrap();
        assert_ne!(p.basis, Basis::Seed, "{id} does not rest on the report");
    }
    let principle = framework.provenance("continuous-improvement").unwrap();
    assert_eq!(principle.kind, ItemKind::Principle);
    assert_eq!(
        principle.basis,
        Basis::FinalGuide,
        "'no council is expected to be perfect' is the final guide's"
    );
}

#[test]
fn oflog_appears_only_as_closed_and_never_as_a_regulator() {
    let framework = framework();
    for item in framework.texts() {
        let text = plain_text(item.text);
        if !text.contains("Oflog") || ["source", "term"].contains(&item.field) {
            continue;
        }
        let lower = text.to_lowercase();
        assert!(
            lower.contains("closure") || lower.contains("close oflog"),
            "{} {} mentions Oflog without its closure: {text}",
            item.item_id,
            item.field
        );
        assert!(
            !text.contains("regulators, such as") || !text.contains("Oflog,"),
            "{} lists Oflog among regulators",
            item.item_id
        );
    }
    let oflog = framework.glossary_entry("oflog").unwrap();
    assert!(oflog.definition.contains("16 December 2024"));
    assert!(oflog.definition.contains("not a regulator"));
    for (_, c) in framework.characteristics() {
        assert!(
            !c.evidence.iter().any(|e| e.contains("Oflog")),
            "{} offers Oflog data as evidence",
            c.id
        );
    }
}

#[test]
fn glossary_states_the_corrected_legal_details_with_sources() {
    let framework = framework();
    let entry = |id: &str| framework.glossary_entry(id).unwrap();
    let s114 = &entry("s114-notice").definition;
    for detail in ["21 days", "new agreements", "in writing"] {
        assert!(s114.contains(detail), "the s114 entry says {detail}");
    }
    assert!(entry("prudential-code").definition.contains("have regard"));
    assert!(entry("commissioners").definition.contains("council pays"));
    assert!(entry("best-value-inspection")
        .definition
        .contains("council pays"));
    let mo = &entry("monitoring-officer").definition;
    for detail in ["Head of Paid Service", "Chief Finance Officer", "21 days"] {
        assert!(
            mo.contains(detail),
            "the Monitoring Officer entry says {detail}"
        );
    }
    let icb = entry("integrated-care-board");
    assert!(
        !icb.aliases.iter().any(|a| a.contains("Partnership")),
        "an Integrated Care Partnership is not an Integrated Care Board"
    );
    assert_eq!(
        framework
            .glossary_entry_named("Integrated Care Partnership")
            .unwrap()
            .id,
        "integrated-care-partnership"
    );
    for id in [
        "s114-notice",
        "prudential-code",
        "commissioners",
        "best-value-inspection",
        "monitoring-officer",
        "oflog",
        "local-authority-data-explorer",
        "local-audit-backstop",
    ] {
        assert!(
            entry(id).source.is_some(),
            "{id} says where its facts come from"
        );
    }
}

#[test]
fn the_duty_is_to_make_arrangements_not_to_keep_improving() {
    let framework = framework();
    let principle = framework.principle("continuous-improvement").unwrap();
    let text = format!("{} {}", principle.summary, principle.description);
    assert!(text.contains("make arrangements"));
    assert!(!text.contains("must keep improving"));
    assert!(framework
        .glossary_entry("best-value-duty")
        .unwrap()
        .definition
        .contains("make arrangements to secure continuous improvement"));
}

#[test]
fn the_accounts_warning_sign_allows_for_the_audit_backstop() {
    let framework = framework();
    assert!(framework
        .failure_indicator("use-of-resources.f06")
        .is_none());
    let (_, sign) = framework.failure_indicator("use-of-resources.f11").unwrap();
    assert!(sign.text.contains("local audit backstop"));
    let backstop = framework.glossary_entry("local-audit-backstop").unwrap();
    assert!(backstop.definition.contains("disclaimed"));
    assert!(backstop
        .source
        .as_deref()
        .unwrap()
        .contains("13 December 2024"));
}

#[test]
fn about_this_content_explains_each_basis_and_lists_the_sources() {
    let framework = framework();
    let about = framework.info.about_content.as_deref().unwrap();
    for words in [
        "draft guide (2023)",
        "final guide (2024)",
        "tool's own reading",
        "another source",
        "not reproduce",
    ] {
        assert!(about.contains(words), "the page explains {words}");
    }
    for id in ["seed", "final-guide", "runnymede", "oflog-closure"] {
        assert!(framework.source(id).is_some(), "source {id} is listed");
    }
    assert!(framework
        .source("final-guide")
        .unwrap()
        .url
        .as_deref()
        .is_some_and(|url| url.starts_with("https://www.gov.uk/")));
}

#[test]
fn the_summary_never_calls_the_tool_s_statements_the_guide_s() {
    use best_value_self_assessment::domain::assessment::Scope;
    use best_value_self_assessment::report::html::{summary_document_html, SummaryVersion};
    let framework = framework();
    let assessment = crate::assessment::start(&framework, Scope::Everything);
    let members = summary_document_html(
        &framework,
        &assessment,
        SummaryVersion::Members { action_plan: false },
        0,
        "",
    );
    assert!(members.contains("this tool’s own plain-English wording of the guide’s principles and themes, not the statutory text"));
    let html = summary_document_html(&framework, &assessment, SummaryVersion::Officers, 0, "");
    assert!(html.contains("They are this tool's own wording, based on the statutory guide"));
    assert!(html.contains("not the guide's official list of characteristics"));
    assert!(
        html.contains("48 from the draft guide (2023)"),
        "counts by basis"
    );
    assert!(html.contains("7 from good practice from another source"));
    for wrong in ["named in the guidance", "summary of the statutory guide"] {
        assert!(!html.contains(wrong), "{wrong}");
        assert!(!members.contains(wrong), "{wrong}");
    }
}
