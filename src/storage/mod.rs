//! Browser adapters: where cases, drafts and evidence files are kept between visits.
//!
//! Every browser failure becomes a [`StorageProblem`](crate::domain::StorageProblem);
//! nothing here panics when the browser refuses storage.

mod case_store;
mod draft_store;
mod evidence_store;
pub mod local;
mod persistence;
mod settings_store;

pub use case_store::{CaseStore, CASE_KEY_PREFIX, INDEX_KEY, QUARANTINE_PREFIX};
pub use draft_store::{delete_draft, load_drafts, save_draft, DRAFT_KEY_PREFIX};
pub use evidence_store::{read_bytes, usage_and_quota, EvidenceStore};
pub use persistence::{ask_persistence, read_persistence, Persistence};
pub use settings_store::{load_settings, save_settings, SETTINGS_KEY};
