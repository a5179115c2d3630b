//! Where each item of a framework comes from: its basis (the draft guide, the
//! final guide, the tool's own reading, or another source) and a citation, so the
//! tool's wording is never passed off as the statutory guide's.

use super::framework::Framework;

/// What an item rests on. Councils report to committees on what they assessed
/// themselves against, so this must be right for every item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The 2023 draft guide as a council report summarised it; the source
    /// names the report's paragraph, which really discusses the subject.
    Seed,
    /// The final 2024 guide, as a named secondary source reports it.
    FinalGuide,
    /// The tool's own reading of what a theme expects; the source names the
    /// theme narrative or paragraph it is drawn from.
    Derived,
    /// Good practice the guide does not name; the source names where it comes
    /// from (a law, a code, other statutory guidance).
    Added,
}

impl Basis {
    /// Every basis, in the order the "About this content" page explains them.
    pub const ALL: [Basis; 4] = [Basis::Seed, Basis::FinalGuide, Basis::Derived, Basis::Added];

    /// The id used in content files, e.g. `final-guide`.
    pub fn id(self) -> &'static str {
        match self {
            Basis::Seed => "seed",
            Basis::FinalGuide => "final-guide",
            Basis::Derived => "derived",
            Basis::Added => "added",
        }
    }

    /// A short label for the "where this comes from" line under an item.
    pub fn label(self) -> &'static str {
        match self {
            Basis::Seed => "The draft guide (2023), as a council report summarised it",
            Basis::FinalGuide => "The final guide (2024), as reported by another source",
            Basis::Derived => "This tool's own reading of the guide",
            Basis::Added => "Good practice from another source, not named in the guide",
        }
    }

    /// Whether the item states something the statutory guide itself says (in
    /// its draft or final form), as opposed to the tool's reading or additions.
    pub fn is_from_the_guide(self) -> bool {
        matches!(self, Basis::Seed | Basis::FinalGuide)
    }
}

/// The "where this comes from" line shown under an item, e.g. "The draft
/// guide (2023), as a council report summarised it: §3.4".
pub fn where_from(basis: Basis, source: &str) -> String {
    format!("{}: {}", basis.label(), source.trim())
}

/// A document the framework's items cite, for the "About this content" page.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// A short id, e.g. `seed`.
    pub id: String,
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// When, in words, e.g. `8 May 2024`.
    pub date: String,
    /// Where to read it, if it is public.
    pub url: Option<String>,
}

/// What kind of item a provenance belongs to, in words a reader understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Principle,
    ReflectiveQuestion,
    Theme,
    Characteristic,
    FailureIndicator,
    InterventionStep,
}

impl ItemKind {
    /// A short label, e.g. in a validation message.
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Principle => "principle",
            ItemKind::ReflectiveQuestion => "question",
            ItemKind::Theme => "theme",
            ItemKind::Characteristic => "characteristic",
            ItemKind::FailureIndicator => "warning sign",
            ItemKind::InterventionStep => "intervention step",
        }
    }
}

/// The provenance of one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provenance<'a> {
    pub item_id: &'a str,
    pub kind: ItemKind,
    pub basis: Basis,
    /// The citation, e.g. `§3.4` for the seed, or a law or code for `added`.
    pub source: &'a str,
}

impl Framework {
    /// The provenance of every item that carries one, in file order.
    pub fn provenances(&self) -> Vec<Provenance<'_>> {
        let mut out = Vec::new();
        for p in &self.principles {
            out.push(Provenance {
                item_id: &p.id,
                kind: ItemKind::Principle,
                basis: p.basis,
                source: &p.source,
            });
            out.extend(p.questions.iter().map(|q| Provenance {
                item_id: &q.id,
                kind: ItemKind::ReflectiveQuestion,
                basis: q.basis,
                source: &q.source,
            }));
        }
        for t in &self.themes {
            out.push(Provenance {
                item_id: &t.id,
                kind: ItemKind::Theme,
                basis: t.basis,
                source: &t.source,
            });
            out.extend(t.characteristics.iter().map(|c| Provenance {
                item_id: &c.id,
                kind: ItemKind::Characteristic,
                basis: c.basis,
                source: &c.source,
            }));
            out.extend(t.failure_indicators.iter().map(|f| Provenance {
                item_id: &f.id,
                kind: ItemKind::FailureIndicator,
                basis: f.basis,
                source: &f.source,
            }));
        }
        out.extend(self.intervention.steps.iter().map(|s| Provenance {
            item_id: &s.id,
            kind: ItemKind::InterventionStep,
            basis: s.basis,
            source: &s.source,
        }));
        out
    }

    /// The provenance of the item with this id (a principle and a theme may
    /// share an id; the principle comes first).
    pub fn provenance(&self, item_id: &str) -> Option<Provenance<'_>> {
        self.provenances()
            .into_iter()
            .find(|p| p.item_id == item_id)
    }

    /// The cited document with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}
