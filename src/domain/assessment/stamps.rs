//! Field stamps: when, and in which tab, each answer of an assessment last
//! changed. Two tabs' copies of one assessment then merge field by field, the
//! newest change winning, whatever order the copies reach each other in.

use std::collections::BTreeMap;

use super::{
    ActionPart, Assessment, Change, ChangeError, ImprovementAction, PaperPart, SignOffPart,
};
use crate::domain::framework::Framework;
use crate::domain::section::SectionRef;

/// When and where a field last changed. Stamps order by time, then by tab, so
/// two tabs that change one field in the same millisecond still agree on which
/// change wins.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    /// Milliseconds since the Unix epoch.
    pub ms: i64,
    /// The tab (page load) that made the change.
    pub tab: String,
}

impl Stamp {
    /// A stamp for a change made now, in `tab`.
    pub fn new(ms: i64, tab: &str) -> Self {
        Self {
            ms,
            tab: tab.to_owned(),
        }
    }
}

/// One part of an assessment that changes as a whole: the unit of merging.
/// Every [`Change`] touches exactly one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Name,
    Status,
    Rating(String),
    Narrative(String),
    References(String),
    Action(String, ActionPart),
    FlagState(String),
    FlagNote(String),
    Reflection(String),
    /// Whether a section is marked complete.
    Complete(SectionRef),
    /// An action's status changes and progress notes.
    Progress(String),
    /// Who reviewed a section, or when.
    Review(SectionRef, SignOffPart),
    /// Whether a section's reviewer sampled the evidence.
    Sampled(SectionRef),
    /// Who approved the assessment, or when.
    Approval(SignOffPart),
    /// The assessment compared with.
    Baseline,
    /// A part of the committee paper's own words or sign-off.
    Paper(PaperPart),
}

/// The stamps of one assessment. A field without a stamp of its own last
/// changed at `since`; a record saved before stamps existed has neither, and
/// its fields count as older than any stamped change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stamps {
    /// When every field without a stamp of its own was last set: the time the
    /// whole assessment was replaced (by importing a backup over it).
    pub since: Option<Stamp>,
    pub fields: BTreeMap<Field, Stamp>,
}

impl Stamps {
    /// When `field` last changed; `None` means before any stamp.
    pub fn of(&self, field: &Field) -> Option<&Stamp> {
        self.fields.get(field).or(self.since.as_ref())
    }
}

impl Field {
    /// The field a change touches.
    pub fn of(change: &Change) -> Field {
        match change {
            Change::Rating { item, .. } | Change::UseBaselineRating { item } => {
                Field::Rating(item.clone())
            }
            Change::ActionStatus { item, .. } | Change::ProgressNote { item, .. } => {
                Field::Progress(item.clone())
            }
            Change::Review { section, part, .. } => Field::Review(section.clone(), *part),
            Change::EvidenceSampled { section, .. } => Field::Sampled(section.clone()),
            Change::Approval { part, .. } => Field::Approval(*part),
            Change::Baseline(_) => Field::Baseline,
            Change::Narrative { item, .. } => Field::Narrative(item.clone()),
            Change::AddReference { item, .. } | Change::RemoveReference { item, .. } => {
                Field::References(item.clone())
            }
            Change::Action { item, part, .. } => Field::Action(item.clone(), *part),
            Change::FlagState { item, .. } => Field::FlagState(item.clone()),
            Change::FlagNote { item, .. } => Field::FlagNote(item.clone()),
            Change::Reflection { item, .. } => Field::Reflection(item.clone()),
            Change::Rename(_) => Field::Name,
            Change::Status(_) => Field::Status,
            Change::MarkComplete(section) => Field::Complete(section.clone()),
            Change::Paper { part, .. } => Field::Paper(*part),
        }
    }

    /// Every field `assessment` holds a value or a stamp for (a field may be
    /// listed twice).
    pub fn all_in(assessment: &Assessment) -> Vec<Field> {
        // Listing every member here, with no `..`, makes a new member of
        // `Assessment` a compile error until someone decides how it merges.
        let Assessment {
            id: _,
            name: _,
            council: _,
            assessor: _,
            framework_id: _,
            framework_version: _,
            scope: _,
            started_ms: _,
            updated_ms: _,
            // Copied with the status: it says why the status is what it is.
            status: _,
            changed_after_final: _,
            marked_complete,
            characteristics,
            flags,
            reflections,
            reviews,
            approval: _,
            baseline: _,
            paper: _,
            stamps,
            // Set when the assessment starts or is carried over to a new
            // framework version, the same in every tab, and never edited.
            profile: _,
            retired: _,
            carried_from: _,
        } = assessment;
        let mut all: Vec<Field> = stamps.fields.keys().cloned().collect();
        all.push(Field::Name);
        all.push(Field::Status);
        all.push(Field::Baseline);
        for part in SignOffPart::ALL {
            all.push(Field::Approval(part));
        }
        for section in reviews.keys() {
            for part in SignOffPart::ALL {
                all.push(Field::Review(section.clone(), part));
            }
            all.push(Field::Sampled(section.clone()));
        }
        for id in characteristics.keys() {
            all.push(Field::Rating(id.clone()));
            all.push(Field::Narrative(id.clone()));
            all.push(Field::References(id.clone()));
            for part in ActionPart::ALL {
                all.push(Field::Action(id.clone(), part));
            }
            all.push(Field::Progress(id.clone()));
        }
        for id in flags.keys() {
            all.push(Field::FlagState(id.clone()));
            all.push(Field::FlagNote(id.clone()));
        }
        all.extend(reflections.keys().cloned().map(Field::Reflection));
        all.extend(marked_complete.iter().cloned().map(Field::Complete));
        all.extend(PaperPart::ALL.map(Field::Paper));
        all
    }

    /// Sets this field of `to` to its value in `from`, stamped with `stamp`
    /// (its stamp in `from`): how merging moves a field between copies.
    pub fn copy_stamped(&self, from: &Assessment, stamp: &Stamp, to: &mut Assessment) {
        self.copy(from, to);
        to.stamps.fields.insert(self.clone(), stamp.clone());
    }

    /// Sets this field of `to` to its value in `from`. An answer that is empty
    /// in `from` and absent from `to` stays absent.
    pub fn copy(&self, from: &Assessment, to: &mut Assessment) {
        use super::{CharacteristicAnswer as C, FlagAnswer as F};
        let (fc, tc) = (&from.characteristics, &mut to.characteristics);
        match self {
            Field::Name => to.name.clone_from(&from.name),
            Field::Status => {
                to.status = from.status;
                to.changed_after_final = from.changed_after_final;
            }
            Field::Baseline => to.baseline.clone_from(&from.baseline),
            Field::Approval(part) => {
                *to.approval.part_mut(*part) = from.approval.part(*part).to_owned();
            }
            Field::Progress(id) => {
                let value = fc.get(id).map(|c| c.action.history.clone());
                let value = value.unwrap_or_default();
                if !value.is_empty() || tc.contains_key(id) {
                    tc.entry(id.clone()).or_default().action.history = value;
                }
            }
            Field::Review(section, part) => {
                let value = from.reviews.get(section).map(|r| r.sign_off.part(*part));
                let value = value.unwrap_or_default().to_owned();
                if !value.is_empty() || to.reviews.contains_key(section) {
                    let review = to.reviews.entry(section.clone()).or_default();
                    *review.sign_off.part_mut(*part) = value;
                }
            }
            Field::Sampled(section) => {
                let value = from
                    .reviews
                    .get(section)
                    .is_some_and(|r| r.evidence_sampled);
                if value || to.reviews.contains_key(section) {
                    to.reviews
                        .entry(section.clone())
                        .or_default()
                        .evidence_sampled = value;
                }
            }
            Field::Rating(id) => copy_part(fc, tc, id, |c: &C| &c.rating, |c| &mut c.rating),
            Field::Narrative(id) => {
                copy_part(fc, tc, id, |c: &C| &c.narrative, |c| &mut c.narrative)
            }
            Field::References(id) => {
                copy_part(fc, tc, id, |c: &C| &c.references, |c| &mut c.references)
            }
            Field::Action(id, part) => {
                let value = fc.get(id).map(|c| part.of(&c.action).clone());
                let value = value.unwrap_or_default();
                if !value.is_empty() || tc.contains_key(id) {
                    *part.of_mut(&mut tc.entry(id.clone()).or_default().action) = value;
                }
            }
            Field::FlagState(id) => copy_part(
                &from.flags,
                &mut to.flags,
                id,
                |f: &F| &f.state,
                |f| &mut f.state,
            ),
            Field::FlagNote(id) => copy_part(
                &from.flags,
                &mut to.flags,
                id,
                |f: &F| &f.note,
                |f| &mut f.note,
            ),
            Field::Reflection(id) => {
                copy_part(&from.reflections, &mut to.reflections, id, |r| r, |r| r)
            }
            Field::Complete(section) => {
                if from.marked_complete.contains(section) {
                    to.marked_complete.insert(section.clone());
                } else {
                    to.marked_complete.remove(section);
                }
            }
            Field::Paper(part) => *to.paper.text_mut(*part) = from.paper.text(*part).to_owned(),
        }
    }
}

/// Copies one part of the answer under `id` from one map of answers to another.
fn copy_part<V: Default, T: Clone + Default + PartialEq>(
    from: &BTreeMap<String, V>,
    to: &mut BTreeMap<String, V>,
    id: &str,
    get: fn(&V) -> &T,
    get_mut: fn(&mut V) -> &mut T,
) {
    let value = from.get(id).map(get).cloned().unwrap_or_default();
    if value != T::default() || to.contains_key(id) {
        *get_mut(to.entry(id.to_owned()).or_default()) = value;
    }
}

impl ActionPart {
    /// Every part, in the order of the form.
    pub const ALL: [ActionPart; 5] = [
        ActionPart::Gap,
        ActionPart::Action,
        ActionPart::Owner,
        ActionPart::Due,
        ActionPart::Reason,
    ];

    /// This part of an action.
    pub fn of(self, action: &ImprovementAction) -> &String {
        match self {
            ActionPart::Gap => &action.gap,
            ActionPart::Action => &action.action,
            ActionPart::Owner => &action.owner,
            ActionPart::Due => &action.due,
            ActionPart::Reason => &action.reason,
        }
    }

    /// This part of an action, to change it.
    pub fn of_mut(self, action: &mut ImprovementAction) -> &mut String {
        match self {
            ActionPart::Gap => &mut action.gap,
            ActionPart::Action => &mut action.action,
            ActionPart::Owner => &mut action.owner,
            ActionPart::Due => &mut action.due,
            ActionPart::Reason => &mut action.reason,
        }
    }
}

impl Assessment {
    /// Makes a change as [`Assessment::apply`] does, and stamps the field it
    /// touched with `stamp`, so the change wins over older copies of that
    /// field in other tabs.
    pub fn apply_stamped(
        &mut self,
        framework: &Framework,
        change: Change,
        stamp: Stamp,
    ) -> Result<bool, ChangeError> {
        let field = Field::of(&change);
        let was = self.status;
        let changed = self.apply(framework, change, stamp.ms)?;
        if changed {
            // A change that made a Final report a draft changed its status too.
            if self.status != was && field != Field::Status {
                self.stamps.fields.insert(Field::Status, stamp.clone());
            }
            self.stamps.fields.insert(field, stamp);
        }
        Ok(changed)
    }

    /// Counts every field as set at `stamp`: for an assessment that replaces
    /// the saved one (an imported backup), so that it wins over every earlier
    /// change to that one in any tab, and later changes win over it.
    pub fn stamp_all(&mut self, stamp: Stamp) {
        self.stamps = Stamps {
            since: Some(stamp),
            fields: BTreeMap::new(),
        };
    }
}
