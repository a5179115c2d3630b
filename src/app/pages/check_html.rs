//! The answers of a "check your answers" page as an HTML string: one row per
//! question with the answer as the user gave it and a link to change it.
//! The rows are read-only, so one string (see [`crate::app::content_html`])
//! replaces a view tree per row; every user text is escaped.

use crate::app::content_html::ContentHtml;
use crate::app::route::Route;
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::question::Question;
use crate::domain::section::SectionRef;
use crate::report::html::level_class;

/// The section's answers: for a theme, its characteristics and then its
/// warning signs, each under a heading; for a principle, its questions.
pub fn answer_lists(
    framework: &Framework,
    assessment: &Assessment,
    section: &SectionRef,
) -> String {
    let questions = framework.questions(section);
    let (ratings, others): (Vec<_>, Vec<_>) = questions
        .iter()
        .partition(|q| matches!(q, Question::Rating { .. }));
    let mut html = ContentHtml::new(framework);
    let list = |html: &mut ContentHtml, heading: Option<&str>, questions: &[&Question]| {
        if let Some(heading) = heading {
            html.element("<h2>", heading);
        }
        html.raw("<dl class=\"summary-list\">");
        for q in questions {
            row(html, assessment, section, q);
        }
        html.raw("</dl>");
    };
    if matches!(section, SectionRef::Theme(_)) {
        list(&mut html, Some("Characteristics"), &ratings);
        list(&mut html, Some("Warning signs"), &others);
    } else {
        list(&mut html, None, &others);
    }
    html.finish()
}

fn row(html: &mut ContentHtml, assessment: &Assessment, section: &SectionRef, q: &Question) {
    let label = q.label();
    html.raw("<div class=\"summary-list__row\"><dt>");
    match q {
        Question::Rating { .. } => html.text(&label).raw(" ").inline(q.text()),
        Question::WarningSign { number, .. } => html
            .text(&format!("Warning sign {number}: "))
            .inline(q.text()),
        Question::Reflection { .. } => html.inline(q.text()),
    };
    html.raw("</dt><dd>");
    answer(html, assessment, q);
    let change = Route::item_href(&assessment.id, section, q.id());
    html.raw("</dd><dd class=\"summary-list__actions\"><a href=\"")
        .text(&change)
        .raw("\">Change")
        .element("<span class=\"visually-hidden\">", &format!(" {label}"))
        .raw("</a></dd></div>");
}

fn answer(html: &mut ContentHtml, a: &Assessment, q: &Question) {
    let scale = &html.framework().scale;
    let id = q.id();
    match q {
        Question::Rating { .. } => {
            let level = a.level(scale, id);
            let answer = a.characteristic(id).cloned().unwrap_or_default();
            html.raw("<p><span class=\"marker ")
                .text(&level_class(&level.id))
                .raw("\" aria-hidden=\"true\">")
                .text(&level.marker)
                .raw("</span> ")
                .element("<strong>", &level.label)
                .raw("</p>");
            if !answer.narrative.trim().is_empty() {
                html.element("<p class=\"pre-wrap\">", &answer.narrative);
            }
            if !answer.references.is_empty() {
                let references = format!("References: {}", answer.references.join("; "));
                html.element("<p>", &references);
            }
            if a.needs_action(scale, id) {
                html.element("<p>", &format!("Action: {}", answer.action.in_words()));
            }
        }
        Question::WarningSign { .. } => {
            let flag = a.flag(id).cloned().unwrap_or_default();
            let state = flag.state.map_or("Not yet judged", |s| s.label());
            if flag.note.trim().is_empty() {
                html.text(state);
            } else {
                html.text(&format!("{state}. {}", flag.note));
            }
        }
        Question::Reflection { .. } => match a.reflection(id).trim() {
            "" => {
                html.text("Not answered yet");
            }
            text => {
                html.element("<span class=\"pre-wrap\">", text);
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::content_html::tests::{assert_csp_safe, framework};
    use crate::domain::sample::complete_assessment;

    #[test]
    fn a_theme_lists_its_characteristics_then_its_warning_signs_with_answers_and_change_links() {
        let framework = framework();
        let mut assessment = complete_assessment(&framework, "check", 1_764_000_000_000, 40);
        let first = framework.themes[0].characteristics[0].id.clone();
        assessment
            .characteristics
            .get_mut(&first)
            .unwrap()
            .narrative = "Seen by <b>Cabinet</b> & audit".to_owned();
        let section = SectionRef::Theme(framework.themes[0].id.clone());
        let html = answer_lists(&framework, &assessment, &section);
        let theme = &framework.themes[0];
        assert!(html.starts_with("<h2>Characteristics</h2><dl class=\"summary-list\"><div class=\"summary-list__row\"><dt>"));
        assert_eq!(
            html.matches("<div class=\"summary-list__row\">").count(),
            theme.characteristics.len() + theme.failure_indicators.len()
        );
        assert!(html.contains("<h2>Warning signs</h2><dl class=\"summary-list\">"));
        assert!(html.contains(&format!(
            "<a href=\"#/assessments/check/themes/{}/{first}\">Change<span class=\"visually-hidden\"> {}</span></a>",
            theme.id,
            theme.display_code(&theme.characteristics[0])
        )));
        assert!(html
            .contains("<p class=\"pre-wrap\">Seen by &lt;b&gt;Cabinet&lt;/b&gt; &amp; audit</p>"));
        assert!(html.contains("<span class=\"marker level-"));
        assert!(html.contains("Warning sign 1: "));
        assert_csp_safe(&html);
    }

    #[test]
    fn a_principle_lists_its_questions_and_says_which_are_unanswered() {
        let framework = framework();
        let mut assessment = complete_assessment(&framework, "check", 1_764_000_000_000, 40);
        let principle = &framework.principles[0];
        assessment.reflections.clear();
        let section = SectionRef::Principle(principle.id.clone());
        let html = answer_lists(&framework, &assessment, &section);
        assert!(html.starts_with("<dl class=\"summary-list\">"));
        assert!(!html.contains("<h2>"));
        assert_eq!(
            html.matches("<dd>Not answered yet</dd>").count(),
            principle.questions.len()
        );
    }
}
