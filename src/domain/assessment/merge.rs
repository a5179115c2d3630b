//! Combining two copies of one assessment, so neither overwrites the other,
//! and the part of one copy that is newer than another.

use super::stamps::{Field, Stamps};
use super::Assessment;

/// Merges this tab's copy of an assessment (`ours`) with the saved one
/// (`theirs`), field by field: each field takes the value with the newer
/// [stamp](super::Stamp), so the result does not depend on the order in which
/// copies arrive, and a stale copy never undoes a newer change. Where neither
/// side is newer (a field neither stamped, in a record saved before stamps),
/// the saved value stands.
pub fn merge(ours: &Assessment, theirs: &Assessment) -> Assessment {
    let mut out = theirs.clone();
    // A field listed twice is merged twice, to the same result.
    let mut fields = Field::all_in(ours);
    fields.extend(Field::all_in(theirs));
    for field in fields {
        // `None` is older than every stamp, so a newer one is always `Some`.
        let mine = ours.stamps.of(&field);
        if let Some(stamp) = mine.filter(|_| mine > theirs.stamps.of(&field)) {
            field.copy_stamped(ours, stamp, &mut out);
        }
    }
    out.stamps.since = ours.stamps.since.clone().max(theirs.stamps.since.clone());
    out.updated_ms = ours.updated_ms.max(theirs.updated_ms);
    out
}

/// What `ours` holds that is newer than a saved copy with the stamps `saved`:
/// an assessment with only the fields `ours` stamped later than that copy did,
/// every other answer left out and unstamped; `None` when there is nothing
/// newer. Merging it into the saved copy gives the same as merging `ours`,
/// from a fraction of the text: a click stores this small part at once, and
/// the whole record is rewritten later. Only the saved copy's stamps are
/// needed, so a tab keeps those rather than a second copy of every answer.
///
/// When `ours` replaced every field since (a backup imported over it), no
/// list of fields says so, and the part is all of `ours`.
pub fn newer_than(ours: &Assessment, saved: &Stamps) -> Option<Assessment> {
    if ours.stamps.since > saved.since {
        return Some(ours.clone());
    }
    let newer: Vec<_> = ours
        .stamps
        .fields
        .iter()
        .filter(|(field, stamp)| Some(*stamp) > saved.of(field))
        .collect();
    if newer.is_empty() {
        return None;
    }
    // Listing every member, with no `..`, makes a new member of `Assessment`
    // a compile error here until someone decides whether the part carries it.
    let Assessment {
        id,
        name,
        council,
        assessor,
        framework_id,
        framework_version,
        scope,
        started_ms,
        updated_ms,
        status,
        changed_after_final,
        marked_complete: _,
        characteristics: _,
        flags: _,
        reflections: _,
        reviews: _,
        approval: _,
        baseline: _,
        paper: _,
        stamps: _,
        profile,
        retired: _,
        carried_from,
    } = ours;
    // The header is what a record needs to be read; unstamped, none of it
    // counts in a merge, which takes only the stamped fields below.
    let mut part = Assessment {
        id: id.clone(),
        name: name.clone(),
        council: council.clone(),
        assessor: assessor.clone(),
        framework_id: framework_id.clone(),
        framework_version: framework_version.clone(),
        scope: scope.clone(),
        started_ms: *started_ms,
        updated_ms: *updated_ms,
        status: *status,
        changed_after_final: *changed_after_final,
        marked_complete: Default::default(),
        characteristics: Default::default(),
        flags: Default::default(),
        reflections: Default::default(),
        reviews: Default::default(),
        approval: Default::default(),
        baseline: None,
        paper: Default::default(),
        stamps: Stamps::default(),
        profile: profile.clone(),
        retired: Vec::new(),
        carried_from: carried_from.clone(),
    };
    for (field, stamp) in newer {
        field.copy_stamped(ours, stamp, &mut part);
    }
    Some(part)
}
