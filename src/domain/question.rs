//! The questions a section asks, as one type: a characteristic to rate, a warning
//! sign to judge, or a reflective question to answer in words. The task list,
//! the question and check pages, the summary and the rules all go through it,
//! so the difference between a principle and a theme is written down once.

use super::content_migration::AnswerKind;
use super::framework::{
    Characteristic, FailureIndicator, Framework, Principle, ReflectiveQuestion, Theme,
};
use super::section::SectionRef;

/// One question of a section, borrowed from the framework.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Question<'f> {
    /// A characteristic of a theme: rated on the scale, with evidence, and an
    /// improvement action when rated below the top level.
    Rating {
        theme: &'f Theme,
        characteristic: &'f Characteristic,
    },
    /// A warning sign of a theme, numbered from 1 within it: judged present or
    /// not, with a note, and never scored.
    WarningSign {
        theme: &'f Theme,
        indicator: &'f FailureIndicator,
        number: usize,
    },
    /// A principle's reflective question, numbered from 1 within it, answered in words.
    Reflection {
        principle: &'f Principle,
        question: &'f ReflectiveQuestion,
        number: usize,
    },
}

impl<'f> Question<'f> {
    /// The item id answers are keyed by.
    pub fn id(&self) -> &'f str {
        match self {
            Question::Rating { characteristic, .. } => &characteristic.id,
            Question::WarningSign { indicator, .. } => &indicator.id,
            Question::Reflection { question, .. } => &question.id,
        }
    }

    /// How the question is named in lists and messages: "GOV03",
    /// "warning sign 2" or "question 1".
    pub fn label(&self) -> String {
        match self {
            Question::Rating {
                theme,
                characteristic,
            } => theme.display_code(characteristic),
            Question::WarningSign { number, .. } => format!("warning sign {number}"),
            Question::Reflection { number, .. } => format!("question {number}"),
        }
    }

    /// The question's text (content prose, may hold glossary markup).
    pub fn text(&self) -> &'f str {
        match self {
            Question::Rating { characteristic, .. } => &characteristic.statement,
            Question::WarningSign { indicator, .. } => &indicator.text,
            Question::Reflection { question, .. } => &question.text,
        }
    }
}

impl Framework {
    /// The questions of a section, in the order the questionnaire asks them:
    /// a theme's characteristics then its warning signs; a principle's
    /// reflective questions. Empty for a section the framework does not have.
    pub fn questions(&self, section: &SectionRef) -> Vec<Question<'_>> {
        match section {
            SectionRef::Principle(id) => self
                .principle(id)
                .into_iter()
                .flat_map(|principle| {
                    principle
                        .questions
                        .iter()
                        .enumerate()
                        .map(move |(n, question)| Question::Reflection {
                            principle,
                            question,
                            number: n + 1,
                        })
                })
                .collect(),
            SectionRef::Theme(id) => {
                self.theme(id)
                    .into_iter()
                    .flat_map(|theme| {
                        let ratings = theme.characteristics.iter().map(move |characteristic| {
                            Question::Rating {
                                theme,
                                characteristic,
                            }
                        });
                        let signs = theme.failure_indicators.iter().enumerate().map(
                            move |(n, indicator)| Question::WarningSign {
                                theme,
                                indicator,
                                number: n + 1,
                            },
                        );
                        ratings.chain(signs)
                    })
                    .collect()
            }
        }
    }
}

impl Framework {
    /// The question with this id, as the section that asks it asks it.
    pub fn question(&self, id: &str) -> Option<Question<'_>> {
        let section = match AnswerKind::of_id(id)? {
            AnswerKind::ReflectiveQuestion => {
                let principle = self
                    .principles
                    .iter()
                    .find(|p| p.questions.iter().any(|q| q.id == id))?;
                SectionRef::Principle(principle.id.clone())
            }
            _ => SectionRef::Theme(self.theme_of_item(id)?.id.clone()),
        };
        self.questions(&section).into_iter().find(|q| q.id() == id)
    }

    /// The items that other themes ask and that also bear on `theme` (its
    /// cross-references), as their own themes ask them: shown in `theme`,
    /// never asked twice.
    pub fn cross_referenced(&self, theme: &Theme) -> Vec<Question<'_>> {
        theme
            .cross_references
            .iter()
            .filter_map(|id| self.question(id))
            .collect()
    }
}
