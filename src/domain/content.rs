//! Loading the frameworks compiled in from `content/`, and the checks every
//! framework must pass before the app shows it.

use std::collections::HashSet;

use thiserror::Error;

use super::content_migration::{self, ContentMigration, MigrationError};
use super::framework::Framework;
use super::markup::{segments, Segment};

/// The Best Value framework, converted from `content/best-value-2024.toml` by `build.rs`.
pub const BEST_VALUE_2024: &str = include_str!(concat!(env!("OUT_DIR"), "/best-value-2024.json"));

/// The id mapping from version 1 of the Best Value framework, converted from
/// `content/migrations/best-value-2024-v1.toml`.
const BEST_VALUE_2024_FROM_V1: &str = include_str!(concat!(
    env!("OUT_DIR"),
    "/migrations/best-value-2024-v1.json"
));

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
    #[error("`{item}` does not say where it comes from: its source is empty")]
    MissingSource { item: String },
    #[error("`{item}` marks `{term}` as a glossary term, but the glossary does not define it")]
    UndefinedTerm { item: String, term: String },
    #[error("`{item}` has an id that does not start with `{expected_prefix}`")]
    MisplacedId {
        item: String,
        expected_prefix: String,
    },
    #[error("theme `{theme}` is related to `{related}`, which is not a theme")]
    UnknownRelatedTheme { theme: String, related: String },
    #[error("`{item}` applies only if `{condition}`, but no such condition is defined")]
    UnknownCondition { item: String, condition: String },
    #[error(
        "council type `{council_type}` usually has condition `{condition}`, which is not defined"
    )]
    UnknownCouncilTypeCondition {
        council_type: String,
        condition: String,
    },
    #[error(
        "theme `{theme}` refers to `{reference}`, which is not a characteristic or warning sign"
    )]
    UnknownCrossReference { theme: String, reference: String },
    #[error("theme `{theme}` refers to `{reference}`, which is in the same theme; refer only to items in other themes")]
    CrossReferenceInSameTheme { theme: String, reference: String },
    #[error("the rating scale needs at least two rated levels")]
    ScaleTooShort,
    #[error("scale level `{level}` has colour `{colour}`, which is not of the form #rrggbb")]
    BadColour { level: String, colour: String },
}

impl ContentError {
    /// The id of the item at fault (for a fault of the whole scale, `scale`),
    /// so a report can point at it; `None` for a file that did not read.
    pub fn item(&self) -> Option<&str> {
        match self {
            ContentError::Malformed(_) => None,
            ContentError::ScaleTooShort => Some("scale"),
            ContentError::DuplicateId(item)
            | ContentError::EmptyText { item, .. }
            | ContentError::MissingSource { item }
            | ContentError::UndefinedTerm { item, .. }
            | ContentError::MisplacedId { item, .. }
            | ContentError::UnknownCondition { item, .. }
            | ContentError::BadColour { level: item, .. }
            | ContentError::UnknownCouncilTypeCondition {
                council_type: item, ..
            }
            | ContentError::UnknownRelatedTheme { theme: item, .. }
            | ContentError::UnknownCrossReference { theme: item, .. }
            | ContentError::CrossReferenceInSameTheme { theme: item, .. } => Some(item),
        }
    }
}

/// The built-in Best Value framework, parsed and validated.
pub fn best_value_2024() -> Result<Framework, ContentError> {
    load(BEST_VALUE_2024)
}

/// How answers given against version 1 of the built-in framework map onto the
/// current version, checked against it.
pub fn best_value_2024_from_v1(framework: &Framework) -> Result<ContentMigration, MigrationError> {
    content_migration::load(BEST_VALUE_2024_FROM_V1, framework)
}

/// The mappings that bring answers given against older versions of
/// `framework` into its current version: those the app ships for its
/// built-in framework (a council's own framework has none), each leading to
/// the framework's own version. The tests check every shipped mapping
/// against the framework (`best_value_2024_from_v1`), so the app only parses
/// them: checking again on every device would cost the bundle its code.
pub fn migrations_into(framework: &Framework) -> Vec<ContentMigration> {
    if framework.info.id != BUILT_IN_ID {
        return Vec::new();
    }
    content_migration::parse(BEST_VALUE_2024_FROM_V1)
        .into_iter()
        .filter(|m| m.framework == framework.info.id && m.to_version == framework.info.version)
        .collect()
}

/// The id of the built-in framework, which no loaded framework may take.
pub const BUILT_IN_ID: &str = "best-value-2024";

/// Parses a framework from its JSON form and validates it.
pub fn load(json: &str) -> Result<Framework, ContentError> {
    let value = super::json::parse(json).map_err(|err| ContentError::Malformed(err.to_string()))?;
    let framework = super::framework_file::read_framework(&value)
        .map_err(|faults| ContentError::Malformed(faults[0].to_string()))?;
    validate(&framework)?;
    Ok(framework)
}

/// Checks what the type system cannot, and reports the first problem found.
/// [`problems`] lists them all.
pub fn validate(framework: &Framework) -> Result<(), ContentError> {
    match problems(framework).into_iter().next() {
        Some(err) => Err(err),
        None => Ok(()),
    }
}

/// Every problem with a framework, in a stable order: unique ids, ids nested
/// under their section, a usable scale, sources on every item, conditions and
/// cross-references that resolve, no empty text, glossary links that resolve.
pub fn problems(framework: &Framework) -> Vec<ContentError> {
    let mut out = Vec::new();
    check_unique_ids(framework, &mut out);
    check_nesting(framework, &mut out);
    check_scale(framework, &mut out);
    check_provenance(framework, &mut out);
    check_related(framework, &mut out);
    check_conditions(framework, &mut out);
    check_cross_references(framework, &mut out);
    check_texts(framework, &mut out);
    out
}

/// Every id in the framework, in file order: sections, their items, glossary,
/// ladder, scale, then conditions, council types and sources.
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
    ids.extend(framework.conditions.iter().map(|c| c.id.as_str()));
    ids.extend(framework.council_types.iter().map(|t| t.id.as_str()));
    ids.extend(framework.sources.iter().map(|s| s.id.as_str()));
    ids
}

fn check_unique_ids(framework: &Framework, out: &mut Vec<ContentError>) {
    // Principles and themes live in separate namespaces (a principle and a theme
    // may both be "continuous-improvement"), as do conditions, council types and
    // sources, which are never answered; items within each may not clash.
    let principle_ids: Vec<&str> = framework.principles.iter().map(|p| p.id.as_str()).collect();
    let theme_ids: Vec<&str> = framework.themes.iter().map(|t| t.id.as_str()).collect();
    let condition_ids: Vec<&str> = framework.conditions.iter().map(|c| c.id.as_str()).collect();
    let type_ids: Vec<&str> = framework
        .council_types
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    let source_ids: Vec<&str> = framework.sources.iter().map(|s| s.id.as_str()).collect();
    let mut item_ids = Vec::new();
    for p in &framework.principles {
        item_ids.extend(p.questions.iter().map(|q| q.id.as_str()));
    }
    for t in &framework.themes {
        item_ids.extend(t.characteristics.iter().map(|c| c.id.as_str()));
        item_ids.extend(t.failure_indicators.iter().map(|f| f.id.as_str()));
    }
    item_ids.extend(framework.glossary.iter().map(|g| g.id.as_str()));
    item_ids.extend(framework.intervention.steps.iter().map(|s| s.id.as_str()));
    item_ids.extend(framework.scale.all_levels().map(|l| l.id.as_str()));
    for group in [
        principle_ids,
        theme_ids,
        item_ids,
        condition_ids,
        type_ids,
        source_ids,
    ] {
        let mut seen = HashSet::new();
        for id in group {
            if !seen.insert(id) {
                out.push(ContentError::DuplicateId(id.to_owned()));
            }
        }
    }
}

fn check_nesting(framework: &Framework, out: &mut Vec<ContentError>) {
    let mut expect = |item: &str, prefix: String| {
        if !item.starts_with(&prefix) {
            out.push(ContentError::MisplacedId {
                item: item.to_owned(),
                expected_prefix: prefix,
            });
        }
    };
    for p in &framework.principles {
        for q in &p.questions {
            expect(&q.id, format!("{}.q", p.id));
        }
    }
    for t in &framework.themes {
        let characteristics = t.characteristics.iter().map(|c| (&c.id, "c"));
        let indicators = t.failure_indicators.iter().map(|f| (&f.id, "f"));
        for (id, kind) in characteristics.chain(indicators) {
            expect(id, format!("{}.{kind}", t.id));
        }
    }
}

fn check_scale(framework: &Framework, out: &mut Vec<ContentError>) {
    let scale = &framework.scale;
    if scale.levels.len() < 2 {
        out.push(ContentError::ScaleTooShort);
    }
    for level in scale.all_levels() {
        for colour in [&level.colour, &level.text_colour] {
            if parse_hex_colour(colour).is_none() {
                out.push(ContentError::BadColour {
                    level: level.id.clone(),
                    colour: colour.clone(),
                });
            }
        }
    }
}

/// Every principle, question, theme, characteristic, warning sign and ladder
/// step must say where it comes from (its basis is required by the model).
fn check_provenance(framework: &Framework, out: &mut Vec<ContentError>) {
    for p in framework.provenances() {
        if p.source.trim().is_empty() {
            out.push(ContentError::MissingSource {
                item: p.item_id.to_owned(),
            });
        }
    }
}

fn check_related(framework: &Framework, out: &mut Vec<ContentError>) {
    for theme in &framework.themes {
        for related in &theme.related {
            if framework.theme(related).is_none() || related == &theme.id {
                out.push(ContentError::UnknownRelatedTheme {
                    theme: theme.id.clone(),
                    related: related.clone(),
                });
            }
        }
    }
}

fn check_conditions(framework: &Framework, out: &mut Vec<ContentError>) {
    let conditional = framework
        .characteristics()
        .map(|(_, c)| (&c.id, &c.applies_if))
        .chain(
            framework
                .failure_indicators()
                .map(|(_, f)| (&f.id, &f.applies_if)),
        );
    for (item, condition) in conditional {
        if let Some(condition) = condition {
            if framework.condition(condition).is_none() {
                out.push(ContentError::UnknownCondition {
                    item: item.clone(),
                    condition: condition.clone(),
                });
            }
        }
    }
    for council_type in &framework.council_types {
        for condition in &council_type.usual_conditions {
            if framework.condition(condition).is_none() {
                out.push(ContentError::UnknownCouncilTypeCondition {
                    council_type: council_type.id.clone(),
                    condition: condition.clone(),
                });
            }
        }
    }
}

fn check_cross_references(framework: &Framework, out: &mut Vec<ContentError>) {
    for theme in &framework.themes {
        for reference in &theme.cross_references {
            let error = match framework.theme_of_item(reference) {
                None => ContentError::UnknownCrossReference {
                    theme: theme.id.clone(),
                    reference: reference.clone(),
                },
                Some(home) if home.id == theme.id => ContentError::CrossReferenceInSameTheme {
                    theme: theme.id.clone(),
                    reference: reference.clone(),
                },
                Some(_) => continue,
            };
            out.push(error);
        }
    }
}

fn check_texts(framework: &Framework, out: &mut Vec<ContentError>) {
    let provenances = framework.provenances();
    let reported_by_provenance = |item: &str| provenances.iter().any(|p| p.item_id == item);
    for item in framework.texts() {
        if item.text.trim().is_empty() {
            // An item's empty source is already reported, in plainer words.
            if item.field != "source" || !reported_by_provenance(item.item_id) {
                out.push(ContentError::EmptyText {
                    item: item.item_id.to_owned(),
                    field: item.field,
                });
            }
            continue;
        }
        for segment in segments(item.text) {
            if let Segment::Term { key, by_id, .. } = segment {
                let found = if by_id {
                    framework.glossary_entry(key).is_some()
                } else {
                    framework.glossary_entry_named(key).is_some()
                };
                if !found {
                    out.push(ContentError::UndefinedTerm {
                        item: item.item_id.to_owned(),
                        term: key.to_owned(),
                    });
                }
            }
        }
    }
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
