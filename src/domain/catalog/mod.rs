//! Amazon's side of a case, as data checked against Seller Central: the
//! problem types and specific problems of Help → Contact Us, what each needs
//! (identifiers, evidence, contact methods, a message template), and the
//! claim windows of money problems with the sources they were read in.
//!
//! Parts, in reading order:
//! - [`problem_type`]: the broad kinds of problem (the first choice);
//! - [`specific_problem`]: one problem's needs, and the questions asked of the list;
//! - `data`: the table itself, read through [`all`], [`problems_of`] and [`find`];
//! - [`claim_policy`]: how long Amazon accepts each kind of reimbursement claim.

pub mod problem_type;
pub mod specific_problem;
mod data;
pub mod claim_policy;

use crate::domain::ProblemType;
use data::PROBLEMS;
use specific_problem::SpecificProblem;

/// Every specific problem, grouped by type in catalog order.
pub fn all() -> &'static [SpecificProblem] {
    PROBLEMS
}

/// The specific problems under one type.
pub fn problems_of(problem_type: ProblemType) -> impl Iterator<Item = &'static SpecificProblem> {
    PROBLEMS.iter().filter(move |p| p.problem_type == problem_type)
}

/// The specific problem with this slug.
pub fn find(slug: &str) -> Option<&'static SpecificProblem> {
    PROBLEMS.iter().find(|p| p.slug == slug)
}
