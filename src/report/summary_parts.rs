//! The parts of a [`Summary`](crate::report::summary::Summary): completion
//! and the spread of ratings, each theme and characteristic, the warning signs
//! flagged, the action plan's lines, the reflections, and how it was done.
//! Plain data, worked out by `Summary::build`.

use crate::domain::assessment::{
    ActionStatus, FlagState, Movement, Progress, ReportStatus, SectionStatus,
};
use crate::domain::dates::CivilDate;
use crate::domain::framework::ScaleLevel;
use crate::domain::provenance::Basis;

/// Completion and the spread of ratings.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// Sections (principles and themes in scope) marked complete and still complete.
    pub sections_completed: usize,
    pub sections_total: usize,
    /// Items answered: rated characteristics, judged warning signs, answered questions.
    pub items: Progress,
    /// Characteristics given a rating (including "not applicable"), of those in scope.
    pub characteristics_rated: usize,
    pub characteristics_total: usize,
    /// Each level with its count over every theme in scope: rated levels best
    /// first, then "not applicable", then "not yet assessed".
    pub totals: Vec<LevelCount>,
}

/// How many characteristics sit at one level.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelCount {
    pub level: ScaleLevel,
    pub count: usize,
}

/// One theme: its ratings, their counts and (for officers) the evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeSummary {
    pub id: String,
    /// Display code of the theme, e.g. `GOV`.
    pub code: String,
    pub title: String,
    pub status: SectionStatus,
    pub progress: Progress,
    /// The count of each level, in the order of [`Overview::totals`].
    pub counts: Vec<LevelCount>,
    /// Every characteristic of the theme, in framework order.
    pub ratings: Vec<CharacteristicRating>,
}

impl ThemeSummary {
    /// Characteristics given a rating, "not applicable" included.
    pub fn rated(&self) -> usize {
        // The last count is always "not yet assessed" (see `Overview::totals`).
        self.ratings.len() - self.counts.last().map_or(0, |lc| lc.count)
    }
}

/// A characteristic with its rating and evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct CharacteristicRating {
    pub id: String,
    /// Display code, e.g. `GOV03`.
    pub code: String,
    /// The statement rated, as plain text.
    pub statement: String,
    /// The level given, or the scale's "not yet assessed" level.
    pub level: ScaleLevel,
    /// The evidence narrative, as typed.
    pub narrative: String,
    /// The documents cited, as typed, blank lines dropped.
    pub references: Vec<String>,
    /// How the rating moved since the baseline; `None` without one.
    pub movement: Option<Movement>,
}

/// A warning sign judged present or partly present.
#[derive(Debug, Clone, PartialEq)]
pub struct FlaggedIndicator {
    pub id: String,
    pub theme_id: String,
    pub theme_title: String,
    /// Position within its theme, from 1, as the questionnaire numbers it.
    pub number: usize,
    /// The warning sign, as plain text.
    pub text: String,
    pub state: FlagState,
    /// The assessor's note, as typed.
    pub note: String,
}

/// One line of the action plan: a characteristic rated below the top level.
///
/// Ordered by due date, earliest first; lines with no valid due date come last;
/// ties keep framework order (the order of the codes as the heat map shows them).
#[derive(Debug, Clone, PartialEq)]
pub struct ActionItem {
    pub characteristic_id: String,
    pub theme_title: String,
    /// Display code, e.g. `GOV03`.
    pub code: String,
    pub statement: String,
    /// The rating that calls for the action.
    pub rating: ScaleLevel,
    pub gap: String,
    pub action: String,
    pub owner: String,
    /// The due date, when it is a real date.
    pub due: Option<CivilDate>,
    /// The due date as stored (normally `YYYY-MM-DD`, possibly empty).
    pub due_text: String,
    /// Where it stands, from its history.
    pub status: ActionStatus,
    /// The day of the latest entry in its history, if any.
    pub last_update: Option<CivilDate>,
    /// Whether it came across, still open, from the baseline's plan.
    pub carried_over: bool,
}

/// A principle's reflective questions and the council's answers.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipleReflections {
    pub id: String,
    pub title: String,
    pub answers: Vec<Reflection>,
}

/// One reflective question and its answer (empty when not answered).
#[derive(Debug, Clone, PartialEq)]
pub struct Reflection {
    pub question_id: String,
    /// The question, as plain text.
    pub question: String,
    /// The answer, as typed.
    pub answer: String,
}

/// How the assessment was done, for the end of the paper.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodNote {
    pub assessor: String,
    /// Dates in UK time.
    pub started: CivilDate,
    pub last_changed: CivilDate,
    pub generated: CivilDate,
    pub status: ReportStatus,
    /// The question each characteristic was rated against.
    pub scale_question: String,
    /// Every level with its definition: rated levels best first, then the two non-ratings.
    pub levels: Vec<ScaleLevel>,
    /// The top level, below which an action is needed.
    pub top_level_label: String,
    pub framework_title: String,
    pub framework_id: String,
    pub framework_version: String,
    /// The framework version the answers were given against, if not the current one.
    pub answered_version: Option<String>,
    /// The statutory guide the framework summarises.
    pub guide_title: String,
    /// Whether the framework is the app's built-in one, whose statements are
    /// the tool's own wording rather than the guide's list.
    pub built_in: bool,
    /// How many statements rated rest on each basis.
    pub statement_bases: Vec<(Basis, usize)>,
}
