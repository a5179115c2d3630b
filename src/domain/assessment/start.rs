//! Starting an assessment: what the user gives (name, council, assessor,
//! scope and the council's profile), the check of every field at once, and
//! the new assessment with items that do not apply pre-marked.

use std::collections::{BTreeMap, BTreeSet};

use super::{applicable, Assessment, CommitteePaper, ReportStatus, Scope, SignOff, Stamps};
use crate::domain::applicability::CouncilProfile;
use crate::domain::framework::Framework;

/// What the user gives to start an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssessment {
    pub name: String,
    pub council: String,
    pub assessor: String,
    pub scope: Scope,
    /// The kind of council and what it runs, from the framework's lists.
    pub profile: CouncilProfile,
}

/// Why details cannot be accepted, one message per field (field name, message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(&'static str, String)>);

impl FieldErrors {
    /// The message for one field, if it has one.
    pub fn for_field(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

pub(super) const NAME_MISSING: &str = "Enter a name for the assessment";

impl NewAssessment {
    /// Checks the details, so every field error can be shown at once.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(("name", NAME_MISSING.to_owned()));
        }
        if self.council.trim().is_empty() {
            errors.push(("council", "Enter the name of the council".to_owned()));
        }
        if self.assessor.trim().is_empty() {
            errors.push((
                "assessor",
                "Enter who is carrying out the assessment".to_owned(),
            ));
        }
        if matches!(&self.scope, Scope::Chosen(sections) if sections.is_empty()) {
            errors.push(("scope", "Choose at least one principle or theme".to_owned()));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(FieldErrors(errors))
        }
    }
}

impl Assessment {
    /// Starts an assessment of `framework` with the given id and time. Items
    /// that do not apply to the council (see [`NewAssessment::profile`]) start
    /// marked "Not applicable", which the assessor can change.
    pub fn start(
        framework: &Framework,
        details: NewAssessment,
        id: String,
        now_ms: i64,
    ) -> Result<Self, FieldErrors> {
        let mut errors = details.validate().err().map_or_else(Vec::new, |e| e.0);
        // In the form's order: the council's kind and services come before the scope.
        let at = errors.iter().position(|(f, _)| *f == "scope");
        let profile = applicable::profile_errors(framework, &details.profile);
        errors.splice(
            at.unwrap_or(errors.len())..at.unwrap_or(errors.len()),
            profile,
        );
        if !errors.is_empty() {
            return Err(FieldErrors(errors));
        }
        let mut assessment = Self {
            id,
            name: details.name.trim().to_owned(),
            council: details.council.trim().to_owned(),
            assessor: details.assessor.trim().to_owned(),
            framework_id: framework.info.id.clone(),
            framework_version: framework.info.version.clone(),
            scope: details.scope,
            started_ms: now_ms,
            updated_ms: now_ms,
            status: ReportStatus::Draft,
            changed_after_final: None,
            marked_complete: BTreeSet::new(),
            characteristics: BTreeMap::new(),
            flags: BTreeMap::new(),
            reflections: BTreeMap::new(),
            profile: None,
            retired: Vec::new(),
            carried_from: None,
            paper: CommitteePaper::default(),
            reviews: BTreeMap::new(),
            approval: SignOff::default(),
            baseline: None,
            stamps: Stamps::default(),
        };
        assessment.premark_inapplicable(framework, details.profile);
        Ok(assessment)
    }
}
