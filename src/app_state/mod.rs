//! The app's state decisions in plain Rust: what is saved when, what is
//! retried, what is never written, how another tab's change is merged. No
//! leptos and no web-sys here, so every decision is tested natively; the UI's
//! `CaseBook` wraps a [`Desk`] in signals, and `storage::CaseStore` is the
//! browser's [`CaseStorage`].

mod desk;
#[cfg(test)]
mod memory_store;

pub use desk::{referenced_evidence, ChangeError, ConcurrentChange, Desk, READ_ONLY};

use crate::domain::{Case, DecodeError, StorageProblem};

/// Where cases are kept between visits (the browser's localStorage in the app,
/// an in-memory store that can fail on purpose in the tests).
pub trait CaseStorage {
    /// Writes one case under its own key.
    fn save(&self, case: &Case) -> Result<(), StorageProblem>;
    /// Writes a new case and lists it in the index.
    fn save_new(&self, case: &Case) -> Result<(), StorageProblem>;
    /// Writes `cases` and removes the cases with ids `removed`, all or nothing.
    fn save_batch(&self, cases: &[Case], removed: &[String]) -> Result<(), StorageProblem>;
    /// Stops listing ids whose case is gone.
    fn forget_missing(&self, ids: &[String]) -> Result<(), StorageProblem>;
    /// Deletes unreadable entries where they are kept, each only if it still
    /// holds the text that was reported (a case written there since is kept).
    fn discard_unreadable(&self, entries: &[UnreadableCase]) -> Result<(), StorageProblem>;
}

/// What a load found: the cases it could read and the entries it could not.
#[derive(Debug, Default)]
pub struct LoadedCases {
    /// Every readable case, in key order.
    pub cases: Vec<Case>,
    /// Entries left untouched in storage because they could not be read.
    pub unreadable: Vec<UnreadableCase>,
    /// Cases saved by a newer Case Desk, readable enough to show: read-only, never written.
    pub read_only: Vec<Case>,
    /// Ids the index lists whose case is gone from storage (the browser lost part of it).
    pub missing: Vec<String>,
}

/// A stored entry that is not a readable case. It stays in storage as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableCase {
    /// The case's own storage key (shown to the seller, and in the raw download).
    pub key: String,
    /// Where the text is kept now: `key`, or its quarantine key once moved aside.
    pub stored_at: String,
    /// Why it could not be read.
    pub error: DecodeError,
    /// The stored text, exactly as found.
    pub text: String,
}
