//! Small pieces of the summary's HTML: a rating's badge and label, a date,
//! the report status, a warning sign's judgement, a "Not set" placeholder, a
//! term and its value, and words joined into a list.

use std::fmt::{self, Display, Write};

use super::escape::{level_class, Esc, Lines};
use crate::domain::assessment::{FlagState, ReportStatus};
use crate::domain::dates::CivilDate;
use crate::domain::framework::ScaleLevel;

/// A level's text marker in its colour, hidden from screen readers because the
/// label always follows it.
pub(super) struct Badge<'a>(pub(super) &'a ScaleLevel);

impl Display for Badge<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<span class=\"summary-badge {}\" aria-hidden=\"true\">{}</span>",
            level_class(&self.0.id),
            Esc(&self.0.marker)
        )
    }
}

/// A level as badge and label.
pub(super) struct Rating<'a>(pub(super) &'a ScaleLevel);

impl Display for Rating<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", Badge(self.0), Esc(&self.0.label))
    }
}

/// A date as `<time>`, written the UK way.
pub(super) struct Date(pub(super) CivilDate);

impl Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<time datetime=\"{}\">{}</time>", self.0.iso(), self.0)
    }
}

/// The Draft or Final status, made to stand out.
pub(super) struct Status(pub(super) ReportStatus);

impl Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = self.0.label();
        write!(
            f,
            "<strong class=\"summary-status summary-status-{}\">{label}</strong>",
            label.to_ascii_lowercase()
        )
    }
}

/// A warning sign's judgement in words, in a box; never colour alone.
pub(super) struct Flag(pub(super) FlagState);

impl Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let class = match self.0 {
            FlagState::Present => "summary-flag-present",
            _ => "summary-flag-partly",
        };
        write!(
            f,
            "<strong class=\"summary-flag {class}\">{}</strong>",
            self.0.label()
        )
    }
}

/// User text, or a quiet "Not set" when blank.
pub(super) struct OrNotSet<'a>(pub(super) &'a str);

impl Display for OrNotSet<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.trim().is_empty() {
            f.write_str("<span class=\"summary-missing\">Not set</span>")
        } else {
            Lines(self.0).fmt(f)
        }
    }
}

pub(super) fn fact(out: &mut String, term: &str, value: impl Display) -> fmt::Result {
    write!(out, "<div><dt>{term}</dt><dd>{value}</dd></div>")
}

/// Words joined as English lists them: "a", "a and b", "a, b and c".
pub(super) fn and_list(items: &[String], conjunction: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == items.len() { " " } else { ", " });
            if i + 1 == items.len() {
                out.push_str(conjunction);
                out.push(' ');
            }
        }
        out.push_str(item);
    }
    out
}

pub(super) fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 {
        one
    } else {
        many
    }
}
