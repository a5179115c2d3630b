//! The versioned format in which an assessment is saved in the browser and
//! exported to a file. Every record carries the schema version and the
//! framework id and version, so a record written by any earlier release still
//! loads (through [`migrate`]) and is never read against the wrong questions.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

use serde::de::IgnoredAny;
use thiserror::Error;

use super::assessment::Assessment;
use super::framework::Framework;

/// Marks a file or record as ours, so a stray JSON file is refused clearly.
pub const FORMAT: &str = "best-value-self-assessment";

/// The schema this release writes. Raise it, and add a step to [`migrate`],
/// whenever the shape of [`Assessment`] changes in a way old records lack.
pub const SCHEMA_VERSION: u32 = 1;

/// Which framework a record answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

/// The envelope around a saved assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedAssessment {
    pub format: String,
    pub schema: u32,
    pub framework: FrameworkRef,
    pub assessment: Assessment,
}

/// Why a record or file cannot be read. The messages are shown to users.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SaveFormatError {
    #[error("it is not a JSON file")]
    NotJson,
    #[error("it is not an assessment saved by Best Value Self-Assessment")]
    NotOurs,
    #[error("it was saved by a newer version of this app (format {found}; this version reads up to {supported}). Use the newer version, or ask for this one to be updated")]
    NewerSchema { found: u32, supported: u32 },
    #[error("it is for a different framework (“{found}”), not “{expected}”")]
    OtherFramework { found: String, expected: String },
    #[error("it is damaged or incomplete: {0}")]
    Damaged(String),
    #[error("it refers to {count} question(s) or rating(s) this framework does not have, for example “{example}”")]
    UnknownItems { count: usize, example: String },
}

/// Writes an assessment in the current format.
pub fn encode(assessment: &Assessment) -> String {
    let saved = SavedAssessment {
        format: FORMAT.to_owned(),
        schema: SCHEMA_VERSION,
        framework: FrameworkRef {
            id: assessment.framework_id.clone(),
            version: assessment.framework_version.clone(),
        },
        assessment: assessment.clone(),
    };
    serde_json::to_string(&saved).expect("an assessment always serialises")
}

/// The two fields read before anything else, to decide how to read the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    schema: Option<u64>,
}

/// Reads a record or file written by this or any earlier release.
pub fn decode(text: &str) -> Result<SavedAssessment, SaveFormatError> {
    let header: Header = serde_json::from_str(text).map_err(|_| {
        // Valid JSON of another shape is someone else's file, not a broken one.
        match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => SaveFormatError::NotOurs,
            Err(_) => SaveFormatError::NotJson,
        }
    })?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(SaveFormatError::NotOurs);
    }
    let schema = header
        .schema
        .ok_or_else(|| SaveFormatError::Damaged("it has no format version".to_owned()))?;
    let schema = u32::try_from(schema).unwrap_or(u32::MAX);
    if schema > SCHEMA_VERSION {
        return Err(SaveFormatError::NewerSchema {
            found: schema,
            supported: SCHEMA_VERSION,
        });
    }
    let text = migrate(text, schema)?;
    serde_json::from_str(&text).map_err(|err| SaveFormatError::Damaged(describe(&text, &err)))
}

/// The earliest and latest instants a real record can hold: 1 January 1990
/// and 1 January 2200, in milliseconds since the Unix epoch. Anything outside
/// is a damaged or hand-made file, and refusing it keeps date arithmetic sane.
pub const EARLIEST_MS: i64 = 631_152_000_000;
pub const LATEST_MS: i64 = 7_258_118_400_000;

/// Refuses an assessment whose start or last change lies outside
/// [`EARLIEST_MS`]..[`LATEST_MS`]: checked on every file imported.
pub fn check_times(assessment: &Assessment) -> Result<(), SaveFormatError> {
    for (what, ms) in [
        ("started", assessment.started_ms),
        ("last changed", assessment.updated_ms),
    ] {
        if !(EARLIEST_MS..LATEST_MS).contains(&ms) {
            return Err(SaveFormatError::Damaged(format!(
                "the date it was {what} is not between 1990 and 2200"
            )));
        }
    }
    Ok(())
}

/// A short reason for a record that is JSON of our format but the wrong
/// shape: where in the file, and what was expected there. serde's own message
/// can quote a whole multi-megabyte value, so it is never shown as it is.
fn describe(text: &str, err: &serde_json::Error) -> String {
    let message = err.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    let what = if let Some(rest) = message.strip_prefix("invalid type: ") {
        // "invalid type: string \"...\", expected struct X": keep the kinds only.
        let found = rest.split([' ', ',']).next().unwrap_or("value");
        let expected = rest.rsplit_once(", expected ").map_or("", |(_, e)| e);
        format!("there is a {found} where {} belongs", shorten(expected))
    } else {
        shorten(message)
    };
    let path = super::json_path::path_at(text, err.line(), err.column());
    if path.is_empty() {
        what
    } else {
        format!("at {path}, {what}")
    }
}

/// At most 80 characters of a message, cut at a character boundary.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Brings a record from an older schema up to [`SCHEMA_VERSION`], one step at a time.
///
/// The current schema passes through untouched and unparsed, which keeps the
/// common path fast and keeps a JSON tree type out of the bundle until a
/// migration needs one.
pub fn migrate(text: &str, from: u32) -> Result<Cow<'_, str>, SaveFormatError> {
    match from {
        SCHEMA_VERSION => Ok(Cow::Borrowed(text)),
        // Schema 0 never shipped. Each future step is a match arm here that
        // parses `text` into a `serde_json::Value`, rewrites it, and recurses
        // with `from + 1`.
        _ => Err(SaveFormatError::Damaged(format!(
            "format version {from} is not known"
        ))),
    }
}

/// Decodes and checks a record against the framework it must answer: same
/// framework id, and every answered id and rating known to it.
pub fn decode_for(text: &str, framework: &Framework) -> Result<Assessment, SaveFormatError> {
    let saved = decode(text)?;
    if saved.framework.id != framework.info.id || saved.assessment.framework_id != framework.info.id
    {
        return Err(SaveFormatError::OtherFramework {
            found: saved.framework.id,
            expected: framework.info.id.clone(),
        });
    }
    check_items(&saved.assessment, framework)?;
    Ok(saved.assessment)
}

fn check_items(assessment: &Assessment, framework: &Framework) -> Result<(), SaveFormatError> {
    let mut unknown = Vec::new();
    for (id, answer) in &assessment.characteristics {
        if framework.characteristic(id).is_none() {
            unknown.push(id.clone());
        }
        if let Some(level) = &answer.rating {
            if !framework.scale.choices().any(|l| &l.id == level) {
                unknown.push(level.clone());
            }
        }
    }
    let indicators = || framework.themes.iter().flat_map(|t| &t.failure_indicators);
    unknown.extend(
        assessment
            .flags
            .keys()
            .filter(|id| !indicators().any(|f| &f.id == *id))
            .cloned(),
    );
    let questions = || framework.principles.iter().flat_map(|p| &p.questions);
    unknown.extend(
        assessment
            .reflections
            .keys()
            .filter(|id| !questions().any(|q| &q.id == *id))
            .cloned(),
    );
    match unknown.first() {
        None => Ok(()),
        Some(example) => Err(SaveFormatError::UnknownItems {
            count: unknown.len(),
            example: example.clone(),
        }),
    }
}
