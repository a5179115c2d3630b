//! The rules on an assessment's answers: when an improvement action is needed,
//! what stops a section being complete, and how far along a section is.

use super::{ActionStatus, Assessment, ImprovementAction};
use crate::domain::dates::CivilDate;
use crate::domain::framework::{Framework, RatingScale, ScaleLevel};
use crate::domain::question::Question;
use crate::domain::section::SectionRef;

/// The status of a section on the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Completed,
}

impl SectionStatus {
    /// The words shown on the task list.
    pub fn label(self) -> &'static str {
        match self {
            SectionStatus::NotStarted => "Not started",
            SectionStatus::InProgress => "In progress",
            SectionStatus::Completed => "Completed",
        }
    }
}

/// What still stops a section being marked complete, each tied to an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The item (characteristic, flag or question id) the problem is about.
    pub item_id: String,
    pub message: String,
}

/// How many items of a section (or of the whole assessment) are answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    /// Whole-number percentage, 0 when there is nothing to answer.
    pub fn percent(self) -> u32 {
        (self.answered * 100)
            .checked_div(self.total)
            .map_or(0, |p| p as u32)
    }
}

impl Assessment {
    /// Whether a question has an answer: a rating (or "not applicable"), a
    /// judgement on the warning sign, or words in answer to the question.
    pub fn is_answered(&self, question: &Question) -> bool {
        match question {
            Question::Rating { characteristic, .. } => self.rating(&characteristic.id).is_some(),
            Question::WarningSign { indicator, .. } => {
                self.flag(&indicator.id).is_some_and(|f| f.state.is_some())
            }
            Question::Reflection { question, .. } => {
                !self.reflection(&question.id).trim().is_empty()
            }
        }
    }

    /// Whether anything has been written for a question that is not yet
    /// answered: evidence, references or an action; a note on a warning sign.
    fn has_text(&self, question: &Question) -> bool {
        match question {
            Question::Rating { characteristic, .. } => {
                self.characteristic(&characteristic.id).is_some_and(|a| {
                    !a.narrative.trim().is_empty()
                        || !a.references.is_empty()
                        || a.action != ImprovementAction::default()
                })
            }
            Question::WarningSign { indicator, .. } => self
                .flag(&indicator.id)
                .is_some_and(|f| !f.note.trim().is_empty()),
            Question::Reflection { .. } => false,
        }
    }

    /// The status of a section, derived from its answers: a section marked
    /// complete stays complete only while nothing it needs is missing.
    pub fn section_status(&self, framework: &Framework, section: &SectionRef) -> SectionStatus {
        let questions = framework.questions(section);
        let problems = || {
            questions
                .iter()
                .any(|q| !self.question_problems(framework, q).is_empty())
        };
        // Items pre-marked "Not applicable" at the start are not the
        // assessor's work: they alone do not make a section "In progress".
        let touched = |q: &Question| {
            (self.is_answered(q) || self.has_text(q)) && !self.is_premarked(framework, q)
        };
        if self.marked_complete.contains(section) && !problems() {
            SectionStatus::Completed
        } else if questions.iter().any(touched) {
            SectionStatus::InProgress
        } else {
            SectionStatus::NotStarted
        }
    }

    /// Items answered in a section: rated characteristics and judged warning
    /// signs for a theme; answered questions for a principle.
    pub fn section_progress(&self, framework: &Framework, section: &SectionRef) -> Progress {
        let questions = framework.questions(section);
        Progress {
            answered: questions.iter().filter(|q| self.is_answered(q)).count(),
            total: questions.len(),
        }
    }

    /// Progress over every section in scope.
    pub fn overall_progress(&self, framework: &Framework) -> Progress {
        self.sections(framework)
            .iter()
            .fold(Progress::default(), |sum, s| {
                let p = self.section_progress(framework, s);
                Progress {
                    answered: sum.answered + p.answered,
                    total: sum.total + p.total,
                }
            })
    }

    /// How many sections in scope are completed, out of how many.
    pub fn sections_completed(&self, framework: &Framework) -> (usize, usize) {
        let sections = self.sections(framework);
        let done = sections
            .iter()
            .filter(|s| self.section_status(framework, s) == SectionStatus::Completed)
            .count();
        (done, sections.len())
    }

    /// Whether the rating of a characteristic calls for an improvement action:
    /// any rated level below the top one (not "not applicable", not unrated).
    pub fn needs_action(&self, scale: &RatingScale, characteristic_id: &str) -> bool {
        rating_needs_action(scale, self.rating(characteristic_id))
    }

    /// The level a characteristic stands at: its rating, or "not yet assessed"
    /// when it has none (or one the scale does not know).
    pub fn level<'s>(&self, scale: &'s RatingScale, characteristic_id: &str) -> &'s ScaleLevel {
        self.rating(characteristic_id)
            .and_then(|r| scale.level(r))
            .unwrap_or(&scale.not_assessed)
    }

    /// What stops a section being marked complete, in question order.
    pub fn problems(&self, framework: &Framework, section: &SectionRef) -> Vec<Problem> {
        framework
            .questions(section)
            .iter()
            .flat_map(|q| self.question_problems(framework, q))
            .collect()
    }

    /// What one question still lacks: an answer, and for a rating below the
    /// top level an action with a description, an owner and a real due date.
    pub fn question_problems(&self, framework: &Framework, question: &Question) -> Vec<Problem> {
        let label = question.label();
        let problem = |message: String| Problem {
            item_id: question.id().to_owned(),
            message,
        };
        if !self.is_answered(question) {
            let message = match question {
                Question::Rating { .. } => format!("Choose a rating for {label}"),
                Question::WarningSign { .. } => format!("Say whether {label} is present"),
                Question::Reflection { .. } => format!("Answer {label}"),
            };
            return vec![problem(message)];
        }
        let Question::Rating { characteristic, .. } = question else {
            return Vec::new();
        };
        let action = self
            .characteristic(&characteristic.id)
            .map(|a| &a.action)
            .cloned()
            .unwrap_or_default();
        let mut problems = Vec::new();
        if action.status() == ActionStatus::Dropped && action.reason.trim().is_empty() {
            problems.push(problem(format!(
                "Say why the action for {label} was dropped"
            )));
        }
        if !self.needs_action(&framework.scale, &characteristic.id) {
            return problems;
        }
        if action.action.trim().is_empty() {
            problems.push(problem(format!(
                "Describe the improvement action for {label}"
            )));
        }
        if action.owner.trim().is_empty() {
            problems.push(problem(format!("Enter who owns the action for {label}")));
        }
        if !is_iso_date(&action.due) {
            problems.push(problem(format!(
                "Enter a due date for the action for {label}"
            )));
        }
        problems
    }
}

impl ImprovementAction {
    /// The action in one line for a reader, saying plainly what is still
    /// missing: "Refresh the code (Monitoring Officer, due 31 March 2027)".
    pub fn in_words(&self) -> String {
        let text = match self.action.trim() {
            "" => "No action described yet",
            text => text,
        };
        let owner = match self.owner.trim() {
            "" => "no owner",
            owner => owner,
        };
        let due = match CivilDate::parse_iso(self.due.trim()) {
            Some(date) => format!("due {date}"),
            None if self.due.trim().is_empty() => "no due date".to_owned(),
            None => format!("due {}", self.due.trim()),
        };
        format!("{text} ({owner}, {due})")
    }
}

/// The action rule on its own: a rated level below the top level needs an action.
pub fn rating_needs_action(scale: &RatingScale, rating: Option<&str>) -> bool {
    match rating {
        None => false,
        Some(level) => scale.levels.iter().skip(1).any(|l| l.id == level),
    }
}

/// Whether `text` is a real calendar date written `YYYY-MM-DD`: the one rule
/// for dates, shared with [`CivilDate::parse_iso`].
pub fn is_iso_date(text: &str) -> bool {
    CivilDate::parse_iso(text).is_some()
}
