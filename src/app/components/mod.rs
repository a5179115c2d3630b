//! Pieces of view shared between pages.

pub mod prose;
pub mod save_status;
