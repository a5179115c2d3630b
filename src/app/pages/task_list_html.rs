//! The sections of an assessment's task list as an HTML string: each with a
//! link, how many questions are answered and its status. The list is
//! read-only, so one string (see [`crate::app::content_html`]) replaces a
//! view tree per section.

use crate::app::content_html::{facts_html, ContentHtml};
use crate::app::route::Route;
use crate::domain::assessment::{Assessment, MovementCounts, SectionStatus};
use crate::domain::framework::Framework;
use crate::domain::section::SectionRef;

/// The principles, then the themes, the assessment covers, each group under
/// its heading; a group the assessment does not cover is left out.
pub fn section_groups(framework: &Framework, assessment: &Assessment) -> String {
    let (principles, themes): (Vec<_>, Vec<_>) = assessment
        .sections(framework)
        .into_iter()
        .partition(|s| matches!(s, SectionRef::Principle(_)));
    let mut html = ContentHtml::new(framework);
    for (heading, sections) in [
        ("Principles", principles),
        ("Themes of good practice", themes),
    ] {
        if sections.is_empty() {
            continue;
        }
        html.element("<h2>", heading)
            .raw("<ul class=\"task-list\">");
        for section in &sections {
            item(&mut html, assessment, section);
        }
        html.raw("</ul>");
    }
    html.finish()
}

/// Who assesses, when it started (as the app writes dates) and how far it has got.
pub fn facts(framework: &Framework, assessment: &Assessment, started: &str) -> String {
    let (done, total) = assessment.sections_completed(framework);
    let p = assessment.overall_progress(framework);
    let progress = format!(
        "{done} of {total} sections completed; {} of {} questions answered ({}%)",
        p.answered,
        p.total,
        p.percent()
    );
    let version = format!(
        "{}, version {}",
        framework.info.title, framework.info.version
    );
    facts_html([
        ("Assessor", assessment.assessor.as_str()),
        ("Started", started),
        ("Framework", &version),
        ("Progress", &progress),
    ])
}

fn item(html: &mut ContentHtml, assessment: &Assessment, section: &SectionRef) {
    let framework = html.framework();
    let route = Route::Section {
        assessment: assessment.id.clone(),
        section: section.clone(),
        focus: None,
    };
    // A principle and a theme may share an id, so the kind is part of it.
    let status_id = format!(
        "status-{}-{}",
        section.kind_label().to_lowercase(),
        section.id()
    );
    let progress = assessment.section_progress(framework, section);
    let status = assessment.section_status(framework, section);
    let tag = match status {
        SectionStatus::Completed => "<strong class=\"tag tag--done\" id=\"",
        SectionStatus::InProgress => "<strong class=\"tag tag--progress\" id=\"",
        SectionStatus::NotStarted => "<strong class=\"tag\" id=\"",
    };
    html.raw("<li class=\"task-list__item\"><a href=\"")
        .text(&route.href())
        .raw("\" aria-describedby=\"")
        .text(&status_id)
        .raw("\">")
        .text(section.title(framework).unwrap_or_default())
        .raw("</a>")
        .element(
            "<span class=\"task-list__progress\">",
            &format!("{} of {} answered", progress.answered, progress.total),
        )
        .raw(tag)
        .text(&status_id)
        .raw("\">")
        .text(status.label())
        .raw("</strong>");
    if let Some(words) = assessment
        .section_movement(framework, section)
        .and_then(movement_words)
    {
        html.element("<span class=\"task-list__movement\">", &words);
    }
    html.raw("</li>");
}

/// "2 improved, 1 declined, 5 unchanged" (and how many are newly assessed,
/// or now not applicable, when any are); nothing before any item of the
/// section is rated again, or in a principle, which has no ratings.
fn movement_words(counts: MovementCounts) -> Option<String> {
    let rated_again =
        counts.moved() + counts.unchanged + counts.newly_assessed + counts.now_not_applicable;
    if rated_again == 0 {
        return None;
    }
    let mut words = format!(
        "{} improved, {} declined, {} unchanged",
        counts.improved, counts.declined, counts.unchanged
    );
    if counts.newly_assessed > 0 {
        words.push_str(&format!(", {} newly assessed", counts.newly_assessed));
    }
    if counts.now_not_applicable > 0 {
        words.push_str(&format!(
            ", {} now not applicable",
            counts.now_not_applicable
        ));
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::content_html::tests::{assert_csp_safe, framework};
    use crate::domain::sample::complete_assessment;

    #[test]
    fn every_section_is_listed_under_its_group_with_a_unique_status_id() {
        let framework = framework();
        let assessment = complete_assessment(&framework, "tasks", 1_764_000_000_000, 40);
        let html = section_groups(&framework, &assessment);
        assert!(html.starts_with(
            "<h2>Principles</h2><ul class=\"task-list\"><li class=\"task-list__item\">"
        ));
        assert!(html.contains("</ul><h2>Themes of good practice</h2><ul class=\"task-list\">"));
        let items = framework.principles.len() + framework.themes.len();
        assert_eq!(
            html.matches("<li class=\"task-list__item\">").count(),
            items
        );
        assert!(html.contains(
            "<a href=\"#/assessments/tasks/themes/continuous-improvement\" aria-describedby=\"status-theme-continuous-improvement\">"
        ));
        let mut ids: Vec<&str> = html
            .split(" id=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), items, "one status id per section, none shared");
        assert_csp_safe(&html);
    }

    #[test]
    fn a_section_rated_again_says_how_its_ratings_moved_since_the_baseline() {
        use crate::domain::assessment::Change;
        let framework = framework();
        let last_year = complete_assessment(&framework, "tasks", 1_764_000_000_000, 40);
        let html = section_groups(&framework, &last_year);
        assert!(
            !html.contains("task-list__movement"),
            "no baseline, no movement"
        );
        let mut next =
            last_year.next_year(&framework.scale, "Next", "next".into(), 1_764_000_000_000);
        let html = section_groups(&framework, &next);
        assert!(
            !html.contains("task-list__movement"),
            "nothing rated again yet"
        );
        // The sample rates continuous-improvement c01..c03 at the top three levels.
        for (item, level) in [("c01", "mostly-in-place"), ("c02", "well-established")] {
            let change = Change::Rating {
                item: format!("continuous-improvement.{item}"),
                level: Some(level.into()),
            };
            next.apply(&framework, change, 1_764_000_000_000).unwrap();
        }
        let take = Change::UseBaselineRating {
            item: "continuous-improvement.c03".into(),
        };
        next.apply(&framework, take, 1_764_000_000_000).unwrap();
        let html = section_groups(&framework, &next);
        assert!(html.contains(
            "<span class=\"task-list__movement\">1 improved, 1 declined, 1 unchanged</span></li>"
        ));
        assert_eq!(html.matches("task-list__movement").count(), 1);
    }

    #[test]
    fn the_facts_say_who_assesses_and_how_far_it_has_got() {
        let framework = framework();
        let mut assessment = complete_assessment(&framework, "tasks", 1_764_000_000_000, 40);
        assessment.assessor = "Head of <Policy>".to_owned();
        let html = facts(&framework, &assessment, "24 November 2025");
        let (done, total) = assessment.sections_completed(&framework);
        assert!(html.starts_with(
            "<div><dt>Assessor</dt><dd>Head of &lt;Policy&gt;</dd></div><div><dt>Started</dt><dd>24 November 2025</dd></div>"
        ));
        assert!(html.contains(&format!("<dd>{done} of {total} sections completed; ")));
    }
}
