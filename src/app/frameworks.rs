//! The frameworks this browser has: the built-in one, and councils' own
//! frameworks kept in local storage. Each kept framework is read and checked
//! once per page and then lives for the page (leaked, so pages can borrow it
//! for `'static` like the built-in one); an open assessment uses its own.

use std::cell::RefCell;

use crate::app::guide;
use crate::domain::content::BUILT_IN_ID;
use crate::domain::custom_framework::Refusal;
use crate::domain::framework::Framework;
use crate::storage::{with_repository, AddError, FrameworkShelf, KeptFramework, StorageError};

thread_local! {
    // Kept frameworks already read, by storage key. Frameworks are a few
    // hundred kilobytes at most and a page loads a handful: leaking them is
    // cheaper than threading lifetimes through every page.
    static READ: RefCell<Vec<(&'static str, &'static Framework)>> = const { RefCell::new(Vec::new()) };
}

/// A kept framework file: usable (with its storage key), or with the faults
/// a check now finds.
pub enum Kept {
    Usable(&'static str, &'static Framework),
    Faulty { key: String, refusal: Refusal },
}

/// What stands for the built-in framework where a kept one has its key.
pub const BUILT_IN_KEY: &str = "built-in";

/// Every kept framework, in storage-key order. A file already read on this
/// page is not read again.
pub fn kept() -> Result<Vec<Kept>, StorageError> {
    with_repository(|repo| {
        let shelf = FrameworkShelf::new(repo.store());
        let mut out = Vec::new();
        for key in shelf.keys()? {
            if let Some((key, known)) =
                READ.with(|read| read.borrow().iter().find(|(k, _)| *k == key).copied())
            {
                out.push(Kept::Usable(key, known));
                continue;
            }
            match shelf.read(&key, guide())? {
                Some(KeptFramework {
                    key,
                    framework: Ok(framework),
                }) => {
                    let (key, framework) = remember(key, framework);
                    out.push(Kept::Usable(key, framework))
                }
                Some(KeptFramework {
                    key,
                    framework: Err(refusal),
                }) => out.push(Kept::Faulty { key, refusal }),
                None => {}
            }
        }
        Ok(out)
    })
}

/// The built-in framework, then every usable kept framework, each with its
/// key ([`BUILT_IN_KEY`] for the built-in one).
pub fn usable() -> Vec<(&'static str, &'static Framework)> {
    let mut out = vec![(BUILT_IN_KEY, guide())];
    out.extend(
        kept()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|k| match k {
                Kept::Usable(key, f) => Some((key, f)),
                Kept::Faulty { .. } => None,
            }),
    );
    out
}

/// The framework a record names: the built-in one for its id (whatever the
/// version: older versions are carried over), otherwise a kept framework of
/// exactly that id and version.
pub fn find(id: &str, version: &str) -> Option<&'static Framework> {
    if id == BUILT_IN_ID {
        return Some(guide());
    }
    usable()
        .into_iter()
        .map(|(_, f)| f)
        .find(|f| f.info.id == id && f.info.version == version)
}

/// Checks a framework file and keeps it; nothing changes if it is refused.
pub fn add(text: &str) -> Result<&'static Framework, AddError> {
    let loaded: Vec<&Framework> = usable().into_iter().map(|(_, f)| f).collect();
    let framework = with_repository(|repo| FrameworkShelf::new(repo.store()).add(text, &loaded))?;
    let key = crate::storage::framework_key(&framework.info.id, &framework.info.version);
    Ok(remember(key, framework).1)
}

/// Removes a kept framework, unless an assessment in this browser uses it.
pub fn remove(framework: &Framework) -> Result<(), String> {
    let (id, version) = (&framework.info.id, &framework.info.version);
    let result = with_repository(|repo| {
        let users = repo.count_using(id, version)?;
        if users > 0 {
            return Ok(Some(users));
        }
        FrameworkShelf::new(repo.store()).remove(id, version)?;
        Ok::<_, StorageError>(None)
    });
    match result {
        Ok(None) => {
            let key = crate::storage::framework_key(id, version);
            READ.with(|read| read.borrow_mut().retain(|(k, _)| *k != key));
            Ok(())
        }
        Ok(Some(1)) => Err("It cannot be removed: an assessment in this browser uses it.".into()),
        Ok(Some(n)) => Err(format!(
            "It cannot be removed: {n} assessments in this browser use it."
        )),
        Err(err) => Err(format!("It could not be removed: {err}.")),
    }
}

/// The framework already read from `key`, or this one, kept for the page.
fn remember(key: String, framework: Framework) -> (&'static str, &'static Framework) {
    READ.with(|read| {
        let mut read = read.borrow_mut();
        if let Some(known) = read.iter().find(|(k, _)| *k == key) {
            return *known;
        }
        let known = (
            &*Box::leak(key.into_boxed_str()),
            &*Box::leak(Box::new(framework)),
        );
        read.push(known);
        known
    })
}
