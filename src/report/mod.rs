//! What the app produces from an assessment, in pure Rust with no browser
//! types: the summary as data, the summary as HTML, the action plan as CSV,
//! and backups as JSON (with the checks an imported file must pass).
//!
//! - [`summary`]: the summary as data, worked out once so every output agrees
//!   (its parts: [`summary_parts`]).
//! - [`key_messages`]: what the committee paper says first, and its priority actions.
//! - [`html`]: the summary as an HTML fragment and a print-ready document.
//! - [`csv`]: the action plan for Excel.
//! - [`backup`]: the JSON backup, file names, and checked import.
//! - [`since_last`]: movement since the last assessment, actions completed
//!   since, and the review trail.
//! - [`retired`]: answers to questions no longer asked, and where the
//!   statements rated come from.

pub mod backup;
pub mod csv;
pub mod html;
pub mod key_messages;
pub mod retired;
pub mod since_last;
pub mod summary;
pub mod summary_parts;
