//! Carrying an assessment's answers over to a later version of its framework,
//! through the id mapping kept beside the content ([`ContentMigration`]):
//! an answer to a renamed item moves to its new id, and an answer to a
//! retired item is kept, with the question it answered, as a
//! [`RetiredAnswer`]. Nothing the assessor wrote is dropped.

use std::collections::BTreeMap;

use super::{Assessment, CharacteristicAnswer, FlagAnswer, FlagState, Scope};
use crate::domain::content_migration::{ContentMigration, Fate};
use crate::domain::framework::{Framework, RatingScale};
use crate::domain::section::SectionRef;

/// An answer to a question the framework no longer asks, kept with that
/// question, and shown under "Answers to questions no longer asked".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetiredAnswer {
    /// The item's id in the version it was answered in.
    pub id: String,
    /// That version.
    pub from_version: String,
    /// The question as it was asked (content prose, may hold glossary markup).
    pub question: String,
    /// Why it is no longer asked, e.g. "Merged into LEAD09".
    pub reason: String,
    /// The item of the current version that now covers the subject, if any.
    pub covered_by: Option<String>,
    pub answer: KeptAnswer,
}

/// The answer kept, as it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeptAnswer {
    Rating(CharacteristicAnswer),
    Flag(FlagAnswer),
    Reflection(String),
}

impl RetiredAnswer {
    /// The answer in a few words: the rating or judgement given, or the
    /// answer written. The officers' summary gives the evidence too.
    pub fn in_words(&self, scale: &RatingScale) -> String {
        match &self.answer {
            KeptAnswer::Rating(a) => {
                let level = a.rating.as_deref().and_then(|r| scale.level(r));
                format!("Rated “{}”", level.unwrap_or(&scale.not_assessed).label)
            }
            KeptAnswer::Flag(f) => f
                .state
                .map_or("Not yet judged", FlagState::label)
                .to_owned(),
            KeptAnswer::Reflection(text) => text.trim().to_owned(),
        }
    }
}

/// How many answers a carry-over moved, kept as they were, and retired.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CarriedCount {
    /// Answers to items the new version still asks under the same id.
    pub unchanged: usize,
    /// Answers moved to an item's new id.
    pub renamed: usize,
    /// Answers kept as [`RetiredAnswer`]s.
    pub retired: usize,
    /// Answers to retired items with nothing in them (a choice made and
    /// taken back), not kept.
    pub empty: usize,
    /// Answers to ids neither version knows, left for the caller's checks.
    pub unknown: usize,
}

/// Why answers cannot be carried over; the record is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarryError(pub String);

impl Assessment {
    /// Carries the answers over to the version of `framework` that
    /// `migration` leads to: renamed items' answers move to their new ids,
    /// retired items' answers are kept with their question, and a chosen
    /// scope gains the section a moved answer now lives in, so it stays in
    /// view. Ids neither version knows are left in place for the caller's
    /// checks to report. On an error nothing changes.
    pub fn carry_over(
        &mut self,
        framework: &Framework,
        migration: &ContentMigration,
    ) -> Result<CarriedCount, CarryError> {
        let mut count = CarriedCount::default();
        let mut retired = Vec::new();
        let mut moved_to = Vec::new();
        let from = self.framework_version.clone();
        let mut carry = |id: &String, answer: KeptAnswer, empty: bool| -> Option<String> {
            match migration.fate(framework, id) {
                Fate::Unchanged => {
                    count.unchanged += 1;
                    Some(id.clone())
                }
                Fate::Unknown => {
                    count.unknown += 1;
                    Some(id.clone())
                }
                Fate::Renamed(to) => {
                    count.renamed += 1;
                    moved_to.push(to.to_owned());
                    Some(to.to_owned())
                }
                Fate::Retired(_) if empty => {
                    count.empty += 1;
                    None
                }
                Fate::Retired(entry) => {
                    count.retired += 1;
                    retired.push(RetiredAnswer {
                        id: id.clone(),
                        from_version: from.clone(),
                        question: entry.text.clone(),
                        reason: entry.reason.clone(),
                        covered_by: entry.covered_by.clone(),
                        answer,
                    });
                    None
                }
            }
        };
        let characteristics = rekey(&self.characteristics, |id, a| {
            let empty = *a == CharacteristicAnswer::default();
            carry(id, KeptAnswer::Rating(a.clone()), empty)
        })?;
        let flags = rekey(&self.flags, |id, f| {
            let empty = f.state.is_none() && f.note.trim().is_empty();
            carry(id, KeptAnswer::Flag(f.clone()), empty)
        })?;
        let reflections = rekey(&self.reflections, |id, text| {
            carry(
                id,
                KeptAnswer::Reflection(text.clone()),
                text.trim().is_empty(),
            )
        })?;
        self.characteristics = characteristics;
        self.flags = flags;
        self.reflections = reflections;
        self.retired.extend(retired);
        if let Scope::Chosen(sections) = &mut self.scope {
            for id in &moved_to {
                if let Some(theme) = framework.theme_of_item(id) {
                    let home = SectionRef::Theme(theme.id.clone());
                    if !sections.contains(&home) {
                        sections.push(home);
                    }
                }
            }
        }
        self.carried_from.get_or_insert(from);
        self.framework_version = migration.to_version.clone();
        Ok(count)
    }
}

/// Rebuilds a map of answers under the ids `new_id` gives (`None` drops the
/// entry, which the caller has kept elsewhere). Two answers landing on one id
/// are refused rather than one silently replacing the other. (Rebuilt rather
/// than edited in place: `BTreeMap::remove` would bring kilobytes of
/// rebalancing code per answer type into the bundle; `insert` is there anyway.)
fn rekey<V: Clone>(
    map: &BTreeMap<String, V>,
    mut new_id: impl FnMut(&String, &V) -> Option<String>,
) -> Result<BTreeMap<String, V>, CarryError> {
    let mut out = BTreeMap::new();
    for (id, value) in map {
        if let Some(to) = new_id(id, value) {
            if out.insert(to.clone(), value.clone()).is_some() {
                return Err(CarryError(format!(
                    "it answers both “{id}” and “{to}”, which are now one question"
                )));
            }
        }
    }
    Ok(out)
}
