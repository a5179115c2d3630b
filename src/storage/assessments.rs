//! Assessments kept in a [`KeyValueStore`], one key per assessment, so saving
//! one never rewrites the others; and beside each record, while it is being
//! edited, a journal: the changes not yet written into the record (see
//! [`TabCopy`](super::TabCopy)). Everything that reads an assessment reads
//! both, so a change is kept from the moment its journal is written.

use thiserror::Error;

use super::{KeyValueStore, StorageError, NAMESPACE};
use crate::domain::assessment::{merge, Assessment};
use crate::domain::framework::Framework;
use crate::domain::housekeeping::Room;
use crate::domain::save_format::{decode_for, decode_in, encode, FindFramework, SaveFormatError};

/// What the list of saved assessments holds for each key: the assessment, or
/// why it could not be read. A damaged record is shown, never silently dropped.
#[derive(Debug, Clone, PartialEq)]
// A list holds a few dozen at most: boxing the common case would save nothing.
#[allow(clippy::large_enum_variant)]
pub enum Listed {
    Readable(Assessment),
    Damaged {
        key: String,
        raw: String,
        error: SaveFormatError,
    },
}

/// Why an assessment could not be opened.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("there is no assessment with this link in this browser")]
    Missing,
    #[error("the saved assessment could not be read: {0}")]
    Damaged(SaveFormatError),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The key of an assessment's journal: its changes not yet in its record.
/// Outside [`assessment_prefix`], so that no list of records takes it for one.
pub fn journal_key(id: &str) -> String {
    format!("{NAMESPACE}journal/{id}")
}

/// An assessment as stored: its record, with its journal's changes merged in.
pub(super) fn with_journal(
    record: Assessment,
    journal: Option<&str>,
    framework: &Framework,
) -> Assessment {
    journal_merged(&record, journal, framework).unwrap_or(record)
}

/// `copy` with a journal's changes merged in; `None` when there is no journal
/// or it cannot be read. One that cannot be read is passed over: it holds at
/// most the changes of the last few seconds, and the next write replaces it.
pub(super) fn journal_merged(
    copy: &Assessment,
    journal: Option<&str>,
    framework: &Framework,
) -> Option<Assessment> {
    let part = decode_for(journal?, framework).ok()?;
    Some(merge(&part, copy))
}

/// The assessments saved in one store.
pub struct AssessmentRepository<S> {
    store: S,
}

/// The key prefix of every assessment record.
pub fn assessment_prefix() -> String {
    format!("{NAMESPACE}assessments/")
}

/// The key of one assessment.
pub fn assessment_key(id: &str) -> String {
    format!("{}{id}", assessment_prefix())
}

impl<S: KeyValueStore> AssessmentRepository<S> {
    pub fn new(store: S) -> Self {
        Self { store }
    }

    /// The store underneath, for tests.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Every saved assessment of one framework, most recently changed
    /// first; records of any other are listed as unreadable, last.
    pub fn list(&self, framework: &Framework) -> Result<Vec<Listed>, StorageError> {
        self.list_in(&|_, _| Some(framework))
    }

    /// Every saved assessment, each read against the framework `find` gives
    /// for it, most recently changed first; records that cannot be read
    /// (damaged, or answering a framework not loaded here) last.
    pub fn list_in(&self, find: &FindFramework) -> Result<Vec<Listed>, StorageError> {
        let mut readable = Vec::new();
        let mut damaged = Vec::new();
        for key in self.store.keys_with_prefix(&assessment_prefix())? {
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            match decode_in(&raw, find) {
                Ok((record, framework)) => {
                    let id = key.strip_prefix(&assessment_prefix()).unwrap_or(&key);
                    readable.push(self.with_its_journal(id, record, framework)?);
                }
                Err(error) => damaged.push(Listed::Damaged { key, raw, error }),
            }
        }
        readable.sort_by(|a, b| {
            b.updated_ms
                .cmp(&a.updated_ms)
                .then_with(|| a.name.cmp(&b.name))
        });
        Ok(readable
            .into_iter()
            .map(Listed::Readable)
            .chain(damaged)
            .collect())
    }

    /// One assessment by id, read against `framework`.
    pub fn load(&self, id: &str, framework: &Framework) -> Result<Assessment, LoadError> {
        self.load_in(id, &|_, _| Some(framework)).map(|(a, _)| a)
    }

    /// One assessment by id, with the framework `find` gives for it.
    pub fn load_in<'f>(
        &self,
        id: &str,
        find: &FindFramework<'f>,
    ) -> Result<(Assessment, &'f Framework), LoadError> {
        let raw = self
            .store
            .get(&assessment_key(id))?
            .ok_or(LoadError::Missing)?;
        let (record, framework) = decode_in(&raw, find).map_err(LoadError::Damaged)?;
        Ok((self.with_its_journal(id, record, framework)?, framework))
    }

    /// A record of `id`, with the journal stored beside it merged in (see
    /// [`with_journal`]): the assessment as every reader sees it.
    fn with_its_journal(
        &self,
        id: &str,
        record: Assessment,
        framework: &Framework,
    ) -> Result<Assessment, StorageError> {
        let journal = self.store.get(&journal_key(id))?;
        Ok(with_journal(record, journal.as_deref(), framework))
    }

    /// How many saved assessments answer this framework version, readable or not.
    pub fn count_using(&self, id: &str, version: &str) -> Result<usize, StorageError> {
        let mut count = 0;
        for key in self.store.keys_with_prefix(&assessment_prefix())? {
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            let uses = crate::domain::save_format::decode(&raw)
                .is_ok_and(|s| s.framework.id == id && s.framework.version == version);
            count += usize::from(uses);
        }
        Ok(count)
    }

    /// Saves one assessment, replacing its earlier record only (and the
    /// journal of changes to that record, which no longer applies).
    pub fn save(&self, assessment: &Assessment) -> Result<(), StorageError> {
        self.store
            .set(&assessment_key(&assessment.id), &encode(assessment))?;
        self.store.remove(&journal_key(&assessment.id))
    }

    /// Whether an assessment with this id is saved.
    pub fn contains(&self, id: &str) -> Result<bool, StorageError> {
        Ok(self.store.get(&assessment_key(id))?.is_some())
    }

    /// Removes a record by key (an assessment's, or a damaged one's).
    pub fn remove_key(&self, key: &str) -> Result<(), StorageError> {
        let Some(id) = key.strip_prefix(&assessment_prefix()) else {
            return Ok(());
        };
        self.store.remove(&journal_key(id))?;
        self.store.remove(key)
    }

    /// Removes one assessment, and returns it as it was stored at that moment
    /// (with any change another tab saved since this one read it), to undo.
    pub fn delete(&self, id: &str) -> Result<Option<Removed>, StorageError> {
        let key = assessment_key(id);
        let Some(record) = self.store.get(&key)? else {
            return Ok(None);
        };
        let backed_up = self.store.get(&backup_key(id))?;
        let journal = self.store.get(&journal_key(id))?;
        // The record first: once it is gone, every tab counts the assessment deleted.
        self.store.remove(&key)?;
        self.store.remove(&journal_key(id))?;
        self.store.remove(&backup_key(id))?;
        Ok(Some(Removed {
            id: id.to_owned(),
            record,
            journal,
            backed_up,
        }))
    }

    /// Puts back an assessment [`AssessmentRepository::delete`] removed,
    /// exactly as it was stored.
    pub fn restore(&self, removed: &Removed) -> Result<(), StorageError> {
        // The journal first: a tab that sees the record back reads it whole.
        if let Some(journal) = &removed.journal {
            self.store.set(&journal_key(&removed.id), journal)?;
        }
        self.store
            .set(&assessment_key(&removed.id), &removed.record)?;
        if let Some(at) = &removed.backed_up {
            self.store.set(&backup_key(&removed.id), at)?;
        }
        Ok(())
    }

    /// When a backup of an assessment was last downloaded, if ever.
    pub fn last_backup(&self, id: &str) -> Result<Option<i64>, StorageError> {
        Ok(self
            .store
            .get(&backup_key(id))?
            .and_then(|ms| ms.parse().ok()))
    }

    /// Notes that a backup of an assessment was downloaded at `now_ms`. Kept
    /// apart from the record, so it never counts as a change to merge.
    pub fn record_backup(&self, id: &str, now_ms: i64) -> Result<(), StorageError> {
        self.store.set(&backup_key(id), &now_ms.to_string())
    }

    /// How full the site's storage is.
    pub fn room(&self) -> Result<Room, StorageError> {
        self.store.room()
    }

    /// The size of an assessment's record and journal, in characters.
    pub fn record_chars(&self, id: &str) -> Result<usize, StorageError> {
        let size = |key: String| self.store.get(&key).map(|v| v.map_or(0, |v| chars(&v)));
        Ok(size(assessment_key(id))? + size(journal_key(id))?)
    }

    /// Removes everything this app keeps in the store (every key under
    /// [`NAMESPACE`]) and nothing else. Returns how many keys were removed.
    pub fn erase_everything(&self) -> Result<usize, StorageError> {
        let keys = self.store.keys_with_prefix(NAMESPACE)?;
        for key in &keys {
            self.store.remove(key)?;
        }
        Ok(keys.len())
    }
}

/// An assessment removed by [`AssessmentRepository::delete`], to put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub id: String,
    /// The record as it was stored.
    pub record: String,
    /// Its journal as it was stored, if it had one.
    pub journal: Option<String>,
    /// When it was last backed up, as stored.
    pub backed_up: Option<String>,
}

/// The key noting when an assessment was last backed up.
fn backup_key(id: &str) -> String {
    format!("{NAMESPACE}backed-up/{id}")
}

/// The length of a text as browsers count it towards the quota (UTF-16 units).
pub fn chars(text: &str) -> usize {
    text.encode_utf16().count()
}
