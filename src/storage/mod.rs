//! Where saved data is kept: a small key-value interface with an in-memory
//! implementation for tests and a browser local-storage one for the app, and
//! the repository of assessments and the shelf of councils' own frameworks on
//! top of it.
//!
//! - [`TabCopy`]: one tab's copy of an assessment, which reads what is stored
//!   before every write, so two tabs never lose each other's words. A change
//!   is stored at once in the assessment's small journal, and the whole
//!   record is rewritten when the user pauses or leaves.
//!
//! Every key the app writes starts with [`NAMESPACE`]: many intranet apps share
//! one origin, so the app never reads, lists or clears anyone else's keys.

mod app_store;
mod assessments;
mod frameworks;
mod memory;
mod tab_copy;
pub use app_store::{storage_is_memory_only, with_repository, AppStore};
pub use assessments::{
    assessment_key, assessment_prefix, chars, journal_key, AssessmentRepository, Listed, LoadError,
    Removed,
};
pub use frameworks::{framework_key, framework_prefix, AddError, FrameworkShelf, KeptFramework};
pub use memory::MemoryStore;
pub use tab_copy::{SyncError, Synced, TabCopy};

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::BrowserStore;

use thiserror::Error;

use crate::domain::housekeeping::Room;

/// The prefix of every key this app stores.
pub const NAMESPACE: &str = "best-value/";

/// Why a read or write failed, in words the user can act on.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error(
        "this browser does not allow the app to keep data (storage is blocked or unavailable)"
    )]
    Unavailable,
    #[error("the browser's storage for this site is full; export your assessments and delete ones you no longer need")]
    QuotaExceeded,
    #[error("the browser refused to store the data: {0}")]
    Other(String),
}

/// A namespaced key-value store. Implementations never panic.
pub trait KeyValueStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Whether a value is stored under `key`. A store that can answer without
    /// copying the value out (the browser's) should: a click asks it of a
    /// record of a few hundred kilobytes.
    fn contains(&self, key: &str) -> Result<bool, StorageError> {
        Ok(self.get(key)?.is_some())
    }
    /// Stores `value` under `key`, replacing what was there.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key`; removing a missing key is not an error.
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key that starts with `prefix`, in no set order.
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StorageError>;
    /// How full the store is: every key counts, this app's and other apps'
    /// on the same host, since they share one quota.
    fn room(&self) -> Result<Room, StorageError>;
}
