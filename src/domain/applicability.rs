//! Which items apply to which councils: the conditions an item may depend on
//! (for example running adult social care), the kinds of council, and the
//! conditions each kind usually has, which the new-assessment form pre-ticks.

use super::framework::Framework;

/// Something only some councils do or have, on which items may depend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// Referred to by items' `applies_if`, e.g. `housing-stock`.
    pub id: String,
    /// Worded as what the council does, e.g. "Owns council housing".
    pub label: String,
    /// A line of help under the label on the form.
    pub hint: Option<String>,
}

/// What a council told the new-assessment form about itself: its kind, and
/// the conditions it meets (what it runs). Items whose condition is not among
/// them start pre-marked "Not applicable".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CouncilProfile {
    /// A council type id, when the framework lists kinds of council.
    pub council_type: Option<String>,
    /// Condition ids the council meets, in framework order.
    pub conditions: Vec<String>,
}

impl CouncilProfile {
    /// The profile a council of this type starts from on the form: its
    /// usual conditions ticked, which the officer can then change.
    pub fn usual_for(framework: &Framework, council_type: &str) -> CouncilProfile {
        CouncilProfile {
            council_type: Some(council_type.to_owned()),
            conditions: framework
                .council_type(council_type)
                .map(|t| t.usual_conditions.clone())
                .unwrap_or_default(),
        }
    }

    /// Whether an item with this condition (`applies_if`) applies to the council.
    pub fn meets(&self, applies_if: Option<&str>) -> bool {
        applies_if.is_none_or(|c| self.conditions.iter().any(|have| have == c))
    }
}

/// A kind of council, with the conditions such a council usually has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CouncilType {
    pub id: String,
    pub label: String,
    /// Condition ids pre-ticked for this kind of council; the officer can change them.
    pub usual_conditions: Vec<String>,
}

impl Framework {
    /// The condition with this id.
    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }

    /// The council type with this id.
    pub fn council_type(&self, id: &str) -> Option<&CouncilType> {
        self.council_types.iter().find(|t| t.id == id)
    }

    /// The condition an answerable item depends on, if any. Items without a
    /// condition apply to every council.
    pub fn applies_if(&self, item_id: &str) -> Option<&str> {
        self.themes.iter().find_map(|t| {
            let characteristic = t.characteristics.iter().find(|c| c.id == item_id);
            let indicator = t.failure_indicators.iter().find(|f| f.id == item_id);
            characteristic
                .and_then(|c| c.applies_if.as_deref())
                .or_else(|| indicator.and_then(|f| f.applies_if.as_deref()))
        })
    }

    /// Ids of the characteristics and warning signs that do not apply to a
    /// council with exactly these conditions, in file order.
    pub fn inapplicable_items<'a>(&'a self, council_conditions: &[&str]) -> Vec<&'a str> {
        let applies = |condition: &Option<String>| {
            condition
                .as_deref()
                .is_none_or(|c| council_conditions.contains(&c))
        };
        let mut out = Vec::new();
        for t in &self.themes {
            out.extend(
                t.characteristics
                    .iter()
                    .filter(|c| !applies(&c.applies_if))
                    .map(|c| c.id.as_str()),
            );
            out.extend(
                t.failure_indicators
                    .iter()
                    .filter(|f| !applies(&f.applies_if))
                    .map(|f| f.id.as_str()),
            );
        }
        out
    }
}
