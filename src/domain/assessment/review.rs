//! The review trail: who checked each section, when, and whether they sampled
//! the evidence; who approved the assessment and when; and the rule that only
//! an approved assessment can be marked Final, and that any later change
//! makes it a draft again.

use super::{Assessment, ReportStatus};
use crate::domain::dates::CivilDate;

/// A second officer's check of one section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionReview {
    /// Who reviewed it, and when.
    pub sign_off: SignOff,
    /// Whether the reviewer sampled the evidence behind the ratings.
    pub evidence_sampled: bool,
}

/// Who signed something off (a name or a role), and when: a section's review,
/// or the approval of the whole assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignOff {
    pub by: String,
    /// `YYYY-MM-DD` as typed; empty when not given.
    pub date: String,
}

/// A typed part of a [`SignOff`], each its own field on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SignOffPart {
    By,
    Date,
}

impl SignOffPart {
    /// Both parts, in the order of the form.
    pub const ALL: [SignOffPart; 2] = [SignOffPart::By, SignOffPart::Date];
}

impl SignOff {
    /// Whether it is complete: someone named, on a real date.
    pub fn is_given(&self) -> bool {
        self.missing().is_empty()
    }

    /// The parts still needed before it counts as given, in the form's order:
    /// a name or role, and a real date.
    pub fn missing(&self) -> Vec<SignOffPart> {
        let mut out = Vec::new();
        if self.by.trim().is_empty() {
            out.push(SignOffPart::By);
        }
        if self.on().is_none() {
            out.push(SignOffPart::Date);
        }
        out
    }

    /// The date, when it is a real one.
    pub fn on(&self) -> Option<CivilDate> {
        CivilDate::parse_iso(self.date.trim())
    }

    /// One part, as typed.
    pub fn part(&self, part: SignOffPart) -> &str {
        match part {
            SignOffPart::By => &self.by,
            SignOffPart::Date => &self.date,
        }
    }

    /// One part, to replace; edits go through [`Assessment::apply`].
    pub fn part_mut(&mut self, part: SignOffPart) -> &mut String {
        match part {
            SignOffPart::By => &mut self.by,
            SignOffPart::Date => &mut self.date,
        }
    }
}

impl Assessment {
    /// Whether the assessment may be marked Final: only once approved.
    pub fn can_be_final(&self) -> bool {
        self.approval.is_given()
    }

    /// After any change other than to the status itself: a Final assessment
    /// becomes a draft again, recording when, so the summary can say why.
    /// Returns whether it did.
    pub(super) fn back_to_draft(&mut self, now_ms: i64) -> bool {
        if self.status != ReportStatus::Final {
            return false;
        }
        self.status = ReportStatus::Draft;
        self.changed_after_final = Some(now_ms);
        true
    }
}
