//! Native scenario tests of the domain, one binary with a module per concept.

mod content;
mod search;
