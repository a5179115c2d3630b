//! How the answerable items of one framework version map onto the next, kept as
//! data beside the content (`content/migrations/`): every old id that does not
//! survive unchanged is either renamed to a new id, or retired with its old text
//! so a kept answer can still be shown with the question it answered.

use std::collections::HashSet;

use thiserror::Error;

use super::framework::Framework;
use super::json::read::{Fields, ShapeError};
use super::json::Json;

/// The id mapping from one version of a framework to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentMigration {
    /// The framework id, the same in both versions.
    pub framework: String,
    pub from_version: String,
    pub to_version: String,
    /// Old ids whose item lives on under a new id.
    pub renamed: Vec<Renamed>,
    /// Old ids whose item is no longer asked.
    pub retired: Vec<Retired>,
}

/// An item that lives on under a new id, e.g. because it moved theme. For a
/// split item, `to` is the part that keeps the main meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    pub from: String,
    pub to: String,
    /// Why, in a few words, e.g. "Moved to Leadership".
    pub reason: String,
}

/// An item no longer asked. Its old text is kept so an answer to it can still
/// be shown with its question, under "Answers to questions no longer asked".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retired {
    pub id: String,
    pub kind: AnswerKind,
    /// The old statement, warning sign or question, with its glossary markup.
    pub text: String,
    /// Why, in a few words, e.g. "Merged into LEAD09".
    pub reason: String,
    /// The item in the new version that now covers the subject, if any.
    pub covered_by: Option<String>,
}

/// The kinds of item an assessment answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerKind {
    Characteristic,
    FailureIndicator,
    ReflectiveQuestion,
}

impl AnswerKind {
    /// Every kind.
    pub const ALL: [AnswerKind; 3] = [
        AnswerKind::Characteristic,
        AnswerKind::FailureIndicator,
        AnswerKind::ReflectiveQuestion,
    ];

    /// The id used in mapping files, e.g. `failure-indicator`.
    pub fn id(self) -> &'static str {
        match self {
            AnswerKind::Characteristic => "characteristic",
            AnswerKind::FailureIndicator => "failure-indicator",
            AnswerKind::ReflectiveQuestion => "reflective-question",
        }
    }

    /// The kind an id names under the content rules (`theme.cNN`, `theme.fNN`,
    /// `principle.qN`), which validation enforces on every framework.
    pub fn of_id(id: &str) -> Option<AnswerKind> {
        let (_, last) = id.rsplit_once('.')?;
        let digits = |rest: &str| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
        match last.split_at_checked(1)? {
            ("c", rest) if digits(rest) => Some(AnswerKind::Characteristic),
            ("f", rest) if digits(rest) => Some(AnswerKind::FailureIndicator),
            ("q", rest) if digits(rest) => Some(AnswerKind::ReflectiveQuestion),
            _ => None,
        }
    }

    /// A short label, e.g. in a message.
    pub fn label(self) -> &'static str {
        match self {
            AnswerKind::Characteristic => "characteristic",
            AnswerKind::FailureIndicator => "warning sign",
            AnswerKind::ReflectiveQuestion => "question",
        }
    }
}

/// What became of an old id in the new version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate<'a> {
    /// The same id is still asked.
    Unchanged,
    /// The item is asked under this new id.
    Renamed(&'a str),
    /// The item is no longer asked.
    Retired(&'a Retired),
    /// Neither version knows the id: the answer is not this framework's.
    Unknown,
}

/// Why a mapping cannot be used. Each names the id at fault.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MigrationError {
    #[error("the mapping file does not match the expected shape: {0}")]
    Malformed(String),
    #[error("the mapping is for framework `{found}`, not `{expected}`")]
    OtherFramework { found: String, expected: String },
    #[error("the mapping leads to version {found}, but the framework is version {expected}")]
    OtherVersion { found: String, expected: String },
    #[error("the old id `{0}` is mapped more than once")]
    DuplicateOldId(String),
    #[error("`{0}` is listed as renamed or retired, but the new version still has it")]
    StillPresent(String),
    #[error("`{from}` is renamed to `{to}`, which the new version does not have")]
    UnknownTarget { from: String, to: String },
    #[error("`{from}` is renamed to `{to}`, which is a different kind of item")]
    KindChanged { from: String, to: String },
    #[error("`{to}` is the new id of more than one old item")]
    SharedTarget { to: String },
    #[error("`{id}` is retired as a {kind}, but its id names another kind of item")]
    WrongKind { id: String, kind: &'static str },
    #[error("`{id}` is retired as covered by `{covered_by}`, which the new version does not have")]
    UnknownCoveredBy { id: String, covered_by: String },
    #[error("`{id}` has an empty {field}")]
    EmptyText { id: String, field: &'static str },
}

impl ContentMigration {
    /// What became of `old_id` in the new version of `framework`.
    pub fn fate<'a>(&'a self, framework: &Framework, old_id: &str) -> Fate<'a> {
        if let Some(r) = self.renamed.iter().find(|r| r.from == old_id) {
            Fate::Renamed(&r.to)
        } else if let Some(r) = self.retired.iter().find(|r| r.id == old_id) {
            Fate::Retired(r)
        } else if answer_kind_in(framework, old_id).is_some() {
            Fate::Unchanged
        } else {
            Fate::Unknown
        }
    }

    /// Every problem with this mapping as a way into `framework` (the new version).
    pub fn problems(&self, framework: &Framework) -> Vec<MigrationError> {
        let mut out = Vec::new();
        if self.framework != framework.info.id {
            out.push(MigrationError::OtherFramework {
                found: self.framework.clone(),
                expected: framework.info.id.clone(),
            });
        }
        if self.to_version != framework.info.version {
            out.push(MigrationError::OtherVersion {
                found: self.to_version.clone(),
                expected: framework.info.version.clone(),
            });
        }
        let old_ids = self
            .renamed
            .iter()
            .map(|r| &r.from)
            .chain(self.retired.iter().map(|r| &r.id));
        let mut seen = HashSet::new();
        for id in old_ids {
            if !seen.insert(id.as_str()) {
                out.push(MigrationError::DuplicateOldId(id.clone()));
            }
            if answer_kind_in(framework, id).is_some() {
                out.push(MigrationError::StillPresent(id.clone()));
            }
        }
        let mut targets = HashSet::new();
        for r in &self.renamed {
            if r.reason.trim().is_empty() {
                out.push(empty(&r.from, "reason"));
            }
            match answer_kind_in(framework, &r.to) {
                None => out.push(MigrationError::UnknownTarget {
                    from: r.from.clone(),
                    to: r.to.clone(),
                }),
                Some(kind) if AnswerKind::of_id(&r.from) != Some(kind) => {
                    out.push(MigrationError::KindChanged {
                        from: r.from.clone(),
                        to: r.to.clone(),
                    })
                }
                Some(_) => {}
            }
            if !targets.insert(r.to.as_str()) {
                out.push(MigrationError::SharedTarget { to: r.to.clone() });
            }
        }
        for r in &self.retired {
            if AnswerKind::of_id(&r.id) != Some(r.kind) {
                out.push(MigrationError::WrongKind {
                    id: r.id.clone(),
                    kind: r.kind.label(),
                });
            }
            for (field, text) in [("text", &r.text), ("reason", &r.reason)] {
                if text.trim().is_empty() {
                    out.push(empty(&r.id, field));
                }
            }
            if let Some(covered_by) = &r.covered_by {
                if answer_kind_in(framework, covered_by).is_none() {
                    out.push(MigrationError::UnknownCoveredBy {
                        id: r.id.clone(),
                        covered_by: covered_by.clone(),
                    });
                }
            }
        }
        out
    }
}

/// Parses a mapping from its JSON form and checks it against the framework it leads to.
pub fn load(json: &str, framework: &Framework) -> Result<ContentMigration, MigrationError> {
    let migration = parse(json)?;
    match migration.problems(framework).into_iter().next() {
        Some(err) => Err(err),
        None => Ok(migration),
    }
}

/// Parses a mapping from its JSON form, without checking it against a
/// framework: for the mappings compiled into the app, which the tests check
/// against the framework compiled in beside them.
pub fn parse(json: &str) -> Result<ContentMigration, MigrationError> {
    let malformed = |err: &dyn std::fmt::Display| MigrationError::Malformed(err.to_string());
    let value = super::json::parse(json).map_err(|e| malformed(&e))?;
    read(&value).map_err(|e| malformed(&e))
}

/// Reads a mapping file, strictly: every field named, nothing extra.
fn read(value: &Json) -> Result<ContentMigration, ShapeError> {
    let mut f = Fields::of(value, "", 1, true)?;
    let migration = ContentMigration {
        framework: f.string("framework")?,
        from_version: f.string("from_version")?,
        to_version: f.string("to_version")?,
        renamed: f.list("renamed", false, |value, path, line| {
            let mut r = Fields::of(value, path, line, true)?;
            let renamed = Renamed {
                from: r.string("from")?,
                to: r.string("to")?,
                reason: r.string("reason")?,
            };
            r.finish()?;
            Ok(renamed)
        })?,
        retired: f.list("retired", false, |value, path, line| {
            let mut r = Fields::of(value, path, line, true)?;
            let kind = r.string("kind")?;
            let retired = Retired {
                id: r.string("id")?,
                kind: AnswerKind::ALL
                    .into_iter()
                    .find(|k| k.id() == kind)
                    .ok_or_else(|| r.error("`kind` must be one of characteristic, failure-indicator or reflective-question".to_owned()))?,
                text: r.string("text")?,
                reason: r.string("reason")?,
                covered_by: r.opt_string("covered_by")?,
            };
            r.finish()?;
            Ok(retired)
        })?,
    };
    f.finish()?;
    Ok(migration)
}

fn empty(id: &str, field: &'static str) -> MigrationError {
    MigrationError::EmptyText {
        id: id.to_owned(),
        field,
    }
}

/// The kind of answerable item `id` is in `framework`, if it has one.
fn answer_kind_in(framework: &Framework, id: &str) -> Option<AnswerKind> {
    if framework.characteristic(id).is_some() {
        Some(AnswerKind::Characteristic)
    } else if framework.failure_indicator(id).is_some() {
        Some(AnswerKind::FailureIndicator)
    } else if framework
        .principles
        .iter()
        .flat_map(|p| &p.questions)
        .any(|q| q.id == id)
    {
        Some(AnswerKind::ReflectiveQuestion)
    } else {
        None
    }
}
