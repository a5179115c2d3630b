//! Following an improvement action through: its status, dated progress notes,
//! and whether it is overdue. The status is not stored on its own: it is the
//! latest status recorded in the action's history, so the history always says
//! when each status was set, and two tabs cannot disagree about it.

use super::{Assessment, ImprovementAction};
use crate::domain::dates::CivilDate;
use crate::domain::framework::RatingScale;

/// Where an improvement action stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ActionStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    /// Given up, with a reason (see [`ImprovementAction::reason`]).
    Dropped,
}

impl ActionStatus {
    /// Every status, in the order offered to the user.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::NotStarted,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The words shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "Not started",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
            ActionStatus::Dropped => "Dropped",
        }
    }

    /// A stable id for forms and files.
    pub fn id(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "not-started",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// The status with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Whether work on the action is still to be done: not done, not dropped.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::NotStarted | ActionStatus::InProgress)
    }
}

/// One dated entry in an action's history: a status set, a note written, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgressNote {
    /// The day it was recorded, `YYYY-MM-DD` in UK time.
    pub date: String,
    /// The status set that day, if this entry set one.
    pub status: Option<ActionStatus>,
    /// What the officer wrote, as typed (empty for a status change alone).
    pub text: String,
}

impl ImprovementAction {
    /// The action's status: the latest one in its history, "Not started" if none.
    pub fn status(&self) -> ActionStatus {
        self.history
            .iter()
            .rev()
            .find_map(|n| n.status)
            .unwrap_or_default()
    }

    /// The date of the latest entry in the history, if any.
    pub fn last_update(&self) -> Option<CivilDate> {
        self.history
            .last()
            .and_then(|n| CivilDate::parse_iso(&n.date))
    }

    /// Whether the action is overdue on `today`: it has a due date before
    /// that day and is neither done nor dropped. An action due today is not
    /// yet overdue; one with no real due date never is.
    pub fn is_overdue(&self, today: CivilDate) -> bool {
        self.status().is_open()
            && CivilDate::parse_iso(self.due.trim()).is_some_and(|due| due < today)
    }

    /// Records a new status on `today`. Several status changes on one day
    /// with no note between them are one change: the last one stands.
    /// Returns false, changing nothing, when the status is already that.
    pub(super) fn set_status(&mut self, status: ActionStatus, today: CivilDate) -> bool {
        if self.status() == status {
            return false;
        }
        let date = today.iso();
        if let Some(last) = self.history.last_mut() {
            if last.date == date && last.status.is_some() && last.text.is_empty() {
                last.status = Some(status);
                return true;
            }
        }
        self.history.push(ProgressNote {
            date,
            status: Some(status),
            text: String::new(),
        });
        true
    }

    /// Adds a progress note dated `today`, trimmed. Returns false, changing
    /// nothing, when the note is blank.
    pub(super) fn add_note(&mut self, text: &str, today: CivilDate) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.history.push(ProgressNote {
            date: today.iso(),
            status: None,
            text: text.to_owned(),
        });
        true
    }

    /// Whether there is an action to follow through: something described.
    pub fn is_described(&self) -> bool {
        !self.action.trim().is_empty()
    }
}

impl Assessment {
    /// Whether a characteristic's improvement action is in the action plan,
    /// to be shown and worked on: when its rating calls for one, and also,
    /// whatever the rating, when
    /// the action came across from last year, so it can still be followed
    /// through (marked done, say) once the characteristic is rated at the top
    /// level or before it is rated again.
    pub fn in_action_plan(&self, scale: &RatingScale, characteristic_id: &str) -> bool {
        self.needs_action(scale, characteristic_id)
            || self
                .characteristic(characteristic_id)
                .is_some_and(|c| c.action.carried_over && c.action.is_described())
    }
}
