//! Importing a backup, as a user would: what the preview says, and every
//! refusal in a few plain words that name what is wrong (a file that is not
//! JSON, not an assessment, of another framework or a newer release, too
//! large, damaged, or with impossible dates), with nothing changed.

use best_value_self_assessment::domain::save_format::{self, SaveFormatError, SCHEMA_VERSION};
use best_value_self_assessment::report::backup::{
    export_json, read_import, ImportError, IMPORT_LIMIT_BYTES,
};

use crate::exports::{framework, full_assessment, start};

#[test]
fn import_preview_says_what_the_file_holds() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    let preview = read_import(&export_json(&assessment), &framework).unwrap();
    assert_eq!(preview.name, "2026 annual self-assessment");
    assert_eq!(preview.council, "Borsetshire County Council");
    assert_eq!(preview.assessor, "Head of Policy & Performance");
    assert_eq!(preview.started, "3 March 2026");
    assert_eq!(preview.status, "Draft");
    let (done, total) = assessment.sections_completed(&framework);
    assert_eq!(
        (preview.sections_completed, preview.sections_total),
        (done, total)
    );
    assert_eq!(total, 14);
    assert!(
        done > 0 && done < total,
        "some sections wait for a due date: {done}"
    );
    assert_eq!(preview.characteristics_rated, 77);
    assert_eq!(preview.characteristics_total, 77);
    let needing_action = framework
        .characteristics()
        .filter(|(_, c)| assessment.needs_action(&framework.scale, &c.id))
        .count();
    assert_eq!(preview.actions, needing_action);
    let rows = preview.rows();
    assert!(rows.contains(&("Characteristics rated", "77 of 77".to_owned())));
    assert!(rows.contains(&("Actions in the plan", needing_action.to_string())));
}

#[test]
fn import_accepts_a_byte_order_mark() {
    let framework = framework();
    let text = format!("\u{feff}{}", export_json(&full_assessment(&framework)));
    assert!(read_import(&text, &framework).is_ok());
}

#[test]
fn import_refuses_a_file_that_is_not_json() {
    let framework = framework();
    for text in [
        "",
        "Name,Council\r\nA,B\r\n",
        "<html></html>",
        "{\"format\": ",
    ] {
        let err = read_import(text, &framework).unwrap_err();
        assert_eq!(err, ImportError::Refused(SaveFormatError::NotJson));
        assert_eq!(err.to_string(), "It is not a JSON file.");
    }
}

#[test]
fn import_refuses_json_that_is_not_an_assessment() {
    let framework = framework();
    let err = read_import("{\"name\": \"budget\", \"rows\": []}", &framework).unwrap_err();
    assert_eq!(err, ImportError::Refused(SaveFormatError::NotOurs));
    assert!(err
        .to_string()
        .contains("It is not an assessment saved by Best Value Self-Assessment"));
}

#[test]
fn import_refuses_a_file_for_another_framework() {
    let framework = framework();
    let text =
        export_json(&full_assessment(&framework)).replace("best-value-2024", "cipfa-fm-code");
    let err = read_import(&text, &framework).unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::Refused(SaveFormatError::OtherFramework { .. })
        ),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.starts_with("It is for a different framework"),
        "{message}"
    );
    assert!(message.contains("cipfa-fm-code"), "{message}");
}

#[test]
fn import_refuses_a_file_from_a_newer_schema() {
    let framework = framework();
    let text = export_json(&full_assessment(&framework)).replacen(
        &format!("\"schema\":{SCHEMA_VERSION}"),
        &format!("\"schema\":{}", SCHEMA_VERSION + 1),
        1,
    );
    let err = read_import(&text, &framework).unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::Refused(SaveFormatError::NewerSchema { .. })
        ),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("saved by a newer version of this app"),
        "{err}"
    );
}

#[test]
fn import_refuses_an_oversized_file_and_states_the_limit() {
    let framework = framework();
    let mut text = export_json(&full_assessment(&framework));
    text.push_str(&" ".repeat(IMPORT_LIMIT_BYTES + 1 - text.len()));
    let err = read_import(&text, &framework).unwrap_err();
    assert_eq!(
        err,
        ImportError::TooLarge {
            bytes: IMPORT_LIMIT_BYTES + 1
        }
    );
    let message = err.to_string();
    assert!(
        message.contains("the largest file that can be imported is 5 MB"),
        "{message}"
    );
    // Exactly at the limit is still read (and here is valid JSON).
    text.pop();
    assert!(read_import(&text, &framework).is_ok());
}

#[test]
fn import_refuses_damaged_files_and_unknown_items() {
    let framework = framework();
    let good = export_json(&full_assessment(&framework));
    let unknown = good.replace("governance.c01", "governance.c99");
    let err = read_import(&unknown, &framework).unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::Refused(SaveFormatError::UnknownItems { .. })
        ),
        "{err:?}"
    );
    let damaged = good.replace("\"started_ms\"", "\"begun\"");
    let err = read_import(&damaged, &framework).unwrap_err();
    assert!(
        matches!(err, ImportError::Refused(SaveFormatError::Damaged(_))),
        "{err:?}"
    );
    assert!(err.to_string().starts_with("It is damaged or incomplete"));
}

#[test]
fn a_refusal_never_repeats_the_heading_it_is_shown_under() {
    let framework = framework();
    for text in ["{\"hello\":\"world\"}", "not json", "[]"] {
        let message = read_import(text, &framework).unwrap_err().to_string();
        assert!(!message.contains("cannot be imported"), "{message}");
    }
}

#[test]
fn a_huge_value_where_an_object_belongs_is_refused_in_a_few_words() {
    let framework = framework();
    // 4 MB of text where an answer (an object) belongs: the refusal says where
    // and what was expected, without quoting the value.
    let good = export_json(&full_assessment(&framework));
    let start = good.find("\"governance.c01\":{").unwrap() + "\"governance.c01\":".len();
    let end = start + good[start..].find("},\"governance.c02\"").unwrap() + 1;
    let hostile = format!(
        "{}\"{}\"{}",
        &good[..start],
        "x".repeat(4_000_000),
        &good[end..]
    );
    let message = read_import(&hostile, &framework).unwrap_err().to_string();
    assert!(
        message.len() < 200,
        "{} characters: {}",
        message.len(),
        &message[..200.min(message.len())]
    );
    assert!(
        message.contains("assessment.characteristics[\"governance.c01\"]"),
        "{message}"
    );
    assert!(
        message.contains("expected an object, found a string"),
        "{message}"
    );
}

#[test]
fn a_backup_with_an_absurd_timestamp_is_refused_not_shown_as_year_292278994() {
    let framework = framework();
    let mut assessment = start(&framework, "Tiny", "Borsetshire");
    assessment.started_ms = i64::MAX;
    let text = export_json(&assessment);
    assert!(text.len() < 700, "a small file: {} bytes", text.len());
    let message = read_import(&text, &framework).unwrap_err().to_string();
    assert!(message.contains("between 1990 and 2200"), "{message}");
    // The same record read without the import check still gives a date, not a crash.
    let saved = save_format::decode(&text).unwrap();
    let _ = best_value_self_assessment::domain::dates::CivilDate::from_uk_ms(
        saved.assessment.started_ms,
    );
}
