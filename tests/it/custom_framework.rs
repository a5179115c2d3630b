//! A council's own framework: the example file loads; a faulty file is
//! refused naming each fault's item, line and reason; the shelf in storage
//! keeps valid files only, once each; assessments find their framework.

use best_value_self_assessment::domain::assessment::{Assessment, NewAssessment, Scope};
use best_value_self_assessment::domain::custom_framework::{check_file, Fault, Refusal};
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::save_format::{decode_in, encode, SaveFormatError};
use best_value_self_assessment::report::html::{summary_document_html, SummaryVersion};
use best_value_self_assessment::storage::{
    AddError, AssessmentRepository, FrameworkShelf, KeyValueStore, MemoryStore,
};

use crate::assessment::framework;

/// The example in `docs/framework-format.md`, which the app also offers for download.
const EXAMPLE: &str = include_str!("../../public/framework-example.json");

/// The line (from 1) of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> u32 {
    let index = text.lines().position(|l| l.contains(needle)).expect(needle);
    u32::try_from(index + 1).unwrap()
}

fn faults(refusal: Refusal) -> Vec<Fault> {
    match refusal {
        Refusal::Faults { faults, total } => {
            assert_eq!(faults.len(), total);
            faults
        }
        other => panic!("expected faults, got {other}"),
    }
}

/// (item, line) of each fault, and each fault's words.
fn places(faults: &[Fault]) -> Vec<(Option<&str>, Option<u32>)> {
    faults.iter().map(|f| (f.item.as_deref(), f.line)).collect()
}

#[test]
fn the_example_file_is_a_complete_valid_framework() {
    let built_in = framework();
    let example = check_file(EXAMPLE, &[&built_in]).expect("the example loads");
    assert_eq!(example.info.id, "example-council-framework");
    assert_eq!(example.info.version, "1");
    assert_eq!(example.themes.len(), 2);
    assert!(example.provenances().iter().all(|p| !p.source.is_empty()));
    assert_eq!(
        example.inapplicable_items(&[]),
        ["governance.c03"],
        "it shows a condition"
    );
}

#[test]
fn faults_of_shape_are_each_named_with_their_item_line_and_reason() {
    let text = EXAMPLE
        .replace(
            r#""basis": "added", "source": "Overview"#,
            r#""source": "Overview"#,
        )
        .replace(r#""text": "Senior posts"#, r#""txt": "Senior posts"#);
    let found = faults(check_file(&text, &[]).unwrap_err());
    assert_eq!(
        places(&found),
        [
            (
                Some("governance.c02"),
                Some(line_of(&text, "governance.c02"))
            ),
            (
                Some("leadership.f01"),
                Some(line_of(&text, r#""id": "leadership.f01""#))
            ),
        ]
    );
    assert!(
        found[0].reason.contains("`basis` is missing"),
        "{}",
        found[0]
    );
    assert!(
        found[1]
            .reason
            .contains("`text` is missing (is `txt` a misspelling"),
        "{}",
        found[1]
    );
    let shown = found[1].to_string();
    assert!(
        shown.starts_with(&format!(
            "Line {}, “leadership.f01”: ",
            found[1].line.unwrap()
        )),
        "{shown}"
    );
}

#[test]
fn faults_of_content_are_each_named_with_their_item_line_and_reason() {
    let text = EXAMPLE
        .replace("We have a clear plan", "We have a clear [[corporate plan]]")
        .replace(
            r#""applies_if": "council-company""#,
            r#""applies_if": "runs-a-zoo""#,
        )
        .replace(r#""id": "leadership.c02""#, r#""id": "leadership.c01""#)
        .replace(
            r#""cross_references": ["leadership.f01"]"#,
            r#""cross_references": ["leadership.f09"]"#,
        );
    let found = faults(check_file(&text, &[]).unwrap_err());
    let second_c01 = line_of(&text, "Our statutory officers");
    assert_eq!(
        places(&found),
        [
            // A theme spans lines: its fault is at its opening brace.
            (
                Some("governance"),
                Some(line_of(&text, r#""id": "governance","#) - 1)
            ),
            (Some("governance.c03"), Some(line_of(&text, "runs-a-zoo"))),
            (
                Some("leadership.c01"),
                Some(line_of(&text, "We have a clear"))
            ),
            (Some("leadership.c01"), Some(second_c01)),
        ]
    );
    let reasons: Vec<&str> = found.iter().map(|f| f.reason.as_str()).collect();
    assert!(reasons[0].contains("leadership.f09"), "{reasons:?}");
    assert!(reasons[1].contains("runs-a-zoo"), "{reasons:?}");
    assert!(reasons[2].contains("corporate plan"), "{reasons:?}");
    assert!(reasons[3].contains("more than once"), "{reasons:?}");
}

#[test]
fn broken_json_oversized_files_and_the_built_in_id_are_refused() {
    let found = faults(check_file("{\n  \"framework\": {\n    \"id\": oops\n", &[]).unwrap_err());
    assert_eq!(found[0].line, Some(3), "{}", found[0]);

    let huge = format!("{EXAMPLE}{}", " ".repeat(2 * 1024 * 1024));
    let refusal = check_file(&huge, &[]).unwrap_err();
    assert!(matches!(refusal, Refusal::TooLarge { .. }));
    assert!(refusal.to_string().contains("2 MB"), "{refusal}");

    let copy = EXAMPLE.replace("example-council-framework", "best-value-2024");
    let found = faults(check_file(&copy, &[]).unwrap_err());
    assert!(
        found[0].reason.contains("built-in framework"),
        "{}",
        found[0]
    );
    assert_eq!(found[0].line, Some(2));

    let spaced = EXAMPLE.replace(r#""version": "1""#, r#""version": "1 final""#);
    let found = faults(check_file(&spaced, &[]).unwrap_err());
    assert!(
        found[0].reason.starts_with("The version must be"),
        "{}",
        found[0]
    );
}

#[test]
fn the_shelf_keeps_a_valid_file_once_and_changes_nothing_when_it_refuses() {
    let built_in = framework();
    let store = MemoryStore::new();
    let shelf = FrameworkShelf::new(&store);
    let kept = shelf
        .add(EXAMPLE, &[&built_in])
        .expect("the example is kept");
    let keys = || store.keys_with_prefix("best-value/").unwrap();
    assert_eq!(
        keys(),
        ["best-value/frameworks/example-council-framework/1"]
    );

    let again = shelf.add(EXAMPLE, &[&built_in, &kept]).unwrap_err();
    assert!(
        matches!(again, AddError::Refused(Refusal::Duplicate { .. })),
        "{again}"
    );
    assert!(again.to_string().contains("already loaded"), "{again}");
    let broken = EXAMPLE.replace(r#""code": "GOV","#, "");
    assert!(shelf.add(&broken, &[&built_in, &kept]).is_err());
    assert_eq!(keys().len(), 1, "nothing changed");

    let listed = shelf.list(&built_in).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].framework.as_ref().unwrap(), &kept);

    // A second version of the same framework sits beside the first.
    let v2 = EXAMPLE.replace(r#""version": "1""#, r#""version": "2""#);
    shelf
        .add(&v2, &[&built_in, &kept])
        .expect("a new version is kept");
    assert_eq!(shelf.list(&built_in).unwrap().len(), 2);
}

fn start_on(framework: &Framework) -> Assessment {
    let details = NewAssessment {
        name: "Own framework review".into(),
        council: "Ambridge District Council".into(),
        assessor: "Monitoring Officer".into(),
        scope: Scope::Everything,
        profile: best_value_self_assessment::domain::applicability::CouncilProfile::usual_for(
            framework, "district",
        ),
    };
    Assessment::start(framework, details, "own".into(), 1_764_000_000_000).unwrap()
}

#[test]
fn an_assessment_on_a_kept_framework_finds_it_and_its_summary_names_it() {
    let built_in = framework();
    let own = check_file(EXAMPLE, &[&built_in]).unwrap();
    let mut assessment = start_on(&own);
    assert_eq!(
        assessment.rating("governance.c03"),
        Some("not-applicable"),
        "a district without a company"
    );
    assessment.set_rating(
        "governance.c01",
        Some("well-established".into()),
        1_764_000_000_001,
    );
    let repo = AssessmentRepository::new(MemoryStore::new());
    repo.save(&assessment).unwrap();

    let both = [&built_in, &own];
    let find = |id: &str, version: &str| {
        both.iter()
            .find(|f| {
                f.info.id == id && (f.info.id == "best-value-2024" || f.info.version == version)
            })
            .copied()
    };
    let (loaded, found) = repo.load_in("own", &find).unwrap();
    assert_eq!(loaded, assessment);
    assert_eq!(found.info.title, "Example Council's own framework");

    let nowhere = |_: &str, _: &str| None;
    let err = decode_in(&encode(&assessment), &nowhere).unwrap_err();
    assert!(matches!(err, SaveFormatError::FrameworkNotLoaded { .. }));
    assert!(
        err.to_string().contains("example-council-framework"),
        "{err}"
    );

    let html = summary_document_html(
        &own,
        &assessment,
        SummaryVersion::Members { action_plan: false },
        0,
        "",
    );
    assert!(
        html.contains("Example Council&#39;s own framework, version 1"),
        "the summary names the framework and its version"
    );
}
