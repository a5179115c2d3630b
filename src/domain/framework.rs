//! The content model of a self-assessment framework: principles with reflective
//! questions, themes with characteristics and failure indicators, the rating scale,
//! the glossary and the intervention ladder.
//!
//! Every item carries a stable id (answers are keyed by it, never by position),
//! its basis and its source (see [`super::provenance`]), so a reader can tell the
//! guide's expectations from the tool's own reading, and check each against its
//! source when the content is revised.

use super::applicability::{Condition, CouncilType};
use super::provenance::{Basis, Source};

/// A whole framework as loaded from one file under `content/`.
#[derive(Debug, Clone, PartialEq)]
pub struct Framework {
    pub info: FrameworkInfo,
    pub scale: RatingScale,
    pub principles: Vec<Principle>,
    pub themes: Vec<Theme>,
    pub glossary: Vec<GlossaryEntry>,
    pub intervention: Intervention,
    /// Conditions that items may depend on (`applies_if`).
    pub conditions: Vec<Condition>,
    /// Kinds of council, with the conditions each usually has.
    pub council_types: Vec<CouncilType>,
    /// Documents the items cite, for the "About this content" page.
    pub sources: Vec<Source>,
}

/// Identity and description of a framework. `id` and `version` are written into
/// every saved assessment so an answer is never read against the wrong questions.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameworkInfo {
    pub id: String,
    pub version: String,
    pub title: String,
    /// The title of the statutory guide the framework summarises.
    pub guide_title: String,
    /// Paragraphs separated by a blank line; may hold glossary markup.
    pub about: String,
    /// What is the guide's and what is the tool's, in plain words, for an
    /// "About this content" page. Paragraphs, as `about`.
    pub about_content: Option<String>,
}

/// The rating scale: rated levels from best to weakest, and the two non-ratings.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingScale {
    /// The question each characteristic is rated against.
    pub question: String,
    /// Rated levels, best first.
    pub levels: Vec<ScaleLevel>,
    pub not_applicable: ScaleLevel,
    pub not_assessed: ScaleLevel,
}

/// One point of the rating scale. Colour is never the only signal: every level
/// also has a label and a text marker.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleLevel {
    pub id: String,
    pub label: String,
    pub meaning: String,
    /// Background colour, as `#rrggbb`.
    pub colour: String,
    /// Text colour on that background, as `#rrggbb` (contrast is tested).
    pub text_colour: String,
    /// A short text marker shown beside or instead of the colour.
    pub marker: String,
}

/// A principle of the approach, which a council answers as reflective questions.
#[derive(Debug, Clone, PartialEq)]
pub struct Principle {
    pub id: String,
    pub title: String,
    pub basis: Basis,
    pub source: String,
    pub summary: String,
    pub description: String,
    pub questions: Vec<ReflectiveQuestion>,
}

/// A free-text question a council answers about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct ReflectiveQuestion {
    pub id: String,
    pub text: String,
    pub hint: String,
    pub basis: Basis,
    pub source: String,
}

/// A theme of good practice.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub id: String,
    /// Short display code, e.g. `GOV`, used to label characteristics (`GOV03`).
    pub code: String,
    pub title: String,
    pub basis: Basis,
    pub source: String,
    pub summary: String,
    /// Paragraphs; no sentence longer than 30 words (tested).
    pub description: String,
    /// Ids of related themes.
    pub related: Vec<String>,
    /// Ids of characteristics or warning signs in other themes that also bear on
    /// this one. An item relevant to two themes is written once, in one of them,
    /// and shown in the other through this list.
    pub cross_references: Vec<String>,
    pub characteristics: Vec<Characteristic>,
    pub failure_indicators: Vec<FailureIndicator>,
}

/// A characteristic of a well-functioning authority, written as a statement to rate.
#[derive(Debug, Clone, PartialEq)]
pub struct Characteristic {
    pub id: String,
    pub statement: String,
    pub good_looks_like: String,
    /// Examples of evidence an officer might cite.
    pub evidence: Vec<String>,
    pub basis: Basis,
    pub source: String,
    /// The condition (see [`Condition`]) a council must meet for this to apply.
    pub applies_if: Option<String>,
}

/// An indicator of potential failure: a warning sign, flagged but never scored.
#[derive(Debug, Clone, PartialEq)]
pub struct FailureIndicator {
    pub id: String,
    pub text: String,
    pub basis: Basis,
    pub source: String,
    /// The condition a council must meet for this to apply.
    pub applies_if: Option<String>,
}

/// A glossary entry. `aliases` are other names a reader may search or mark up.
#[derive(Debug, Clone, PartialEq)]
pub struct GlossaryEntry {
    pub id: String,
    pub term: String,
    pub aliases: Vec<String>,
    pub definition: String,
    /// Where the facts in the definition come from.
    pub source: Option<String>,
}

/// The ladder of support and intervention, and how intervention ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Intervention {
    pub intro: String,
    pub exit: String,
    /// Steps in escalating order.
    pub steps: Vec<InterventionStep>,
}

/// One rung of the intervention ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct InterventionStep {
    pub id: String,
    pub title: String,
    /// Whether the step uses the Secretary of State's statutory powers.
    pub statutory: bool,
    pub description: String,
    pub basis: Basis,
    pub source: String,
}

impl Framework {
    /// The principle with this id.
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The glossary entry with this id.
    pub fn glossary_entry(&self, id: &str) -> Option<&GlossaryEntry> {
        self.glossary.iter().find(|g| g.id == id)
    }

    /// The glossary entry whose term or alias is `name`, ignoring case.
    pub fn glossary_entry_named(&self, name: &str) -> Option<&GlossaryEntry> {
        let name = name.trim();
        self.glossary.iter().find(|g| {
            g.term.eq_ignore_ascii_case(name)
                || g.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
        })
    }

    /// Every characteristic of every theme, in order, with its theme.
    pub fn characteristics(&self) -> impl Iterator<Item = (&Theme, &Characteristic)> {
        self.themes
            .iter()
            .flat_map(|t| t.characteristics.iter().map(move |c| (t, c)))
    }

    /// The characteristic with this id, with its theme.
    pub fn characteristic(&self, id: &str) -> Option<(&Theme, &Characteristic)> {
        self.characteristics().find(|(_, c)| c.id == id)
    }

    /// Every warning sign of every theme, in order, with its theme.
    pub fn failure_indicators(&self) -> impl Iterator<Item = (&Theme, &FailureIndicator)> {
        self.themes
            .iter()
            .flat_map(|t| t.failure_indicators.iter().map(move |f| (t, f)))
    }

    /// The warning sign with this id, with its theme.
    pub fn failure_indicator(&self, id: &str) -> Option<(&Theme, &FailureIndicator)> {
        self.failure_indicators().find(|(_, f)| f.id == id)
    }

    /// The theme holding the characteristic or warning sign with this id.
    pub fn theme_of_item(&self, id: &str) -> Option<&Theme> {
        self.characteristic(id)
            .map(|(t, _)| t)
            .or_else(|| self.failure_indicator(id).map(|(t, _)| t))
    }

    /// Paragraphs of the "about" text.
    pub fn about_paragraphs(&self) -> impl Iterator<Item = &str> {
        paragraphs(&self.info.about)
    }
}

impl Theme {
    /// The display code of a characteristic, e.g. `GOV03` for `governance.c03`.
    pub fn display_code(&self, characteristic: &Characteristic) -> String {
        let number = characteristic
            .id
            .rsplit_once(".c")
            .map(|(_, n)| n)
            .unwrap_or(&characteristic.id);
        format!("{}{}", self.code, number)
    }
}

impl RatingScale {
    /// The level with this id, among rated levels and the two non-ratings.
    pub fn level(&self, id: &str) -> Option<&ScaleLevel> {
        self.all_levels().find(|l| l.id == id)
    }

    /// Rated levels best first, then "not applicable", then "not yet assessed".
    pub fn all_levels(&self) -> impl Iterator<Item = &ScaleLevel> {
        self.levels
            .iter()
            .chain([&self.not_applicable, &self.not_assessed])
    }

    /// The levels a user can choose for a characteristic: the rated levels,
    /// best first, then "not applicable". "Not yet assessed" is no choice: it
    /// is what a characteristic is until rated, or once its rating is cleared.
    pub fn choices(&self) -> impl Iterator<Item = &ScaleLevel> {
        self.levels.iter().chain([&self.not_applicable])
    }

    /// The top rated level: anything below it calls for an improvement action.
    pub fn top_level(&self) -> &ScaleLevel {
        &self.levels[0]
    }
}

/// Splits prose into paragraphs at blank lines. Single line breaks inside a
/// paragraph are left in place: HTML folds them into spaces.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

/// One piece of text in the framework, with the item it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemText<'a> {
    /// Id of the item (principle, question, theme, characteristic, ...).
    pub item_id: &'a str,
    /// Which field of the item, e.g. `statement`.
    pub field: &'static str,
    /// The text, possibly with glossary markup.
    pub text: &'a str,
}

impl Framework {
    /// Every piece of text in the framework, in reading order. Validation checks
    /// each one; search looks through them.
    pub fn texts(&self) -> Vec<ItemText<'_>> {
        let mut out = Vec::new();
        let info = &self.info;
        let mut add = |item_id, field, text| {
            out.push(ItemText {
                item_id,
                field,
                text,
            })
        };
        add(&info.id, "title", &info.title);
        add(&info.id, "guide_title", &info.guide_title);
        add(&info.id, "about", &info.about);
        if let Some(text) = &info.about_content {
            add(&info.id, "about_content", text);
        }
        add("scale", "question", &self.scale.question);
        for level in self.scale.all_levels() {
            add(&level.id, "label", &level.label);
            add(&level.id, "meaning", &level.meaning);
            add(&level.id, "marker", &level.marker);
        }
        for p in &self.principles {
            add(&p.id, "title", &p.title);
            add(&p.id, "summary", &p.summary);
            add(&p.id, "description", &p.description);
            add(&p.id, "source", &p.source);
            for q in &p.questions {
                add(&q.id, "text", &q.text);
                add(&q.id, "hint", &q.hint);
                add(&q.id, "source", &q.source);
            }
        }
        for t in &self.themes {
            add(&t.id, "title", &t.title);
            add(&t.id, "summary", &t.summary);
            add(&t.id, "description", &t.description);
            add(&t.id, "source", &t.source);
            for c in &t.characteristics {
                add(&c.id, "statement", &c.statement);
                add(&c.id, "good_looks_like", &c.good_looks_like);
                for e in &c.evidence {
                    add(&c.id, "evidence", e);
                }
                add(&c.id, "source", &c.source);
            }
            for f in &t.failure_indicators {
                add(&f.id, "text", &f.text);
                add(&f.id, "source", &f.source);
            }
        }
        for g in &self.glossary {
            add(&g.id, "term", &g.term);
            add(&g.id, "definition", &g.definition);
            if let Some(source) = &g.source {
                add(&g.id, "source", source);
            }
        }
        add("intervention", "intro", &self.intervention.intro);
        add("intervention", "exit", &self.intervention.exit);
        for s in &self.intervention.steps {
            add(&s.id, "title", &s.title);
            add(&s.id, "description", &s.description);
            add(&s.id, "source", &s.source);
        }
        for c in &self.conditions {
            add(&c.id, "label", &c.label);
            if let Some(hint) = &c.hint {
                add(&c.id, "hint", hint);
            }
        }
        for t in &self.council_types {
            add(&t.id, "label", &t.label);
        }
        for s in &self.sources {
            add(&s.id, "title", &s.title);
            add(&s.id, "publisher", &s.publisher);
            add(&s.id, "date", &s.date);
        }
        out
    }
}
