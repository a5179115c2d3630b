//! Best Value Self-Assessment: guided questionnaires on the statutory Best Value
//! Duty guidance for English councils, kept entirely in the browser.
//!
//! - [`domain`]: pure Rust, no browser types: the framework, assessments and their rules.
//! - [`report`]: pure Rust: what the app produces (summary, HTML, CSV, JSON backup).
//! - [`storage`]: where assessments are kept, behind a small interface.
//! - [`app`]: the Leptos user interface; it reads and changes domain state only.

pub mod app;
pub mod domain;
pub mod report;
pub mod storage;
