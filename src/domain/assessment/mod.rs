//! An assessment: one council's answers to a framework, keyed by the framework's
//! stable item ids (never by position), and the edits an officer makes to it.
//!
//! - [`progress`]: the rules a committee would know: when an improvement action
//!   is needed, what a section still lacks, and when it counts as complete.
//! - [`start`]: what the user gives to start one, checked, and the new assessment.
//! - [`change`]: every edit the app can make, as one [`Change`] value.
//! - [`paper`]: the committee paper's own words.
//! - [`stamps`]: when and in which tab each field last changed.
//! - [`merge`]: combining two tabs' copies of one assessment, newest change
//!   first, and the part of a copy that is newer than the saved record.
//! - [`flag`]: the judgement on a warning sign.
//! - [`applicable`]: items that do not apply to the council, pre-marked.
//! - [`carried`]: answers carried over from an earlier framework version, and
//!   those kept for questions it no longer asks.
//! - [`baseline`]: last year's answers kept for comparison, and starting next
//!   year's assessment from this one.
//! - [`movement`]: how each rating moved since the baseline.
//! - [`follow_up`]: an action's status, dated progress notes, and when it is overdue.
//! - [`review`]: the review trail, the approval, and when the report can be Final.

mod applicable;
mod baseline;
mod carried;
mod change;
mod flag;
mod follow_up;
mod merge;
mod movement;
mod paper;
mod progress;
mod review;
mod stamps;
mod start;

use std::collections::{BTreeMap, BTreeSet};

use super::applicability::CouncilProfile;
use super::framework::Framework;
use super::section::SectionRef;

pub use baseline::Baseline;
pub use carried::{CarriedCount, CarryError, KeptAnswer, RetiredAnswer};
pub use change::{ActionPart, Change, ChangeError};
pub use flag::FlagState;
pub use follow_up::{ActionStatus, ProgressNote};
pub use merge::{merge, newer_than};
pub use movement::{Movement, MovementCounts};
pub use paper::{CommitteePaper, PaperPart, DEFAULT_RECOMMENDATIONS};
pub use progress::{is_iso_date, rating_needs_action, Problem, Progress, SectionStatus};
pub use review::{SectionReview, SignOff, SignOffPart};
pub use stamps::{Field, Stamp, Stamps};
pub use start::{FieldErrors, NewAssessment};

/// Which sections an assessment covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every principle and theme.
    Everything,
    /// Only these sections.
    Chosen(Vec<SectionRef>),
}

/// An improvement action for a characteristic rated below the top level.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImprovementAction {
    /// What is missing today.
    pub gap: String,
    /// What will be done about it.
    pub action: String,
    /// Who is responsible.
    pub owner: String,
    /// When it is due, as an ISO date (`YYYY-MM-DD`); empty when not yet set.
    pub due: String,
    /// Why it was dropped, when it was.
    pub reason: String,
    /// Status changes and progress notes, oldest first; the latest status
    /// is the action's status (see [`ImprovementAction::status`]).
    pub history: Vec<ProgressNote>,
    /// Whether it came across, still open, from the baseline's action plan.
    pub carried_over: bool,
}

/// The answer to one characteristic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CharacteristicAnswer {
    /// The scale level id, `None` while not yet assessed.
    pub rating: Option<String>,
    /// The evidence narrative.
    pub narrative: String,
    /// Titles or links of documents cited as evidence.
    pub references: Vec<String>,
    pub action: ImprovementAction,
}

/// The assessor's judgement of one warning sign.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FlagAnswer {
    pub state: Option<FlagState>,
    pub note: String,
}

/// Whether the summary is a draft or the final version put to members.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReportStatus {
    #[default]
    Draft,
    Final,
}

impl ReportStatus {
    /// Both statuses, in the order offered to the user.
    pub const ALL: [ReportStatus; 2] = [ReportStatus::Draft, ReportStatus::Final];

    /// "Draft" or "Final".
    pub fn label(self) -> &'static str {
        match self {
            ReportStatus::Draft => "Draft",
            ReportStatus::Final => "Final",
        }
    }
}

/// One self-assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub id: String,
    pub name: String,
    pub council: String,
    pub assessor: String,
    pub framework_id: String,
    pub framework_version: String,
    pub scope: Scope,
    /// When it was started, in milliseconds since the Unix epoch.
    pub started_ms: i64,
    /// When it was last changed, in milliseconds since the Unix epoch.
    pub updated_ms: i64,
    pub status: ReportStatus,
    /// When a change made a Final report a draft again; cleared when it is
    /// marked Final once more.
    pub changed_after_final: Option<i64>,
    /// Sections the assessor has checked and marked complete.
    pub marked_complete: BTreeSet<SectionRef>,
    /// Answers by characteristic id.
    pub characteristics: BTreeMap<String, CharacteristicAnswer>,
    /// Warning-sign judgements by failure indicator id.
    pub flags: BTreeMap<String, FlagAnswer>,
    /// Answers to reflective questions by question id.
    pub reflections: BTreeMap<String, String>,

    // --- Issue 10: the council's profile, and answers carried between versions. ---
    /// What the council said about itself when the assessment started; `None`
    /// for one started before the form asked, to which every item applies.
    pub profile: Option<CouncilProfile>,
    /// Answers kept from an earlier framework version to questions the
    /// current version no longer asks, in the order they were carried over.
    pub retired: Vec<RetiredAnswer>,
    /// The framework version the answers were first given against, once they
    /// have been carried over to a later version.
    pub carried_from: Option<String>,
    /// The committee paper's own words, and who reviewed the assessment.
    pub paper: CommitteePaper,
    /// Each section's review by a second officer, where one is recorded.
    pub reviews: BTreeMap<SectionRef, SectionReview>,
    /// Who approved the assessment for the committee, and when.
    pub approval: SignOff,
    /// The earlier assessment this one is compared with, if any.
    pub baseline: Option<Baseline>,
    /// When and in which tab each field last changed, for merging two tabs' copies.
    pub stamps: Stamps,
}

impl Assessment {
    /// The sections in scope, in framework order.
    pub fn sections(&self, framework: &Framework) -> Vec<SectionRef> {
        let all = SectionRef::all(framework);
        match &self.scope {
            Scope::Everything => all,
            Scope::Chosen(chosen) => all.into_iter().filter(|s| chosen.contains(s)).collect(),
        }
    }

    /// Whether a section is part of this assessment (and of its framework).
    pub fn covers(&self, framework: &Framework, section: &SectionRef) -> bool {
        self.sections(framework).contains(section)
    }

    // --- Changing answers. Each records the time of the change. ---

    /// Sets or clears the rating of a characteristic.
    pub fn set_rating(&mut self, characteristic_id: &str, level_id: Option<String>, now_ms: i64) {
        self.characteristic_mut(characteristic_id).rating = level_id;
        self.updated_ms = now_ms;
    }

    /// Replaces the evidence narrative of a characteristic.
    pub fn set_narrative(&mut self, characteristic_id: &str, text: String, now_ms: i64) {
        self.characteristic_mut(characteristic_id).narrative = text;
        self.updated_ms = now_ms;
    }

    /// Replaces the evidence references of a characteristic.
    pub fn set_references(
        &mut self,
        characteristic_id: &str,
        references: Vec<String>,
        now_ms: i64,
    ) {
        self.characteristic_mut(characteristic_id).references = references;
        self.updated_ms = now_ms;
    }

    /// Adds a document title or link to a characteristic's evidence, trimmed.
    /// Returns false, changing nothing, when the text is blank.
    pub fn add_reference(&mut self, characteristic_id: &str, text: &str, now_ms: i64) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        let answer = self.characteristic_mut(characteristic_id);
        answer.references.push(text.to_owned());
        self.updated_ms = now_ms;
        true
    }

    /// Removes the reference at `index` from a characteristic's evidence.
    /// Returns false, changing nothing, when there is no such reference.
    pub fn remove_reference(&mut self, characteristic_id: &str, index: usize, now_ms: i64) -> bool {
        let Some(answer) = self.characteristics.get_mut(characteristic_id) else {
            return false;
        };
        if index >= answer.references.len() {
            return false;
        }
        answer.references.remove(index);
        self.updated_ms = now_ms;
        true
    }

    /// Replaces the improvement action of a characteristic.
    pub fn set_action(&mut self, characteristic_id: &str, action: ImprovementAction, now_ms: i64) {
        self.characteristic_mut(characteristic_id).action = action;
        self.updated_ms = now_ms;
    }

    /// Sets or clears the state of a warning sign.
    pub fn set_flag_state(&mut self, indicator_id: &str, state: Option<FlagState>, now_ms: i64) {
        self.flags.entry(indicator_id.to_owned()).or_default().state = state;
        self.updated_ms = now_ms;
    }

    /// Replaces the note on a warning sign.
    pub fn set_flag_note(&mut self, indicator_id: &str, note: String, now_ms: i64) {
        self.flags.entry(indicator_id.to_owned()).or_default().note = note;
        self.updated_ms = now_ms;
    }

    /// Replaces the answer to a reflective question.
    pub fn set_reflection(&mut self, question_id: &str, text: String, now_ms: i64) {
        self.reflections.insert(question_id.to_owned(), text);
        self.updated_ms = now_ms;
    }

    /// Marks the report a draft or final. Only [`Assessment::apply`] checks
    /// that a Final report has been approved.
    pub fn set_status(&mut self, status: ReportStatus, now_ms: i64) {
        self.status = status;
        self.changed_after_final = None;
        self.updated_ms = now_ms;
    }

    /// Renames the assessment; a blank name is refused and changes nothing.
    pub fn rename(&mut self, name: &str, now_ms: i64) -> Result<(), FieldErrors> {
        if name.trim().is_empty() {
            return Err(FieldErrors(vec![("name", start::NAME_MISSING.to_owned())]));
        }
        self.name = name.trim().to_owned();
        self.updated_ms = now_ms;
        Ok(())
    }

    /// Marks a section complete after the assessor has checked it, or says
    /// what still needs doing. A section outside the assessment's scope is
    /// never marked.
    pub fn mark_complete(
        &mut self,
        framework: &Framework,
        section: &SectionRef,
        now_ms: i64,
    ) -> Result<(), Vec<Problem>> {
        if !self.covers(framework, section) {
            return Err(vec![Problem {
                item_id: section.id().to_owned(),
                message: "This section is not part of this assessment".to_owned(),
            }]);
        }
        let problems = self.problems(framework, section);
        if !problems.is_empty() {
            return Err(problems);
        }
        self.marked_complete.insert(section.clone());
        self.updated_ms = now_ms;
        Ok(())
    }

    fn characteristic_mut(&mut self, id: &str) -> &mut CharacteristicAnswer {
        self.characteristics.entry(id.to_owned()).or_default()
    }

    // --- Reading answers. ---

    /// The answer to a characteristic, if any was given.
    pub fn characteristic(&self, id: &str) -> Option<&CharacteristicAnswer> {
        self.characteristics.get(id)
    }

    /// The rating of a characteristic, if given.
    pub fn rating(&self, id: &str) -> Option<&str> {
        self.characteristic(id).and_then(|a| a.rating.as_deref())
    }

    /// The judgement on a warning sign, if given.
    pub fn flag(&self, id: &str) -> Option<&FlagAnswer> {
        self.flags.get(id)
    }

    /// The answer to a reflective question (empty when unanswered).
    pub fn reflection(&self, id: &str) -> &str {
        self.reflections.get(id).map_or("", String::as_str)
    }
}
