//! The seller's cases as the UI sees them: the in-memory [`CaseLog`] kept in
//! step with browser storage, plus what went wrong with storage, for the banner.

use chrono::Utc;
use leptos::prelude::*;

use crate::domain::{Case, CaseId, CaseLog, EventId, NewCase, StorageProblem};
use crate::storage::{CaseStore, UnreadableCase};

/// Shared app state, provided once by [`super::App`]; get it with `expect_context::<CaseBook>()`.
#[derive(Clone, Copy)]
pub struct CaseBook {
    log: RwSignal<CaseLog>,
    store: Option<CaseStore>,
    problem: RwSignal<Option<StorageProblem>>,
    unreadable: RwSignal<Vec<UnreadableCase>>,
}

impl CaseBook {
    /// Loads every readable case; storage trouble is recorded, never fatal.
    pub fn load() -> CaseBook {
        let (store, cases, unreadable, problem) = match CaseStore::open() {
            Ok(store) => match store.load() {
                Ok(loaded) => (Some(store), loaded.cases, loaded.unreadable, None),
                Err(problem) => (Some(store), Vec::new(), Vec::new(), Some(problem)),
            },
            Err(problem) => (None, Vec::new(), Vec::new(), Some(problem)),
        };
        CaseBook {
            log: RwSignal::new(CaseLog::new(cases)),
            store,
            problem: RwSignal::new(problem),
            unreadable: RwSignal::new(unreadable),
        }
    }

    /// The cases, to read reactively.
    pub fn log(&self) -> ReadSignal<CaseLog> {
        self.log.read_only()
    }

    /// The latest storage problem, if the last save or load failed.
    pub fn problem(&self) -> ReadSignal<Option<StorageProblem>> {
        self.problem.read_only()
    }

    /// Stored entries that could not be read (kept in storage untouched).
    pub fn unreadable(&self) -> ReadSignal<Vec<UnreadableCase>> {
        self.unreadable.read_only()
    }

    /// Opens a case from a validated draft, keeps it, and returns its id.
    ///
    /// The case is in the log even if the browser refuses to store it; the
    /// banner then says so, and the next save tries again.
    pub fn open_case(&self, new_case: NewCase) -> CaseId {
        let case = Case::open(new_case, CaseId(new_id()), EventId(new_id()), Utc::now());
        let id = case.id.clone();
        self.save(&case);
        self.log.update(|log| log.upsert(case));
        id
    }

    fn save(&self, case: &Case) {
        let result = match self.store {
            Some(store) => store.save(case),
            None => Err(StorageProblem::Unavailable),
        };
        self.problem.set(result.err());
    }
}

/// A fresh id: 96 random bits as hex. `Math.random` is enough here: ids only
/// need to be unique in one seller's data, and it works on plain-http pages
/// where `crypto.randomUUID` does not.
fn new_id() -> String {
    (0..3)
        .map(|_| format!("{:08x}", (js_sys::Math::random() * f64::from(u32::MAX)) as u32))
        .collect()
}
