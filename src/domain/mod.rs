//! The business of Case Desk in plain Rust: no browser, no UI framework.
//!
//! Everything here is deterministic: the current time and fresh ids are passed
//! in by the caller, so every rule can be tested natively.
//!
//! The map, in the order a seller meets it. Each part imports only parts
//! listed before it (no import cycle between them):
//!
//! - shared leaves: [`lang`] (the two languages and bilingual texts), [`text`]
//!   (sorting, case folding, shortening), [`time`] (reading and writing dates
//!   and times), `stored_field` (reading stored records field by field),
//!   [`identifiers`] (order IDs, ASINs… and their checks), [`contact_method`]
//!   (how Amazon answers: email, phone, chat), [`evidence`] (files and what
//!   they prove), [`storage_problem`];
//! - [`catalog`]: Amazon's side as data: problem types, specific problems and
//!   what each needs, the claim windows with their sources;
//! - [`settings`]: the seller's own times, name and claim-window overrides;
//! - [`contact_us`]: the Contact Us wizard: the draft, its steps, the letter,
//!   tone and completeness checks, and the request it produces;
//! - [`case`]: a case once sent: its events, status and lifecycle, the claim
//!   date, the log of cases and their stored format;
//! - [`deadlines`]: the response window, claim windows, follow-ups and the
//!   milestones reminders are made of;
//! - [`insight`]: reading many cases at once: the log's search, filters and
//!   order, and the overview's numbers;
//! - [`transfer`]: what leaves or enters the desk as a file: export/import
//!   with merge, calendar files, sample cases.

pub mod lang;
pub mod text;
pub mod time;
mod stored_field;
pub mod identifiers;
pub mod contact_method;
pub mod evidence;
pub mod storage_problem;
pub mod catalog;
pub mod settings;
pub mod contact_us;
pub mod case;
pub mod deadlines;
pub mod insight;
pub mod transfer;

pub use case::case_file::{Case, CaseId};
pub use case::event::{CaseEvent, EventId, EventKind};
pub use case::log::CaseLog;
pub use case::status::CaseStatus;
pub use case::stored_format::{
    decode_case, decode_draft, decode_newer_case, encode_case, encode_draft, DecodeError, SCHEMA_VERSION,
};
pub use catalog::problem_type::ProblemType;
pub use lang::{Lang, Text};
pub use storage_problem::StorageProblem;
