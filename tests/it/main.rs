//! Native scenario tests of the domain, one binary with a module per concept.

mod assessment;
mod content;
mod content_migration;
mod coverage;
mod exports;
mod housekeeping;
mod provenance;
mod review_trail;
mod search;
mod server_config;
mod stamps;
mod storage;
mod tabs;
mod year_on_year;
mod year_on_year_saved;
