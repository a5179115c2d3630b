//! Pieces of view shared between pages.

pub mod device_storage;
pub mod fields;
pub mod offline_notice;
pub mod prose;
pub mod radios;
pub mod save_status;
