//! Pieces of view shared between pages.

pub mod fields;
pub mod prose;
pub mod save_status;
