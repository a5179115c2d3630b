//! Answers to questions no longer asked, and where the statements rated come
//! from, as the summary gives them: the parts of the summary that issue 10
//! added, worked out here so the summary itself stays one idea.

use crate::domain::assessment::{Assessment, KeptAnswer};
use crate::domain::framework::Framework;
use crate::domain::markup::plain_text;
use crate::domain::provenance::Basis;
use crate::domain::question::Question;

/// An answer kept from an earlier version of the framework, for the officers' summary.
#[derive(Debug, Clone, PartialEq)]
pub struct RetiredLine {
    /// The question as it was asked, as plain text.
    pub question: String,
    /// The version it was asked in.
    pub from_version: String,
    /// The rating or judgement given, or the answer written.
    pub answer: String,
    /// What else was written with it, as typed: evidence, references, an
    /// action, a note. Empty for a written answer, which `answer` holds.
    pub details: Vec<(&'static str, String)>,
    /// Why it is no longer asked.
    pub reason: String,
    /// The item that now covers it, e.g. "LEAD09 (Leadership)" or "warning
    /// sign 3 of Culture".
    pub covered_by: Option<String>,
}

/// Every retired answer of the assessment, in the order kept.
pub fn retired_lines(framework: &Framework, assessment: &Assessment) -> Vec<RetiredLine> {
    assessment
        .retired
        .iter()
        .map(|r| {
            let mut details = Vec::new();
            let mut add = |label, text: &str| {
                if !text.trim().is_empty() {
                    details.push((label, text.trim().to_owned()));
                }
            };
            match &r.answer {
                KeptAnswer::Rating(a) => {
                    add("Evidence", &a.narrative);
                    add("References", &a.references.join("; "));
                    if !a.action.action.trim().is_empty() {
                        add("Action", &a.action.in_words());
                    }
                }
                KeptAnswer::Flag(f) => add("Note", &f.note),
                KeptAnswer::Reflection(_) => {}
            }
            let covered_by = r.covered_by.as_deref().and_then(|id| {
                let theme = framework.theme_of_item(id)?;
                Some(match framework.question(id)? {
                    q @ Question::Rating { .. } => format!("{} ({})", q.label(), theme.title),
                    q => format!("{} of {}", q.label(), theme.title),
                })
            });
            RetiredLine {
                question: plain_text(&r.question),
                from_version: r.from_version.clone(),
                answer: r.in_words(&framework.scale),
                details,
                reason: r.reason.clone(),
                covered_by,
            }
        })
        .collect()
}

/// How many of the statements rated in this assessment rest on each basis,
/// in the order the "About this content" page explains them; bases with
/// none left out.
pub fn statement_bases(framework: &Framework, assessment: &Assessment) -> Vec<(Basis, usize)> {
    let statements: Vec<Basis> = assessment
        .sections(framework)
        .iter()
        .flat_map(|s| framework.questions(s))
        .filter_map(|q| match q {
            Question::Rating { characteristic, .. } => Some(characteristic.basis),
            _ => None,
        })
        .collect();
    Basis::ALL
        .into_iter()
        .map(|b| (b, statements.iter().filter(|s| **s == b).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}
