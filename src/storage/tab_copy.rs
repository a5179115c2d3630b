//! One tab's copy of a saved assessment, kept in step with the store by one
//! rule: every write first reads the stored record. If another tab has written
//! since this one last read or wrote, its record is merged in field by field
//! (newest change wins) before this tab writes, and a record deleted elsewhere
//! is never written again.
//!
//! Local storage is not atomic across tabs: another tab may write between this
//! tab's read and its write. Nothing is lost even then, because the stamps
//! make merging independent of order: the other tab's next read merges this
//! tab's newer fields back in, and this tab's next read does the same.

use thiserror::Error;

use super::{assessment_key, AssessmentRepository, KeyValueStore, LoadError, StorageError};
use crate::domain::assessment::{merge, Assessment, Change, ChangeError, Stamp};
use crate::domain::framework::Framework;
use crate::domain::save_format::{decode_for, decode_in, encode, FindFramework, SaveFormatError};

/// This tab's copy of one saved assessment.
#[derive(Debug, Clone)]
pub struct TabCopy {
    assessment: Assessment,
    /// The record text this tab last read or wrote. While the store still
    /// holds exactly this, no other tab has written since.
    seen: String,
    /// Set once the record is found deleted: from then on nothing is written.
    deleted: bool,
}

/// What [`TabCopy::sync`] found and did.
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
    /// for it (the built-in one or a council's own): one read, one decode.
    pub fn open_in<'f, S: KeyValueStore>(
        repo: &AssessmentRepository<S>,
        id: &str,
        find: &FindFramework<'f>,
    ) -> Result<(Self, &'f Framework), LoadError> {
        let seen = repo
            .store()
            .get(&assessment_key(id))?
            .ok_or(LoadError::Missing)?;
        let (assessment, framework) = decode_in(&seen, find).map_err(LoadError::Damaged)?;
        let copy = Self {
            assessment,
            seen,
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

    /// Makes a change in this tab, stamped with when and where it was made.
    /// It is stored by the next [`TabCopy::sync`].
    pub fn change(
        &mut self,
        framework: &Framework,
        change: Change,
        stamp: Stamp,
    ) -> Result<bool, ChangeError> {
        self.assessment.apply_stamped(framework, change, stamp)
    }

    /// Reads the stored record; merges it in if another tab wrote it since this
    /// tab last read or wrote; then writes the result if the store lacks any
    /// of it. Run it to save, and whenever another tab may have written.
    pub fn sync<S: KeyValueStore>(
        &mut self,
        repo: &AssessmentRepository<S>,
        framework: &Framework,
    ) -> Result<Synced, SyncError> {
        if self.deleted {
            return Ok(Synced::Deleted);
        }
        let key = assessment_key(&self.assessment.id);
        let Some(stored) = repo.store().get(&key)? else {
            self.deleted = true;
            return Ok(Synced::Deleted);
        };
        let mut before = None;
        if stored != self.seen {
            let theirs = decode_for(&stored, framework).map_err(SyncError::Unreadable)?;
            let merged = merge(&self.assessment, &theirs);
            if merged != self.assessment {
                before = Some(Box::new(std::mem::replace(&mut self.assessment, merged)));
            }
            // Merged in: from now on, this is the version this tab has read.
            self.seen = stored;
        }
        let text = encode(&self.assessment);
        let wrote = text != self.seen;
        if wrote {
            repo.store().set(&key, &text)?;
            self.seen = text;
        }
        Ok(Synced::InStep { wrote, before })
    }
}
