//! One tab's copy of a saved assessment, kept in step with the store by one
//! rule: every write first reads what it could overwrite. If another tab has
//! written since this one last read or wrote, its changes are merged in field
//! by field (newest change wins) before this tab writes, and an assessment
//! deleted elsewhere is never written again.
//!
//! Two writes, because a record with every answer's evidence runs to a few
//! hundred kilobytes, and rewriting it took most of a click's time:
//! - [`TabCopy::save`], after every change: only the assessment's journal, the
//!   fields changed since the record was written (a kilobyte or so for a
//!   click), read from the store and merged first;
//! - [`TabCopy::sync`], when the user pauses or leaves: the whole record, read
//!   and merged first, and the journal it now holds removed.
//!
//! Local storage is not atomic across tabs: another tab may write between this
//! tab's read and its write. Nothing is lost even then, because the stamps
//! make merging independent of order: the other tab's next read merges this
//! tab's newer fields back in, and this tab's next read does the same.

use thiserror::Error;

use super::assessments::{journal_merged, with_journal};
use super::{
    assessment_key, journal_key, AssessmentRepository, KeyValueStore, LoadError, StorageError,
};
use crate::domain::assessment::{
    merge, newer_than, Assessment, Change, ChangeError, Stamp, Stamps,
};
use crate::domain::framework::Framework;
use crate::domain::save_format::{decode_for, decode_in, encode, FindFramework, SaveFormatError};

/// A journal longer than this (in bytes) is folded into the record at once,
/// rather than written out again with every change until the user pauses.
const JOURNAL_FOLD_BYTES: usize = 32 * 1024;

/// This tab's copy of one saved assessment.
#[derive(Debug, Clone)]
pub struct TabCopy {
    assessment: Assessment,
    /// The record text this tab last read or wrote. While the store still
    /// holds exactly this, no other tab has rewritten the record since.
    seen: String,
    /// That record's stamps: the journal holds what the copy has newer.
    record: Stamps,
    /// The journal text this tab last read or wrote; `None`: no journal.
    seen_journal: Option<String>,
    /// Set once the record is found deleted: from then on nothing is written.
    deleted: bool,
}

/// What [`TabCopy::sync`] or [`TabCopy::save`] found and did.
#[derive(Debug, Clone, PartialEq)]
pub enum Synced {
    /// The store holds this tab's copy. `wrote`: it was written just now.
    /// `before`: when another tab's changes were merged in, this tab's copy
    /// as it was before, to tell what changed.
    InStep {
        wrote: bool,
        before: Option<Box<Assessment>>,
    },
    /// Another tab deleted the record. Nothing was written, and nothing will
    /// be: the copy is closed.
    Deleted,
}

/// Why this tab's copy could not be saved. It stays in the tab to export.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SyncError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// Another tab saved a record this one cannot read (a newer version of
    /// the app wrote it, or it is damaged): it is left as it is.
    #[error("the saved copy was changed elsewhere and cannot be read by this tab, because {0}. Reload the page")]
    Unreadable(SaveFormatError),
}

impl TabCopy {
    /// Reads an assessment of `framework` from the store.
    pub fn open<S: KeyValueStore>(
        repo: &AssessmentRepository<S>,
        id: &str,
        framework: &Framework,
    ) -> Result<Self, LoadError> {
        Self::open_in(repo, id, &|_, _| Some(framework)).map(|(copy, _)| copy)
    }

    /// Reads an assessment from the store, with the framework `find` gives
    /// for it (the built-in one or a council's own): its record and journal.
    pub fn open_in<'f, S: KeyValueStore>(
        repo: &AssessmentRepository<S>,
        id: &str,
        find: &FindFramework<'f>,
    ) -> Result<(Self, &'f Framework), LoadError> {
        let seen = repo
            .store()
            .get(&assessment_key(id))?
            .ok_or(LoadError::Missing)?;
        let (record, framework) = decode_in(&seen, find).map_err(LoadError::Damaged)?;
        let seen_journal = repo.store().get(&journal_key(id))?;
        let copy = Self {
            record: record.stamps.clone(),
            assessment: with_journal(record, seen_journal.as_deref(), framework),
            seen,
            seen_journal,
            deleted: false,
        };
        Ok((copy, framework))
    }

    /// The assessment as this tab holds it.
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// Whether the record was found deleted by another tab.
    pub fn is_deleted(&self) -> bool {
        self.deleted
    }

    /// Whether the store holds changes of this copy in a journal, not yet in
    /// the record: [`TabCopy::sync`] writes them into it.
    pub fn has_journal(&self) -> bool {
        self.seen_journal.is_some()
    }

    /// Makes a change in this tab, stamped with when and where it was made.
    /// It is stored by the next [`TabCopy::save`] or [`TabCopy::sync`].
    pub fn change(
        &mut self,
        framework: &Framework,
        change: Change,
        stamp: Stamp,
    ) -> Result<bool, ChangeError> {
        self.assessment.apply_stamped(framework, change, stamp)
    }

    /// Stores what this copy has that the record lacks, as the journal: reads
    /// the stored journal first and merges in another tab's changes, then
    /// writes it if it lacks any of this tab's. Run it after every change: it
    /// never reads or writes the record, unless the journal has grown long
    /// enough to be worth folding in ([`TabCopy::sync`]).
    pub fn save<S: KeyValueStore>(
        &mut self,
        repo: &AssessmentRepository<S>,
        framework: &Framework,
    ) -> Result<Synced, SyncError> {
        if self.deleted
            || !repo
                .store()
                .contains(&assessment_key(&self.assessment.id))?
        {
            self.deleted = true;
            return Ok(Synced::Deleted);
        }
        let before = self.take_in_journal(repo, framework)?;
        let wrote = self.write_journal(repo)?;
        if self
            .seen_journal
            .as_ref()
            .is_some_and(|j| j.len() > JOURNAL_FOLD_BYTES)
        {
            return self
                .sync(repo, framework)
                .map(|synced| keep_before(synced, before));
        }
        Ok(Synced::InStep { wrote, before })
    }

    /// Reads the stored record, then the journal, merging in whatever another
    /// tab wrote to either since this tab last read or wrote them; then
    /// stores the journal if it lacks any of this copy. Run it whenever
    /// another tab may have written.
    pub fn refresh<S: KeyValueStore>(
        &mut self,
        repo: &AssessmentRepository<S>,
        framework: &Framework,
    ) -> Result<Synced, SyncError> {
        let Some(before) = self.take_in_all(repo, framework)? else {
            return Ok(Synced::Deleted);
        };
        let wrote = self.write_journal(repo)?;
        Ok(Synced::InStep { wrote, before })
    }

    /// Reads the stored record and journal and merges them in as
    /// [`TabCopy::refresh`] does; then writes the whole record if the store
    /// lacks any of it, and removes the journal, which it now holds. Run it
    /// when the user pauses or leaves. `wrote`: the record was written.
    pub fn sync<S: KeyValueStore>(
        &mut self,
        repo: &AssessmentRepository<S>,
        framework: &Framework,
    ) -> Result<Synced, SyncError> {
        let Some(before) = self.take_in_all(repo, framework)? else {
            return Ok(Synced::Deleted);
        };
        let text = encode(&self.assessment);
        let wrote = text != self.seen;
        if wrote {
            repo.store()
                .set(&assessment_key(&self.assessment.id), &text)?;
            self.seen = text;
            self.record = self.assessment.stamps.clone();
        }
        if self.seen_journal.is_some() {
            repo.store().remove(&journal_key(&self.assessment.id))?;
            self.seen_journal = None;
        }
        Ok(Synced::InStep { wrote, before })
    }

    /// Reads the stored record, then the journal, and merges in whatever
    /// another tab wrote to either. `None`: the record was deleted (this copy
    /// is closed). Otherwise, this copy as it was first, if a merge changed it.
    fn take_in_all<S: KeyValueStore>(
        &mut self,
        repo: &AssessmentRepository<S>,
        framework: &Framework,
    ) -> Result<Option<Option<Box<Assessment>>>, SyncError> {
        let Some(before) = self.take_in_record(repo, framework)? else {
            return Ok(None);
        };
        let later = self.take_in_journal(repo, framework)?;
        Ok(Some(before.or(later)))
    }

    /// Reads the stored record and merges it in if another tab rewrote it.
    /// `None`: it was deleted (this copy is closed). Otherwise, this copy as
    /// it was before the merge, if the merge changed it.
    fn take_in_record<S: KeyValueStore>(
        &mut self,
        repo: &AssessmentRepository<S>,
        framework: &Framework,
    ) -> Result<Option<Option<Box<Assessment>>>, SyncError> {
        if self.deleted {
            return Ok(None);
        }
        let Some(stored) = repo.store().get(&assessment_key(&self.assessment.id))? else {
            self.deleted = true;
            return Ok(None);
        };
        if stored == self.seen {
            return Ok(Some(None));
        }
        let theirs = decode_for(&stored, framework).map_err(SyncError::Unreadable)?;
        let merged = merge(&self.assessment, &theirs);
        // Merged in: from now on, this is the record this tab has read.
        self.seen = stored;
        self.record = theirs.stamps;
        Ok(Some(self.replace(merged)))
    }

    /// Reads the stored journal and merges it in if another tab wrote it
    /// (one that cannot be read is passed over, as on opening). Returns this
    /// copy as it was, if the merge changed it.
    fn take_in_journal<S: KeyValueStore>(
        &mut self,
        repo: &AssessmentRepository<S>,
        framework: &Framework,
    ) -> Result<Option<Box<Assessment>>, SyncError> {
        let stored = repo.store().get(&journal_key(&self.assessment.id))?;
        if stored == self.seen_journal {
            return Ok(None);
        }
        let merged = journal_merged(&self.assessment, stored.as_deref(), framework);
        self.seen_journal = stored;
        Ok(merged.and_then(|merged| self.replace(merged)))
    }

    /// Writes the journal (what this copy has that the record lacks) if the
    /// store does not hold exactly that; removes it if there is nothing.
    fn write_journal<S: KeyValueStore>(
        &mut self,
        repo: &AssessmentRepository<S>,
    ) -> Result<bool, StorageError> {
        let text = newer_than(&self.assessment, &self.record).map(|part| encode(&part));
        if text == self.seen_journal {
            return Ok(false);
        }
        let key = journal_key(&self.assessment.id);
        match &text {
            Some(text) => repo.store().set(&key, text)?,
            None => repo.store().remove(&key)?,
        }
        self.seen_journal = text;
        Ok(true)
    }

    /// Takes `merged` as this copy; returns the copy as it was, if it differs.
    fn replace(&mut self, merged: Assessment) -> Option<Box<Assessment>> {
        (merged != self.assessment)
            .then(|| Box::new(std::mem::replace(&mut self.assessment, merged)))
    }
}

/// What [`TabCopy::save`] did when it folded the journal in at once: it
/// wrote, and `earlier` (a merge of another tab's journal before the fold) is
/// the copy as it was first.
fn keep_before(synced: Synced, earlier: Option<Box<Assessment>>) -> Synced {
    match synced {
        Synced::InStep { before, .. } => Synced::InStep {
            wrote: true,
            before: earlier.or(before),
        },
        Synced::Deleted => Synced::Deleted,
    }
}
