//! Pieces of view shared between pages.

pub mod fields;
pub mod prose;
pub mod radios;
pub mod save_status;
