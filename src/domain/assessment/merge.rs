//! Combining two tabs' copies of one assessment, so neither overwrites the other.

use super::stamps::Field;
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
        let mine = ours.stamps.of(&field);
        if mine > theirs.stamps.of(&field) {
            field.copy(ours, &mut out);
            if let Some(stamp) = mine {
                out.stamps.fields.insert(field, stamp.clone());
            }
        }
    }
    out.stamps.since = ours.stamps.since.clone().max(theirs.stamps.since.clone());
    out.updated_ms = ours.updated_ms.max(theirs.updated_ms);
    out
}
