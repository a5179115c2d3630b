//! A complete, realistic assessment, for benchmarks and demonstrations: every
//! characteristic rated with a narrative of a chosen length, actions where the
//! rules need them, every warning sign judged, every question answered and every
//! section marked complete.

use super::applicability::CouncilProfile;
use super::assessment::{Assessment, FlagState, ImprovementAction, NewAssessment, Scope};
use super::framework::Framework;

/// Builds the complete assessment, with `evidence_chars` characters of narrative
/// for each characteristic.
pub fn complete_assessment(
    framework: &Framework,
    id: &str,
    now_ms: i64,
    evidence_chars: usize,
) -> Assessment {
    let details = NewAssessment {
        name: "Sample complete assessment".into(),
        council: "Sample Borough Council".into(),
        assessor: "Head of Policy and Performance".into(),
        scope: Scope::Everything,
        // A council that runs everything the framework asks about, so that
        // every item applies and is answered.
        profile: CouncilProfile {
            council_type: framework.council_types.first().map(|t| t.id.clone()),
            conditions: framework.conditions.iter().map(|c| c.id.clone()).collect(),
        },
    };
    let mut a = Assessment::start(framework, details, id.to_owned(), now_ms)
        .expect("sample details are valid");
    // Paragraphs, and characters that need escaping, as real evidence has.
    let sentence = "The Audit & Standards Committee reviewed this in March 2026; see the <Annual Governance Statement>. ";
    let paragraph = format!("{}\n\n", sentence.repeat(3));
    let narrative: String = paragraph.chars().cycle().take(evidence_chars).collect();
    for (n, (theme, c)) in framework.characteristics().enumerate() {
        let level = &framework.scale.levels[n % framework.scale.levels.len()];
        a.set_rating(&c.id, Some(level.id.clone()), now_ms);
        a.set_narrative(&c.id, narrative.clone(), now_ms);
        a.set_references(
            &c.id,
            vec![
                format!("{} evidence pack", theme.title),
                "Annual Governance Statement".into(),
            ],
            now_ms,
        );
        if a.needs_action(&framework.scale, &c.id) {
            let action = ImprovementAction {
                gap: format!(
                    "{} is not yet consistent across services",
                    theme.display_code(c)
                ),
                action: "Agree an improvement plan and report progress to committee".into(),
                owner: "Director of Corporate Services".into(),
                due: format!("2027-{:02}-{:02}", 1 + n % 12, 1 + n % 28),
                ..Default::default()
            };
            a.set_action(&c.id, action, now_ms);
        }
    }
    for (n, f) in framework
        .themes
        .iter()
        .flat_map(|t| &t.failure_indicators)
        .enumerate()
    {
        a.set_flag_state(&f.id, Some(FlagState::ALL[n % 3]), now_ms);
        a.set_flag_note(
            &f.id,
            "Reviewed by the senior leadership team.".into(),
            now_ms,
        );
    }
    for q in framework.principles.iter().flat_map(|p| &p.questions) {
        a.set_reflection(&q.id, narrative.chars().take(600).collect(), now_ms);
    }
    for section in a.sections(framework) {
        a.mark_complete(framework, &section, now_ms)
            .expect("the sample answers every question");
    }
    a
}
