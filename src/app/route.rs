//! The app's pages as a pure enum, read from and written to the URL hash.
//!
//! Intranet hosts serve static files and cannot rewrite URLs, so every deep link
//! lives after the `#`: `#/themes/governance` survives a reload from any folder.

use crate::domain::section::SectionRef;

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    #[default]
    Home,
    /// The list of principles and themes.
    Guidance,
    Principle(String),
    Theme(String),
    /// The glossary, optionally opened at one entry.
    Glossary(Option<String>),
    Intervention,
    Search,
    /// The assessments saved in this browser.
    Assessments,
    /// Starting a new assessment.
    NewAssessment,
    /// Importing an assessment from a file.
    Import,
    /// The frameworks in this browser, and loading a council's own.
    Frameworks,
    /// What in the content is the guide's and what is the tool's.
    AboutContent,
    /// An assessment's task list.
    Assessment(String),
    /// A section's questions; `focus` names an item to bring into view.
    Section {
        assessment: String,
        section: SectionRef,
        focus: Option<String>,
    },
    /// A section's "check your answers" page.
    CheckSection {
        assessment: String,
        section: SectionRef,
    },
    /// The summary for members.
    Summary(String),
    /// Anything the app does not know.
    NotFound(String),
}

impl Route {
    /// The route a URL hash names (`#/themes/governance`, with or without the `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["guidance"] => Route::Guidance,
            ["principles", id] if is_id(id) => Route::Principle((*id).to_owned()),
            ["themes", id] if is_id(id) => Route::Theme((*id).to_owned()),
            ["glossary"] => Route::Glossary(None),
            ["glossary", id] if is_id(id) => Route::Glossary(Some((*id).to_owned())),
            ["intervention"] => Route::Intervention,
            ["search"] => Route::Search,
            ["assessments"] => Route::Assessments,
            ["assessments", "new"] => Route::NewAssessment,
            ["assessments", "import"] => Route::Import,
            ["frameworks"] => Route::Frameworks,
            ["about-content"] => Route::AboutContent,
            ["assessments", id] if is_id(id) => Route::Assessment((*id).to_owned()),
            ["assessments", id, "summary"] if is_id(id) => Route::Summary((*id).to_owned()),
            ["assessments", id, kind, section, rest @ ..] if is_id(id) && is_id(section) => {
                let section = match *kind {
                    "principles" => SectionRef::Principle((*section).to_owned()),
                    "themes" => SectionRef::Theme((*section).to_owned()),
                    _ => return Route::NotFound(path.to_owned()),
                };
                let assessment = (*id).to_owned();
                match rest {
                    [] => Route::Section {
                        assessment,
                        section,
                        focus: None,
                    },
                    ["check"] => Route::CheckSection {
                        assessment,
                        section,
                    },
                    [item] if is_id(item) => Route::Section {
                        assessment,
                        section,
                        focus: Some((*item).to_owned()),
                    },
                    _ => Route::NotFound(path.to_owned()),
                }
            }
            _ => Route::NotFound(path.to_owned()),
        }
    }

    /// The link to this route, for an `href`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Guidance => "#/guidance".to_owned(),
            Route::Principle(id) => format!("#/principles/{id}"),
            Route::Theme(id) => format!("#/themes/{id}"),
            Route::Glossary(None) => "#/glossary".to_owned(),
            Route::Glossary(Some(id)) => format!("#/glossary/{id}"),
            Route::Intervention => "#/intervention".to_owned(),
            Route::Search => "#/search".to_owned(),
            Route::Assessments => "#/assessments".to_owned(),
            Route::NewAssessment => "#/assessments/new".to_owned(),
            Route::Import => "#/assessments/import".to_owned(),
            Route::Frameworks => "#/frameworks".to_owned(),
            Route::AboutContent => "#/about-content".to_owned(),
            Route::Assessment(id) => format!("#/assessments/{id}"),
            Route::Section {
                assessment,
                section,
                focus,
            } => {
                let base = format!("#/assessments/{assessment}/{}", section_path(section));
                match focus {
                    Some(item) => format!("{base}/{item}"),
                    None => base,
                }
            }
            Route::CheckSection {
                assessment,
                section,
            } => {
                format!("#/assessments/{assessment}/{}/check", section_path(section))
            }
            Route::Summary(id) => format!("#/assessments/{id}/summary"),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The link to one item (characteristic, warning sign or question) of a
    /// section's questions, which brings it into view and focus.
    pub fn item_href(assessment: &str, section: &SectionRef, item: &str) -> String {
        Route::Section {
            assessment: assessment.to_owned(),
            section: section.clone(),
            focus: Some(item.to_owned()),
        }
        .href()
    }

    /// The top-level area the route belongs to, for marking the current nav link.
    pub fn area(&self) -> Area {
        match self {
            Route::Home | Route::NotFound(_) => Area::Home,
            Route::Guidance
            | Route::Principle(_)
            | Route::Theme(_)
            | Route::Glossary(_)
            | Route::Intervention
            | Route::AboutContent
            | Route::Search => Area::Guidance,
            Route::Assessments
            | Route::NewAssessment
            | Route::Import
            | Route::Frameworks
            | Route::Assessment(_)
            | Route::Section { .. }
            | Route::CheckSection { .. }
            | Route::Summary(_) => Area::Assessments,
        }
    }
}

/// The sections of the main navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Home,
    Guidance,
    Assessments,
}

fn section_path(section: &SectionRef) -> String {
    match section {
        SectionRef::Principle(id) => format!("principles/{id}"),
        SectionRef::Theme(id) => format!("themes/{id}"),
    }
}

/// Ids in content are kebab-case words; anything else is not a page.
fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_href() {
        let routes = [
            Route::Home,
            Route::Guidance,
            Route::Principle("prevention".into()),
            Route::Theme("governance".into()),
            Route::Glossary(None),
            Route::Glossary(Some("monitoring-officer".into())),
            Route::Intervention,
            Route::Search,
            Route::Assessments,
            Route::NewAssessment,
            Route::Import,
            Route::Frameworks,
            Route::AboutContent,
            Route::Assessment("a1b2".into()),
            Route::Section {
                assessment: "a1b2".into(),
                section: SectionRef::Theme("governance".into()),
                focus: None,
            },
            Route::Section {
                assessment: "a1b2".into(),
                section: SectionRef::Theme("governance".into()),
                focus: Some("governance.c03".into()),
            },
            Route::Section {
                assessment: "a1b2".into(),
                section: SectionRef::Principle("prevention".into()),
                focus: None,
            },
            Route::CheckSection {
                assessment: "a1b2".into(),
                section: SectionRef::Principle("prevention".into()),
            },
            Route::Summary("a1b2".into()),
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn empty_and_odd_hashes_are_handled() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(
            Route::parse("#/themes/governance/"),
            Route::Theme("governance".into())
        );
        assert_eq!(
            Route::parse("#/themes/Bad<Id>"),
            Route::NotFound("themes/Bad<Id>".into())
        );
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound("nowhere".into()));
    }
}
