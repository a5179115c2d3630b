//! Reading a framework file (the JSON form of a file under `content/`) into the
//! content model. Strict: a missing, misspelt or wrongly shaped field is refused
//! with its path and line, so an officer typing in a council's own framework
//! can find each fault.

use super::applicability::{Condition, CouncilType};
use super::framework::{
    Characteristic, FailureIndicator, Framework, FrameworkInfo, GlossaryEntry, Intervention,
    InterventionStep, Principle, RatingScale, ReflectiveQuestion, ScaleLevel, Theme,
};
use super::json::read::{Fields, ShapeError};
use super::json::Json;
use super::provenance::{Basis, Source};

/// The framework in a parsed framework file.
pub fn read_framework(value: &Json) -> Result<Framework, ShapeError> {
    let mut f = Fields::of(value, "", 1, true)?;
    let framework = Framework {
        info: object(&mut f, "framework", info)?,
        scale: object(&mut f, "scale", scale)?,
        principles: objects(&mut f, "principles", true, principle)?,
        themes: objects(&mut f, "themes", true, theme)?,
        glossary: objects(&mut f, "glossary", true, glossary_entry)?,
        intervention: object(&mut f, "intervention", intervention)?,
        conditions: objects(&mut f, "conditions", false, condition)?,
        council_types: objects(&mut f, "council_types", false, council_type)?,
        sources: objects(&mut f, "sources", false, source)?,
    };
    f.finish()?;
    Ok(framework)
}

/// Reads a required object member with `read`, then checks it had no other fields.
fn object<T>(
    f: &mut Fields,
    key: &str,
    read: fn(&mut Fields) -> Result<T, ShapeError>,
) -> Result<T, ShapeError> {
    let line = f.line();
    let (value, path) = f.need(key)?;
    each(value, &path, line, read)
}

/// Reads a list of objects, each with `read`.
fn objects<T>(
    f: &mut Fields,
    key: &str,
    required: bool,
    read: fn(&mut Fields) -> Result<T, ShapeError>,
) -> Result<Vec<T>, ShapeError> {
    let line = f.line();
    let mut out = Vec::new();
    for (value, path) in f.items(key, required)? {
        out.push(each(value, &path, line, read)?);
    }
    Ok(out)
}

/// Reads one object with `read`, then checks it had no other fields.
fn each<T>(
    value: &Json,
    path: &str,
    line: u32,
    read: fn(&mut Fields) -> Result<T, ShapeError>,
) -> Result<T, ShapeError> {
    let mut fields = Fields::of(value, path, line, true)?;
    let out = read(&mut fields)?;
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

fn info(f: &mut Fields) -> Result<FrameworkInfo, ShapeError> {
    Ok(FrameworkInfo {
        id: f.string("id")?,
        version: f.string("version")?,
        title: f.string("title")?,
        guide_title: f.string("guide_title")?,
        about: f.string("about")?,
        about_content: f.opt_string("about_content")?,
    })
}

fn scale(f: &mut Fields) -> Result<RatingScale, ShapeError> {
    Ok(RatingScale {
        question: f.string("question")?,
        levels: objects(f, "levels", true, scale_level)?,
        not_applicable: object(f, "not_applicable", scale_level)?,
        not_assessed: object(f, "not_assessed", scale_level)?,
    })
}

fn scale_level(f: &mut Fields) -> Result<ScaleLevel, ShapeError> {
    Ok(ScaleLevel {
        id: f.string("id")?,
        label: f.string("label")?,
        meaning: f.string("meaning")?,
        colour: f.string("colour")?,
        text_colour: f.string("text_colour")?,
        marker: f.string("marker")?,
    })
}

fn principle(f: &mut Fields) -> Result<Principle, ShapeError> {
    Ok(Principle {
        id: f.string("id")?,
        title: f.string("title")?,
        basis: basis(f)?,
        source: f.string("source")?,
        summary: f.string("summary")?,
        description: f.string("description")?,
        questions: objects(f, "questions", true, question)?,
    })
}

fn question(f: &mut Fields) -> Result<ReflectiveQuestion, ShapeError> {
    Ok(ReflectiveQuestion {
        id: f.string("id")?,
        text: f.string("text")?,
        hint: f.string("hint")?,
        basis: basis(f)?,
        source: f.string("source")?,
    })
}

fn theme(f: &mut Fields) -> Result<Theme, ShapeError> {
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
        characteristics: objects(f, "characteristics", true, characteristic)?,
        failure_indicators: objects(f, "failure_indicators", true, failure_indicator)?,
    })
}

fn characteristic(f: &mut Fields) -> Result<Characteristic, ShapeError> {
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

fn failure_indicator(f: &mut Fields) -> Result<FailureIndicator, ShapeError> {
    Ok(FailureIndicator {
        id: f.string("id")?,
        text: f.string("text")?,
        basis: basis(f)?,
        source: f.string("source")?,
        applies_if: f.opt_string("applies_if")?,
    })
}

fn glossary_entry(f: &mut Fields) -> Result<GlossaryEntry, ShapeError> {
    Ok(GlossaryEntry {
        id: f.string("id")?,
        term: f.string("term")?,
        aliases: f.strings("aliases", true)?,
        definition: f.string("definition")?,
        source: f.opt_string("source")?,
    })
}

fn intervention(f: &mut Fields) -> Result<Intervention, ShapeError> {
    Ok(Intervention {
        intro: f.string("intro")?,
        exit: f.string("exit")?,
        steps: objects(f, "steps", true, step)?,
    })
}

fn step(f: &mut Fields) -> Result<InterventionStep, ShapeError> {
    Ok(InterventionStep {
        id: f.string("id")?,
        title: f.string("title")?,
        statutory: f.bool("statutory")?,
        description: f.string("description")?,
        basis: basis(f)?,
        source: f.string("source")?,
    })
}

fn condition(f: &mut Fields) -> Result<Condition, ShapeError> {
    Ok(Condition {
        id: f.string("id")?,
        label: f.string("label")?,
        hint: f.opt_string("hint")?,
    })
}

fn council_type(f: &mut Fields) -> Result<CouncilType, ShapeError> {
    Ok(CouncilType {
        id: f.string("id")?,
        label: f.string("label")?,
        usual_conditions: f.strings("usual_conditions", true)?,
    })
}

fn source(f: &mut Fields) -> Result<Source, ShapeError> {
    Ok(Source {
        id: f.string("id")?,
        title: f.string("title")?,
        publisher: f.string("publisher")?,
        date: f.string("date")?,
        url: f.opt_string("url")?,
    })
}
