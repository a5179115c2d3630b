//! Writing compact JSON: objects member by member, text escaped as JSON
//! requires. The app writes one record per assessment, so there is one
//! writer and no pretty-printing.

use std::fmt::Write;

/// Writes `text` as a JSON string, with quotes.
pub fn string(out: &mut String, text: &str) {
    out.push('"');
    // Byte by byte, not char by char: every character JSON escapes is ASCII,
    // and no byte of a longer UTF-8 character is below 0x80, so the runs
    // between escapes are copied whole. Evidence runs to kilobytes per item
    // and the whole record is written after every click.
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..0x20 => {
                out.push_str(&text[start..i]);
                let _ = write!(out, "\\u{b:04x}");
                start = i + 1;
                continue;
            }
            _ => continue,
        };
        out.push_str(&text[start..i]);
        out.push_str(escape);
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}

/// Writes an object: `{`, the members `members` writes, `}`.
pub fn object(out: &mut String, members: impl FnOnce(&mut ObjectWriter)) {
    out.push('{');
    members(&mut ObjectWriter { out, first: true });
    out.push('}');
}

/// Writes a list: `[`, each item by `item`, `]`.
pub fn list<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut item: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (i, value) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(out, value);
    }
    out.push(']');
}

/// The members of an object being written.
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl ObjectWriter<'_> {
    /// Starts a member and gives the text to write its value into.
    pub fn member(&mut self, key: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        string(self.out, key);
        self.out.push(':');
        self.out
    }

    /// A text member.
    pub fn str(&mut self, key: &str, value: &str) {
        string(self.member(key), value);
    }

    /// A text member, or null.
    pub fn opt_str(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(value) => self.str(key, value),
            None => self.member(key).push_str("null"),
        }
    }

    /// A whole-number member.
    pub fn int(&mut self, key: &str, value: i64) {
        let _ = write!(self.member(key), "{value}");
    }

    /// A true-or-false member.
    pub fn bool(&mut self, key: &str, value: bool) {
        self.member(key)
            .push_str(if value { "true" } else { "false" });
    }

    /// An object member.
    pub fn object(&mut self, key: &str, members: impl FnOnce(&mut ObjectWriter)) {
        object(self.member(key), members);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::{parse, Json};

    #[test]
    fn text_is_escaped_and_reads_back_the_same() {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{7} é 😀 </script>";
        let mut out = String::new();
        string(&mut out, text);
        assert_eq!(parse(&out).unwrap(), Json::String(text.to_owned()));
        assert!(!out.contains('\n'));
    }

    #[test]
    fn objects_and_lists_are_compact() {
        let mut out = String::new();
        object(&mut out, |o| {
            o.str("a", "x");
            o.opt_str("b", None);
            o.int("c", -5);
            o.bool("d", true);
            o.object("e", |o| o.str("f", "g"));
            list(o.member("h"), ["1", "2"], string);
        });
        assert_eq!(
            out,
            r#"{"a":"x","b":null,"c":-5,"d":true,"e":{"f":"g"},"h":["1","2"]}"#
        );
    }
}
