//! The Contact Us wizard as a seller fills it in: problem type → specific
//! problem → contact method → details → review, and the request it produces
//! once the seller has sent the message in Seller Central.
//!
//! Parts, in reading order:
//! - [`step`]: the wizard's steps;
//! - [`draft`]: everything typed so far, checked field by field, and the
//!   [`CaseRequest`](draft::CaseRequest) a complete draft becomes;
//! - [`message`]: the message to Amazon filled from the problem's template;
//! - [`letter`]: the text rules of that message (asks once, pastes cleanly, length);
//! - [`tone`]: the respect precaution (wording that hurts a case);
//! - [`completeness`]: the detail-and-evidence precaution as a checklist.

pub mod step;
pub mod draft;
pub mod message;
pub mod letter;
pub mod tone;
pub mod completeness;
