//! The baseline: what an earlier assessment said, kept inside a later one so
//! the two can be compared anywhere the later one goes (a backup file
//! included), and starting next year's assessment from this year's.
//!
//! The snapshot keeps only what a comparison needs: each characteristic's
//! rating, evidence and action. Warning signs, reflections and the earlier
//! assessment's own baseline are left out, so records do not grow year on
//! year. The save format writes a snapshot's evidence only where it differs
//! from the current answer (see `save_format`), so a new year starts at
//! little more than the size of the old one.

use std::collections::{BTreeMap, BTreeSet};

use super::{Assessment, CharacteristicAnswer, FlagAnswer, ImprovementAction, ReportStatus};
use crate::domain::framework::{Framework, RatingScale};

/// An earlier assessment's ratings, evidence and actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// The earlier assessment's id, on the device it was made on.
    pub id: String,
    pub name: String,
    /// The framework it answered, and the version.
    pub framework_id: String,
    /// When it was last changed, in milliseconds since the Unix epoch.
    pub updated_ms: i64,
    pub framework_version: String,
    /// Its answers by characteristic id, as they stood.
    pub characteristics: BTreeMap<String, CharacteristicAnswer>,
}

impl Baseline {
    /// A snapshot of `earlier` to compare a later assessment with.
    pub fn of(earlier: &Assessment) -> Self {
        Self {
            id: earlier.id.clone(),
            name: earlier.name.clone(),
            framework_id: earlier.framework_id.clone(),
            updated_ms: earlier.updated_ms,
            framework_version: earlier.framework_version.clone(),
            characteristics: earlier.characteristics.clone(),
        }
    }

    /// Last time's answer to a characteristic, if it had one.
    pub fn answer(&self, characteristic_id: &str) -> Option<&CharacteristicAnswer> {
        self.characteristics.get(characteristic_id)
    }
}

impl Assessment {
    /// Whether this assessment can be compared with `baseline`: an
    /// assessment of the same framework, other than itself, whose
    /// characteristics are all ones the framework has.
    pub fn can_compare_with(&self, framework: &Framework, baseline: &Baseline) -> bool {
        baseline.framework_id == self.framework_id
            && baseline.id != self.id
            && baseline
                .characteristics
                .keys()
                .all(|id| framework.characteristic(id).is_some())
    }
}

/// Whether an action in an assessment was still open, and part of its action
/// plan, when the assessment ended: described, not done or dropped, on a
/// characteristic rated below the top level. Only such actions come across
/// to next year's assessment.
fn is_open_in_plan(scale: &RatingScale, answer: &CharacteristicAnswer) -> bool {
    super::rating_needs_action(scale, answer.rating.as_deref())
        && answer.action.is_described()
        && answer.action.status().is_open()
}

impl Assessment {
    /// Next year's assessment, started from this one: this one becomes its
    /// baseline. It keeps the evidence, references, warning-sign notes and
    /// answers to reflective questions, to be checked again; it has no
    /// ratings or warning-sign judgements (each is to be made afresh, or
    /// taken from the baseline one at a time), no section marked complete or
    /// reviewed, and no approval. Open actions in this year's plan come
    /// across with their status and history, marked as carried over; done,
    /// dropped and unplanned actions stay behind in the baseline.
    pub fn next_year(&self, scale: &RatingScale, name: &str, id: String, now_ms: i64) -> Self {
        // Inserted one by one, in order: collecting would bring a sort
        // routine per map type into the bundle.
        let mut characteristics = BTreeMap::new();
        for (item, answer) in &self.characteristics {
            let action = if is_open_in_plan(scale, answer) {
                ImprovementAction {
                    carried_over: true,
                    ..answer.action.clone()
                }
            } else {
                ImprovementAction::default()
            };
            let kept = CharacteristicAnswer {
                rating: None,
                narrative: answer.narrative.clone(),
                references: answer.references.clone(),
                action,
            };
            if kept != CharacteristicAnswer::default() {
                characteristics.insert(item.clone(), kept);
            }
        }
        let mut flags = BTreeMap::new();
        for (item, flag) in &self.flags {
            if !flag.note.is_empty() {
                let note = flag.note.clone();
                flags.insert(item.clone(), FlagAnswer { state: None, note });
            }
        }
        Self {
            id,
            name: name.trim().to_owned(),
            started_ms: now_ms,
            updated_ms: now_ms,
            status: ReportStatus::Draft,
            changed_after_final: None,
            marked_complete: BTreeSet::new(),
            characteristics,
            flags,
            reviews: BTreeMap::new(),
            approval: Default::default(),
            paper: self.paper.unsigned(),
            baseline: Some(Baseline::of(self)),
            stamps: Default::default(),
            ..self.clone()
        }
    }

    /// The name proposed for next year's assessment: this one's with its
    /// year moved on ("Self-assessment 2026" becomes "Self-assessment 2027",
    /// "2025/26" becomes "2026/27"), or with "(next year)" added when it
    /// names no year.
    pub fn next_year_name(&self) -> String {
        let name = self.name.trim();
        let b = name.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let digits = |from: usize, n: usize| (from..from + n).all(digit);
        let Some(at) = (0..b.len()).find(|&i| {
            digits(i, 4) && matches!(b[i], b'1' | b'2') && !(i > 0 && digit(i - 1)) && !digit(i + 4)
        }) else {
            return format!("{name} (next year)");
        };
        let year: u32 = name[at..at + 4].parse().unwrap_or(0);
        let mut next = format!("{}{}", &name[..at], year + 1);
        let mut rest = at + 4;
        // A financial year, "2025/26" or "2025-26": its second year moves on too.
        if matches!(b.get(rest), Some(b'/' | b'-')) && digits(rest + 1, 2) && !digit(rest + 3) {
            next.push_str(&format!("{}{:02}", &name[rest..=rest], (year + 2) % 100));
            rest += 3;
        }
        next.push_str(&name[rest..]);
        next
    }
}
