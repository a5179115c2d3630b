//! Reading a framework file (the JSON form of a file under `content/`) into the
//! content model. Strict: a missing, misspelt or wrongly shaped field is refused
//! with its path and line, so an officer typing in a council's own framework
//! can find each fault. Reading carries on past a faulty item to the next, so
//! one pass names a fault in every item that has one.

use super::applicability::{Condition, CouncilType};
use super::framework::{
    Characteristic, FailureIndicator, Framework, FrameworkInfo, GlossaryEntry, Intervention,
    InterventionStep, Principle, RatingScale, ReflectiveQuestion, ScaleLevel, Theme,
};
use super::json::read::{Fields, ShapeError};
use super::json::Json;
use super::provenance::{Basis, Source};

/// Faults found so far in items that were skipped, in the order met.
type Faults = Vec<ShapeError>;

/// How one kind of object is read: its fields, and the faults of items in
/// its lists that had to be skipped.
type Read<T> = fn(&mut Fields, &mut Faults) -> Result<T, ShapeError>;

/// The framework in a parsed framework file, or every fault found: the first
/// in each faulty item (an item holding faulty items is read on past them).
pub fn read_framework(value: &Json) -> Result<Framework, Vec<ShapeError>> {
    let mut faults = Vec::new();
    match top(value, &mut faults) {
        Ok(framework) if faults.is_empty() => Ok(framework),
        Ok(_) => Err(faults),
        Err(fault) => {
            faults.push(fault);
            Err(faults)
        }
    }
}

fn top(value: &Json, faults: &mut Faults) -> Result<Framework, ShapeError> {
    let mut f = Fields::of(value, "", 1, true)?;
    let framework = Framework {
        info: object(&mut f, faults, "framework", info)?,
        scale: object(&mut f, faults, "scale", scale)?,
        principles: objects(&mut f, faults, "principles", true, principle)?,
        themes: objects(&mut f, faults, "themes", true, theme)?,
        glossary: objects(&mut f, faults, "glossary", true, glossary_entry)?,
        intervention: object(&mut f, faults, "intervention", intervention)?,
        conditions: objects(&mut f, faults, "conditions", false, condition)?,
        council_types: objects(&mut f, faults, "council_types", false, council_type)?,
        sources: objects(&mut f, faults, "sources", false, source)?,
    };
    f.finish()?;
    Ok(framework)
}

/// Reads a required object member with `read`, then checks it had no other fields.
fn object<T>(
    f: &mut Fields,
    faults: &mut Faults,
    key: &str,
    read: Read<T>,
) -> Result<T, ShapeError> {
    let line = f.line();
    let (value, path) = f.need(key)?;
    each(value, &path, line, faults, read)
}

/// Reads a list of objects, each with `read`. A faulty item is noted in
/// `faults` and left out, and the rest are read.
fn objects<T>(
    f: &mut Fields,
    faults: &mut Faults,
    key: &str,
    required: bool,
    read: Read<T>,
) -> Result<Vec<T>, ShapeError> {
    let line = f.line();
    let mut out = Vec::new();
    for (value, path) in f.items(key, required)? {
        match each(value, &path, line, faults, read) {
            Ok(item) => out.push(item),
            Err(fault) => faults.push(fault),
        }
    }
    Ok(out)
}

/// Reads one object with `read`, then checks it had no other fields.
fn each<T>(
    value: &Json,
    path: &str,
    line: u32,
    faults: &mut Faults,
    read: Read<T>,
) -> Result<T, ShapeError> {
    let mut fields = Fields::of(value, path, line, true)?;
    let out = read(&mut fields, faults)?;
    fields.finish()?;
    Ok(out)
}

fn basis(f: &mut Fields) -> Result<Basis, ShapeError> {
    let id = f.string("basis")?;
    Basis::ALL
        .into_iter()
        .find(|b| b.id() == id)
        .ok_or_else(|| {
            f.error("`basis` must be one of seed, final-guide, derived or added".to_owned())
        })
}

fn info(f: &mut Fields, _faults: &mut Faults) -> Result<FrameworkInfo, ShapeError> {
    Ok(FrameworkInfo {
        id: f.string("id")?,
        version: f.string("version")?,
        title: f.string("title")?,
        guide_title: f.string("guide_title")?,
        about: f.string("about")?,
        about_content: f.opt_string("about_content")?,
    })
}

fn scale(f: &mut Fields, faults: &mut Faults) -> Result<RatingScale, ShapeError> {
    Ok(RatingScale {
        question: f.string("question")?,
        levels: objects(f, faults, "levels", true, scale_level)?,
        not_applicable: object(f, faults, "not_applicable", scale_level)?,
        not_assessed: object(f, faults, "not_assessed", scale_level)?,
    })
}

fn scale_level(f: &mut Fields, _faults: &mut Faults) -> Result<ScaleLevel, ShapeError> {
    Ok(ScaleLevel {
        id: f.string("id")?,
        label: f.string("label")?,
        meaning: f.string("meaning")?,
        colour: f.string("colour")?,
        text_colour: f.string("text_colour")?,
        marker: f.string("marker")?,
    })
}

fn principle(f: &mut Fields, faults: &mut Faults) -> Result<Principle, ShapeError> {
    Ok(Principle {
        id: f.string("id")?,
        title: f.string("title")?,
        basis: basis(f)?,
        source: f.string("source")?,
        summary: f.string("summary")?,
        description: f.string("description")?,
        questions: objects(f, faults, "questions", true, question)?,
    })
}

fn question(f: &mut Fields, _faults: &mut Faults) -> Result<ReflectiveQuestion, ShapeError> {
    Ok(ReflectiveQuestion {
        id: f.string("id")?,
        text: f.string("text")?,
        hint: f.string("hint")?,
        basis: basis(f)?,
        source: f.string("source")?,
    })
}

fn theme(f: &mut Fields, faults: &mut Faults) -> Result<Theme, ShapeError> {
    Ok(Theme {
        id: f.string("id")?,
        code: f.string("code")?,
        title: f.string("title")?,
        basis: basis(f)?,
        source: f.string("source")?,
        summary: f.string("summary")?,
        description: f.string("description")?,
        related: f.strings("related", true)?,
        cross_references: f.strings("cross_references", false)?,
        characteristics: objects(f, faults, "characteristics", true, characteristic)?,
        failure_indicators: objects(f, faults, "failure_indicators", true, failure_indicator)?,
    })
}

fn characteristic(f: &mut Fields, _faults: &mut Faults) -> Result<Characteristic, ShapeError> {
    Ok(Characteristic {
        id: f.string("id")?,
        statement: f.string("statement")?,
        good_looks_like: f.string("good_looks_like")?,
        evidence: f.strings("evidence", true)?,
        basis: basis(f)?,
        source: f.string("source")?,
        applies_if: f.opt_string("applies_if")?,
    })
}

fn failure_indicator(f: &mut Fields, _faults: &mut Faults) -> Result<FailureIndicator, ShapeError> {
    Ok(FailureIndicator {
        id: f.string("id")?,
        text: f.string("text")?,
        basis: basis(f)?,
        source: f.string("source")?,
        applies_if: f.opt_string("applies_if")?,
    })
}

fn glossary_entry(f: &mut Fields, _faults: &mut Faults) -> Result<GlossaryEntry, ShapeError> {
    Ok(GlossaryEntry {
        id: f.string("id")?,
        term: f.string("term")?,
        aliases: f.strings("aliases", true)?,
        definition: f.string("definition")?,
        source: f.opt_string("source")?,
    })
}

fn intervention(f: &mut Fields, faults: &mut Faults) -> Result<Intervention, ShapeError> {
    Ok(Intervention {
        intro: f.string("intro")?,
        exit: f.string("exit")?,
        steps: objects(f, faults, "steps", true, step)?,
    })
}

fn step(f: &mut Fields, _faults: &mut Faults) -> Result<InterventionStep, ShapeError> {
    Ok(InterventionStep {
        id: f.string("id")?,
        title: f.string("title")?,
        statutory: f.bool("statutory")?,
        description: f.string("description")?,
        basis: basis(f)?,
        source: f.string("source")?,
    })
}

fn condition(f: &mut Fields, _faults: &mut Faults) -> Result<Condition, ShapeError> {
    Ok(Condition {
        id: f.string("id")?,
        label: f.string("label")?,
        hint: f.opt_string("hint")?,
    })
}

fn council_type(f: &mut Fields, _faults: &mut Faults) -> Result<CouncilType, ShapeError> {
    Ok(CouncilType {
        id: f.string("id")?,
        label: f.string("label")?,
        usual_conditions: f.strings("usual_conditions", true)?,
    })
}

fn source(f: &mut Fields, _faults: &mut Faults) -> Result<Source, ShapeError> {
    Ok(Source {
        id: f.string("id")?,
        title: f.string("title")?,
        publisher: f.string("publisher")?,
        date: f.string("date")?,
        url: f.opt_string("url")?,
    })
}
