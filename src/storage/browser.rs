use wasm_bindgen::JsValue;
use web_sys::Storage;

use super::{KeyValueStore, StorageError};

/// The browser's local storage for this origin.
pub struct BrowserStore {
    storage: Storage,
}

impl BrowserStore {
    /// Local storage, if the browser lets the app use it. Some locked-down
    /// browsers throw on access or on the first write, so probe with a real write.
    pub fn open() -> Result<Self, StorageError> {
        let storage = web_sys::window()
            .ok_or(StorageError::Unavailable)?
            .local_storage()
            .map_err(|_| StorageError::Unavailable)?
            .ok_or(StorageError::Unavailable)?;
        let probe = "best-value/probe";
        storage
            .set_item(probe, "1")
            .map_err(|_| StorageError::Unavailable)?;
        let _ = storage.remove_item(probe);
        Ok(Self { storage })
    }
}

/// Turns a DOMException from local storage into words the user can act on.
fn classify(err: JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&err, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::QuotaExceeded
    } else if name == "SecurityError" {
        StorageError::Unavailable
    } else {
        StorageError::Other(format!("{err:?}"))
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        let len = self.storage.length().map_err(classify)?;
        let mut keys = Vec::new();
        for index in 0..len {
            if let Some(key) = self.storage.key(index).map_err(classify)? {
                if key.starts_with(prefix) {
                    keys.push(key);
                }
            }
        }
        Ok(keys)
    }
}
