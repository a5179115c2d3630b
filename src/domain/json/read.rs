//! Reading typed data out of a [`Json`] tree. Every fault names where it is
//! (the path, e.g. `assessment.characteristics["governance.c01"].rating`, and
//! the line) and what was expected there, and never quotes the value: a value
//! in a hostile file can be megabytes long.

use std::fmt;

use super::{Json, Object};

/// A value of the wrong shape, or a missing or unknown member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// Where, e.g. `themes[2].characteristics[0].basis`.
    pub path: String,
    /// The line of the object the fault is in.
    pub line: u32,
    pub message: String,
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {} (line {}): {}", self.path, self.line, self.message)
    }
}

/// The path to a member of an object at `path`: `.key`, or `["key"]` for a key
/// that would not read well after a dot. Long keys are cut short.
pub fn member_path(path: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if plain {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    } else {
        let shown: String = key.chars().take(40).collect();
        format!("{path}[\"{shown}\"]")
    }
}

/// The members of one object, read by name. In strict mode (framework files)
/// a member nobody read is an error when [`Fields::finish`] is called, so a
/// misspelt name is caught; saved assessments are read leniently.
pub struct Fields<'a> {
    object: &'a Object,
    path: String,
    used: Vec<bool>,
    strict: bool,
}

impl<'a> Fields<'a> {
    /// The object at `path`, or an error if the value is not an object.
    pub fn of(value: &'a Json, path: &str, line: u32, strict: bool) -> Result<Self, ShapeError> {
        match value {
            Json::Object(object) => Ok(Fields {
                object,
                path: path.to_owned(),
                used: vec![false; object.members.len()],
                strict,
            }),
            other => Err(ShapeError {
                path: path.to_owned(),
                line,
                message: format!("expected an object, found {}", other.kind()),
            }),
        }
    }

    /// The line the object starts on.
    pub fn line(&self) -> u32 {
        self.object.line
    }

    /// The path of the object.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// An error about this object.
    pub fn error(&self, message: String) -> ShapeError {
        ShapeError {
            path: self.path.clone(),
            line: self.object.line,
            message,
        }
    }

    /// The member `key` with its path, if present (and not null).
    pub fn take(&mut self, key: &str) -> Option<(&'a Json, String)> {
        let index = self.object.members.iter().position(|(k, _)| k == key)?;
        self.used[index] = true;
        let value = &self.object.members[index].1;
        (!matches!(value, Json::Null)).then(|| (value, member_path(&self.path, key)))
    }

    /// The member `key`, which must be present. When it is missing but a
    /// member with a similar name is there, the message says so.
    pub fn need(&mut self, key: &str) -> Result<(&'a Json, String), ShapeError> {
        self.take(key).ok_or_else(|| {
            let near = self
                .object
                .members
                .iter()
                .zip(&self.used)
                .filter(|(_, used)| !**used)
                .map(|((k, _), _)| k)
                .find(|k| key.len() > 3 && close(k, key));
            self.error(match near {
                Some(near) => format!("`{key}` is missing (is `{near}` a misspelling of it?)"),
                None => format!("`{key}` is missing"),
            })
        })
    }

    /// A required text member.
    pub fn string(&mut self, key: &str) -> Result<String, ShapeError> {
        let (value, path) = self.need(key)?;
        string(value, &path, self.object.line)
    }

    /// A text member that may be absent (or null).
    pub fn opt_string(&mut self, key: &str) -> Result<Option<String>, ShapeError> {
        let line = self.object.line;
        self.take(key)
            .map(|(value, path)| string(value, &path, line))
            .transpose()
    }

    /// A text member that is empty when absent.
    pub fn string_or_empty(&mut self, key: &str) -> Result<String, ShapeError> {
        Ok(self.opt_string(key)?.unwrap_or_default())
    }

    /// A required whole-number member.
    pub fn int(&mut self, key: &str) -> Result<i64, ShapeError> {
        let line = self.object.line;
        match self.need(key)? {
            (Json::Number(n), _) => Ok(*n),
            (other, path) => Err(wrong(&path, line, "a whole number", other)),
        }
    }

    /// A required true-or-false member.
    pub fn bool(&mut self, key: &str) -> Result<bool, ShapeError> {
        let line = self.object.line;
        match self.need(key)? {
            (Json::Bool(b), _) => Ok(*b),
            (other, path) => Err(wrong(&path, line, "true or false", other)),
        }
    }

    /// The items of a list member, each with its path; empty when absent,
    /// unless `required`.
    pub fn items(
        &mut self,
        key: &str,
        required: bool,
    ) -> Result<Vec<(&'a Json, String)>, ShapeError> {
        let line = self.object.line;
        let found = if required {
            Some(self.need(key)?)
        } else {
            self.take(key)
        };
        let Some((value, path)) = found else {
            return Ok(Vec::new());
        };
        let Json::Array(items) = value else {
            return Err(wrong(&path, line, "a list", value));
        };
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, v)| (v, format!("{path}[{i}]")))
            .collect())
    }

    /// A list member, each item read by `item`; empty when absent, unless `required`.
    pub fn list<T>(
        &mut self,
        key: &str,
        required: bool,
        item: fn(&'a Json, &str, u32) -> Result<T, ShapeError>,
    ) -> Result<Vec<T>, ShapeError> {
        let line = self.object.line;
        let mut out = Vec::new();
        for (value, path) in self.items(key, required)? {
            out.push(item(value, &path, line)?);
        }
        Ok(out)
    }

    /// A list of text.
    pub fn strings(&mut self, key: &str, required: bool) -> Result<Vec<String>, ShapeError> {
        self.list(key, required, string)
    }

    /// The members of an object member, each with its name and path, in file
    /// order; empty when absent.
    pub fn entries(
        &mut self,
        key: &str,
    ) -> Result<Vec<(&'a String, &'a Json, String, u32)>, ShapeError> {
        let line = self.object.line;
        let Some((value, path)) = self.take(key) else {
            return Ok(Vec::new());
        };
        let Json::Object(object) = value else {
            return Err(wrong(&path, line, "an object", value));
        };
        Ok(object
            .members
            .iter()
            .map(|(k, v)| (k, v, member_path(&path, k), object.line))
            .collect())
    }

    /// Ends reading: in strict mode, any member not read is an error.
    pub fn finish(self) -> Result<(), ShapeError> {
        if !self.strict {
            return Ok(());
        }
        match self.used.iter().position(|used| !used) {
            None => Ok(()),
            Some(index) => {
                let key = &self.object.members[index].0;
                let repeated = self.object.members[..index].iter().any(|(k, _)| k == key);
                let what = if repeated {
                    "appears more than once"
                } else {
                    "is not a field this file can have (is it misspelt?)"
                };
                let shown: String = key.chars().take(40).collect();
                Err(self.error(format!("`{shown}` {what}")))
            }
        }
    }
}

/// Whether two names differ by at most two single-character edits.
fn close(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 || a.len() > 64 || b.len() > 64 {
        return false;
    }
    // Levenshtein distance, one row at a time.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()] <= 2
}

/// A text value.
pub fn string(value: &Json, path: &str, line: u32) -> Result<String, ShapeError> {
    match value {
        Json::String(s) => Ok(s.clone()),
        other => Err(wrong(path, line, "text", other)),
    }
}

/// A value that is not what was expected.
pub fn wrong(path: &str, line: u32, expected: &str, found: &Json) -> ShapeError {
    let line = found.as_object().map_or(line, |o| o.line);
    ShapeError {
        path: path.to_owned(),
        line,
        message: format!("expected {expected}, found {}", found.kind()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::parse;

    #[test]
    fn faults_name_the_path_and_line_and_never_quote_the_value() {
        let long = "x".repeat(10_000);
        let text = format!("{{\n\"a\": {{\n\"b.c\": \"{long}\"\n}}\n}}");
        let json = parse(&text).unwrap();
        let mut top = Fields::of(&json, "", 0, true).unwrap();
        let (a, path) = top.need("a").unwrap();
        let err = Fields::of(a, &path, top.line(), true)
            .unwrap()
            .strings("b.c", true)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "at a[\"b.c\"] (line 2): expected a list, found a string"
        );
    }

    #[test]
    fn strict_objects_refuse_unknown_and_repeated_members() {
        let json = parse("{\"id\": \"x\", \"statment\": \"y\"}").unwrap();
        let mut fields = Fields::of(&json, "items[0]", 1, true).unwrap();
        assert_eq!(fields.string("id").unwrap(), "x");
        let err = fields.finish().unwrap_err();
        assert!(err.message.contains("`statment` is not a field"), "{err}");

        let json = parse("{\"id\": \"x\", \"id\": \"y\"}").unwrap();
        let mut fields = Fields::of(&json, "", 1, true).unwrap();
        fields.string("id").unwrap();
        assert!(fields
            .finish()
            .unwrap_err()
            .message
            .contains("more than once"));
    }

    #[test]
    fn missing_members_and_nulls() {
        let json = parse("{\"a\": null}").unwrap();
        let mut fields = Fields::of(&json, "x", 1, false).unwrap();
        assert_eq!(fields.opt_string("a").unwrap(), None);
        assert_eq!(fields.string_or_empty("b").unwrap(), "");
        assert_eq!(
            fields.string("c").unwrap_err().to_string(),
            "at x (line 1): `c` is missing"
        );

        let json = parse("{\"statment\": \"y\"}").unwrap();
        let mut fields = Fields::of(&json, "x", 1, true).unwrap();
        assert!(fields
            .string("statement")
            .unwrap_err()
            .message
            .contains("is `statment` a misspelling"));
    }
}
