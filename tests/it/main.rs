//! Native scenario tests of the domain, one binary with a module per concept.

mod applicability;
mod assessment;
mod content;
mod content_migration;
mod coverage;
mod csv;
mod custom_framework;
mod exports;
mod follow_up;
mod housekeeping;
mod import;
mod journal;
mod members_paper;
mod paper;
mod provenance;
mod review_trail;
mod search;
mod server_config;
mod stamps;
mod storage;
mod summary;
mod summary_data;
mod tabs;
mod year_on_year;
mod year_on_year_saved;
mod year_on_year_summary;
