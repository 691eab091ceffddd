//! The few localStorage operations the stores need, each turning a browser
//! failure into a [`StorageProblem`] instead of a panic.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::domain::StorageProblem;

/// The window's localStorage, or why there is none.
pub fn local_storage() -> Result<Storage, StorageProblem> {
    let window = web_sys::window().ok_or(StorageProblem::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageProblem::Unavailable),
        Err(e) => Err(problem_from_js(e)),
    }
}

/// Reads one key.
pub fn read(key: &str) -> Result<Option<String>, StorageProblem> {
    local_storage()?.get_item(key).map_err(problem_from_js)
}

/// Writes one key.
pub fn write(key: &str, value: &str) -> Result<(), StorageProblem> {
    local_storage()?.set_item(key, value).map_err(problem_from_js)
}

/// Removes one key.
pub fn remove(key: &str) -> Result<(), StorageProblem> {
    local_storage()?.remove_item(key).map_err(problem_from_js)
}

/// Every key starting with `prefix`, sorted so loads are repeatable.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, StorageProblem> {
    let storage = local_storage()?;
    let count = storage.length().map_err(problem_from_js)?;
    let mut keys = Vec::new();
    for i in 0..count {
        if let Some(key) = storage.key(i).map_err(problem_from_js)? {
            if key.starts_with(prefix) {
                keys.push(key);
            }
        }
    }
    crate::domain::text::sort_by(&mut keys, String::cmp);
    Ok(keys)
}

/// Classifies whatever the browser threw.
pub fn problem_from_js(error: JsValue) -> StorageProblem {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) => StorageProblem::from_dom_error(&e.name(), e.code(), &e.message()),
        None => StorageProblem::Other { detail: error.as_string().unwrap_or_else(|| format!("{error:?}")) },
    }
}
