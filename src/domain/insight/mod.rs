//! Reading many cases at once: the case log's search, filters and order
//! (written in the page address), and the overview's numbers and charts,
//! which count exactly what the log shows for the same query.
//!
//! Parts, in reading order:
//! - [`log_query`]: the log's questions, filters and order;
//! - [`overview`]: the overview's numbers and chart geometry.

pub mod log_query;
pub mod overview;
