//! The business of Case Desk in plain Rust: no browser, no UI framework.
//!
//! Everything here is deterministic: the current time and fresh ids are passed
//! in by the caller, so every rule can be tested natively.

pub mod case;
pub mod case_log;
pub mod catalog;
mod catalog_data;
pub mod claim;
pub mod completeness;
pub mod contact;
pub mod contact_us;
pub mod evidence;
pub mod export;
pub mod follow_up;
pub mod ics;
pub mod identifiers;
pub mod lang;
pub mod letter;
pub mod lifecycle;
pub mod log_query;
pub mod milestone;
pub mod overview;
pub mod problem;
pub mod record;
pub mod samples;
pub mod settings;
pub mod status;
pub mod storage_problem;
pub mod text;
pub mod time;
pub mod tone;
pub mod window;

pub use case::{Case, CaseEvent, CaseId, EventId, EventKind};
pub use case_log::CaseLog;
pub use lang::{Lang, Text};
pub use problem::ProblemType;
pub use record::{
    decode_case, decode_draft, decode_newer_case, encode_case, encode_draft, DecodeError, SCHEMA_VERSION,
};
pub use status::CaseStatus;
pub use storage_problem::StorageProblem;
