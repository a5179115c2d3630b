//! Assessments kept in a [`KeyValueStore`], one key per assessment, so saving
//! one never rewrites the others.

use thiserror::Error;

use super::{KeyValueStore, StorageError, NAMESPACE};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::save_format::{decode_for, encode, SaveFormatError};

/// What the list of saved assessments holds for each key: the assessment, or
/// why it could not be read. A damaged record is shown, never silently dropped.
// A list holds a handful of these, so boxing the assessment would save nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
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

    /// Every saved assessment, most recently changed first, damaged records last.
    pub fn list(&self, framework: &Framework) -> Result<Vec<Listed>, StorageError> {
        let mut readable = Vec::new();
        let mut damaged = Vec::new();
        for key in self.store.keys_with_prefix(&assessment_prefix())? {
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            match decode_for(&raw, framework) {
                Ok(assessment) => readable.push(assessment),
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

    /// One assessment by id.
    pub fn load(&self, id: &str, framework: &Framework) -> Result<Assessment, LoadError> {
        let raw = self
            .store
            .get(&assessment_key(id))?
            .ok_or(LoadError::Missing)?;
        decode_for(&raw, framework).map_err(LoadError::Damaged)
    }

    /// Saves one assessment, replacing its earlier record only.
    pub fn save(&self, assessment: &Assessment) -> Result<(), StorageError> {
        self.store
            .set(&assessment_key(&assessment.id), &encode(assessment))
    }

    /// Whether an assessment with this id is saved.
    pub fn contains(&self, id: &str) -> Result<bool, StorageError> {
        Ok(self.store.get(&assessment_key(id))?.is_some())
    }

    /// Removes a record by key (an assessment's, or a damaged one's).
    pub fn remove_key(&self, key: &str) -> Result<(), StorageError> {
        if !key.starts_with(&assessment_prefix()) {
            return Ok(());
        }
        self.store.remove(key)
    }

    /// Removes one assessment. The caller keeps the value to offer an undo.
    pub fn delete(&self, id: &str) -> Result<(), StorageError> {
        self.store.remove(&assessment_key(id))
    }
}
