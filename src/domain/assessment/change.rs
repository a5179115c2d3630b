//! Every edit the app makes to an assessment, as one value. A page describes
//! what the user did as a [`Change`]; [`Assessment::apply`] checks it against
//! the framework and the assessment's scope and makes it. Knowing which item
//! a change touches lets the app redraw and save just that item.

use thiserror::Error;

use super::{
    ActionStatus, Assessment, Baseline, FieldErrors, FlagState, PaperPart, Problem, ReportStatus,
    SignOffPart,
};
use crate::domain::dates::CivilDate;
use crate::domain::framework::Framework;
use crate::domain::question::Question;
use crate::domain::section::SectionRef;

/// A part of an improvement action, each its own field on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ActionPart {
    Gap,
    Action,
    Owner,
    Due,
    /// Why the action was dropped.
    Reason,
}

/// One edit a user makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Rate a characteristic, or take its rating back (`None`).
    Rating { item: String, level: Option<String> },
    /// Rate a characteristic as the baseline did.
    UseBaselineRating { item: String },
    /// Replace a characteristic's evidence narrative.
    Narrative { item: String, text: String },
    /// Add a document title or link to a characteristic's evidence.
    AddReference { item: String, text: String },
    /// Remove the reference at `index` from a characteristic's evidence.
    RemoveReference { item: String, index: usize },
    /// Replace one part of a characteristic's improvement action.
    Action {
        item: String,
        part: ActionPart,
        text: String,
    },
    /// Set the status of a characteristic's improvement action, dated today.
    ActionStatus { item: String, status: ActionStatus },
    /// Add a progress note, dated today, to a characteristic's improvement action.
    ProgressNote { item: String, text: String },
    /// Judge a warning sign, or take the judgement back (`None`).
    FlagState {
        item: String,
        state: Option<FlagState>,
    },
    /// Replace the note on a warning sign.
    FlagNote { item: String, text: String },
    /// Replace the answer to a reflective question.
    Reflection { item: String, text: String },
    /// Replace one part of the committee paper's text.
    Paper { part: PaperPart, text: String },
    /// Rename the assessment.
    Rename(String),
    /// Mark the report a draft or final.
    Status(ReportStatus),
    /// Mark a section complete, once it lacks nothing.
    MarkComplete(SectionRef),
    /// Replace who reviewed a section, or when.
    Review {
        section: SectionRef,
        part: SignOffPart,
        text: String,
    },
    /// Record whether a section's reviewer sampled the evidence.
    EvidenceSampled { section: SectionRef, sampled: bool },
    /// Replace who approved the assessment, or when.
    Approval { part: SignOffPart, text: String },
    /// Compare with an earlier assessment, or with none.
    Baseline(Option<Box<Baseline>>),
}

/// Why a change was refused; the assessment is left as it was.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ChangeError {
    #[error("{}", .0.0.first().map_or("", |(_, m)| m.as_str()))]
    Details(FieldErrors),
    #[error("this section cannot be marked as complete yet")]
    Incomplete(Vec<Problem>),
    #[error("“{0}” is not a question of this assessment")]
    UnknownItem(String),
    #[error("“{0}” is not a level of the rating scale")]
    UnknownLevel(String),
    #[error("there is no rating from the last assessment to use for “{0}”")]
    NoBaselineRating(String),
    #[error("record who approved the assessment, and the date, before marking it Final")]
    NotApproved,
    #[error("an assessment can only be compared with another of the same framework")]
    OtherFramework,
    #[error("an assessment cannot be compared with itself: choose an earlier one")]
    SameAssessment,
    #[error("“{0}” applies to every council, so it cannot be marked not applicable")]
    AppliesToEveryCouncil(String),
}

impl Change {
    /// The item (characteristic, warning sign or question) whose answer the
    /// change touches; `None` for a change to the assessment as a whole.
    pub fn item(&self) -> Option<&str> {
        match self {
            Change::Rating { item, .. }
            | Change::UseBaselineRating { item }
            | Change::ActionStatus { item, .. }
            | Change::ProgressNote { item, .. }
            | Change::Narrative { item, .. }
            | Change::AddReference { item, .. }
            | Change::RemoveReference { item, .. }
            | Change::Action { item, .. }
            | Change::FlagState { item, .. }
            | Change::FlagNote { item, .. }
            | Change::Reflection { item, .. } => Some(item),
            Change::Paper { .. }
            | Change::Rename(_)
            | Change::Status(_)
            | Change::MarkComplete(_)
            | Change::Review { .. }
            | Change::EvidenceSampled { .. }
            | Change::Approval { .. }
            | Change::Baseline(_) => None,
        }
    }

    /// The section a change to a section's review touches.
    pub fn section(&self) -> Option<&SectionRef> {
        match self {
            Change::Review { section, .. } | Change::EvidenceSampled { section, .. } => {
                Some(section)
            }
            _ => None,
        }
    }

    /// Whether the change is typing in a text box (written once the typist
    /// pauses) rather than a choice or a button (written at once).
    pub fn is_typing(&self) -> bool {
        matches!(
            self,
            Change::Narrative { .. }
                | Change::FlagNote { .. }
                | Change::Reflection { .. }
                | Change::Review {
                    part: SignOffPart::By,
                    ..
                }
                | Change::Approval {
                    part: SignOffPart::By,
                    ..
                }
                | Change::Paper { .. }
                | Change::Action {
                    part: ActionPart::Gap
                        | ActionPart::Action
                        | ActionPart::Owner
                        | ActionPart::Reason,
                    ..
                }
        )
    }
}

/// The kinds of question, for checking that a change fits its item.
#[derive(PartialEq)]
enum Kind {
    Rating,
    WarningSign,
    Reflection,
}

impl Assessment {
    /// Makes a change, checked against the framework and the assessment's
    /// scope. Returns whether anything changed (adding a blank reference, or
    /// choosing the rating already chosen, changes nothing). Any change but
    /// to the status makes a Final report a draft again.
    pub fn apply(
        &mut self,
        framework: &Framework,
        change: Change,
        now_ms: i64,
    ) -> Result<bool, ChangeError> {
        let to_status = matches!(change, Change::Status(_));
        let changed = self.make(framework, change, now_ms)?;
        if changed && !to_status {
            self.back_to_draft(now_ms);
        }
        Ok(changed)
    }

    fn make(
        &mut self,
        framework: &Framework,
        change: Change,
        now_ms: i64,
    ) -> Result<bool, ChangeError> {
        if let Some(section) = change.section() {
            if !self.covers(framework, section) {
                return Err(ChangeError::UnknownItem(section.id().to_owned()));
            }
        }
        if let Some(item) = change.item() {
            let kind = match &change {
                Change::FlagState { .. } | Change::FlagNote { .. } => Kind::WarningSign,
                Change::Reflection { .. } => Kind::Reflection,
                _ => Kind::Rating,
            };
            if !self.asks(framework, item, kind) {
                return Err(ChangeError::UnknownItem(item.to_owned()));
            }
        }
        let changed = match change {
            Change::Rating { item, level } => {
                if let Some(level) = &level {
                    if !framework.scale.choices().any(|l| &l.id == level) {
                        return Err(ChangeError::UnknownLevel(level.clone()));
                    }
                }
                let changed = self.rating(&item) != level.as_deref();
                if changed {
                    self.set_rating(&item, level, now_ms);
                }
                changed
            }
            Change::UseBaselineRating { item } => {
                let Some(level) = self.baseline_rating(&item).map(str::to_owned) else {
                    return Err(ChangeError::NoBaselineRating(item));
                };
                return self.make(
                    framework,
                    Change::Rating {
                        item,
                        level: Some(level),
                    },
                    now_ms,
                );
            }
            Change::ActionStatus { item, status } => {
                let today = CivilDate::from_uk_ms(now_ms);
                self.edit_action(&item, now_ms, |a| a.set_status(status, today))
            }
            Change::ProgressNote { item, text } => {
                let today = CivilDate::from_uk_ms(now_ms);
                self.edit_action(&item, now_ms, |a| a.add_note(&text, today))
            }
            Change::Narrative { item, text } => {
                self.set_narrative(&item, text, now_ms);
                true
            }
            Change::AddReference { item, text } => self.add_reference(&item, &text, now_ms),
            Change::RemoveReference { item, index } => self.remove_reference(&item, index, now_ms),
            Change::Action { item, part, text } => {
                let mut action = self
                    .characteristic(&item)
                    .map(|a| a.action.clone())
                    .unwrap_or_default();
                *part.of_mut(&mut action) = text;
                self.set_action(&item, action, now_ms);
                true
            }
            Change::FlagState { item, state } => {
                let offered = FlagState::choices(framework.applies_if(&item));
                if state.is_some_and(|s| !offered.contains(&s)) {
                    return Err(ChangeError::AppliesToEveryCouncil(item));
                }
                let changed = self.flag(&item).and_then(|f| f.state) != state;
                if changed {
                    self.set_flag_state(&item, state, now_ms);
                }
                changed
            }
            Change::FlagNote { item, text } => {
                self.set_flag_note(&item, text, now_ms);
                true
            }
            Change::Reflection { item, text } => {
                self.set_reflection(&item, text, now_ms);
                true
            }
            Change::Paper { part, text } => {
                let changed = self.paper.text(part) != text;
                if changed {
                    self.set_paper_text(part, text, now_ms);
                }
                changed
            }
            Change::Rename(name) => {
                self.rename(&name, now_ms).map_err(ChangeError::Details)?;
                true
            }
            Change::Status(status) => {
                if status == ReportStatus::Final && !self.can_be_final() {
                    return Err(ChangeError::NotApproved);
                }
                let changed = self.status != status;
                if changed {
                    self.set_status(status, now_ms);
                }
                changed
            }
            Change::MarkComplete(section) => {
                self.mark_complete(framework, &section, now_ms)
                    .map_err(ChangeError::Incomplete)?;
                true
            }
            Change::Review {
                section,
                part,
                text,
            } => {
                let review = self.reviews.entry(section).or_default();
                *review.sign_off.part_mut(part) = text;
                self.updated_ms = now_ms;
                true
            }
            Change::EvidenceSampled { section, sampled } => {
                let review = self.reviews.entry(section).or_default();
                let changed = review.evidence_sampled != sampled;
                review.evidence_sampled = sampled;
                if changed {
                    self.updated_ms = now_ms;
                }
                changed
            }
            Change::Approval { part, text } => {
                *self.approval.part_mut(part) = text;
                self.updated_ms = now_ms;
                true
            }
            Change::Baseline(baseline) => {
                if let Some(b) = &baseline {
                    if b.id == self.id {
                        return Err(ChangeError::SameAssessment);
                    }
                    if !self.can_compare_with(framework, b) {
                        return Err(ChangeError::OtherFramework);
                    }
                }
                self.baseline = baseline.map(|b| *b);
                self.updated_ms = now_ms;
                true
            }
        };
        Ok(changed)
    }

    /// Changes a characteristic's action with `edit`, which says whether it changed anything.
    fn edit_action(
        &mut self,
        item: &str,
        now_ms: i64,
        edit: impl FnOnce(&mut super::ImprovementAction) -> bool,
    ) -> bool {
        let changed = edit(&mut self.characteristic_mut(item).action);
        if changed {
            self.updated_ms = now_ms;
        }
        changed
    }

    /// Whether `item` is a question of this kind in a section in scope.
    fn asks(&self, framework: &Framework, item: &str, kind: Kind) -> bool {
        self.sections(framework).iter().any(|section| {
            framework.questions(section).iter().any(|q| {
                q.id() == item
                    && kind
                        == match q {
                            Question::Rating { .. } => Kind::Rating,
                            Question::WarningSign { .. } => Kind::WarningSign,
                            Question::Reflection { .. } => Kind::Reflection,
                        }
            })
        })
    }
}
