//! Every edit the app makes to an assessment, as one value. A page describes
//! what the user did as a [`Change`]; [`Assessment::apply`] checks it against
//! the framework and the assessment's scope and makes it. Knowing which item
//! a change touches lets the app redraw and save just that item.

use thiserror::Error;

use super::{Assessment, FieldErrors, FlagState, PaperPart, Problem, ReportStatus};
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
}

/// One edit a user makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Rate a characteristic, or take its rating back (`None`).
    Rating { item: String, level: Option<String> },
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
    #[error("“{0}” applies to every council, so it cannot be marked not applicable")]
    AppliesToEveryCouncil(String),
}

impl Change {
    /// The item (characteristic, warning sign or question) whose answer the
    /// change touches; `None` for a change to the assessment as a whole.
    pub fn item(&self) -> Option<&str> {
        match self {
            Change::Rating { item, .. }
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
            | Change::MarkComplete(_) => None,
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
                | Change::Paper { .. }
                | Change::Action {
                    part: ActionPart::Gap | ActionPart::Action | ActionPart::Owner,
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
    /// choosing the rating already chosen, changes nothing).
    pub fn apply(
        &mut self,
        framework: &Framework,
        change: Change,
        now_ms: i64,
    ) -> Result<bool, ChangeError> {
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
                let field = match part {
                    ActionPart::Gap => &mut action.gap,
                    ActionPart::Action => &mut action.action,
                    ActionPart::Owner => &mut action.owner,
                    ActionPart::Due => &mut action.due,
                };
                *field = text;
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
        };
        Ok(changed)
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
