//! Cases in `localStorage`, one key per case (`case-desk:case:<id>`), so saving
//! one edit writes one case and a damaged entry never hides the others.

use super::local::{keys_with_prefix, local_storage, problem_from_js, read, remove, write};
use crate::app_state::{CaseStorage, LoadedCases, UnreadableCase};
use crate::domain::{decode_case, decode_newer_case, encode_case, Case, DecodeError, StorageProblem};

/// The prefix of every key holding one case.
pub const CASE_KEY_PREFIX: &str = "case-desk:case:";
/// The index: the ids of every case this browser holds, to notice cases that went missing.
pub const INDEX_KEY: &str = "case-desk:index";
/// The prefix entries that could not be read are moved under (`case-desk:quarantine:case-desk:case:<id>`).
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

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct Index {
    schema: u32,
    ids: Vec<String>,
}

fn read_index() -> Option<Vec<String>> {
    let text = read(INDEX_KEY).ok()??;
    serde_json::from_str::<Index>(&text).ok().map(|i| i.ids)
}

fn write_index(ids: &[String]) -> Result<(), StorageProblem> {
    let mut ids = ids.to_vec();
    crate::domain::text::sort_by(&mut ids, String::cmp);
    ids.dedup();
    let text = serde_json::to_string(&Index { schema: crate::domain::SCHEMA_VERSION, ids }).unwrap_or_default();
    write(INDEX_KEY, &text)
}

impl CaseStore {
    /// Checks that this browser will keep data (reads and a test write).
    pub fn open() -> Result<CaseStore, StorageProblem> {
        let storage = local_storage()?;
        storage.set_item(PROBE_KEY, "1").map_err(problem_from_js)?;
        storage.remove_item(PROBE_KEY).map_err(problem_from_js)?;
        Ok(CaseStore { _checked: () })
    }

    /// Reads every case. An unreadable entry is moved aside under the
    /// quarantine prefix (one copy in total, so a store full of them still has
    /// room for new work), reported, and never changed again; one that reads
    /// again (a newer Case Desk can) goes back to being a case.
    pub fn load(&self) -> Result<LoadedCases, StorageProblem> {
        let mut loaded = LoadedCases::default();
        let quarantined = format!("{QUARANTINE_PREFIX}{CASE_KEY_PREFIX}");
        // One pass over the browser's keys for both kinds.
        let (copies, keys): (Vec<String>, Vec<String>) = keys_with_prefix("case-desk:")?
            .into_iter()
            .filter(|k| k.starts_with(CASE_KEY_PREFIX) || k.starts_with(&quarantined))
            .partition(|k| k.starts_with(&quarantined));
        for key in keys {
            let Some(text) = read(&key)? else { continue };
            match decode_case(&text) {
                Ok(case) => loaded.cases.push(case),
                Err(DecodeError::NewerSchema { .. }) if decode_newer_case(&text).is_some() => {
                    loaded.read_only.extend(decode_newer_case(&text));
                }
                // A newer version's entry stays where it is: a tab of that version may be open.
                Err(error @ DecodeError::NewerSchema { .. }) => {
                    loaded.unreadable.push(UnreadableCase { stored_at: key.clone(), key, error, text });
                }
                Err(error) => {
                    let stored_at = quarantine(&key, &text);
                    loaded.unreadable.push(UnreadableCase { key, stored_at, error, text });
                }
            }
        }
        for copy in copies {
            if loaded.unreadable.iter().any(|u| u.stored_at == copy) {
                continue;
            }
            let Some(text) = read(&copy)? else { continue };
            let key = copy[QUARANTINE_PREFIX.len()..].to_string();
            let live = read(&key)?.is_some();
            match decode_case(&text) {
                // An old copy beside a live case (an earlier version copied instead of
                // moving): the live one is the case; the copy is left alone.
                Ok(_) if live => {}
                Ok(case) => {
                    // Readable again (a newer Case Desk): back to its own key, if there is room.
                    if write(&key, &text).is_ok() {
                        let _ = remove(&copy);
                    }
                    loaded.cases.push(case);
                }
                Err(error) => loaded.unreadable.push(UnreadableCase { key, stored_at: copy, error, text }),
            }
        }
        let present: std::collections::HashSet<&str> = loaded
            .cases
            .iter()
            .chain(&loaded.read_only)
            .map(|c| c.id.0.as_str())
            .chain(loaded.unreadable.iter().map(|u| &u.key[CASE_KEY_PREFIX.len()..]))
            .collect();
        match read_index() {
            Some(listed) => loaded.missing = listed.into_iter().filter(|id| !present.contains(&id.as_str())).collect(),
            // First run with an index (or it was lost): build it from what is there.
            None => {
                let ids: Vec<String> = present.iter().map(|id| id.to_string()).collect();
                let _ = write_index(&ids);
            }
        }
        Ok(loaded)
    }
}

/// localStorage as the app's [`CaseStorage`]: one key per case and an index of ids.
impl CaseStorage for CaseStore {
    /// Writes one case under its own key: one edit, one write.
    fn save(&self, case: &Case) -> Result<(), StorageProblem> {
        write(&key(&case.id.0), &encode_case(case))
    }

    /// Writes a new case and adds it to the index.
    fn save_new(&self, case: &Case) -> Result<(), StorageProblem> {
        self.save(case)?;
        let mut ids = read_index().unwrap_or_default();
        ids.push(case.id.0.clone());
        write_index(&ids)
    }

    /// Forgets ids the index lists but storage no longer has (after the seller was told).
    fn forget_missing(&self, missing: &[String]) -> Result<(), StorageProblem> {
        let ids: Vec<String> = read_index().unwrap_or_default().into_iter().filter(|i| !missing.contains(i)).collect();
        write_index(&ids)
    }

    /// Discards unreadable entries, wherever they are kept (after the seller confirmed).
    fn discard_unreadable(&self, entries: &[UnreadableCase]) -> Result<(), StorageProblem> {
        for entry in entries {
            if read(&entry.stored_at)?.as_deref() == Some(entry.text.as_str()) {
                remove(&entry.stored_at)?;
            }
        }
        Ok(())
    }

    /// Writes `cases` and removes `removed` all together: if any write fails,
    /// every key touched is put back as it was, and the error is returned.
    fn save_batch(&self, cases: &[Case], removed: &[String]) -> Result<(), StorageProblem> {
        let mut before: Vec<(String, Option<String>)> = vec![(INDEX_KEY.to_string(), read(INDEX_KEY)?)];
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
            let mut ids: Vec<String> =
                read_index().unwrap_or_default().into_iter().filter(|i| !removed.contains(i)).collect();
            ids.extend(cases.iter().map(|c| c.id.0.clone()));
            write_index(&ids)
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

/// Moves an unreadable entry under the quarantine prefix; returns where its
/// text is now. If the copy cannot be written (storage full) or another text
/// is already there, the entry stays where it is: never two copies, never none.
fn quarantine(key: &str, text: &str) -> String {
    let copy = format!("{QUARANTINE_PREFIX}{key}");
    let moved = match read(&copy) {
        Ok(Some(existing)) => existing == text,
        Ok(None) => write(&copy, text).is_ok(),
        Err(_) => false,
    };
    if moved && remove(key).is_ok() {
        copy
    } else {
        key.to_string()
    }
}

fn key(id: &str) -> String {
    format!("{CASE_KEY_PREFIX}{id}")
}
