//! Native scenario tests of the domain, one binary with a module per concept.

mod assessment;
mod content;
mod exports;
mod search;
mod server_config;
mod storage;
