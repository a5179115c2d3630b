//! A council's own framework, loaded from a file on the device (for example
//! the statutory guide's official characteristics, typed in by an officer).
//!
//! The file is the JSON form of a framework under `content/`, described in
//! `docs/framework-format.md`. Before it is kept it must pass every check the
//! built-in framework passes, plus a few of its own: an id and version that
//! can name it in storage, an id that is not the built-in framework's, and
//! not a copy of a framework already loaded. Every fault is named with the
//! item it is in, the line of the file, and the reason, so the officer can
//! put them all right in one go.

use std::fmt;

use thiserror::Error;

use super::content::{problems, ContentError, BUILT_IN_ID};
use super::framework::Framework;
use super::framework_file::read_framework;
use super::json::{self, Json};

/// The largest framework file accepted: 2 MB. The built-in framework, with
/// 77 statements and a long glossary, is about 200 KB.
pub const FILE_LIMIT_BYTES: usize = 2 * 1024 * 1024;

/// [`FILE_LIMIT_BYTES`] in words.
pub const FILE_LIMIT_WORDS: &str = "2 MB";

/// At most this many faults are listed; a file with more says how many more.
pub const FAULTS_SHOWN: usize = 50;

/// One fault in a framework file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The id of the item the fault is in, when it has one.
    pub item: Option<String>,
    /// Where in the file's structure, e.g. `themes[2].characteristics[0]`,
    /// when the file could not be read as a framework.
    pub path: Option<String>,
    /// The line of the file (of the item's opening brace), from 1.
    pub line: Option<u32>,
    pub reason: String,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "Line {line}")?;
        }
        let place = match (&self.item, &self.path) {
            (Some(item), _) => Some(format!("“{item}”")),
            (None, Some(path)) if !path.is_empty() => Some(path.clone()),
            _ => None,
        };
        match (self.line.is_some(), place) {
            (true, Some(place)) => write!(f, ", {place}: ")?,
            (false, Some(place)) => write!(f, "{place}: ")?,
            (true, None) => f.write_str(": ")?,
            (false, None) => {}
        }
        f.write_str(&self.reason)
    }
}

/// Why a framework file was refused. Nothing is kept or changed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    #[error("The file is larger than {FILE_LIMIT_WORDS}, the largest framework file that can be loaded.")]
    TooLarge { bytes: usize },
    #[error("The file has {} fault{}. Put {} right and load the file again.", .total, if *.total == 1 { "" } else { "s" }, if *.total == 1 { "it" } else { "them" })]
    Faults {
        /// The first [`FAULTS_SHOWN`] faults, in the order of the file.
        faults: Vec<Fault>,
        total: usize,
    },
    #[error("“{title}”, version {version}, is already loaded.")]
    Duplicate { title: String, version: String },
}

/// Checks a framework file's text and gives the framework it holds, or
/// every reason it cannot be used. `loaded` are the frameworks the app
/// already has, the built-in one included.
pub fn check_file(text: &str, loaded: &[&Framework]) -> Result<Framework, Refusal> {
    if text.len() > FILE_LIMIT_BYTES {
        return Err(Refusal::TooLarge { bytes: text.len() });
    }
    // Some editors save a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = json::parse(text).map_err(|err| {
        refuse(vec![Fault {
            item: None,
            path: None,
            line: u32::try_from(err.line).ok(),
            reason: format!(
                "{} (column {}). Is it a JSON file?",
                err.message, err.column
            ),
        }])
    })?;
    let lines = item_lines(&value);
    // A principle and a theme may share an id: a theme's fault points at the theme.
    let line_in = |list: Option<&str>, item: &str| {
        lines
            .iter()
            .find(|(top, id, _)| *id == item && list.is_none_or(|l| l == *top))
            .map(|(_, _, line)| *line)
    };
    let line_of = |item: &str| line_in(None, item);
    let framework = read_framework(&value).map_err(|faults| {
        refuse(
            faults
                .into_iter()
                .map(|fault| Fault {
                    item: lines
                        .iter()
                        .find(|(_, _, line)| *line == fault.line)
                        .map(|(_, id, _)| (*id).to_owned()),
                    path: Some(fault.path),
                    line: Some(fault.line),
                    reason: fault.message,
                })
                .collect(),
        )
    })?;
    let mut faults = own_rules(&framework, line_of(&framework.info.id));
    // A repeated id is reported once per repeat: point each at its own line.
    let mut repeats_seen: Vec<String> = Vec::new();
    for problem in problems(&framework) {
        let item = problem.item().map(str::to_owned);
        let line = match (&problem, &item) {
            (ContentError::DuplicateId(id), _) => {
                repeats_seen.push(id.clone());
                let nth = repeats_seen.iter().filter(|seen| *seen == id).count();
                let mut same = lines.iter().filter(|(_, i, _)| i == id);
                same.nth(nth).map(|(_, _, line)| *line)
            }
            (
                ContentError::UnknownRelatedTheme { .. }
                | ContentError::UnknownCrossReference { .. }
                | ContentError::CrossReferenceInSameTheme { .. },
                Some(item),
            ) => line_in(Some("themes"), item),
            (_, Some(item)) => line_of(item),
            (_, None) => None,
        };
        faults.push(Fault {
            item,
            path: None,
            line,
            reason: sentence(&problem.to_string()),
        });
    }
    if !faults.is_empty() {
        return Err(refuse(faults));
    }
    let info = &framework.info;
    if let Some(same) = loaded
        .iter()
        .find(|f| f.info.id == info.id && f.info.version == info.version)
    {
        return Err(Refusal::Duplicate {
            title: same.info.title.clone(),
            version: same.info.version.clone(),
        });
    }
    Ok(framework)
}

/// The rules for a council's own framework that the built-in one need not
/// meet: an id and version fit to name it in storage, its own id, and
/// something to assess.
fn own_rules(framework: &Framework, line: Option<u32>) -> Vec<Fault> {
    let info = &framework.info;
    let fault = |reason: &str| Fault {
        item: Some(info.id.clone()),
        path: Some("framework".to_owned()),
        line,
        reason: reason.to_owned(),
    };
    let mut out = Vec::new();
    let id_ok = |text: &str, extra: &[u8], most: usize| {
        (1..=most).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || extra.contains(&b))
    };
    if info.id == BUILT_IN_ID {
        out.push(fault("This id belongs to the built-in framework. Give your framework an id of its own, for example “our-council-2026”."));
    } else if !id_ok(&info.id, b"-", 60) {
        out.push(fault("The framework's id must be 1 to 60 lower-case letters, digits and hyphens, for example “our-council-2026”."));
    }
    if !id_ok(&info.version, b"-.", 20) {
        out.push(fault("The version must be 1 to 20 lower-case letters, digits, dots and hyphens, for example “1” or “2026.1”."));
    }
    if framework.principles.is_empty() && framework.themes.is_empty() {
        out.push(fault(
            "The framework has no principles and no themes, so there is nothing to assess.",
        ));
    }
    out
}

/// Keeps the first few faults in file order (those with no line last).
///
/// Picked one at a time rather than sorted: a sort routine for one type
/// costs the bundle kilobytes, and at most [`FAULTS_SHOWN`] are picked.
fn refuse(faults: Vec<Fault>) -> Refusal {
    let total = faults.len();
    let mut left: Vec<Option<Fault>> = faults.into_iter().map(Some).collect();
    let mut shown = Vec::new();
    while shown.len() < FAULTS_SHOWN {
        let line = |f: &Option<Fault>| f.as_ref().map(|f| f.line.unwrap_or(u32::MAX));
        let mut first: Option<usize> = None;
        for (i, f) in left.iter().enumerate() {
            if line(f).is_some() && first.is_none_or(|j| line(f) < line(&left[j])) {
                first = Some(i);
            }
        }
        match first.and_then(|i| left[i].take()) {
            Some(fault) => shown.push(fault),
            None => break,
        }
    }
    Refusal::Faults {
        faults: shown,
        total,
    }
}

/// A message as a sentence: capital first letter, full stop at the end.
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .collect();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// Every item with an id, and the scale and ladder, with the top-level list
/// it is in (`themes`, `glossary`, ...) and the line its object starts on, in
/// file order.
fn item_lines(value: &Json) -> Vec<(&str, &str, u32)> {
    let mut out = Vec::new();
    let Some(top) = value.as_object() else {
        return out;
    };
    // Members are walked in file order, so the list is in file order too.
    for (key, member) in &top.members {
        if let ("scale" | "intervention", Json::Object(o)) = (key.as_str(), member) {
            out.push((key.as_str(), key.as_str(), o.line));
        }
        collect_lines(key, member, &mut out);
    }
    out
}

fn collect_lines<'a>(top: &'a str, value: &'a Json, out: &mut Vec<(&'a str, &'a str, u32)>) {
    // Nesting is bounded: the parser refuses anything deeper than 64.
    match value {
        Json::Object(o) => {
            if let Some(Json::String(id)) = o.get("id") {
                out.push((top, id, o.line));
            }
            for (_, member) in &o.members {
                collect_lines(top, member, out);
            }
        }
        Json::Array(items) => {
            for item in items {
                collect_lines(top, item, out);
            }
        }
        _ => {}
    }
}
