//! The browser's local storage, through gloo-storage: probed before use, and
//! its failures (a full quota, storage blocked) turned into words the user can
//! act on. Only gloo's raw access is used: its serde-based get and set would
//! bring serde back into the bundle.

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::assessments::chars;
use super::{KeyValueStore, StorageError, NAMESPACE};
use crate::domain::housekeeping::{Room, QUOTA_CHARS};

/// The browser's local storage for this origin.
pub struct BrowserStore {
    storage: web_sys::Storage,
}

impl BrowserStore {
    /// Local storage, if the browser lets the app use it. gloo's
    /// `LocalStorage::raw()` throws when storage is blocked, so ask first in a
    /// way that reports it; and some locked-down browsers refuse only the
    /// first write, so probe with a real one.
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        if !matches!(window.local_storage(), Ok(Some(_))) {
            return Err(StorageError::Unavailable);
        }
        let storage = LocalStorage::raw();
        let probe = "best-value/probe";
        storage
            .set_item(probe, "1")
            .map_err(|_| StorageError::Unavailable)?;
        let _ = storage.remove_item(probe);
        Ok(Self { storage })
    }

    /// Every key of the site, this app's and others'.
    fn all_keys(&self) -> Result<Vec<String>, StorageError> {
        let mut keys = Vec::new();
        for index in 0..LocalStorage::length() {
            if let Some(key) = self.storage.key(index).map_err(classify)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

#[wasm_bindgen]
extern "C" {
    /// The same `Storage` object, seen through a `getItem` that leaves the
    /// value in JavaScript: to ask whether a key is stored without copying a
    /// record of a few hundred kilobytes into wasm.
    type StorageInJs;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_in_js(this: &StorageInJs, key: &str) -> Result<JsValue, JsValue>;
}

/// Turns an exception from local storage into words the user can act on.
fn classify(err: JsValue) -> StorageError {
    let error = match err.dyn_into::<js_sys::Error>() {
        Ok(error) => GlooError::JsError(error.into()),
        Err(other) => return StorageError::Other(format!("{other:?}")),
    };
    match error {
        GlooError::JsError(e)
            if e.name == "QuotaExceededError" || e.name == "NS_ERROR_DOM_QUOTA_REACHED" =>
        {
            StorageError::QuotaExceeded
        }
        GlooError::JsError(e) if e.name == "SecurityError" => StorageError::Unavailable,
        GlooError::JsError(e) => StorageError::Other(e.message),
        _ => StorageError::Other(String::new()),
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn contains(&self, key: &str) -> Result<bool, StorageError> {
        let storage: &StorageInJs = self.storage.unchecked_ref();
        Ok(!storage.get_item_in_js(key).map_err(classify)?.is_null())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        let mut keys = self.all_keys()?;
        keys.retain(|key| key.starts_with(prefix));
        Ok(keys)
    }

    fn room(&self) -> Result<Room, StorageError> {
        // Other apps' values are measured, never kept or shown: they share the quota.
        let mut room = Room {
            used: 0,
            ours: 0,
            quota: QUOTA_CHARS,
        };
        for key in self.all_keys()? {
            let size = chars(&key) + self.get(&key)?.map_or(0, |v| chars(&v));
            room.used += size;
            if key.starts_with(NAMESPACE) {
                room.ours += size;
            }
        }
        Ok(room)
    }
}
