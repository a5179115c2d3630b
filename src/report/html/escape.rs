//! Escaping user text for HTML, and the few helpers that keep scale data out
//! of places where it could carry markup (class names, colours).

use std::borrow::Cow;
use std::fmt::{self, Display, Write};

use crate::domain::framework::paragraphs;

/// Displays text escaped for HTML text and attribute contexts.
pub(super) struct Esc<'a>(pub(super) &'a str);

impl Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        let mut start = 0;
        for (i, byte) in text.bytes().enumerate() {
            let entity = match byte {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            f.write_str(&text[start..i])?;
            f.write_str(entity)?;
            start = i + 1;
        }
        f.write_str(&text[start..])
    }
}

/// User text on one or more lines, escaped, line breaks kept as `<br>`.
pub(super) struct Lines<'a>(pub(super) &'a str);

impl Display for Lines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.0.trim().lines().enumerate() {
            if i > 0 {
                f.write_str("<br>")?;
            }
            Esc(line).fmt(f)?;
        }
        Ok(())
    }
}

/// Writes user prose as paragraphs: a blank line starts a new one.
pub(super) fn user_paragraphs(out: &mut String, text: &str) -> fmt::Result {
    let text: Cow<str> = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    for paragraph in paragraphs(&text) {
        write!(out, "<p>{}</p>", Lines(paragraph))?;
    }
    Ok(())
}

/// Text as a quoted CSS string, for the printed page's margins. Quotes and
/// backslashes are escaped, and so are `<` and `>`, so no text can close the
/// `<style>` element it sits in; line breaks and other controls become spaces.
pub(super) struct CssString<'a>(pub(super) &'a str);

impl Display for CssString<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        for c in self.0.chars() {
            match c {
                '"' | '\\' => write!(f, "\\{c}")?,
                '<' => f.write_str("\\3c ")?,
                '>' => f.write_str("\\3e ")?,
                c if c.is_control() => f.write_char(' ')?,
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

/// A safe fragment of an id or class name: lower-case ASCII letters, digits and hyphens.
pub(super) fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// A colour from the scale if it is `#rrggbb`, otherwise the fallback. Content
/// is validated on load; this keeps any other text out of CSS and SVG.
pub(super) fn safe_colour<'a>(colour: &'a str, fallback: &'a str) -> &'a str {
    let ok = colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if ok {
        colour
    } else {
        fallback
    }
}

/// `text` escaped for HTML text and for quoted attribute values.
pub fn escape_html(text: &str) -> String {
    Esc(text).to_string()
}

/// The class that colours a level, e.g. `level-well-established`.
pub fn level_class(level_id: &str) -> String {
    format!("level-{}", slug(level_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attribute_characters() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
        assert_eq!(escape_html("plain £ text ●"), "plain £ text ●");
        assert_eq!(
            Lines(" one\r\ntwo <b> \n").to_string(),
            "one<br>two &lt;b&gt;"
        );
    }

    #[test]
    fn user_paragraphs_split_on_blank_lines() {
        let mut out = String::new();
        user_paragraphs(&mut out, "First\nline\r\n\r\nSecond <i>").unwrap();
        assert_eq!(out, "<p>First<br>line</p><p>Second &lt;i&gt;</p>");
    }

    #[test]
    fn css_strings_cannot_close_the_style_element() {
        assert_eq!(
            CssString("A \"B\" \\ </style><script>\n").to_string(),
            r#""A \"B\" \\ \3c /style\3e \3c script\3e  ""#
        );
    }

    #[test]
    fn classes_and_colours_cannot_carry_other_text() {
        assert_eq!(level_class("well-established"), "level-well-established");
        assert_eq!(level_class("a b\"<c"), "level-a-b--c");
        assert_eq!(safe_colour("#00ff7A", "#fff"), "#00ff7A");
        assert_eq!(safe_colour("red;}", "#fff"), "#fff");
    }
}
