//! Cases in `localStorage`, one key per case (`case-desk:case:<id>`), so saving
//! one edit writes one case and a damaged entry never hides the others.

use super::local::{keys_with_prefix, local_storage, problem_from_js, read, remove, write};
use crate::domain::{decode_case, decode_newer_case, encode_case, Case, DecodeError, StorageProblem};

/// The prefix of every key holding one case.
pub const CASE_KEY_PREFIX: &str = "case-desk:case:";
/// The prefix of the copies kept of entries that could not be read.
pub const QUARANTINE_PREFIX: &str = "case-desk:quarantine:";
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
    /// Cases saved by a newer Case Desk, readable enough to show: read-only, never written.
    pub read_only: Vec<Case>,
}

/// A stored entry that is not a readable case. It stays in storage as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableCase {
    /// The storage key.
    pub key: String,
    /// Why it could not be read.
    pub error: DecodeError,
    /// The stored text, exactly as found.
    pub text: String,
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
        let mut loaded = LoadedCases::default();
        for key in keys_with_prefix(CASE_KEY_PREFIX)? {
            let Some(text) = read(&key)? else { continue };
            match decode_case(&text) {
                Ok(case) => loaded.cases.push(case),
                Err(DecodeError::NewerSchema { .. }) if decode_newer_case(&text).is_some() => {
                    loaded.read_only.extend(decode_newer_case(&text));
                }
                Err(error) => {
                    // Keep a copy aside, once: whatever happens to the entry, the text survives.
                    let copy = format!("{QUARANTINE_PREFIX}{key}");
                    if read(&copy).ok().flatten().is_none() {
                        let _ = write(&copy, &text);
                    }
                    loaded.unreadable.push(UnreadableCase { key, error, text });
                }
            }
        }
        Ok(loaded)
    }

    /// Writes one case under its own key.
    pub fn save(&self, case: &Case) -> Result<(), StorageProblem> {
        write(&key(&case.id.0), &encode_case(case))
    }

    /// Removes one case.
    pub fn delete(&self, id: &str) -> Result<(), StorageProblem> {
        remove(&key(id))
    }

    /// Discards unreadable entries and their quarantine copies (after the seller confirmed).
    pub fn discard_unreadable(&self, keys: &[String]) -> Result<(), StorageProblem> {
        for k in keys {
            remove(k)?;
            remove(&format!("{QUARANTINE_PREFIX}{k}"))?;
        }
        Ok(())
    }

    /// Writes `cases` and removes `removed` all together: if any write fails,
    /// every key touched is put back as it was, and the error is returned.
    pub fn save_batch(&self, cases: &[Case], removed: &[String]) -> Result<(), StorageProblem> {
        let mut before: Vec<(String, Option<String>)> = Vec::new();
        let result = (|| {
            for id in removed {
                let k = key(id);
                before.push((k.clone(), read(&k)?));
                remove(&k)?;
            }
            for case in cases {
                let k = key(&case.id.0);
                before.push((k.clone(), read(&k)?));
                write(&k, &encode_case(case))?;
            }
            Ok(())
        })();
        if result.is_err() {
            for (k, old) in before.into_iter().rev() {
                let _ = match old {
                    Some(text) => write(&k, &text),
                    None => remove(&k),
                };
            }
        }
        result
    }
}

fn key(id: &str) -> String {
    format!("{CASE_KEY_PREFIX}{id}")
}
