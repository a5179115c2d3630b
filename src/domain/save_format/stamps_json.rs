//! Field stamps as JSON, kept compact (a complete assessment has hundreds):
//! the tabs are listed once and a stamp is `[ms, tab's place in that list]`,
//! grouped by the item they belong to, e.g.
//! `"governance.c01":{"rating":[1767225600000,0],"narrative":[1767225612345,1]}`.
//! A record without stamps (from before they existed) reads as having none.

use std::collections::BTreeMap;

use crate::domain::assessment::{ActionPart, Field, Stamp, Stamps};
use crate::domain::json::read::{member_path, wrong, Fields, ShapeError};
use crate::domain::json::write::{self, ObjectWriter};
use crate::domain::json::Json;
use crate::domain::section::SectionRef;

/// Writes the `stamps` member, or nothing when there are no stamps.
pub fn write(o: &mut ObjectWriter, stamps: &Stamps) {
    if stamps.since.is_none() && stamps.fields.is_empty() {
        return;
    }
    let mut tabs: Vec<&str> = stamps.fields.values().map(|s| s.tab.as_str()).collect();
    tabs.extend(stamps.since.as_ref().map(|s| s.tab.as_str()));
    tabs.sort_unstable();
    tabs.dedup();
    let mut items: BTreeMap<String, Vec<(&str, &Stamp)>> = BTreeMap::new();
    for (field, stamp) in &stamps.fields {
        let (item, kind) = item_and_kind(field);
        items.entry(item).or_default().push((kind, stamp));
    }
    let stamp = |out: &mut String, stamp: &Stamp| {
        let tab = tabs.binary_search(&stamp.tab.as_str()).unwrap_or(0);
        out.push_str(&format!("[{},{tab}]", stamp.ms));
    };
    o.object("stamps", |s| {
        write::list(s.member("tabs"), &tabs, |out, tab| write::string(out, tab));
        if let Some(since) = &stamps.since {
            stamp(s.member("since"), since);
        }
        s.object("fields", |f| {
            for (item, kinds) in &items {
                f.object(item, |k| {
                    for (kind, value) in kinds {
                        stamp(k.member(kind), value);
                    }
                });
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
    for (item, kinds, path, line) in f.entries("fields")? {
        let Json::Object(kinds) = kinds else {
            return Err(wrong(&path, line, "an object", kinds));
        };
        for (kind, value) in &kinds.members {
            let path = member_path(&path, kind);
            let field = field(item, kind).ok_or_else(|| ShapeError {
                path: path.clone(),
                line: kinds.line,
                message: "this is not a field of an assessment".into(),
            })?;
            stamps
                .fields
                .insert(field, stamp(value, &path, kinds.line)?);
        }
    }
    Ok(stamps)
}

const ACTION_PARTS: [(ActionPart, &str); 4] = [
    (ActionPart::Gap, "gap"),
    (ActionPart::Action, "action"),
    (ActionPart::Owner, "owner"),
    (ActionPart::Due, "due"),
];

/// The item a field belongs to (empty for the assessment's own fields), and
/// the field's name within it.
fn item_and_kind(field: &Field) -> (String, &'static str) {
    match field {
        Field::Name => (String::new(), "name"),
        Field::Status => (String::new(), "status"),
        Field::Rating(id) => (id.clone(), "rating"),
        Field::Narrative(id) => (id.clone(), "narrative"),
        Field::References(id) => (id.clone(), "references"),
        Field::Action(id, part) => {
            let name = ACTION_PARTS
                .iter()
                .find(|(p, _)| p == part)
                .map(|(_, n)| *n);
            (id.clone(), name.unwrap_or("gap"))
        }
        Field::FlagState(id) => (id.clone(), "flag"),
        Field::FlagNote(id) => (id.clone(), "note"),
        Field::Reflection(id) => (id.clone(), "reflection"),
        Field::Complete(SectionRef::Principle(id)) => (format!("principle:{id}"), "complete"),
        Field::Complete(SectionRef::Theme(id)) => (format!("theme:{id}"), "complete"),
    }
}

/// The field named `kind` in `item`, if there is one.
fn field(item: &str, kind: &str) -> Option<Field> {
    let id = item.to_owned();
    if let Some((part, _)) = ACTION_PARTS.iter().find(|(_, n)| *n == kind) {
        return Some(Field::Action(id, *part));
    }
    Some(match kind {
        "name" if item.is_empty() => Field::Name,
        "status" if item.is_empty() => Field::Status,
        "rating" => Field::Rating(id),
        "narrative" => Field::Narrative(id),
        "references" => Field::References(id),
        "flag" => Field::FlagState(id),
        "note" => Field::FlagNote(id),
        "reflection" => Field::Reflection(id),
        "complete" => match item.split_once(':')? {
            ("principle", id) => Field::Complete(SectionRef::Principle(id.to_owned())),
            ("theme", id) => Field::Complete(SectionRef::Theme(id.to_owned())),
            _ => return None,
        },
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
        ];
        let keys: Vec<(String, &str)> = fields.iter().map(item_and_kind).collect();
        for (f, (item, kind)) in fields.iter().zip(&keys) {
            assert_eq!(field(item, kind).as_ref(), Some(f), "{item} {kind}");
        }
        let distinct: std::collections::BTreeSet<&(String, &str)> = keys.iter().collect();
        assert_eq!(distinct.len(), keys.len(), "no two fields share a name");
        assert_eq!(field("governance.c01", "colour"), None);
        assert_eq!(field("governance", "complete"), None);
    }
}
