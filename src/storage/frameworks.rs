//! Councils' own frameworks kept in a [`KeyValueStore`], one key per framework
//! version: `best-value/frameworks/<id>/<version>`, holding the file's text as
//! loaded, so that it is checked again, with the same line numbers, whenever
//! it is read (a later release may check more).

use thiserror::Error;

use super::{KeyValueStore, StorageError, NAMESPACE};
use crate::domain::custom_framework::{check_file, Refusal};
use crate::domain::framework::Framework;

/// The key prefix of every kept framework.
pub fn framework_prefix() -> String {
    format!("{NAMESPACE}frameworks/")
}

/// The key of one framework version. Ids and versions are checked to be
/// plain words (see [`crate::domain::custom_framework`]), so the key is unambiguous.
pub fn framework_key(id: &str, version: &str) -> String {
    format!("{}{id}/{version}", framework_prefix())
}

/// A kept framework file: its framework, or why it can no longer be used.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptFramework {
    pub key: String,
    pub framework: Result<Framework, Refusal>,
}

/// Why a framework file was not kept. Nothing is changed either way.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AddError {
    #[error("{0}")]
    Refused(#[from] Refusal),
    #[error("The framework could not be kept: {0}.")]
    Storage(#[from] StorageError),
}

/// The frameworks kept in one store.
pub struct FrameworkShelf<'s, S> {
    store: &'s S,
}

impl<'s, S: KeyValueStore> FrameworkShelf<'s, S> {
    pub fn new(store: &'s S) -> Self {
        Self { store }
    }

    /// Every kept framework, in key order (by id, then version). `built_in`
    /// is the framework the app carries, which a kept one may not copy.
    pub fn list(&self, built_in: &Framework) -> Result<Vec<KeptFramework>, StorageError> {
        let mut out = Vec::new();
        for key in self.keys()? {
            if let Some(kept) = self.read(&key, built_in)? {
                out.push(kept);
            }
        }
        Ok(out)
    }

    /// The keys of every kept framework, sorted.
    pub fn keys(&self) -> Result<Vec<String>, StorageError> {
        // Sorted by insertion, by hand: there are a few at most, and a sort
        // routine for strings would cost the bundle more than this loop.
        let mut keys: Vec<String> = Vec::new();
        for key in self.store.keys_with_prefix(&framework_prefix())? {
            let at = keys.iter().position(|k| *k > key).unwrap_or(keys.len());
            keys.insert(at, key);
        }
        Ok(keys)
    }

    /// The framework kept under `key`, checked again (against the built-in
    /// one only: the others are its neighbours on the shelf, not copies).
    pub fn read(
        &self,
        key: &str,
        built_in: &Framework,
    ) -> Result<Option<KeptFramework>, StorageError> {
        Ok(self.store.get(key)?.map(|text| KeptFramework {
            key: key.to_owned(),
            framework: check_file(&text, &[built_in]),
        }))
    }

    /// Checks a framework file and keeps it, or refuses it and changes
    /// nothing. `loaded` are the frameworks the app already has.
    pub fn add(&self, text: &str, loaded: &[&Framework]) -> Result<Framework, AddError> {
        let framework = check_file(text, loaded)?;
        let key = framework_key(&framework.info.id, &framework.info.version);
        if self.store.get(&key)?.is_some() {
            return Err(Refusal::Duplicate {
                title: framework.info.title,
                version: framework.info.version,
            }
            .into());
        }
        self.store.set(&key, text)?;
        Ok(framework)
    }

    /// Removes a kept framework. The caller checks no assessment uses it.
    pub fn remove(&self, id: &str, version: &str) -> Result<(), StorageError> {
        self.store.remove(&framework_key(id, version))
    }
}
