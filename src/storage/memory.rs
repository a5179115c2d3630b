//! An in-memory store: for tests, and for the app when the browser blocks storage.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::assessments::chars;
use super::{KeyValueStore, StorageError, NAMESPACE};
use crate::domain::housekeeping::{Room, QUOTA_CHARS};

/// An in-memory store: used by tests, and by the app when the browser blocks storage.
/// An optional quota lets tests exercise a full store.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    quota_chars: Option<usize>,
}

impl MemoryStore {
    /// An empty store without a quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store that refuses writes once keys and values exceed `chars`
    /// characters, counted as browsers count them (UTF-16 units).
    pub fn with_quota(chars: usize) -> Self {
        Self {
            quota_chars: Some(chars),
            ..Self::default()
        }
    }

    /// The characters held by the keys `keep` accepts, and their values.
    fn used(&self, keep: impl Fn(&str) -> bool) -> usize {
        self.entries
            .borrow()
            .iter()
            .filter(|(k, _)| keep(k))
            .map(|(k, v)| chars(k) + chars(v))
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota_chars {
            if self.used(|k| k != key) + chars(key) + chars(value) > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        Ok(self
            .entries
            .borrow()
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }

    fn room(&self) -> Result<Room, StorageError> {
        Ok(Room {
            used: self.used(|_| true),
            ours: self.used(|k| k.starts_with(NAMESPACE)),
            quota: self.quota_chars.unwrap_or(QUOTA_CHARS),
        })
    }
}
