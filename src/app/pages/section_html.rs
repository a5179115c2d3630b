//! The fixed parts of a section's question page as HTML strings: the
//! introduction with the rating key and the jump list, each card's question
//! and guidance, and the links to the sections either side. They never change
//! while the page is open, so strings (see [`crate::app::content_html`])
//! replace view trees; the answers stay interactive views.

use crate::app::content_html::{marked_label, ContentHtml, SafeHtml};
use crate::app::route::Route;
use crate::domain::framework::{Characteristic, Framework, Theme};
use crate::domain::question::Question;
use crate::domain::section::SectionRef;

/// What the section asks, then for a theme the key to the rating scale and
/// a jump list to each characteristic and to the warning signs.
pub fn intro(framework: &Framework, assessment_id: &str, section: &SectionRef) -> String {
    let mut html = ContentHtml::new(framework);
    let summary = section.summary(framework).unwrap_or_default();
    html.raw("<p class=\"hint\">");
    if matches!(section, SectionRef::Theme(_)) {
        html.text(&framework.scale.question).raw(" ");
    }
    html.inline(summary).raw("</p>");
    if matches!(section, SectionRef::Theme(_)) {
        scale_key(&mut html);
        jump_list(&mut html, assessment_id, section);
    }
    html.finish()
}

/// The rating scale, explained once per page. Each rating radio points to its
/// level's entry (`aria-describedby="scale-<level>"`), so its meaning is read
/// out without repeating it on every card.
fn scale_key(html: &mut ContentHtml) {
    let scale = &html.framework().scale;
    html.raw("<details class=\"scale-key\"><summary>What each rating means</summary><dl>");
    for level in scale.choices() {
        html.raw("<div id=\"scale-")
            .text(&level.id)
            .raw("\"><dt>")
            .raw(&marked_label(&level.id, Some(&level.marker), &level.label))
            .raw("</dt>")
            .element("<dd>", &level.meaning)
            .raw("</div>");
    }
    html.raw("</dl></details>");
}

/// Links to each characteristic and to the first warning sign: one tap on a
/// tablet to any part of a long theme page.
fn jump_list(html: &mut ContentHtml, assessment_id: &str, section: &SectionRef) {
    let questions = html.framework().questions(section);
    html.raw("<nav class=\"jump-list\" aria-label=\"Characteristics in this theme\"><ul>");
    for q in &questions {
        let text = match q {
            Question::Rating { .. } => q.label(),
            Question::WarningSign { number: 1, .. } => "Warning signs".to_owned(),
            _ => continue,
        };
        html.raw("<li><a href=\"")
            .text(&Route::item_href(assessment_id, section, q.id()))
            .raw("\">")
            .text(&text)
            .raw("</a></li>");
    }
    html.raw("</ul></nav>");
}

/// The question of a card: its code, e.g. `UOR03` or `Warning sign 2`, then
/// its text.
pub fn question(framework: &Framework, code: &str, text: &str) -> SafeHtml {
    let mut html = ContentHtml::new(framework);
    html.element("<span class=\"code\">", code)
        .raw(" ")
        .inline(text);
    html.into()
}

/// What good looks like for a characteristic, and examples of evidence: the
/// content of the card's guidance, made when the reader first opens it.
pub fn guidance(framework: &Framework, characteristic: &Characteristic) -> String {
    let mut html = ContentHtml::new(framework);
    html.element_inline("<p>", &characteristic.good_looks_like)
        .raw("<ul>");
    for example in &characteristic.evidence {
        html.element("<li>", example);
    }
    html.raw("</ul>");
    html.finish()
}

/// The heading and explanation before a theme's warning signs.
pub const WARNING_SIGNS_INTRO: &str = "<h2>Warning signs</h2><p>Say whether each indicator \
    of potential failure is present. Warning signs are flagged in the summary; they never \
    change a rating or a score.</p>";

/// Links to the sections before and after this one in the assessment.
pub fn pagination(
    framework: &Framework,
    assessment_id: &str,
    previous: Option<&SectionRef>,
    next: Option<&SectionRef>,
) -> String {
    let mut html = ContentHtml::new(framework);
    html.raw("<nav class=\"pagination\" aria-label=\"Sections\">");
    for (rel, words, section) in [("prev", "Previous: ", previous), ("next", "Next: ", next)] {
        let Some(section) = section else { continue };
        let route = Route::Section {
            assessment: assessment_id.to_owned(),
            section: section.clone(),
            focus: None,
        };
        html.raw("<a rel=\"")
            .raw(rel)
            .raw("\" href=\"")
            .text(&route.href())
            .raw("\">")
            .raw(words)
            .text(section.title(framework).unwrap_or_default())
            .raw("</a>");
    }
    html.raw("</nav>");
    html.finish()
}

/// The display code and statement of a characteristic, for its card's legend.
pub fn characteristic_question(
    framework: &Framework,
    theme: &Theme,
    c: &Characteristic,
) -> SafeHtml {
    question(framework, &theme.display_code(c), &c.statement)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::content_html::tests::{assert_csp_safe, framework};

    #[test]
    fn a_theme_intro_has_the_question_the_key_and_a_jump_list() {
        let framework = framework();
        let section = SectionRef::Theme("use-of-resources".to_owned());
        let html = intro(&framework, "a1", &section);
        assert!(html.starts_with(&format!("<p class=\"hint\">{} ", framework.scale.question)));
        assert!(html.contains("<details class=\"scale-key\"><summary>What each rating means</summary><dl><div id=\"scale-"));
        assert_eq!(
            html.matches("<div id=\"scale-").count(),
            framework.scale.choices().count()
        );
        let theme = framework.theme("use-of-resources").unwrap();
        assert!(html.contains(&format!(
            "<li><a href=\"#/assessments/a1/themes/use-of-resources/{}\">{}</a></li>",
            theme.characteristics[0].id,
            theme.display_code(&theme.characteristics[0])
        )));
        assert!(html.contains(&format!(
            "<li><a href=\"#/assessments/a1/themes/use-of-resources/{}\">Warning signs</a></li></ul></nav>",
            theme.failure_indicators[0].id
        )));
        assert_csp_safe(&html);
    }

    #[test]
    fn a_principle_intro_is_its_summary_alone() {
        let framework = framework();
        let section = SectionRef::Principle(framework.principles[0].id.clone());
        let html = intro(&framework, "a1", &section);
        assert!(html.starts_with("<p class=\"hint\">") && html.ends_with("</p>"));
        assert!(!html.contains("scale-key") && !html.contains("jump-list"));
    }

    #[test]
    fn a_card_question_escapes_its_text() {
        let framework = framework();
        assert_eq!(
            question(&framework, "Warning sign 2", "Cuts <now>").into_string(),
            "<span class=\"code\">Warning sign 2</span> Cuts &lt;now&gt;"
        );
    }

    #[test]
    fn pagination_links_the_sections_either_side() {
        let framework = framework();
        let previous = SectionRef::Principle("prevention".to_owned());
        let next = SectionRef::Theme("leadership".to_owned());
        let html = pagination(&framework, "a1", Some(&previous), Some(&next));
        assert_eq!(
            html,
            "<nav class=\"pagination\" aria-label=\"Sections\">\
             <a rel=\"prev\" href=\"#/assessments/a1/principles/prevention\">Previous: Prevention</a>\
             <a rel=\"next\" href=\"#/assessments/a1/themes/leadership\">Next: Leadership</a></nav>"
        );
        assert_eq!(
            pagination(&framework, "a1", None, None),
            "<nav class=\"pagination\" aria-label=\"Sections\"></nav>"
        );
    }
}
