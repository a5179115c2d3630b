//! The review trail as JSON: each reviewed section as
//! `{"kind":"theme","id":"governance","by":"…","date":"2026-05-01","sampled":true}`
//! in a `reviews` list, and the approval as `{"by":"…","date":"…"}`. Both are
//! written only when there is something in them; a record from before they
//! existed reads as having none.

use std::collections::BTreeMap;

use super::assessment_json::{read_section, section_members};
use crate::domain::assessment::{Assessment, SectionReview, SignOff};
use crate::domain::json::read::{Fields, ShapeError};
use crate::domain::json::write::{self, ObjectWriter};
use crate::domain::section::SectionRef;

/// Writes the `reviews` and `approval` members, when there are any.
pub fn write(o: &mut ObjectWriter, a: &Assessment) {
    if !a.reviews.is_empty() {
        write::list(o.member("reviews"), &a.reviews, |out, (section, review)| {
            write::object(out, |r| {
                section_members(r, section);
                sign_off(r, &review.sign_off);
                r.bool("sampled", review.evidence_sampled);
            });
        });
    }
    if a.approval != SignOff::default() {
        o.object("approval", |s| sign_off(s, &a.approval));
    }
}

fn sign_off(o: &mut ObjectWriter, sign_off: &SignOff) {
    o.str("by", &sign_off.by);
    o.str("date", &sign_off.date);
}

/// Reads the `reviews` and `approval` members of an assessment.
pub fn read(f: &mut Fields) -> Result<(BTreeMap<SectionRef, SectionReview>, SignOff), ShapeError> {
    let mut reviews = BTreeMap::new();
    for (value, path) in f.items("reviews", false)? {
        let section = read_section(value, &path, f.line())?;
        let mut r = Fields::of(value, &path, f.line(), false)?;
        let review = SectionReview {
            sign_off: read_sign_off(&mut r)?,
            evidence_sampled: r.take("sampled").is_some() && r.bool("sampled")?,
        };
        reviews.insert(section, review);
    }
    let approval = match f.take("approval") {
        None => SignOff::default(),
        Some((value, path)) => read_sign_off(&mut Fields::of(value, &path, f.line(), false)?)?,
    };
    Ok((reviews, approval))
}

fn read_sign_off(f: &mut Fields) -> Result<SignOff, ShapeError> {
    Ok(SignOff {
        by: f.string_or_empty("by")?,
        date: f.string_or_empty("date")?,
    })
}
