//! Items that do not apply to the council being assessed: checking what the
//! form says about the council, pre-marking the items it does not meet as
//! "Not applicable" when the assessment starts, and telling an item still as
//! pre-marked from one the assessor has answered.
//!
//! Characteristics are pre-marked with the scale's "not applicable" level.
//! Warning signs have no scale, so they get [`FlagState::NotApplicable`]: a
//! state of its own rather than "Not present", because "not present" tells
//! members someone looked and found nothing, which is not what happened.

use super::{Assessment, CharacteristicAnswer, FlagAnswer, FlagState};
use crate::domain::applicability::{Condition, CouncilProfile};
use crate::domain::framework::Framework;
use crate::domain::question::Question;

/// What is wrong with a profile on the form, as (field, message) pairs.
pub(super) fn profile_errors(
    framework: &Framework,
    profile: &CouncilProfile,
) -> Vec<(&'static str, String)> {
    let mut errors = Vec::new();
    let known_type = |id: &String| framework.council_type(id).is_some();
    if !framework.council_types.is_empty() && !profile.council_type.as_ref().is_some_and(known_type)
    {
        errors.push(("council_type", "Choose the kind of council".to_owned()));
    }
    if let Some(unknown) = profile
        .conditions
        .iter()
        .find(|c| framework.condition(c).is_none())
    {
        errors.push((
            "conditions",
            format!("“{unknown}” is not one of this framework's services"),
        ));
    }
    errors
}

impl Assessment {
    /// Records the profile and marks every characteristic and warning sign
    /// that does not apply to such a council "Not applicable".
    pub(super) fn premark_inapplicable(&mut self, framework: &Framework, profile: CouncilProfile) {
        for (_, c) in framework.characteristics() {
            if !profile.meets(c.applies_if.as_deref()) {
                let answer = CharacteristicAnswer {
                    rating: Some(framework.scale.not_applicable.id.clone()),
                    ..CharacteristicAnswer::default()
                };
                self.characteristics.insert(c.id.clone(), answer);
            }
        }
        for (_, f) in framework.failure_indicators() {
            if !profile.meets(f.applies_if.as_deref()) {
                let answer = FlagAnswer {
                    state: Some(FlagState::NotApplicable),
                    note: String::new(),
                };
                self.flags.insert(f.id.clone(), answer);
            }
        }
        self.profile = Some(profile);
    }

    /// The condition `item_id` depends on, when this council said it does
    /// not meet it: why the item does not apply. `None` when the item applies,
    /// or when the assessment was started before the form asked.
    pub fn unmet_condition<'f>(
        &self,
        framework: &'f Framework,
        item_id: &str,
    ) -> Option<&'f Condition> {
        let profile = self.profile.as_ref()?;
        let condition = framework.applies_if(item_id)?;
        (!profile.meets(Some(condition)))
            .then(|| framework.condition(condition))
            .flatten()
    }

    /// Whether a question stands exactly as pre-marked: it does not apply,
    /// it is "Not applicable", and nothing has been written for it. Such a
    /// question does not, by itself, make a section "In progress".
    pub fn is_premarked(&self, framework: &Framework, question: &Question) -> bool {
        if self.unmet_condition(framework, question.id()).is_none() {
            return false;
        }
        match question {
            Question::Rating { characteristic, .. } => {
                self.characteristic(&characteristic.id).is_some_and(|a| {
                    *a == CharacteristicAnswer {
                        rating: Some(framework.scale.not_applicable.id.clone()),
                        ..CharacteristicAnswer::default()
                    }
                })
            }
            Question::WarningSign { indicator, .. } => self.flag(&indicator.id).is_some_and(|f| {
                f.state == Some(FlagState::NotApplicable) && f.note.trim().is_empty()
            }),
            Question::Reflection { .. } => false,
        }
    }
}
