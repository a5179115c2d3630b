//! A small JSON reader and writer, made for the two kinds of file the app
//! handles: saved assessments (and their backups) and framework files.
//!
//! serde and serde_json cost about 70 KB of the app's 200 KB gzip budget,
//! because their generic code is stamped out again for every type. These files
//! need far less: a parser into a [`Json`] tree that remembers where each
//! object starts, a reader that names the path and line of any value of the
//! wrong shape ([`read`]), and a writer for compact output ([`write`]).
//! Numbers are whole numbers only: nothing the app stores has a fraction, and
//! leaving floating point out keeps its parsing code out of the bundle.

pub mod read;
pub mod write;

use std::fmt;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A whole number (JSON allows fractions; these files never have one).
    Number(i64),
    String(String),
    Array(Vec<Json>),
    Object(Object),
}

/// A JSON object: its members in file order, and the line it starts on, so a
/// fault in a framework file can be reported where its author will look.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    pub line: u32,
    pub members: Vec<(String, Json)>,
}

impl Object {
    /// The first member named `key`.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl Json {
    /// The value as an object, if it is one.
    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(object) => Some(object),
            _ => None,
        }
    }

    /// What kind of value this is, for messages: "a string", "an object".
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// Text that is not JSON, with where the problem was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// From 1.
    pub line: usize,
    /// From 1, in characters.
    pub column: usize,
    pub message: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (line {}, column {})",
            self.message, self.line, self.column
        )
    }
}

/// How deeply lists and objects may nest. Real files nest five or six deep; the
/// limit stops a hostile file from exhausting the stack.
const MAX_DEPTH: usize = 64;

/// Parses JSON text. Whitespace around the value is allowed; anything else
/// after it is an error.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
    };
    parser.skip_space();
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error("there is more text after the end of the data"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// The line `at` is on. Newlines can only appear between tokens.
    line: u32,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            line: self.line as usize,
            column: before[line_start..].chars().count() + 1,
            message,
        }
    }

    fn skip_space(&mut self) {
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.bytes.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("the data is nested too deeply"));
        }
        match self.bytes.get(self.at) {
            None => Err(self.error("the data ends too soon")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in [
                    ("true", Json::Bool(true)),
                    ("false", Json::Bool(false)),
                    ("null", Json::Null),
                ] {
                    if self.text[self.at..].starts_with(word) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        let line = self.line;
        self.at += 1;
        let mut members = Vec::new();
        self.skip_space();
        if !self.eat(b'}') {
            loop {
                self.skip_space();
                if self.bytes.get(self.at) != Some(&b'"') {
                    return Err(self.error("expected a name in quotes"));
                }
                let key = self.string()?;
                self.skip_space();
                if !self.eat(b':') {
                    return Err(self.error("expected `:` after a name"));
                }
                self.skip_space();
                let value = self.value(depth + 1)?;
                members.push((key, value));
                self.skip_space();
                if self.eat(b'}') {
                    break;
                }
                if !self.eat(b',') {
                    return Err(self.error("expected `,` or `}`"));
                }
            }
        }
        Ok(Json::Object(Object { line, members }))
    }

    fn array(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if !self.eat(b']') {
            loop {
                self.skip_space();
                items.push(self.value(depth + 1)?);
                self.skip_space();
                if self.eat(b']') {
                    break;
                }
                if !self.eat(b',') {
                    return Err(self.error("expected `,` or `]`"));
                }
            }
        }
        Ok(Json::Array(items))
    }

    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.at;
        self.eat(b'-');
        let digits = self.at;
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        if self.at == digits {
            return Err(self.error("expected a digit"));
        }
        if matches!(self.bytes.get(self.at), Some(b'.' | b'e' | b'E')) {
            return Err(self.error("numbers here are whole numbers"));
        }
        self.text[start..self.at]
            .parse()
            .map(Json::Number)
            .map_err(|_| self.error("the number is too large"))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters up to the next quote or escape.
            let run = self.bytes[self.at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .map(|n| self.at + n);
            let Some(end) = run else {
                self.at = self.bytes.len();
                return Err(self.error("a piece of text has no closing quote"));
            };
            out.push_str(&self.text[self.at..end]);
            self.at = end;
            match self.bytes[end] {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.error("unknown escape in a piece of text")),
                    };
                    out.push(escaped);
                    self.at += 1;
                }
                _ => return Err(self.error("a piece of text has a control character")),
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` already read), joining a
    /// surrogate pair into one character.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !(self.eat(b'\\') && self.eat(b'u')) {
                return Err(self.error("a \\u escape is half of a pair"));
            }
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("a \\u escape is half of a pair"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("a \\u escape is not a character"))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("a \\u escape needs four hex digits"))?;
        self.at += 4;
        Ok(u32::from_str_radix(digits, 16).expect("checked hex digits"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_of_every_kind_parse() {
        let json = parse(" {\"a\": [1, -2, true, false, null], \"b\": {\"c\": \"x\\n\\u00e9\\ud83d\\ude00\\\"\"}} ").unwrap();
        let Json::Object(object) = json else { panic!() };
        assert_eq!(
            object.get("a"),
            Some(&Json::Array(vec![
                Json::Number(1),
                Json::Number(-2),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ]))
        );
        let b = object.get("b").unwrap().as_object().unwrap();
        assert_eq!(b.get("c"), Some(&Json::String("x\né😀\"".into())));
    }

    #[test]
    fn objects_remember_their_line() {
        let json = parse("{\n  \"items\": [\n    {\"id\": 1},\n    {\"id\": 2}\n  ]\n}").unwrap();
        let Json::Object(top) = json else { panic!() };
        let Some(Json::Array(items)) = top.get("items") else {
            panic!()
        };
        let lines: Vec<u32> = items.iter().map(|i| i.as_object().unwrap().line).collect();
        assert_eq!((top.line, lines), (1, vec![3, 4]));
    }

    #[test]
    fn faults_say_what_and_where() {
        let cases = [
            ("", "the data ends too soon", 1, 1),
            ("{\"a\" 1}", "expected `:` after a name", 1, 6),
            ("[1,\n 2", "expected `,` or `]`", 2, 3),
            ("\"open", "a piece of text has no closing quote", 1, 6),
            ("1.5", "numbers here are whole numbers", 1, 2),
            ("99999999999999999999", "the number is too large", 1, 21),
            ("{} x", "there is more text after the end of the data", 1, 4),
            ("\"\\x\"", "unknown escape in a piece of text", 1, 3),
            ("nul", "expected a value", 1, 1),
        ];
        for (text, message, line, column) in cases {
            let err = parse(text).unwrap_err();
            assert_eq!(
                (err.message, err.line, err.column),
                (message, line, column),
                "{text}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let text = "[".repeat(100_000);
        assert_eq!(
            parse(&text).unwrap_err().message,
            "the data is nested too deeply"
        );
    }
}
