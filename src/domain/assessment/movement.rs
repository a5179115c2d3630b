//! Movement since the last assessment: how a characteristic's rating now
//! compares with its rating in the baseline. One rule decides it for every
//! pair of levels, including "not applicable" and "not yet assessed".

use super::Assessment;
use crate::domain::framework::RatingScale;
use crate::domain::section::SectionRef;

use crate::domain::framework::Framework;
use crate::domain::question::Question;

/// How a characteristic's rating moved since the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    /// Rated higher on the scale than last time, by this many levels.
    Improved(usize),
    /// Rated lower on the scale than last time, by this many levels.
    Declined(usize),
    /// The same level as last time ("not applicable" both times included).
    Unchanged,
    /// Rated now, with no rating to compare: last time it was not assessed,
    /// not applicable, or not part of the assessment.
    NewlyAssessed,
    /// Judged not applicable now, though last time it was not.
    NowNotApplicable,
    /// Not yet rated this time: there is no movement to show yet.
    NotYetRated,
}

impl Movement {
    /// The rule: `before` and `now` are level ids (`None`: not yet assessed).
    /// Rated levels compare by their place on the scale, best first; a level
    /// the scale does not know counts as not assessed.
    pub fn between(scale: &RatingScale, before: Option<&str>, now: Option<&str>) -> Movement {
        let rank = |level: Option<&str>| {
            let level = level?;
            scale.levels.iter().position(|l| l.id == level)
        };
        let not_applicable = |level: Option<&str>| level == Some(scale.not_applicable.id.as_str());
        match (rank(before), rank(now)) {
            (Some(b), Some(n)) if n < b => Movement::Improved(b - n),
            (Some(b), Some(n)) if n > b => Movement::Declined(n - b),
            (Some(_), Some(_)) => Movement::Unchanged,
            (None, Some(_)) => Movement::NewlyAssessed,
            (_, None) if not_applicable(now) => {
                if not_applicable(before) {
                    Movement::Unchanged
                } else {
                    Movement::NowNotApplicable
                }
            }
            (_, None) => Movement::NotYetRated,
        }
    }

    /// The words shown with the arrow: "Improved", "Declined", ...
    pub fn label(self) -> &'static str {
        match self {
            Movement::Improved(_) => "Improved",
            Movement::Declined(_) => "Declined",
            Movement::Unchanged => "Unchanged",
            Movement::NewlyAssessed => "Newly assessed",
            Movement::NowNotApplicable => "Now not applicable",
            Movement::NotYetRated => "Not yet rated",
        }
    }

    /// A text arrow, always shown beside [`Movement::label`], never alone.
    pub fn arrow(self) -> &'static str {
        match self {
            Movement::Improved(_) => "↑",
            Movement::Declined(_) => "↓",
            Movement::Unchanged => "→",
            Movement::NewlyAssessed => "+",
            Movement::NowNotApplicable | Movement::NotYetRated => "",
        }
    }

    /// A stable id for class names and files.
    pub fn id(self) -> &'static str {
        match self {
            Movement::Improved(_) => "improved",
            Movement::Declined(_) => "declined",
            Movement::Unchanged => "unchanged",
            Movement::NewlyAssessed => "new",
            Movement::NowNotApplicable => "not-applicable",
            Movement::NotYetRated => "not-rated",
        }
    }
}

/// How many characteristics moved each way, in a section or overall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MovementCounts {
    pub improved: usize,
    pub declined: usize,
    pub unchanged: usize,
    pub newly_assessed: usize,
    pub now_not_applicable: usize,
    pub not_yet_rated: usize,
}

impl MovementCounts {
    /// Counts one more movement.
    pub fn add(&mut self, movement: Movement) {
        let slot = match movement {
            Movement::Improved(_) => &mut self.improved,
            Movement::Declined(_) => &mut self.declined,
            Movement::Unchanged => &mut self.unchanged,
            Movement::NewlyAssessed => &mut self.newly_assessed,
            Movement::NowNotApplicable => &mut self.now_not_applicable,
            Movement::NotYetRated => &mut self.not_yet_rated,
        };
        *slot += 1;
    }

    /// Characteristics whose rating moved up or down.
    pub fn moved(self) -> usize {
        self.improved + self.declined
    }
}

impl Assessment {
    /// The rating the baseline gave a characteristic, if it has a baseline
    /// and the characteristic was rated there.
    pub fn baseline_rating(&self, characteristic_id: &str) -> Option<&str> {
        let baseline = self.baseline.as_ref()?;
        baseline
            .characteristics
            .get(characteristic_id)?
            .rating
            .as_deref()
    }

    /// The baseline's rating of a characteristic, when it can be taken as
    /// this year's: there was one, and this year's rating is not yet it.
    pub fn baseline_rating_to_offer(&self, characteristic_id: &str) -> Option<&str> {
        self.baseline_rating(characteristic_id)
            .filter(|&level| self.rating(characteristic_id) != Some(level))
    }

    /// How a characteristic moved since the baseline; `None` without one.
    pub fn movement(&self, scale: &RatingScale, characteristic_id: &str) -> Option<Movement> {
        self.baseline.as_ref()?;
        Some(Movement::between(
            scale,
            self.baseline_rating(characteristic_id),
            self.rating(characteristic_id),
        ))
    }

    /// The movements in one section (none in a principle, which has no
    /// ratings); `None` without a baseline.
    pub fn section_movement(
        &self,
        framework: &Framework,
        section: &SectionRef,
    ) -> Option<MovementCounts> {
        self.baseline.as_ref()?;
        let mut counts = MovementCounts::default();
        for question in framework.questions(section) {
            if let Question::Rating { characteristic, .. } = question {
                if let Some(m) = self.movement(&framework.scale, &characteristic.id) {
                    counts.add(m);
                }
            }
        }
        Some(counts)
    }
}
