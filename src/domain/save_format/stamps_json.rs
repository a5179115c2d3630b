//! Field stamps as JSON, kept compact (a complete assessment has hundreds):
//! the tabs are listed once, a stamp is `[ms, the tab's place in that list]`,
//! and stamps are grouped by the kind of field, e.g.
//! `"narrative":{"governance.c01":[1767225600000,0],"governance.c02":[1767225612345,1]}`.
//! A record without stamps (from before they existed) reads as having none.

use std::borrow::Cow;

use crate::domain::assessment::{ActionPart, Field, PaperPart, SignOffPart, Stamp, Stamps};
use crate::domain::json::read::{member_path, wrong, Fields, ShapeError};
use crate::domain::json::write::{self, ObjectWriter};
use crate::domain::json::Json;
use crate::domain::section::SectionRef;

/// Every kind of field, in the order written.
const KINDS: [&str; 23] = [
    "name",
    "status",
    "rating",
    "narrative",
    "references",
    "gap",
    "action",
    "owner",
    "due",
    "flag",
    "note",
    "reflection",
    "complete-principle",
    "complete-theme",
    "reason",
    "progress",
    "reviewed-by",
    "reviewed-on",
    "sampled",
    "approved-by",
    "approved-on",
    "baseline",
    "paper",
];

/// Writes the `stamps` member, or nothing when there are no stamps.
pub fn write(o: &mut ObjectWriter, stamps: &Stamps) {
    if stamps.since.is_none() && stamps.fields.is_empty() {
        return;
    }
    // Tabs in order of first use: a record has a handful, and a sort routine
    // would add to the app's download.
    let mut tabs: Vec<&str> = Vec::new();
    for stamp in stamps.since.iter().chain(stamps.fields.values()) {
        if !tabs.contains(&stamp.tab.as_str()) {
            tabs.push(&stamp.tab);
        }
    }
    let stamp = |out: &mut String, stamp: &Stamp| {
        let tab = tabs.iter().position(|t| *t == stamp.tab).unwrap_or(0);
        out.push_str(&format!("[{},{tab}]", stamp.ms));
    };
    o.object("stamps", |s| {
        write::list(s.member("tabs"), &tabs, |out, tab| write::string(out, tab));
        if let Some(since) = &stamps.since {
            stamp(s.member("since"), since);
        }
        s.object("fields", |f| {
            for kind in KINDS {
                let mut of_kind = stamps
                    .fields
                    .iter()
                    .map(|(field, value)| (kind_and_item(field), value))
                    .filter(|((k, _), _)| *k == kind)
                    .peekable();
                if of_kind.peek().is_some() {
                    f.object(kind, |items| {
                        for ((_, item), value) in of_kind {
                            stamp(items.member(&item), value);
                        }
                    });
                }
            }
        });
    });
}

/// Reads the `stamps` member of an assessment, if any.
pub fn read(assessment: &mut Fields) -> Result<Stamps, ShapeError> {
    let Some((value, path)) = assessment.take("stamps") else {
        return Ok(Stamps::default());
    };
    let mut f = Fields::of(value, &path, assessment.line(), false)?;
    let tabs = f.strings("tabs", true)?;
    let stamp = |value: &Json, path: &str, line: u32| -> Result<Stamp, ShapeError> {
        match value {
            Json::Array(pair) => match pair.as_slice() {
                [Json::Number(ms), Json::Number(tab)] => usize::try_from(*tab)
                    .ok()
                    .and_then(|tab| tabs.get(tab))
                    .map(|tab| Stamp::new(*ms, tab)),
                _ => None,
            },
            _ => None,
        }
        .ok_or_else(|| wrong(path, line, "[time, tab]", value))
    };
    let mut stamps = Stamps::default();
    if let Some((value, path)) = f.take("since") {
        stamps.since = Some(stamp(value, &path, f.line())?);
    }
    for (kind, items, path, line) in f.entries("fields")? {
        let Json::Object(items) = items else {
            return Err(wrong(&path, line, "an object", items));
        };
        for (item, value) in &items.members {
            let path = member_path(&path, item);
            let field = field(kind, item).ok_or_else(|| ShapeError {
                path: path.clone(),
                line: items.line,
                message: "this is not a field of an assessment".into(),
            })?;
            stamps
                .fields
                .insert(field, stamp(value, &path, items.line)?);
        }
    }
    Ok(stamps)
}

const ACTION_PARTS: [(ActionPart, &str); 5] = [
    (ActionPart::Gap, "gap"),
    (ActionPart::Action, "action"),
    (ActionPart::Owner, "owner"),
    (ActionPart::Due, "due"),
    (ActionPart::Reason, "reason"),
];

/// A section as a stamp's item: `theme/governance`, `principle/prevention`.
fn section_item(section: &SectionRef) -> String {
    match section {
        SectionRef::Principle(id) => format!("principle/{id}"),
        SectionRef::Theme(id) => format!("theme/{id}"),
    }
}

/// The section a stamp's item names.
fn item_section(item: &str) -> Option<SectionRef> {
    let (kind, id) = item.split_once('/')?;
    match kind {
        "principle" => Some(SectionRef::Principle(id.to_owned())),
        "theme" => Some(SectionRef::Theme(id.to_owned())),
        _ => None,
    }
}

/// The kind of a field, and the item it belongs to (empty for a field of
/// the assessment as a whole).
fn kind_and_item(field: &Field) -> (&'static str, Cow<'_, str>) {
    let (kind, item): (&str, &str) = match field {
        Field::Review(section, part) => {
            let kind = match part {
                SignOffPart::By => "reviewed-by",
                SignOffPart::Date => "reviewed-on",
            };
            return (kind, Cow::Owned(section_item(section)));
        }
        Field::Sampled(section) => return ("sampled", Cow::Owned(section_item(section))),
        Field::Approval(SignOffPart::By) => ("approved-by", ""),
        Field::Approval(SignOffPart::Date) => ("approved-on", ""),
        Field::Baseline => ("baseline", ""),
        Field::Progress(id) => ("progress", id.as_str()),
        Field::Name => ("name", ""),
        Field::Status => ("status", ""),
        Field::Rating(id) => ("rating", id),
        Field::Narrative(id) => ("narrative", id),
        Field::References(id) => ("references", id),
        Field::Action(id, part) => {
            let name = ACTION_PARTS
                .iter()
                .find(|(p, _)| p == part)
                .map(|(_, n)| *n);
            (name.unwrap_or("gap"), id)
        }
        Field::FlagState(id) => ("flag", id),
        Field::FlagNote(id) => ("note", id),
        Field::Reflection(id) => ("reflection", id),
        Field::Complete(SectionRef::Principle(id)) => ("complete-principle", id),
        Field::Complete(SectionRef::Theme(id)) => ("complete-theme", id),
        Field::Paper(part) => ("paper", part.id()),
    };
    (kind, Cow::Borrowed(item))
}

/// The field of this kind and item, if there is one.
fn field(kind: &str, item: &str) -> Option<Field> {
    let id = item.to_owned();
    if let Some((part, _)) = ACTION_PARTS.iter().find(|(_, n)| *n == kind) {
        return Some(Field::Action(id, *part));
    }
    Some(match kind {
        "name" if item.is_empty() => Field::Name,
        "status" if item.is_empty() => Field::Status,
        "approved-by" if item.is_empty() => Field::Approval(SignOffPart::By),
        "approved-on" if item.is_empty() => Field::Approval(SignOffPart::Date),
        "baseline" if item.is_empty() => Field::Baseline,
        "progress" => Field::Progress(id),
        "reviewed-by" => Field::Review(item_section(item)?, SignOffPart::By),
        "reviewed-on" => Field::Review(item_section(item)?, SignOffPart::Date),
        "sampled" => Field::Sampled(item_section(item)?),
        "rating" => Field::Rating(id),
        "narrative" => Field::Narrative(id),
        "references" => Field::References(id),
        "flag" => Field::FlagState(id),
        "note" => Field::FlagNote(id),
        "reflection" => Field::Reflection(id),
        "complete-principle" => Field::Complete(SectionRef::Principle(id)),
        "complete-theme" => Field::Complete(SectionRef::Theme(id)),
        // Schema 2 kept who approved the assessment with the paper's words.
        "paper" if item == "approved_by" => Field::Approval(SignOffPart::By),
        "paper" => Field::Paper(PaperPart::ALL.into_iter().find(|p| p.id() == item)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_field_is_named_so_that_it_reads_back_as_the_same_field() {
        let fields = [
            Field::Name,
            Field::Status,
            Field::Rating("governance.c01".into()),
            Field::Narrative("governance.c01".into()),
            Field::References("governance.c01".into()),
            Field::Action("governance.c01".into(), ActionPart::Gap),
            Field::Action("governance.c01".into(), ActionPart::Action),
            Field::Action("governance.c01".into(), ActionPart::Owner),
            Field::Action("governance.c01".into(), ActionPart::Due),
            Field::FlagState("governance.f01".into()),
            Field::FlagNote("governance.f01".into()),
            Field::Reflection("prevention.q1".into()),
            Field::Complete(SectionRef::Principle("prevention".into())),
            Field::Complete(SectionRef::Theme("prevention".into())),
            Field::Action("governance.c01".into(), ActionPart::Reason),
            Field::Progress("governance.c01".into()),
            Field::Review(SectionRef::Theme("governance".into()), SignOffPart::By),
            Field::Review(
                SectionRef::Principle("prevention".into()),
                SignOffPart::Date,
            ),
            Field::Sampled(SectionRef::Theme("governance".into())),
            Field::Approval(SignOffPart::By),
            Field::Approval(SignOffPart::Date),
            Field::Baseline,
            Field::Paper(PaperPart::Recommendations),
            Field::Paper(PaperPart::ReviewedBy),
        ];
        let keys: Vec<(&str, Cow<str>)> = fields.iter().map(kind_and_item).collect();
        for (f, (kind, item)) in fields.iter().zip(&keys) {
            assert_eq!(field(kind, item).as_ref(), Some(f), "{kind} {item}");
            assert!(KINDS.contains(kind), "{kind} is written");
        }
        let distinct: std::collections::BTreeSet<&(&str, Cow<str>)> = keys.iter().collect();
        assert_eq!(distinct.len(), keys.len(), "no two fields share a name");
        assert_eq!(field("colour", "governance.c01"), None);
        assert_eq!(field("name", "governance.c01"), None);
        assert_eq!(field("paper", "colour"), None);
        assert_eq!(
            field("paper", "approved_by"),
            Some(Field::Approval(SignOffPart::By)),
            "a schema 2 stamp of who approved"
        );
    }
}
