//! The sections of a framework: its principles and its themes, each a part of the
//! questionnaire, of the task list and of the summary.

use super::framework::Framework;

/// A principle or a theme, named by its id within its kind. A principle and a
/// theme may share an id (both lists have "continuous-improvement"), so the
/// kind is always part of the reference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionRef {
    Principle(String),
    Theme(String),
}

impl SectionRef {
    /// The section's id within its kind.
    pub fn id(&self) -> &str {
        match self {
            SectionRef::Principle(id) | SectionRef::Theme(id) => id,
        }
    }

    /// "Principle" or "Theme", as a caption above the section's title.
    pub fn kind_label(&self) -> &'static str {
        match self {
            SectionRef::Principle(_) => "Principle",
            SectionRef::Theme(_) => "Theme",
        }
    }

    /// Every section of a framework, principles first, in framework order.
    pub fn all(framework: &Framework) -> Vec<SectionRef> {
        let principles = framework
            .principles
            .iter()
            .map(|p| SectionRef::Principle(p.id.clone()));
        let themes = framework
            .themes
            .iter()
            .map(|t| SectionRef::Theme(t.id.clone()));
        principles.chain(themes).collect()
    }

    /// The section's title, if the framework has it.
    pub fn title<'f>(&self, framework: &'f Framework) -> Option<&'f str> {
        match self {
            SectionRef::Principle(id) => framework.principle(id).map(|p| p.title.as_str()),
            SectionRef::Theme(id) => framework.theme(id).map(|t| t.title.as_str()),
        }
    }

    /// The section's one-line summary (content prose, may hold glossary markup).
    pub fn summary<'f>(&self, framework: &'f Framework) -> Option<&'f str> {
        match self {
            SectionRef::Principle(id) => framework.principle(id).map(|p| p.summary.as_str()),
            SectionRef::Theme(id) => framework.theme(id).map(|t| t.summary.as_str()),
        }
    }
}
