//! Browser adapters: where cases are kept between visits.
//!
//! Every browser failure becomes a [`StorageProblem`]; nothing here panics
//! when the browser refuses storage.

mod case_store;

pub use case_store::{CaseStore, LoadedCases, UnreadableCase, CASE_KEY_PREFIX};
