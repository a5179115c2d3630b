//! Combining two tabs' edits of one assessment, so neither overwrites the other.

use std::collections::BTreeMap;

use super::{Assessment, CharacteristicAnswer, FlagAnswer, PaperPart};

/// A three-way merge of two edits of one assessment, for two tabs (or windows)
/// open on it at once: every answer field changed in `ours` since `base` (the
/// version both started from) is kept, and everything else comes from
/// `theirs`. Only a field both sides changed goes to `ours`, the tab the user
/// is typing in.
pub fn merge(base: &Assessment, ours: &Assessment, theirs: &Assessment) -> Assessment {
    let mut out = theirs.clone();
    merge_maps(
        &base.characteristics,
        &ours.characteristics,
        &mut out.characteristics,
        |b, o, t| CharacteristicAnswer {
            rating: pick(&b.rating, &o.rating, &t.rating),
            narrative: pick(&b.narrative, &o.narrative, &t.narrative),
            references: pick(&b.references, &o.references, &t.references),
            action: pick(&b.action, &o.action, &t.action),
        },
    );
    merge_maps(&base.flags, &ours.flags, &mut out.flags, |b, o, t| {
        FlagAnswer {
            state: pick(&b.state, &o.state, &t.state),
            note: pick(&b.note, &o.note, &t.note),
        }
    });
    merge_maps(
        &base.reflections,
        &ours.reflections,
        &mut out.reflections,
        pick,
    );
    out.name = pick(&base.name, &ours.name, &theirs.name);
    out.status = pick(&base.status, &ours.status, &theirs.status);
    for part in PaperPart::ALL {
        let text = pick(
            &base.paper.text(part),
            &ours.paper.text(part),
            &theirs.paper.text(part),
        );
        *out.paper.text_mut(part) = text.to_owned();
    }
    out.marked_complete.extend(
        ours.marked_complete
            .difference(&base.marked_complete)
            .cloned(),
    );
    out.updated_ms = ours.updated_ms.max(theirs.updated_ms);
    out
}

/// Ours where it changed since the base, otherwise theirs.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if ours != base {
        ours.clone()
    } else {
        theirs.clone()
    }
}

/// Merges the answers `ours` changed into `out` (a copy of theirs); an answer
/// only theirs changed is already there. A missing answer counts as empty.
fn merge_maps<V: Default + Clone + PartialEq>(
    base: &BTreeMap<String, V>,
    ours: &BTreeMap<String, V>,
    out: &mut BTreeMap<String, V>,
    merge_value: impl Fn(&V, &V, &V) -> V,
) {
    let empty = V::default();
    for (key, mine) in ours {
        let original = base.get(key).unwrap_or(&empty);
        if mine != original {
            let merged = merge_value(original, mine, out.get(key).unwrap_or(&empty));
            out.insert(key.clone(), merged);
        }
    }
}
