//! A case once it is sent to Amazon: what happened to it, where it stands,
//! what the seller may do next, and how it is stored.
//!
//! Parts, in reading order:
//! - [`status`]: where a case stands, as a seller reads it;
//! - [`lifecycle`]: which action each status allows and where it leads;
//! - [`event`]: one entry of a case's append-only history;
//! - [`claim_date`]: the date a seller records that starts a claim window;
//! - [`case_file`]: the case itself and the actions that change it;
//! - [`log`]: the seller's list of cases;
//! - [`stored_format`]: the versioned JSON a case or a draft is stored as.

pub mod status;
pub mod lifecycle;
pub mod event;
pub mod claim_date;
pub mod case_file;
pub mod log;
pub mod stored_format;
