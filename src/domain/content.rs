//! Loading the frameworks compiled in from `content/`, and the checks every
//! framework must pass before the app shows it.

use std::collections::HashSet;

use thiserror::Error;

use super::framework::Framework;
use super::markup::{segments, Segment};

/// The Best Value framework, converted from `content/best-value-2024.toml` by `build.rs`.
const BEST_VALUE_2024: &str = include_str!(concat!(env!("OUT_DIR"), "/best-value-2024.json"));

/// Why a framework file cannot be used. Each names the item at fault so an
/// author can find it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ContentError {
    #[error("the framework file does not match the content model: {0}")]
    Malformed(String),
    #[error("the id `{0}` is used more than once")]
    DuplicateId(String),
    #[error("`{item}` has an empty {field}")]
    EmptyText { item: String, field: &'static str },
    #[error("`{item}` marks `{term}` as a glossary term, but the glossary does not define it")]
    UndefinedTerm { item: String, term: String },
    #[error("`{item}` has an id that does not start with `{expected_prefix}`")]
    MisplacedId {
        item: String,
        expected_prefix: String,
    },
    #[error("theme `{theme}` is related to `{related}`, which is not a theme")]
    UnknownRelatedTheme { theme: String, related: String },
    #[error("the rating scale needs at least two rated levels")]
    ScaleTooShort,
    #[error("scale level `{level}` has colour `{colour}`, which is not of the form #rrggbb")]
    BadColour { level: String, colour: String },
}

/// The built-in Best Value framework, parsed and validated.
pub fn best_value_2024() -> Result<Framework, ContentError> {
    load(BEST_VALUE_2024)
}

/// Parses a framework from its JSON form and validates it.
pub fn load(json: &str) -> Result<Framework, ContentError> {
    let framework: Framework =
        serde_json::from_str(json).map_err(|err| ContentError::Malformed(err.to_string()))?;
    validate(&framework)?;
    Ok(framework)
}

/// Checks what the type system cannot: unique ids, ids nested under their
/// section, no empty text, glossary links that resolve, a usable scale.
pub fn validate(framework: &Framework) -> Result<(), ContentError> {
    check_unique_ids(framework)?;
    check_nesting(framework)?;
    check_scale(framework)?;
    for theme in &framework.themes {
        for related in &theme.related {
            if framework.theme(related).is_none() || related == &theme.id {
                return Err(ContentError::UnknownRelatedTheme {
                    theme: theme.id.clone(),
                    related: related.clone(),
                });
            }
        }
    }
    for item in framework.texts() {
        if item.text.trim().is_empty() {
            return Err(ContentError::EmptyText {
                item: item.item_id.to_owned(),
                field: item.field,
            });
        }
        for segment in segments(item.text) {
            if let Segment::Term { key, by_id, .. } = segment {
                let found = if by_id {
                    framework.glossary_entry(key).is_some()
                } else {
                    framework.glossary_entry_named(key).is_some()
                };
                if !found {
                    return Err(ContentError::UndefinedTerm {
                        item: item.item_id.to_owned(),
                        term: key.to_owned(),
                    });
                }
            }
        }
    }
    Ok(())
}

/// Every id in the framework, in file order: sections, their items, glossary, ladder.
pub fn all_ids(framework: &Framework) -> Vec<&str> {
    let mut ids = Vec::new();
    for p in &framework.principles {
        ids.push(p.id.as_str());
        ids.extend(p.questions.iter().map(|q| q.id.as_str()));
    }
    for t in &framework.themes {
        ids.push(t.id.as_str());
        ids.extend(t.characteristics.iter().map(|c| c.id.as_str()));
        ids.extend(t.failure_indicators.iter().map(|f| f.id.as_str()));
    }
    ids.extend(framework.glossary.iter().map(|g| g.id.as_str()));
    ids.extend(framework.intervention.steps.iter().map(|s| s.id.as_str()));
    ids.extend(framework.scale.all_levels().map(|l| l.id.as_str()));
    ids
}

fn check_unique_ids(framework: &Framework) -> Result<(), ContentError> {
    // Principles and themes live in separate namespaces (a principle and a theme
    // may both be "continuous-improvement"); items within them may not clash.
    let principle_ids: Vec<&str> = framework.principles.iter().map(|p| p.id.as_str()).collect();
    let theme_ids: Vec<&str> = framework.themes.iter().map(|t| t.id.as_str()).collect();
    let item_ids: Vec<&str> = all_ids(framework)
        .into_iter()
        .filter(|id| !principle_ids.contains(id) && !theme_ids.contains(id))
        .collect();
    for group in [principle_ids, theme_ids, item_ids] {
        let mut seen = HashSet::new();
        if let Some(dup) = group.into_iter().find(|id| !seen.insert(*id)) {
            return Err(ContentError::DuplicateId(dup.to_owned()));
        }
    }
    Ok(())
}

fn check_nesting(framework: &Framework) -> Result<(), ContentError> {
    let misplaced = |item: &str, prefix: String| {
        (!item.starts_with(&prefix)).then(|| ContentError::MisplacedId {
            item: item.to_owned(),
            expected_prefix: prefix,
        })
    };
    for p in &framework.principles {
        for q in &p.questions {
            if let Some(err) = misplaced(&q.id, format!("{}.q", p.id)) {
                return Err(err);
            }
        }
    }
    for t in &framework.themes {
        let characteristics = t.characteristics.iter().map(|c| (&c.id, "c"));
        let indicators = t.failure_indicators.iter().map(|f| (&f.id, "f"));
        for (id, kind) in characteristics.chain(indicators) {
            if let Some(err) = misplaced(id, format!("{}.{kind}", t.id)) {
                return Err(err);
            }
        }
    }
    Ok(())
}

fn check_scale(framework: &Framework) -> Result<(), ContentError> {
    let scale = &framework.scale;
    if scale.levels.len() < 2 {
        return Err(ContentError::ScaleTooShort);
    }
    for level in scale.all_levels() {
        for colour in [&level.colour, &level.text_colour] {
            if parse_hex_colour(colour).is_none() {
                return Err(ContentError::BadColour {
                    level: level.id.clone(),
                    colour: colour.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Parses `#rrggbb` into its red, green and blue bytes.
pub fn parse_hex_colour(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG 2 contrast ratio between two `#rrggbb` colours (1.0 to 21.0).
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    fn luminance(rgb: [u8; 3]) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}
