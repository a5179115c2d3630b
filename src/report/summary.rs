//! The summary of an assessment as data: what a committee sees, worked out once
//! so the in-app page, the downloadable document and the CSV all agree.
//!
//! Only sections in the assessment's scope appear. Content prose is given as
//! plain text (glossary markup removed); text the user typed is given as typed
//! and must be escaped by whoever renders it. Warning signs are listed, never
//! scored: nothing here adds them up or lets them change a rating.

use std::cmp::Ordering;

use crate::domain::assessment::{Assessment, CommitteePaper, ReportStatus, SignOff};
use crate::domain::content::BUILT_IN_ID;
use crate::domain::dates::CivilDate;
use crate::domain::framework::{Framework, ScaleLevel};
use crate::domain::markup::plain_text;
use crate::domain::question::Question;
use crate::domain::section::SectionRef;
use crate::report::key_messages::{priority_actions, KeyMessages};
use crate::report::retired::{retired_lines, statement_bases, RetiredLine};
use crate::report::since_last::{review_trail, ReviewLine, SinceLast};

pub use crate::report::summary_parts::{
    ActionItem, CharacteristicRating, FlaggedIndicator, LevelCount, MethodNote, Overview,
    PrincipleReflections, Reflection, ThemeSummary,
};

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
