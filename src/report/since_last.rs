//! Year on year in the summary: what moved since the assessment compared with
//! (the baseline), which of last year's actions were completed, and the review
//! trail. The rules (what counts as a movement, which actions came across) are
//! the domain's; this only gathers their results for the summary.

use crate::domain::assessment::{ActionStatus, Assessment, Movement, MovementCounts};
use crate::domain::dates::CivilDate;
use crate::domain::framework::Framework;
use crate::report::summary::{ActionItem, ThemeSummary};

/// The most themes named as having moved most.
const THEMES_NAMED: usize = 3;

/// What has changed since the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct SinceLast {
    /// The earlier assessment's name, and when it was last changed.
    pub baseline_name: String,
    pub baseline_changed: CivilDate,
    /// Every characteristic in scope, by how its rating moved.
    pub counts: MovementCounts,
    /// Characteristics rated lower than last time, in framework order.
    pub declined: Vec<Moved>,
    /// Characteristics rated higher than last time, in framework order.
    pub improved: Vec<Moved>,
    /// Every theme in scope with its movements, in framework order.
    pub themes: Vec<ThemeMoved>,
    /// Up to three themes with the most ratings moved (up or down), most
    /// first, framework order breaking ties; a theme with none is never named.
    pub themes_moved: Vec<ThemeMoved>,
    /// Actions that came across from the baseline and are now done.
    pub completed: Vec<ActionItem>,
}

/// A characteristic whose rating moved.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    /// Display code, e.g. `GOV03`.
    pub code: String,
    /// The statement, as plain text.
    pub statement: String,
    /// The level labels last time and now.
    pub from: String,
    pub to: String,
}

/// One theme's movements.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeMoved {
    pub title: String,
    pub counts: MovementCounts,
}

impl SinceLast {
    /// The movements of `assessment` since its baseline, if it has one, over
    /// the themes of the summary (which carry each rating's movement), and the
    /// carried-over actions of its plan now done.
    pub fn build(
        framework: &Framework,
        assessment: &Assessment,
        themes: &[ThemeSummary],
        actions: &[ActionItem],
    ) -> Option<Self> {
        let baseline = assessment.baseline.as_ref()?;
        let scale = &framework.scale;
        let mut counts = MovementCounts::default();
        let (mut declined, mut improved) = (Vec::new(), Vec::new());
        let mut per_theme: Vec<ThemeMoved> = Vec::new();
        for theme in themes {
            let mut theme_counts = MovementCounts::default();
            for r in &theme.ratings {
                let Some(movement) = r.movement else { continue };
                counts.add(movement);
                theme_counts.add(movement);
                let list = match movement {
                    Movement::Declined(_) => &mut declined,
                    Movement::Improved(_) => &mut improved,
                    _ => continue,
                };
                let before = assessment
                    .baseline_rating(&r.id)
                    .and_then(|id| scale.level(id))
                    .map_or("", |l| l.label.as_str());
                list.push(Moved {
                    code: r.code.clone(),
                    statement: r.statement.clone(),
                    from: before.to_owned(),
                    to: r.level.label.clone(),
                });
            }
            per_theme.push(ThemeMoved {
                title: theme.title.clone(),
                counts: theme_counts,
            });
        }
        let mut moved_themes: Vec<ThemeMoved> = per_theme
            .iter()
            .filter(|t| t.counts.moved() > 0)
            .cloned()
            .collect();
        // Chosen one at a time rather than sorted: a sort routine is several
        // kilobytes of the app's download.
        let mut themes_moved = Vec::new();
        while themes_moved.len() < THEMES_NAMED && !moved_themes.is_empty() {
            let most = (0..moved_themes.len())
                .reduce(|best, i| {
                    if moved_themes[i].counts.moved() > moved_themes[best].counts.moved() {
                        i
                    } else {
                        best
                    }
                })
                .unwrap_or(0);
            themes_moved.push(moved_themes.remove(most));
        }
        let completed = actions
            .iter()
            .filter(|a| a.carried_over && a.status == ActionStatus::Done)
            .cloned()
            .collect();
        Some(Self {
            baseline_name: baseline.name.clone(),
            baseline_changed: CivilDate::from_uk_ms(baseline.updated_ms),
            counts,
            themes: per_theme,
            declined,
            improved,
            themes_moved,
            completed,
        })
    }
}

/// One section's line in the review trail.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewLine {
    /// "Principle" or "Theme", and its title.
    pub kind: &'static str,
    pub title: String,
    /// Who reviewed it, as typed; empty when no one is recorded.
    pub by: String,
    /// The review date, when it is a real date.
    pub on: Option<CivilDate>,
    pub evidence_sampled: bool,
}

/// The review trail: every section in scope, in framework order, reviewed or not.
pub fn review_trail(framework: &Framework, assessment: &Assessment) -> Vec<ReviewLine> {
    assessment
        .sections(framework)
        .into_iter()
        .map(|section| {
            let review = assessment.reviews.get(&section);
            ReviewLine {
                kind: section.kind_label(),
                title: section.title(framework).unwrap_or_default().to_owned(),
                by: review
                    .map(|r| r.sign_off.by.trim().to_owned())
                    .unwrap_or_default(),
                on: review.and_then(|r| r.sign_off.on()),
                evidence_sampled: review.is_some_and(|r| r.evidence_sampled),
            }
        })
        .collect()
}
