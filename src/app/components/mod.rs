//! Pieces of view shared between pages.

pub mod prose;
