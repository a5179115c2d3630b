//! How work leaves the app: file names and the assessment as JSON (import
//! and its refusals: `import.rs`; the action plan as CSV: `csv.rs`); and the
//! fixtures the summary's tests share (`summary.rs`, `key_messages.rs`), built
//! as a user would, through the public API of `Assessment`.

use best_value_self_assessment::domain::assessment::{
    Assessment, FlagState, ImprovementAction, NewAssessment, Scope,
};
use best_value_self_assessment::domain::content::best_value_2024;
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::save_format::{self, SCHEMA_VERSION};
use best_value_self_assessment::report::backup::{
    export_file_name, export_json, read_import, summary_file_name,
};
use best_value_self_assessment::report::html::SummaryVersion;

/// The summary's stylesheet, which the app reads from the page it has loaded.
pub const SUMMARY_CSS: &str = include_str!("../../style/summary.css");

/// 25 November 2026, 10:00 UTC.
pub const NOV_25_2026: i64 = 1_795_600_800_000;
/// 3 March 2026, 09:00 UTC.
pub const MAR_3_2026: i64 = 1_772_528_400_000;

pub const SCRIPT: &str = "<script>alert(1)</script>";
pub const IMG: &str = "\"><img src=x onerror=alert(1)>";

pub fn framework() -> Framework {
    best_value_2024().unwrap()
}

pub fn start(framework: &Framework, name: &str, council: &str) -> Assessment {
    let details = NewAssessment {
        name: name.into(),
        council: council.into(),
        assessor: "Head of Policy & Performance".into(),
        scope: Scope::Everything,
        profile: crate::assessment::runs_everything(framework),
    };
    Assessment::start(framework, details, "a1".into(), MAR_3_2026).unwrap()
}

/// Due dates given in turn to actions; the blank one leaves an action undated.
const DUES: [&str; 4] = ["2027-03-31", "2026-12-31", "", "2027-06-30"];

/// An assessment with every characteristic rated (each level and "not
/// applicable" in turn), evidence and a reference for each, actions where
/// needed, every warning sign judged (some present or partly present, with
/// notes) and every reflective question answered. Sections that can be are
/// marked complete.
pub fn full_assessment(framework: &Framework) -> Assessment {
    let mut a = start(
        framework,
        "2026 annual self-assessment",
        "Borsetshire County Council",
    );
    let scale = &framework.scale;
    let mut levels: Vec<String> = scale.levels.iter().map(|l| l.id.clone()).collect();
    levels.push(scale.not_applicable.id.clone());
    let now = MAR_3_2026 + 1_000;
    for (i, (theme, c)) in framework.characteristics().enumerate() {
        let code = theme.display_code(c);
        a.set_rating(&c.id, Some(levels[i % levels.len()].clone()), now);
        a.set_narrative(
            &c.id,
            format!("Evidence for {code}: reported to Audit & Standards Committee.\n\nSecond paragraph for {code}."),
            now,
        );
        a.set_references(
            &c.id,
            vec![format!("Annual Governance Statement 2025/26, section {i}")],
            now,
        );
        if a.needs_action(scale, &c.id) {
            let action = ImprovementAction {
                gap: format!("Gap for {code}"),
                action: format!("Action for {code}"),
                owner: "Monitoring Officer".into(),
                due: DUES[i % DUES.len()].into(),
                ..Default::default()
            };
            a.set_action(&c.id, action, now);
        }
    }
    for theme in &framework.themes {
        for (n, f) in theme.failure_indicators.iter().enumerate() {
            let state = [FlagState::NotPresent, FlagState::Partly, FlagState::Present][n % 3];
            a.set_flag_state(&f.id, Some(state), now);
            if state != FlagState::NotPresent {
                a.set_flag_note(&f.id, format!("Note on {}", f.id), now);
            }
        }
    }
    for p in &framework.principles {
        for q in &p.questions {
            a.set_reflection(&q.id, format!("Our reflection on {}.", q.id), now);
        }
    }
    for section in a.sections(framework) {
        // Sections with an undated action stay in progress, as they would for a user.
        let _ = a.mark_complete(framework, &section, now);
    }
    a
}

/// The full assessment with hostile text in every field a user can type.
pub fn hostile_assessment(framework: &Framework) -> Assessment {
    let mut a = start(
        framework,
        &format!("Review {SCRIPT}"),
        &format!("Council {IMG}"),
    );
    let theme = framework.theme("governance").unwrap();
    let c = &theme.characteristics[0];
    let f = &theme.failure_indicators[0];
    let q = &framework.principles[0].questions[0];
    let now = MAR_3_2026 + 1;
    a.set_rating(&c.id, Some(framework.scale.levels[2].id.clone()), now);
    a.set_narrative(&c.id, format!("Tom & Jerry {SCRIPT} {IMG}"), now);
    a.set_references(
        &c.id,
        vec![
            format!("Ref {IMG}"),
            "https://intranet.example.gov.uk/ags.pdf".into(),
        ],
        now,
    );
    a.set_action(
        &c.id,
        ImprovementAction {
            gap: format!("Gap {SCRIPT}"),
            action: format!("Action {IMG}"),
            owner: "Owner & deputy".into(),
            due: "2027-01-31".into(),
            ..Default::default()
        },
        now,
    );
    a.set_flag_state(&f.id, Some(FlagState::Present), now);
    a.set_flag_note(&f.id, format!("Note {SCRIPT}"), now);
    a.set_reflection(&q.id, format!("Reflection {SCRIPT} & {IMG}"), now);
    a
}

/// The members' version without the appendix.
pub const MEMBERS: SummaryVersion = SummaryVersion::Members { action_plan: false };

/// The text of every `<h2>`, in order.
pub fn h2s(html: &str) -> Vec<&str> {
    html.split("<h2>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</h2>").unwrap()])
        .collect()
}

/// Every tag in `html`. User text is escaped, so each `<` starts a real tag.
pub fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .map(|rest| &rest[..rest.find('>').expect("every tag closes")])
        .collect()
}

/// The part of `html` from `start` up to the end of its `<section>`.
pub fn section<'a>(html: &'a str, heading: &str) -> &'a str {
    let start = html
        .find(&format!("<h2>{heading}</h2>"))
        .unwrap_or_else(|| panic!("no section headed {heading:?}"));
    let rest = &html[start..];
    // Sections hold nested theme <section>s only under "How each theme is rated";
    // the next <h2> (or the end of the summary) bounds every section.
    let end = rest[4..].find("<h2>").map_or(rest.len(), |i| i + 4);
    &rest[..end]
}

// ---------------------------------------------------------------------------
// JSON export and import

#[test]
fn json_export_round_trips_losslessly() {
    let framework = framework();
    for assessment in [full_assessment(&framework), hostile_assessment(&framework)] {
        let first = export_json(&assessment);
        let preview = read_import(&first, &framework).expect("our own export imports");
        assert_eq!(preview.assessment, assessment);
        let second = export_json(&preview.assessment);
        assert_eq!(first, second, "export, import, export gives the same file");
        let saved = save_format::decode(&first).unwrap();
        assert_eq!(saved.schema, SCHEMA_VERSION);
        assert_eq!(saved.assessment, assessment);
    }
}

#[test]
fn json_export_is_the_versioned_format_and_compact() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    let text = export_json(&assessment);
    let value: serde_json::Value = serde_json::from_str(&text).expect("any JSON parser reads it");
    assert_eq!(value["format"], "best-value-self-assessment");
    assert_eq!(value["schema"], SCHEMA_VERSION);
    assert_eq!(value["framework"]["id"], framework.info.id.as_str());
    assert_eq!(value["assessment"]["name"], assessment.name.as_str());
    assert_eq!(
        text.lines().count(),
        1,
        "compact: the same text as the record kept in the browser"
    );
    assert_eq!(text, save_format::encode(&assessment));
}

#[test]
fn export_file_names_are_safe_ascii() {
    let framework = framework();
    let mut a = full_assessment(&framework);
    a.rename("Café review: 2026/27 <draft>", NOV_25_2026)
        .unwrap();
    assert_eq!(
        export_file_name(&a, "json"),
        "cafe-review-2026-27-draft-2026-11-25.json"
    );
    assert_eq!(
        export_file_name(&a, ".members.html"),
        "cafe-review-2026-27-draft-2026-11-25.members.html"
    );
    let names: Vec<String> = [
        SummaryVersion::Members { action_plan: false },
        SummaryVersion::Members { action_plan: true },
        SummaryVersion::Officers,
    ]
    .into_iter()
    .map(|version| summary_file_name(&a, version))
    .collect();
    assert_eq!(
        names,
        [
            "cafe-review-2026-27-draft-summary-for-members-2026-11-25.html",
            "cafe-review-2026-27-draft-summary-for-members-with-action-plan-2026-11-25.html",
            "cafe-review-2026-27-draft-full-summary-for-officers-2026-11-25.html",
        ],
        "each version has its own name, so one download never replaces another"
    );
    a.rename("★★★", NOV_25_2026).unwrap();
    assert_eq!(export_file_name(&a, "csv"), "assessment-2026-11-25.csv");
}
