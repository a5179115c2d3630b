//! The members issue 10 added to a saved assessment: the council's profile,
//! the version its answers were carried over from, and answers to questions
//! no longer asked. Each is written only when it holds something, so records
//! without them stay exactly as earlier releases wrote them; each reads as
//! empty when absent.

use super::assessment_json::{characteristic, read_characteristic, read_flag};
use crate::domain::applicability::CouncilProfile;
use crate::domain::assessment::{Assessment, FlagState, KeptAnswer, RetiredAnswer};
use crate::domain::json::read::{self, Fields, ShapeError};
use crate::domain::json::write::{self, ObjectWriter};
use crate::domain::json::Json;

/// Writes the members that hold something.
pub(super) fn write(o: &mut ObjectWriter, a: &Assessment) {
    if let Some(profile) = &a.profile {
        o.object("profile", |p| {
            p.opt_str("council_type", profile.council_type.as_deref());
            write::list(p.member("conditions"), &profile.conditions, |out, c| {
                write::string(out, c)
            });
        });
    }
    if let Some(from) = &a.carried_from {
        o.str("carried_from", from);
    }
    if !a.retired.is_empty() {
        write::list(o.member("retired"), &a.retired, retired);
    }
}

fn retired(out: &mut String, r: &RetiredAnswer) {
    write::object(out, |o| {
        o.str("id", &r.id);
        o.str("from_version", &r.from_version);
        o.str("question", &r.question);
        o.str("reason", &r.reason);
        o.opt_str("covered_by", r.covered_by.as_deref());
        match &r.answer {
            KeptAnswer::Rating(answer) => o.object("rating", |c| characteristic(c, answer)),
            KeptAnswer::Flag(flag) => o.object("flag", |f| {
                f.opt_str("state", flag.state.map(FlagState::id));
                f.str("note", &flag.note);
            }),
            KeptAnswer::Reflection(text) => o.str("reflection", text),
        }
    });
}

/// The profile, retired answers and carried-from version of an assessment.
pub(super) type Carried = (Option<CouncilProfile>, Vec<RetiredAnswer>, Option<String>);

/// Reads the members, each empty when absent.
pub(super) fn read(f: &mut Fields) -> Result<Carried, ShapeError> {
    let line = f.line();
    let profile = match f.take("profile") {
        None => None,
        Some((value, path)) => {
            let mut p = Fields::of(value, &path, line, false)?;
            Some(CouncilProfile {
                council_type: p.opt_string("council_type")?,
                conditions: p.strings("conditions", false)?,
            })
        }
    };
    let retired = f.list("retired", false, read_retired)?;
    Ok((profile, retired, f.opt_string("carried_from")?))
}

fn read_retired(value: &Json, path: &str, line: u32) -> Result<RetiredAnswer, ShapeError> {
    let mut f = Fields::of(value, path, line, false)?;
    let line = f.line();
    let answer = if let Some((v, p)) = f.take("rating") {
        KeptAnswer::Rating(read_characteristic(v, &p, line)?)
    } else if let Some((v, p)) = f.take("flag") {
        KeptAnswer::Flag(read_flag(v, &p, line)?)
    } else if let Some((v, p)) = f.take("reflection") {
        KeptAnswer::Reflection(read::string(v, &p, line)?)
    } else {
        return Err(f.error("a kept answer needs a `rating`, `flag` or `reflection`".into()));
    };
    Ok(RetiredAnswer {
        id: f.string("id")?,
        from_version: f.string("from_version")?,
        question: f.string("question")?,
        reason: f.string("reason")?,
        covered_by: f.opt_string("covered_by")?,
        answer,
    })
}
