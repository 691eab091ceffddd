//! Amazon's side of a case, as data checked against Seller Central: the
//! problem types and specific problems of Help → Contact Us, what each needs
//! (identifiers, evidence, contact methods, a message template), and the
//! claim windows of money problems with the sources they were read in.
//!
//! Parts, in reading order:
//! - [`problem_type`]: the broad kinds of problem (the first choice);
//! - [`specific_problem`]: one problem's needs, and the questions asked of the list;
//! - [`data`]: the table itself;
//! - [`claim_policy`]: how long Amazon accepts each kind of reimbursement claim.

pub mod claim_policy;
mod data;
pub mod problem_type;
pub mod specific_problem;
