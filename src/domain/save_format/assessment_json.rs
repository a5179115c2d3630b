//! An assessment as JSON, field by field: the shape every release has saved,
//! read leniently (a field an older release did not write takes its default)
//! and written compactly.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::assessment::{
    ActionStatus, Assessment, CharacteristicAnswer, CommitteePaper, FlagAnswer, FlagState,
    ImprovementAction, PaperPart, ProgressNote, ReportStatus, Scope,
};
use crate::domain::json::read::{self, Fields, ShapeError};
use crate::domain::json::write::{self, ObjectWriter};
use crate::domain::json::Json;
use crate::domain::section::SectionRef;

use super::carried_json;

/// Writes an assessment as a JSON object.
pub fn write(out: &mut String, a: &Assessment) {
    write::object(out, |o| {
        o.str("id", &a.id);
        o.str("name", &a.name);
        o.str("council", &a.council);
        o.str("assessor", &a.assessor);
        o.str("framework_id", &a.framework_id);
        o.str("framework_version", &a.framework_version);
        o.object("scope", |s| match &a.scope {
            Scope::Everything => s.str("kind", "everything"),
            Scope::Chosen(sections) => {
                s.str("kind", "chosen");
                write::list(s.member("sections"), sections, section);
            }
        });
        o.int("started_ms", a.started_ms);
        o.int("updated_ms", a.updated_ms);
        o.str(
            "status",
            match a.status {
                ReportStatus::Draft => "draft",
                ReportStatus::Final => "final",
            },
        );
        if let Some(ms) = a.changed_after_final {
            o.int("changed_after_final", ms);
        }
        write::list(o.member("marked_complete"), &a.marked_complete, section);
        o.object("characteristics", |m| {
            for (id, answer) in &a.characteristics {
                m.object(id, |c| characteristic(c, answer));
            }
        });
        o.object("flags", |m| {
            for (id, flag) in &a.flags {
                m.object(id, |f| {
                    f.opt_str("state", flag.state.map(FlagState::id));
                    f.str("note", &flag.note);
                });
            }
        });
        o.object("reflections", |m| {
            for (id, text) in &a.reflections {
                m.str(id, text);
            }
        });
        super::review_json::write(o, a);
        super::baseline_json::write(o, a);
        carried_json::write(o, a);
        // Left out while blank, as most records' paper is.
        if a.paper != CommitteePaper::default() {
            o.object("paper", |p| {
                for part in PaperPart::ALL {
                    p.str(part.id(), a.paper.text(part));
                }
            });
        }
        super::stamps_json::write(o, &a.stamps);
    });
}

pub(super) fn section(out: &mut String, section: &SectionRef) {
    write::object(out, |s| section_members(s, section));
}

/// A section's `kind` and `id`.
pub(super) fn section_members(s: &mut ObjectWriter, section: &SectionRef) {
    let kind = match section {
        SectionRef::Principle(_) => "principle",
        SectionRef::Theme(_) => "theme",
    };
    s.str("kind", kind);
    s.str("id", section.id());
}

pub(super) fn characteristic(c: &mut ObjectWriter, answer: &CharacteristicAnswer) {
    c.opt_str("rating", answer.rating.as_deref());
    c.str("narrative", &answer.narrative);
    references(c, &answer.references);
    action(c, &answer.action);
}

pub(super) fn references(c: &mut ObjectWriter, references: &[String]) {
    write::list(c.member("references"), references, |out, r| {
        write::string(out, r)
    });
}

/// The `action` member. What came with follow-up (a reason, the history,
/// being carried over) is written only when there is something to say.
pub(super) fn action(c: &mut ObjectWriter, action: &ImprovementAction) {
    c.object("action", |act| {
        act.str("gap", &action.gap);
        act.str("action", &action.action);
        act.str("owner", &action.owner);
        act.str("due", &action.due);
        if !action.reason.is_empty() {
            act.str("reason", &action.reason);
        }
        if !action.history.is_empty() {
            write::list(act.member("history"), &action.history, |out, note| {
                write::object(out, |n| {
                    n.str("date", &note.date);
                    if let Some(status) = note.status {
                        n.str("status", status.id());
                    }
                    if !note.text.is_empty() {
                        n.str("text", &note.text);
                    }
                });
            });
        }
        if action.carried_over {
            act.bool("carried_over", true);
        }
    });
}

/// Reads an assessment from its JSON object at `path`.
pub fn read(value: &Json, path: &str) -> Result<Assessment, ShapeError> {
    let mut f = Fields::of(value, path, 1, false)?;
    let (scope, scope_path) = f.need("scope")?;
    let status = match f.opt_string("status")?.as_deref() {
        None | Some("draft") => ReportStatus::Draft,
        Some("final") => ReportStatus::Final,
        Some(_) => return Err(f.error("`status` must be \"draft\" or \"final\"".into())),
    };
    // Inserted one by one: collecting into a map would carry a sort routine
    // per type into the bundle.
    let mut marked_complete = BTreeSet::new();
    for (value, path) in f.items("marked_complete", false)? {
        marked_complete.insert(read_section(value, &path, f.line())?);
    }
    let mut characteristics = BTreeMap::new();
    for (id, value, path, line) in f.entries("characteristics")? {
        characteristics.insert(id.clone(), read_characteristic(value, &path, line)?);
    }
    let mut flags = BTreeMap::new();
    for (id, value, path, line) in f.entries("flags")? {
        flags.insert(id.clone(), read_flag(value, &path, line)?);
    }
    let mut reflections = BTreeMap::new();
    for (id, value, path, line) in f.entries("reflections")? {
        reflections.insert(id.clone(), read::string(value, &path, line)?);
    }
    let (profile, retired, carried_from) = super::carried_json::read(&mut f)?;
    // Schema 1 records written before the committee paper have none: it is blank.
    let mut paper = CommitteePaper::default();
    let mut approved_by = String::new();
    if let Some((value, path)) = f.take("paper") {
        let mut p = Fields::of(value, &path, f.line(), false)?;
        for part in PaperPart::ALL {
            *paper.text_mut(part) = p.string_or_empty(part.id())?;
        }
        // Schema 2 kept who approved the assessment with the paper's words.
        approved_by = p.string_or_empty("approved_by")?;
    }
    let stamps = super::stamps_json::read(&mut f)?;
    let changed_after_final = match f.take("changed_after_final") {
        None => None,
        Some(_) => Some(f.int("changed_after_final")?),
    };
    let (reviews, mut approval) = super::review_json::read(&mut f)?;
    if approval.by.is_empty() {
        approval.by = approved_by;
    }
    let baseline = super::baseline_json::read(&mut f, &characteristics)?;
    Ok(Assessment {
        id: f.string("id")?,
        name: f.string("name")?,
        council: f.string("council")?,
        assessor: f.string("assessor")?,
        framework_id: f.string("framework_id")?,
        framework_version: f.string("framework_version")?,
        scope: read_scope(scope, &scope_path, f.line())?,
        started_ms: f.int("started_ms")?,
        updated_ms: f.int("updated_ms")?,
        status,
        changed_after_final,
        marked_complete,
        characteristics,
        flags,
        reflections,
        reviews,
        approval,
        baseline,
        profile,
        retired,
        carried_from,
        paper,
        stamps,
    })
}

fn read_scope(value: &Json, path: &str, line: u32) -> Result<Scope, ShapeError> {
    let mut f = Fields::of(value, path, line, false)?;
    match f.string("kind")?.as_str() {
        "everything" => Ok(Scope::Everything),
        "chosen" => Ok(Scope::Chosen(f.list("sections", true, read_section)?)),
        _ => Err(f.error("`kind` must be \"everything\" or \"chosen\"".into())),
    }
}

pub(super) fn read_section(value: &Json, path: &str, line: u32) -> Result<SectionRef, ShapeError> {
    let mut f = Fields::of(value, path, line, false)?;
    let id = f.string("id")?;
    match f.string("kind")?.as_str() {
        "principle" => Ok(SectionRef::Principle(id)),
        "theme" => Ok(SectionRef::Theme(id)),
        _ => Err(f.error("`kind` must be \"principle\" or \"theme\"".into())),
    }
}

pub(super) fn read_characteristic(
    value: &Json,
    path: &str,
    line: u32,
) -> Result<CharacteristicAnswer, ShapeError> {
    let mut f = Fields::of(value, path, line, false)?;
    let action = match f.take("action") {
        None => ImprovementAction::default(),
        Some((action, path)) => {
            let mut a = Fields::of(action, &path, f.line(), false)?;
            ImprovementAction {
                gap: a.string_or_empty("gap")?,
                action: a.string_or_empty("action")?,
                owner: a.string_or_empty("owner")?,
                due: a.string_or_empty("due")?,
                reason: a.string_or_empty("reason")?,
                history: a.list("history", false, read_note)?,
                carried_over: a.take("carried_over").is_some() && a.bool("carried_over")?,
            }
        }
    };
    Ok(CharacteristicAnswer {
        rating: f.opt_string("rating")?,
        narrative: f.string_or_empty("narrative")?,
        references: f.strings("references", false)?,
        action,
    })
}

fn read_note(value: &Json, path: &str, line: u32) -> Result<ProgressNote, ShapeError> {
    let mut f = Fields::of(value, path, line, false)?;
    let status = match f.opt_string("status")? {
        None => None,
        Some(id) => Some(
            ActionStatus::from_id(&id)
                .ok_or_else(|| f.error("`status` is not an action status".into()))?,
        ),
    };
    Ok(ProgressNote {
        date: f.string("date")?,
        status,
        text: f.string_or_empty("text")?,
    })
}

pub(super) fn read_flag(value: &Json, path: &str, line: u32) -> Result<FlagAnswer, ShapeError> {
    let mut f = Fields::of(value, path, line, false)?;
    let state = match f.opt_string("state")? {
        None => None,
        Some(id) => Some(
            FlagState::from_id(&id)
                .ok_or_else(|| f.error("`state` is not a warning-sign judgement".into()))?,
        ),
    };
    Ok(FlagAnswer {
        state,
        note: f.string_or_empty("note")?,
    })
}
