//! The store the app uses: the browser's local storage when it allows it,
//! otherwise memory (and the app says so), with the one repository of
//! assessments the page shares.

use super::{AssessmentRepository, KeyValueStore, MemoryStore, StorageError};
use crate::domain::housekeeping::Room;

/// Local storage when the browser allows it, otherwise memory.
pub enum AppStore {
    #[cfg(target_arch = "wasm32")]
    Browser(super::BrowserStore),
    Memory(MemoryStore),
}

impl AppStore {
    /// The browser's local storage, or memory when it is blocked or absent.
    pub fn open() -> AppStore {
        #[cfg(target_arch = "wasm32")]
        if let Ok(store) = super::BrowserStore::open() {
            return AppStore::Browser(store);
        }
        AppStore::Memory(MemoryStore::new())
    }

    fn inner(&self) -> &dyn KeyValueStore {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppStore::Browser(s) => s,
            AppStore::Memory(s) => s,
        }
    }
}

impl KeyValueStore for AppStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner().get(key)
    }
    fn contains(&self, key: &str) -> Result<bool, StorageError> {
        self.inner().contains(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.inner().set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner().remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        self.inner().keys_with_prefix(prefix)
    }
    fn room(&self) -> Result<Room, StorageError> {
        self.inner().room()
    }
}

thread_local! {
    // The browser runs the app on one thread; the repository lives for the page.
    static REPOSITORY: AssessmentRepository<AppStore> = AssessmentRepository::new(AppStore::open());
}

/// Runs `f` with the page's repository of assessments.
pub fn with_repository<R>(f: impl FnOnce(&AssessmentRepository<AppStore>) -> R) -> R {
    REPOSITORY.with(f)
}

/// Whether answers are only kept in memory because the browser blocks storage.
pub fn storage_is_memory_only() -> bool {
    with_repository(|repo| matches!(repo.store(), AppStore::Memory(_)))
}
