//! The summary of an assessment as data: what a committee sees, worked out once
//! so the in-app page, the downloadable document and the CSV all agree.
//!
//! Only sections in the assessment's scope appear. Content prose is given as
//! plain text (glossary markup removed); text the user typed is given as typed
//! and must be escaped by whoever renders it. Warning signs are listed, never
//! scored: nothing here adds them up or lets them change a rating.

use std::cmp::Ordering;

use crate::domain::assessment::{
    ActionStatus, Assessment, CommitteePaper, FlagState, Movement, Progress, ReportStatus,
    SectionStatus, SignOff,
};
use crate::domain::content::BUILT_IN_ID;
use crate::domain::dates::CivilDate;
use crate::domain::framework::{Framework, ScaleLevel};
use crate::domain::markup::plain_text;
use crate::domain::provenance::Basis;
use crate::domain::question::Question;
use crate::domain::section::SectionRef;
use crate::report::key_messages::{priority_actions, KeyMessages};
use crate::report::retired::{retired_lines, statement_bases, RetiredLine};
use crate::report::since_last::{review_trail, ReviewLine, SinceLast};

/// Everything the summary shows, in the order it shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub name: String,
    pub council: String,
    pub status: ReportStatus,
    /// When a change made a Final report a draft again, if one did.
    pub changed_after_final: Option<CivilDate>,
    /// The officers' own words for the paper, and who reviewed it, as typed.
    pub paper: CommitteePaper,
    /// Who approved the assessment, and when, as typed.
    pub approval: SignOff,
    pub overview: Overview,
    /// What the paper says first, as at the date it is produced.
    pub key_messages: KeyMessages,
    /// The themes in scope, in framework order. Each is also a row of the heat
    /// map (its characteristics' codes and levels) and the data of its chart.
    pub themes: Vec<ThemeSummary>,
    /// Warning signs judged present or partly present, in framework order.
    pub flagged: Vec<FlaggedIndicator>,
    /// Warning signs in scope that nobody has judged yet: said plainly so an
    /// empty list of flags is not mistaken for a clean bill of health.
    pub warning_signs_not_judged: usize,
    /// The action plan, ordered by due date (see [`ActionItem`]).
    pub actions: Vec<ActionItem>,
    /// The few actions members see first (see [`priority_actions`]).
    pub priority_actions: Vec<ActionItem>,
    /// The principles in scope, with their questions and answers.
    pub reflections: Vec<PrincipleReflections>,
    /// Answers kept from an earlier framework version to questions it no
    /// longer asks (shown in the officers' version).
    pub retired: Vec<RetiredLine>,
    /// What moved since the assessment compared with, if there is one.
    pub since_last: Option<SinceLast>,
    /// Who reviewed each section in scope, when, and whether they sampled the evidence.
    pub review_trail: Vec<ReviewLine>,
    pub method: MethodNote,
}

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

impl Summary {
    /// Works out the summary of `assessment`, produced at `generated_ms`
    /// (milliseconds since the Unix epoch).
    pub fn build(framework: &Framework, assessment: &Assessment, generated_ms: i64) -> Self {
        let scale = &framework.scale;
        let levels: Vec<&ScaleLevel> = scale.all_levels().collect();
        let sections = assessment.sections(framework);
        let zero_counts = || -> Vec<LevelCount> {
            levels
                .iter()
                .map(|l| LevelCount {
                    level: (*l).clone(),
                    count: 0,
                })
                .collect()
        };

        let mut themes = Vec::new();
        let mut flagged = Vec::new();
        let mut warning_signs_not_judged = 0;
        let mut actions = Vec::new();
        let mut reflections = Vec::new();
        for section in &sections {
            let mut counts = zero_counts();
            let mut ratings = Vec::new();
            let mut answers = Vec::new();
            for question in framework.questions(section) {
                match question {
                    Question::Rating {
                        theme,
                        characteristic: c,
                    } => {
                        let level = assessment.level(scale, &c.id);
                        if let Some(slot) = counts.iter_mut().find(|lc| lc.level.id == level.id) {
                            slot.count += 1;
                        }
                        let answer = assessment.characteristic(&c.id);
                        let code = question.label();
                        let statement = plain_text(&c.statement);
                        if assessment.in_action_plan(scale, &c.id) {
                            let action = answer.map(|a| a.action.clone()).unwrap_or_default();
                            actions.push(ActionItem {
                                characteristic_id: c.id.clone(),
                                theme_title: theme.title.clone(),
                                code: code.clone(),
                                statement: statement.clone(),
                                rating: level.clone(),
                                status: action.status(),
                                last_update: action.last_update(),
                                carried_over: action.carried_over,
                                due: CivilDate::parse_iso(action.due.trim()),
                                gap: action.gap,
                                action: action.action,
                                owner: action.owner,
                                due_text: action.due,
                            });
                        }
                        ratings.push(CharacteristicRating {
                            id: c.id.clone(),
                            code,
                            statement,
                            level: level.clone(),
                            narrative: answer.map(|a| a.narrative.clone()).unwrap_or_default(),
                            references: answer
                                .map(|a| {
                                    a.references
                                        .iter()
                                        .filter(|r| !r.trim().is_empty())
                                        .cloned()
                                        .collect()
                                })
                                .unwrap_or_default(),
                            movement: assessment.movement(scale, &c.id),
                        });
                    }
                    Question::WarningSign {
                        theme,
                        indicator,
                        number,
                    } => {
                        let answer = assessment.flag(&indicator.id);
                        match answer.and_then(|a| a.state) {
                            None => warning_signs_not_judged += 1,
                            Some(state) if !state.is_flagged() => {}
                            Some(state) => flagged.push(FlaggedIndicator {
                                id: indicator.id.clone(),
                                theme_id: theme.id.clone(),
                                theme_title: theme.title.clone(),
                                number,
                                text: plain_text(&indicator.text),
                                state,
                                note: answer.map(|a| a.note.clone()).unwrap_or_default(),
                            }),
                        }
                    }
                    Question::Reflection { question: q, .. } => answers.push(Reflection {
                        question_id: q.id.clone(),
                        question: plain_text(&q.text),
                        answer: assessment.reflection(&q.id).to_owned(),
                    }),
                }
            }
            match section {
                SectionRef::Theme(id) => {
                    let theme = framework
                        .theme(id)
                        .expect("sections come from the framework");
                    themes.push(ThemeSummary {
                        id: theme.id.clone(),
                        code: theme.code.clone(),
                        title: theme.title.clone(),
                        status: assessment.section_status(framework, section),
                        progress: assessment.section_progress(framework, section),
                        counts,
                        ratings,
                    });
                }
                SectionRef::Principle(id) => {
                    let principle = framework
                        .principle(id)
                        .expect("sections come from the framework");
                    reflections.push(PrincipleReflections {
                        id: principle.id.clone(),
                        title: principle.title.clone(),
                        answers,
                    });
                }
            }
        }
        // A stable sort keeps framework order among equal dates and among the undated.
        actions.sort_by(|a, b| match (a.due, b.due) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        });

        let mut totals = zero_counts();
        for theme in &themes {
            for (total, count) in totals.iter_mut().zip(&theme.counts) {
                total.count += count.count;
            }
        }
        let characteristics_total: usize = themes.iter().map(|t| t.ratings.len()).sum();
        let not_assessed = totals.last().map_or(0, |lc| lc.count);
        let (sections_completed, sections_total) = assessment.sections_completed(framework);

        let info = &framework.info;
        let generated = CivilDate::from_uk_ms(generated_ms);
        let since_last = SinceLast::build(framework, assessment, &themes, &actions);
        Self {
            name: assessment.name.clone(),
            council: assessment.council.clone(),
            status: assessment.status,
            changed_after_final: assessment.changed_after_final.map(CivilDate::from_uk_ms),
            paper: assessment.paper.clone(),
            approval: assessment.approval.clone(),
            key_messages: KeyMessages::build(scale, &themes, &actions, generated),
            priority_actions: priority_actions(scale, &actions),
            overview: Overview {
                sections_completed,
                sections_total,
                items: assessment.overall_progress(framework),
                characteristics_rated: characteristics_total - not_assessed,
                characteristics_total,
                totals,
            },
            themes,
            flagged,
            warning_signs_not_judged,
            actions,
            reflections,
            retired: retired_lines(framework, assessment),
            since_last,
            review_trail: review_trail(framework, assessment),
            method: MethodNote {
                assessor: assessment.assessor.clone(),
                started: CivilDate::from_uk_ms(assessment.started_ms),
                last_changed: CivilDate::from_uk_ms(assessment.updated_ms),
                generated,
                status: assessment.status,
                scale_question: plain_text(&scale.question),
                levels: levels.into_iter().cloned().collect(),
                top_level_label: scale.top_level().label.clone(),
                framework_title: plain_text(&info.title),
                framework_id: info.id.clone(),
                framework_version: info.version.clone(),
                answered_version: (assessment.framework_version != info.version)
                    .then(|| assessment.framework_version.clone()),
                guide_title: plain_text(&info.guide_title),
                built_in: info.id == BUILT_IN_ID,
                statement_bases: statement_bases(framework, assessment),
            },
        }
    }
}
