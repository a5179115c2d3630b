//! The committee paper's own words, which only people can write (what members
//! are asked to do, the officers' commentary and next steps), and who reviewed
//! the assessment. Who approved it, and when, is the approval of the review
//! trail (see `review`), which decides whether the report can be Final.

use super::Assessment;

/// The words of the committee paper that only people can write, and who
/// signed it off. Every part may be left blank: an assessment saved before
/// these existed opens with them empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitteePaper {
    /// What members are asked to do; blank means [`DEFAULT_RECOMMENDATIONS`].
    pub recommendations: String,
    /// The officers' commentary on the key messages.
    pub commentary: String,
    /// What happens next.
    pub next_steps: String,
    /// Who reviewed the assessment (a name or a role).
    pub reviewed_by: String,
}

/// What members are asked to do when the officers have not said otherwise.
pub const DEFAULT_RECOMMENDATIONS: &str =
    "Note the Best Value self-assessment and its key messages.\n\
     Comment on the priority actions and the action plan.";

/// A part of the [`CommitteePaper`], each its own field on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PaperPart {
    Recommendations,
    Commentary,
    NextSteps,
    ReviewedBy,
}

impl PaperPart {
    /// Every part, in the order the paper shows them.
    pub const ALL: [PaperPart; 4] = [
        PaperPart::Recommendations,
        PaperPart::Commentary,
        PaperPart::NextSteps,
        PaperPart::ReviewedBy,
    ];

    /// The heading or label the part has, on the form and in the paper.
    pub fn label(self) -> &'static str {
        match self {
            PaperPart::Recommendations => "Members are asked to",
            PaperPart::Commentary => "Officers’ commentary",
            PaperPart::NextSteps => "Next steps",
            PaperPart::ReviewedBy => "Reviewed by",
        }
    }

    /// A stable id: the part's key in the saved record, and its form field's.
    pub fn id(self) -> &'static str {
        match self {
            PaperPart::Recommendations => "recommendations",
            PaperPart::Commentary => "commentary",
            PaperPart::NextSteps => "next_steps",
            PaperPart::ReviewedBy => "reviewed_by",
        }
    }

    /// Whether the part is a few words (a name or role) rather than prose.
    pub fn is_short(self) -> bool {
        matches!(self, PaperPart::ReviewedBy)
    }
}

impl CommitteePaper {
    /// The text of one part, as typed.
    pub fn text(&self, part: PaperPart) -> &str {
        match part {
            PaperPart::Recommendations => &self.recommendations,
            PaperPart::Commentary => &self.commentary,
            PaperPart::NextSteps => &self.next_steps,
            PaperPart::ReviewedBy => &self.reviewed_by,
        }
    }

    /// The text of one part, to replace; edits go through [`Assessment::apply`].
    pub fn text_mut(&mut self, part: PaperPart) -> &mut String {
        match part {
            PaperPart::Recommendations => &mut self.recommendations,
            PaperPart::Commentary => &mut self.commentary,
            PaperPart::NextSteps => &mut self.next_steps,
            PaperPart::ReviewedBy => &mut self.reviewed_by,
        }
    }

    /// The same words with no one recorded as having reviewed them: a
    /// sign-off belongs to one round of the assessment.
    pub fn unsigned(&self) -> Self {
        Self {
            reviewed_by: String::new(),
            ..self.clone()
        }
    }

    /// The recommendations as the paper shows them: the officers' words, or
    /// the default when they wrote none.
    pub fn recommendations_or_default(&self) -> &str {
        match self.recommendations.trim() {
            "" => DEFAULT_RECOMMENDATIONS,
            _ => &self.recommendations,
        }
    }
}

impl Assessment {
    /// Replaces one part of the committee paper's text.
    pub fn set_paper_text(&mut self, part: PaperPart, text: String, now_ms: i64) {
        *self.paper.text_mut(part) = text;
        self.updated_ms = now_ms;
    }
}
