//! Framework content as HTML strings: prose with its glossary terms as links,
//! built by pure functions (no Leptos types), so the result is tested natively.
//!
//! Static content is cheaper as one string set with `inner_html` than as a
//! `view!` tree: each distinct tree is compiled into the bundle, a string is
//! not. The strings go into the page under a strict Content-Security-Policy,
//! so they carry no inline style, script or event handler, and link only to
//! the app's own `#/...` routes. Every framework string is escaped: content is
//! trusted, but a stray `<` in a revised file must show as text.

use crate::app::route::Route;
use crate::domain::content::BUILT_IN_ID;
use crate::domain::framework::{paragraphs, Framework};
use crate::domain::markup::{segments, Segment};
use crate::report::html::{escape_html, level_class};

/// Builds a piece of HTML from framework content.
pub struct ContentHtml<'a> {
    framework: &'a Framework,
    out: String,
}

impl<'a> ContentHtml<'a> {
    /// An empty piece, resolving glossary terms in `framework`.
    pub fn new(framework: &'a Framework) -> Self {
        ContentHtml {
            framework,
            out: String::with_capacity(1024),
        }
    }

    /// The framework the content comes from.
    pub fn framework(&self) -> &'a Framework {
        self.framework
    }

    /// Appends markup written in this program (never content or user text).
    pub fn raw(&mut self, html: &str) -> &mut Self {
        self.out.push_str(html);
        self
    }

    /// Appends text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.out.push_str(&escape_html(text));
        self
    }

    /// Appends `<tag attributes>text</tag>`, the text escaped. `open` is
    /// the opening tag as written in this program, e.g. `<p class="hint">`.
    pub fn element(&mut self, open: &str, text: &str) -> &mut Self {
        let tag = element_name(open);
        self.raw(open).text(text).raw("</").raw(tag).raw(">")
    }

    /// Appends `<tag attributes>prose</tag>`, the prose run through [`Self::inline`].
    pub fn element_inline(&mut self, open: &str, prose: &str) -> &mut Self {
        let tag = element_name(open);
        self.raw(open).inline(prose).raw("</").raw(tag).raw(">")
    }

    /// Appends a link to a route of the app.
    pub fn link(&mut self, route: &Route, text: &str) -> &mut Self {
        self.raw("<a href=\"")
            .text(&route.href())
            .raw("\">")
            .text(text)
            .raw("</a>")
    }

    /// Appends content prose as paragraphs, each a `<p>`.
    pub fn prose(&mut self, text: &str) -> &mut Self {
        for paragraph in paragraphs(text) {
            self.element_inline("<p>", paragraph);
        }
        self
    }

    /// Appends one run of content prose, its glossary terms as links
    /// (`<a class="term">`); a term the glossary lacks stays plain text. A
    /// council's own framework gets plain words: the glossary page shows the
    /// built-in glossary, which may define its terms differently.
    pub fn inline(&mut self, text: &str) -> &mut Self {
        let links_terms = self.framework.info.id == BUILT_IN_ID;
        for segment in segments(text) {
            match segment {
                Segment::Text(text) => {
                    self.text(text);
                }
                Segment::Term { text, .. } if !links_terms => {
                    self.text(text);
                }
                Segment::Term { text, key, by_id } => {
                    let entry = if by_id {
                        self.framework.glossary_entry(key)
                    } else {
                        self.framework.glossary_entry_named(key)
                    };
                    match entry {
                        Some(entry) => {
                            let href = Route::Glossary(Some(entry.id.clone())).href();
                            self.raw("<a class=\"term\" href=\"")
                                .text(&href)
                                .raw("\">")
                                .text(text)
                                .raw("</a>");
                        }
                        None => {
                            self.text(text);
                        }
                    }
                }
            }
        }
        self
    }

    /// The HTML built.
    pub fn finish(self) -> String {
        self.out
    }
}

/// One run of content prose as HTML, for an element's `inner_html`.
pub fn inline_html(framework: &Framework, prose: &str) -> SafeHtml {
    let mut html = ContentHtml::new(framework);
    html.inline(prose);
    SafeHtml(html.finish())
}

/// HTML that is safe to insert: plain text escaped, or markup this program
/// wrote around escaped content. A component that takes a label as
/// `SafeHtml` can be given words (`"Owner".into()`, escaped) or content prose
/// with its glossary links.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SafeHtml(String);

impl SafeHtml {
    /// The HTML, for `inner_html`.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl From<&str> for SafeHtml {
    /// Plain words, escaped.
    fn from(text: &str) -> Self {
        SafeHtml(escape_html(text))
    }
}

impl From<String> for SafeHtml {
    /// Plain words, escaped.
    fn from(text: String) -> Self {
        SafeHtml(escape_html(&text))
    }
}

impl From<ContentHtml<'_>> for SafeHtml {
    fn from(html: ContentHtml<'_>) -> Self {
        SafeHtml(html.finish())
    }
}

/// Facts for a `<dl class="facts">` or `summary-list`: each a term and its
/// value, both escaped, in the `<div>` that keeps them together.
pub fn facts_html<'a>(facts: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (term, value) in facts {
        out.push_str("<div><dt>");
        out.push_str(&escape_html(term));
        out.push_str("</dt><dd>");
        out.push_str(&escape_html(value));
        out.push_str("</dd></div>");
    }
    out
}

/// Words with more words for screen readers only, e.g. "Remove" and
/// " reference “Budget 2026”", so each of many like buttons has its own name.
pub fn with_hidden_words(visible: &str, hidden: &str) -> String {
    format!(
        "{}<span class=\"visually-hidden\">{}</span>",
        escape_html(visible),
        escape_html(hidden)
    )
}

/// A radio's label (or a rating key's term): a level's marker in its colour,
/// hidden from screen readers because the words follow, then the words.
pub fn marked_label(level_id: &str, marker: Option<&str>, label: &str) -> String {
    let mut out = String::new();
    if let Some(marker) = marker {
        out.push_str("<span class=\"marker ");
        out.push_str(&escape_html(&level_class(level_id)));
        out.push_str("\" aria-hidden=\"true\">");
        out.push_str(&escape_html(marker));
        out.push_str("</span> ");
    }
    out.push_str(&escape_html(label));
    out
}

/// `p` for `<p class="hint">`.
fn element_name(open: &str) -> &str {
    open.trim_start_matches('<')
        .split([' ', '>'])
        .next()
        .unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::content::best_value_2024;

    pub(crate) fn framework() -> Framework {
        best_value_2024().expect("built-in framework")
    }

    /// Fails if `html` holds anything a strict Content-Security-Policy
    /// would block or that leaves the app: a script, an inline style or
    /// handler, a link other than to an app route.
    pub(crate) fn assert_csp_safe(html: &str) {
        let lower = html.to_lowercase();
        assert!(!lower.contains("<script"), "no script: {html}");
        assert!(!lower.contains(" style="), "no inline style: {html}");
        for (i, _) in lower.match_indices(" on") {
            let name: String = lower[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            assert!(
                !lower[i + 1 + name.len()..].starts_with('='),
                "no inline handler {name}: {html}"
            );
        }
        for (i, _) in lower.match_indices("href=\"") {
            assert!(
                lower[i + 6..].starts_with("#/"),
                "only app links: {}",
                &html[i..]
            );
        }
        assert!(!lower.contains(" src="), "no external resource: {html}");
    }

    #[test]
    fn terms_become_glossary_links_and_unknown_terms_stay_text() {
        let framework = framework();
        assert_eq!(
            inline_html(
                &framework,
                "The [[Monitoring Officer]] and [[the s151 officer|section-151-officer]] and [[no such term]]."
            )
            .into_string(),
            "The <a class=\"term\" href=\"#/glossary/monitoring-officer\">Monitoring Officer</a> and \
             <a class=\"term\" href=\"#/glossary/section-151-officer\">the s151 officer</a> and no such term."
        );
    }

    #[test]
    fn content_text_is_escaped_everywhere() {
        let framework = framework();
        let mut html = ContentHtml::new(&framework);
        html.prose("<script>alert(1)</script>\n\nTom & \"Jerry's\" [[<b>|monitoring-officer]]")
            .element("<p class=\"hint\">", "<img src=x onerror=alert(1)>")
            .link(&Route::Theme("a\"b".to_owned()), "<i>");
        assert_eq!(
            html.finish(),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\
             <p>Tom &amp; &quot;Jerry&#39;s&quot; <a class=\"term\" href=\"#/glossary/monitoring-officer\">&lt;b&gt;</a></p>\
             <p class=\"hint\">&lt;img src=x onerror=alert(1)&gt;</p>\
             <a href=\"#/themes/a&quot;b\">&lt;i&gt;</a>"
        );
    }

    #[test]
    fn labels_escape_their_words() {
        assert_eq!(
            marked_label("well-established", Some("●●"), "A & B"),
            "<span class=\"marker level-well-established\" aria-hidden=\"true\">●●</span> A &amp; B"
        );
        assert_eq!(marked_label("x", None, "<b>"), "&lt;b&gt;");
        assert_eq!(
            with_hidden_words("Remove", " reference “<i>”"),
            "Remove<span class=\"visually-hidden\"> reference “&lt;i&gt;”</span>"
        );
        assert_eq!(
            SafeHtml::from("Tom & Jerry").into_string(),
            "Tom &amp; Jerry"
        );
    }

    #[test]
    fn element_closes_the_tag_it_opened() {
        assert_eq!(element_name("<p class=\"x\">"), "p");
        assert_eq!(element_name("<li>"), "li");
    }
}
