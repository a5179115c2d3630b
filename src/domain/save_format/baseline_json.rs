//! The baseline as JSON. A snapshot repeats last year's evidence, which a new
//! year starts with too, so a snapshot's `narrative`, `references` and
//! `action` are written only where they differ from the current answer:
//! a member left out means "the same as now". A record stays close to its
//! old size until the evidence is rewritten.

use std::collections::BTreeMap;

use super::assessment_json::{action, read_characteristic, references};
use crate::domain::assessment::{Assessment, Baseline, CharacteristicAnswer};
use crate::domain::json::read::{Fields, ShapeError};
use crate::domain::json::write::ObjectWriter;

/// Writes the `baseline` member, when there is one.
pub fn write(o: &mut ObjectWriter, a: &Assessment) {
    let Some(baseline) = &a.baseline else {
        return;
    };
    let blank = CharacteristicAnswer::default();
    o.object("baseline", |b| {
        b.str("id", &baseline.id);
        b.str("name", &baseline.name);
        b.str("framework_id", &baseline.framework_id);
        b.str("framework_version", &baseline.framework_version);
        b.int("updated_ms", baseline.updated_ms);
        b.object("characteristics", |m| {
            for (id, then) in &baseline.characteristics {
                let now = a.characteristics.get(id).unwrap_or(&blank);
                m.object(id, |c| {
                    c.opt_str("rating", then.rating.as_deref());
                    if then.narrative != now.narrative {
                        c.str("narrative", &then.narrative);
                    }
                    if then.references != now.references {
                        references(c, &then.references);
                    }
                    if then.action != now.action {
                        action(c, &then.action);
                    }
                });
            }
        });
    });
}

/// Reads the `baseline` member of an assessment whose current answers are
/// `current`, filling in what the snapshot left out as the same as now.
pub fn read(
    f: &mut Fields,
    current: &BTreeMap<String, CharacteristicAnswer>,
) -> Result<Option<Baseline>, ShapeError> {
    let Some((value, path)) = f.take("baseline") else {
        return Ok(None);
    };
    let mut b = Fields::of(value, &path, f.line(), false)?;
    let blank = CharacteristicAnswer::default();
    let mut characteristics = BTreeMap::new();
    for (id, value, path, line) in b.entries("characteristics")? {
        let mut then = read_characteristic(value, &path, line)?;
        let now = current.get(id).unwrap_or(&blank);
        let written = |key| value.as_object().and_then(|o| o.get(key)).is_some();
        if !written("narrative") {
            then.narrative.clone_from(&now.narrative);
        }
        if !written("references") {
            then.references.clone_from(&now.references);
        }
        if !written("action") {
            then.action.clone_from(&now.action);
        }
        characteristics.insert(id.clone(), then);
    }
    Ok(Some(Baseline {
        id: b.string("id")?,
        name: b.string("name")?,
        framework_id: b.string("framework_id")?,
        framework_version: b.string("framework_version")?,
        updated_ms: b.int("updated_ms")?,
        characteristics,
    }))
}
