//! The dates a seller works against: Amazon's answer due (the response
//! window), the follow-up when it is late, the claim window of a money case,
//! and the milestones that reminders and calendar files are made of.
//!
//! Parts, in reading order:
//! - [`response_window`]: how long Amazon has to answer, and the countdown;
//! - [`follow_up`]: when a follow-up is offered, and its message;
//! - [`claim_window`]: where a case's claim window stands today;
//! - [`milestone`]: deadlines, the moments a seller is told, and what was told.

pub mod response_window;
pub mod follow_up;
pub mod claim_window;
pub mod milestone;
