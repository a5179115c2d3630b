//! The committee paper's key messages and priority actions, worked out from
//! the summary's own figures so that every number can be traced to the answers.
//!
//! - Themes are compared by the share of their rated characteristics in the
//!   upper half of the scale (and, for those needing improvement, the lower
//!   half): shares of counts a reader can check, never a score.
//! - Warning signs are not here: the paper lists them as they were judged.
//! - Actions are timed against the report's date: overdue, due within three
//!   months, later, or with no due date.

use std::cmp::Ordering;

use crate::domain::dates::CivilDate;
use crate::domain::framework::RatingScale;
use crate::report::summary::{ActionItem, ThemeSummary};

/// How far ahead "due soon" looks from the report's date.
pub const DUE_SOON_MONTHS: u32 = 3;

/// The most actions the paper puts before members.
pub const PRIORITY_ACTIONS: usize = 10;

/// The most themes named as strongest, and as needing most improvement.
const THEMES_NAMED: usize = 2;

/// What the paper says first, before the detail.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMessages {
    /// The labels of the levels in the upper half of the scale, best first
    /// (e.g. "Well established", "Mostly in place").
    pub upper_levels: Vec<String>,
    /// The labels of the levels in the lower half, e.g. "Partly in place", "Not in place".
    pub lower_levels: Vec<String>,
    /// Up to two themes with the largest share rated in the upper half.
    pub strongest: Vec<ThemeStanding>,
    /// Up to two other themes with the largest share rated in the lower half.
    pub weakest: Vec<ThemeStanding>,
    /// Actions past their due date, earliest first.
    pub overdue: Vec<ActionItem>,
    /// Actions due from the report's date to [`KeyMessages::due_soon_until`], earliest first.
    pub due_soon: Vec<ActionItem>,
    /// The last day counted as due soon: three months after the report's date.
    pub due_soon_until: CivilDate,
    /// Actions with no valid due date.
    pub undated: usize,
}

/// One theme's ratings, as counts a reader can check against the heat map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeStanding {
    pub id: String,
    pub title: String,
    /// Characteristics rated on the scale ("not applicable" and unrated left out).
    pub rated: usize,
    /// Of those, rated in the upper half of the scale.
    pub upper: usize,
    /// Of those, rated in the lower half of the scale.
    pub lower: usize,
    /// Of those, rated at the top level.
    top: usize,
    /// Of those, rated at the bottom level.
    bottom: usize,
}

/// When an action falls due, seen from the report's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionTiming {
    /// Done or dropped: no longer due at all.
    Closed,
    /// The due date has passed.
    Overdue,
    /// Due on the report's date or within [`DUE_SOON_MONTHS`] months of it.
    DueSoon,
    Later,
    /// No valid due date.
    Undated,
}

impl ActionItem {
    /// When this action falls due, seen from `today`.
    pub fn timing(&self, today: CivilDate) -> ActionTiming {
        if !self.status.is_open() {
            return ActionTiming::Closed;
        }
        match self.due {
            None => ActionTiming::Undated,
            Some(due) if due < today => ActionTiming::Overdue,
            Some(due) if due <= today.add_months(DUE_SOON_MONTHS) => ActionTiming::DueSoon,
            Some(_) => ActionTiming::Later,
        }
    }
}

impl KeyMessages {
    /// The key messages for `themes` and `actions` (in due-date order), as at `today`.
    pub fn build(
        scale: &RatingScale,
        themes: &[ThemeSummary],
        actions: &[ActionItem],
        today: CivilDate,
    ) -> Self {
        let levels = scale.levels.len();
        let half = levels / 2;
        let standings: Vec<ThemeStanding> = themes
            .iter()
            .map(|theme| {
                // `counts` holds the rated levels first, best first.
                let count = |range: std::ops::Range<usize>| -> usize {
                    theme.counts[range].iter().map(|lc| lc.count).sum()
                };
                ThemeStanding {
                    id: theme.id.clone(),
                    title: theme.title.clone(),
                    rated: count(0..levels),
                    upper: count(0..half),
                    lower: count(half..levels),
                    top: count(0..1),
                    bottom: count(levels - 1..levels),
                }
            })
            .filter(|s| s.rated > 0)
            .collect();
        // With fewer than two rated themes there is nothing to compare.
        let named = THEMES_NAMED.min(standings.len() / 2);
        let strongest = pick(&standings, named, &[], |s| (s.upper, s.top, s.rated));
        let weakest = pick(&standings, named, &strongest, |s| {
            (s.lower, s.bottom, s.rated)
        });

        let labels = |range: std::ops::Range<usize>| -> Vec<String> {
            scale.levels[range]
                .iter()
                .map(|l| l.label.clone())
                .collect()
        };
        let timed = |timing: ActionTiming| -> Vec<ActionItem> {
            actions
                .iter()
                .filter(|a| a.timing(today) == timing)
                .cloned()
                .collect()
        };
        Self {
            upper_levels: labels(0..half),
            lower_levels: labels(half..levels),
            strongest,
            weakest,
            overdue: timed(ActionTiming::Overdue),
            due_soon: timed(ActionTiming::DueSoon),
            due_soon_until: today.add_months(DUE_SOON_MONTHS),
            undated: timed(ActionTiming::Undated).len(),
        }
    }
}

/// Up to `n` themes, not already in `taken`, with the largest share
/// `count / rated` (a theme with none is never named), the second count's
/// share breaking ties, then framework order. Chosen one at a time rather than
/// sorted: a sort routine is several kilobytes of the app's download.
fn pick(
    standings: &[ThemeStanding],
    n: usize,
    taken: &[ThemeStanding],
    counts: fn(&ThemeStanding) -> (usize, usize, usize),
) -> Vec<ThemeStanding> {
    let mut chosen: Vec<ThemeStanding> = Vec::new();
    for _ in 0..n {
        let best = standings
            .iter()
            .filter(|s| counts(s).0 > 0)
            .filter(|s| !taken.iter().chain(&chosen).any(|t| t.id == s.id))
            .reduce(|best, s| {
                let ((a, a2, of_a), (b, b2, of_b)) = (counts(s), counts(best));
                // Exact comparison of a / of_a with b / of_b, in whole numbers.
                let first = (a * of_b).cmp(&(b * of_a));
                let second = (a2 * of_b).cmp(&(b2 * of_a));
                if first.then(second) == Ordering::Greater {
                    s
                } else {
                    best
                }
            });
        match best {
            Some(best) => chosen.push(best.clone()),
            None => break,
        }
    }
    chosen
}

/// The actions to put before members first: at most [`PRIORITY_ACTIONS`] of
/// those still open (not done or dropped),
/// those for characteristics rated at the bottom of the scale first, then by
/// due date (undated last), as `actions` (in due-date order) already are.
pub fn priority_actions(scale: &RatingScale, actions: &[ActionItem]) -> Vec<ActionItem> {
    let bottom = scale.levels.last().map(|l| l.id.as_str());
    let at_bottom = |a: &&ActionItem| Some(a.rating.id.as_str()) == bottom;
    let open: Vec<&ActionItem> = actions.iter().filter(|a| a.status.is_open()).collect();
    open.iter()
        .copied()
        .filter(at_bottom)
        .chain(open.iter().copied().filter(|a| !at_bottom(a)))
        .take(PRIORITY_ACTIONS)
        .cloned()
        .collect()
}
