//! Cases in `localStorage`, one key per case (`case-desk:case:<id>`), so saving
//! one edit writes one case and a damaged entry never hides the others.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::domain::{decode_case, encode_case, Case, DecodeError, StorageProblem};

/// The prefix of every key holding one case.
pub const CASE_KEY_PREFIX: &str = "case-desk:case:";
const PROBE_KEY: &str = "case-desk:probe";

/// The seller's cases as kept by this browser's `localStorage`.
///
/// Holds no browser handle (so it can live in app state shared across the
/// reactive system); each call asks the window for storage again.
#[derive(Debug, Clone, Copy)]
pub struct CaseStore {
    _checked: (),
}

/// What a load found: the cases it could read and the entries it could not.
#[derive(Debug, Default)]
pub struct LoadedCases {
    /// Every readable case, in key order.
    pub cases: Vec<Case>,
    /// Entries left untouched in storage because they could not be read.
    pub unreadable: Vec<UnreadableCase>,
}

/// A stored entry that is not a readable case. It stays in storage as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableCase {
    /// The storage key.
    pub key: String,
    /// Why it could not be read.
    pub error: DecodeError,
}

impl CaseStore {
    /// Checks that this browser will keep data (reads and a test write).
    pub fn open() -> Result<CaseStore, StorageProblem> {
        let storage = local_storage()?;
        storage.set_item(PROBE_KEY, "1").map_err(problem_from_js)?;
        storage.remove_item(PROBE_KEY).map_err(problem_from_js)?;
        Ok(CaseStore { _checked: () })
    }

    /// Reads every case; unreadable entries are reported and left in place.
    pub fn load(&self) -> Result<LoadedCases, StorageProblem> {
        let storage = local_storage()?;
        let mut loaded = LoadedCases::default();
        for key in case_keys(&storage)? {
            let Some(text) = storage.get_item(&key).map_err(problem_from_js)? else { continue };
            match decode_case(&text) {
                Ok(case) => loaded.cases.push(case),
                Err(error) => loaded.unreadable.push(UnreadableCase { key, error }),
            }
        }
        Ok(loaded)
    }

    /// Writes one case under its own key.
    pub fn save(&self, case: &Case) -> Result<(), StorageProblem> {
        local_storage()?
            .set_item(&key_for(case), &encode_case(case))
            .map_err(problem_from_js)
    }
}

/// The storage key of a case.
fn key_for(case: &Case) -> String {
    format!("{CASE_KEY_PREFIX}{}", case.id)
}

fn case_keys(storage: &Storage) -> Result<Vec<String>, StorageProblem> {
    let count = storage.length().map_err(problem_from_js)?;
    let mut keys = Vec::new();
    for i in 0..count {
        if let Some(key) = storage.key(i).map_err(problem_from_js)? {
            if key.starts_with(CASE_KEY_PREFIX) {
                keys.push(key);
            }
        }
    }
    // Storage key order is the browser's choice; sort so loads are repeatable.
    keys.sort();
    Ok(keys)
}

fn local_storage() -> Result<Storage, StorageProblem> {
    let window = web_sys::window().ok_or(StorageProblem::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageProblem::Unavailable),
        Err(e) => Err(problem_from_js(e)),
    }
}

fn problem_from_js(error: JsValue) -> StorageProblem {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) => StorageProblem::from_dom_error(&e.name(), e.code(), &e.message()),
        None => StorageProblem::Other {
            detail: error.as_string().unwrap_or_else(|| format!("{error:?}")),
        },
    }
}
