//! The versioned format in which an assessment is saved in the browser and
//! exported to a file. Every record carries the schema version and the
//! framework id and version, so a record written by any earlier release still
//! loads (through [`migrate`]) and is never read against the wrong questions.

mod assessment_json;
mod baseline_json;
mod carried_json;
mod review_json;
mod stamps_json;

use thiserror::Error;

use super::assessment::{Assessment, FlagState};
use super::content::migrations_into;
use super::framework::Framework;
use super::json::{self, read::Fields, Json};

/// Marks a file or record as ours, so a stray JSON file is refused clearly.
pub const FORMAT: &str = "best-value-self-assessment";

/// The schema this release writes. Raise it, and add a step to [`migrate`],
/// whenever the shape of [`Assessment`] changes in a way old records lack:
/// a release reads older records, and refuses newer ones rather than dropping
/// what it does not know when it saves them again.
///
/// - 1: the first release (field stamps, the council's profile and answers
///   carried between framework versions were added to it, read as optional).
/// - 2: the committee paper's words and sign-off (`paper`).
/// - 3: year on year: the baseline, action status and history, the review
///   trail and the approval (who approved moved there from `paper`).
pub const SCHEMA_VERSION: u32 = 3;

/// Which framework a record answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

/// The envelope around a saved assessment.
#[derive(Debug, Clone, PartialEq)]
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
    #[error("it answers version {found} of the framework, and this copy of the app cannot bring its answers into version {expected}")]
    OtherVersion { found: String, expected: String },
    #[error("it answers the framework “{id}” (version {version}), which is not loaded in this browser. Load that framework's file on the Frameworks page first")]
    FrameworkNotLoaded { id: String, version: String },
}

/// Writes an assessment in the current format, as compact JSON: the same
/// text is the record in the browser and the backup file.
pub fn encode(assessment: &Assessment) -> String {
    let mut out = String::with_capacity(4096);
    json::write::object(&mut out, |o| {
        o.str("format", FORMAT);
        o.int("schema", i64::from(SCHEMA_VERSION));
        o.object("framework", |f| {
            f.str("id", &assessment.framework_id);
            f.str("version", &assessment.framework_version);
        });
        assessment_json::write(o.member("assessment"), assessment);
    });
    out
}

/// Reads a record or file written by this or any earlier release.
pub fn decode(text: &str) -> Result<SavedAssessment, SaveFormatError> {
    let value = json::parse(text).map_err(|_| SaveFormatError::NotJson)?;
    // Valid JSON of another shape is someone else's file, not a broken one.
    let Json::Object(top) = &value else {
        return Err(SaveFormatError::NotOurs);
    };
    if !matches!(top.get("format"), Some(Json::String(f)) if f == FORMAT) {
        return Err(SaveFormatError::NotOurs);
    }
    let schema = match top.get("schema") {
        Some(Json::Number(n)) => u32::try_from(*n).unwrap_or(u32::MAX),
        _ => return Err(damaged("it has no format version")),
    };
    if schema > SCHEMA_VERSION {
        return Err(SaveFormatError::NewerSchema {
            found: schema,
            supported: SCHEMA_VERSION,
        });
    }
    let value = migrate(value, schema)?;
    let read = || -> Result<SavedAssessment, json::read::ShapeError> {
        let mut fields = Fields::of(&value, "", 1, false)?;
        let (framework, path) = fields.need("framework")?;
        let mut framework = Fields::of(framework, &path, 1, false)?;
        let framework = FrameworkRef {
            id: framework.string("id")?,
            version: framework.string("version")?,
        };
        let (assessment, path) = fields.need("assessment")?;
        Ok(SavedAssessment {
            format: FORMAT.to_owned(),
            schema: SCHEMA_VERSION,
            framework,
            assessment: assessment_json::read(assessment, &path)?,
        })
    };
    read().map_err(|err| SaveFormatError::Damaged(err.to_string()))
}

fn damaged(reason: &str) -> SaveFormatError {
    SaveFormatError::Damaged(reason.to_owned())
}

/// Brings a record from an older schema up to [`SCHEMA_VERSION`], one step at a time.
///
/// Each future step is a match arm that rewrites the parsed record and
/// recurses with `from + 1`.
pub fn migrate(record: Json, from: u32) -> Result<Json, SaveFormatError> {
    match from {
        SCHEMA_VERSION => Ok(record),
        // A schema 1 record has no `paper`, which reads as blank.
        1 => migrate(record, 2),
        // A schema 2 record has none of schema 3's members, which read as
        // empty; its `paper.approved_by` is read as the approval's name.
        2 => migrate(record, 3),
        // Schema 0 never shipped.
        _ => Err(SaveFormatError::Damaged(format!(
            "format version {from} is not known"
        ))),
    }
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

/// Finds the framework a record answers, by the framework's id and version:
/// the app's own, or a council's own framework loaded in this browser.
pub type FindFramework<'f> = dyn Fn(&str, &str) -> Option<&'f Framework> + 'f;

/// Decodes a record, finds the framework it answers, and checks it against
/// that framework (see [`fit`]).
pub fn decode_in<'f>(
    text: &str,
    find: &FindFramework<'f>,
) -> Result<(Assessment, &'f Framework), SaveFormatError> {
    let saved = decode(text)?;
    let FrameworkRef { id, version } = &saved.framework;
    let framework = find(id, version).ok_or_else(|| SaveFormatError::FrameworkNotLoaded {
        id: id.clone(),
        version: version.clone(),
    })?;
    Ok((fit(saved, framework)?, framework))
}

/// Decodes and checks a record against the framework it must answer (see [`fit`]).
pub fn decode_for(text: &str, framework: &Framework) -> Result<Assessment, SaveFormatError> {
    fit(decode(text)?, framework)
}

/// Checks a decoded record against the framework it must answer: the same
/// framework id; answers given against an older version carried over to the
/// current one through the mapping the app ships ([`migrations_into`]), a
/// version with no mapping refused; then every answered id and rating known.
pub fn fit(saved: SavedAssessment, framework: &Framework) -> Result<Assessment, SaveFormatError> {
    let mut assessment = saved.assessment;
    if saved.framework.id != framework.info.id || assessment.framework_id != framework.info.id {
        return Err(SaveFormatError::OtherFramework {
            found: saved.framework.id,
            expected: framework.info.id.clone(),
        });
    }
    if assessment.framework_version != framework.info.version {
        let other_version = || SaveFormatError::OtherVersion {
            found: assessment.framework_version.clone(),
            expected: framework.info.version.clone(),
        };
        let migrations = migrations_into(framework);
        let step = migrations
            .iter()
            .find(|m| m.from_version == assessment.framework_version)
            .ok_or_else(other_version)?;
        assessment
            .carry_over(framework, step)
            .map_err(|err| SaveFormatError::Damaged(err.0))?;
    }
    check_items(&assessment, framework)?;
    Ok(assessment)
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
    for (id, flag) in &assessment.flags {
        match framework.failure_indicator(id) {
            None => unknown.push(id.clone()),
            // "Not applicable" is offered only for a warning sign with a condition.
            Some((_, f))
                if f.applies_if.is_none() && flag.state == Some(FlagState::NotApplicable) =>
            {
                unknown.push(FlagState::NotApplicable.id().to_owned())
            }
            Some(_) => {}
        }
    }
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
