//! Evidence file bodies in IndexedDB (through `rexie`), keyed by the SHA-256
//! of their content, so the same file attached twice is stored once. Cases
//! keep only the metadata; bodies no case or draft refers to are deleted.

use std::collections::HashSet;

use js_sys::Uint8Array;
use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use crate::domain::StorageProblem;

const DB_NAME: &str = "case-desk-evidence";
const STORE: &str = "bodies";

/// The evidence file store of this browser.
pub struct EvidenceStore {
    db: Rexie,
}

fn problem(error: rexie::Error) -> StorageProblem {
    let detail = format!("{error}: {:?}", error);
    if detail.contains("QuotaExceeded") {
        StorageProblem::Full
    } else {
        StorageProblem::Other { detail: error.to_string() }
    }
}

impl EvidenceStore {
    /// Opens (creating on first use) the store; `Unavailable` when the browser has no IndexedDB.
    pub async fn open() -> Result<EvidenceStore, StorageProblem> {
        let has_indexed_db = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("indexedDB")).ok())
            .is_some_and(|db| !db.is_undefined() && !db.is_null());
        if !has_indexed_db {
            return Err(StorageProblem::Unavailable);
        }
        let db = Rexie::builder(DB_NAME)
            .version(1)
            .add_object_store(ObjectStore::new(STORE))
            .build()
            .await
            .map_err(|_| StorageProblem::Unavailable)?;
        Ok(EvidenceStore { db })
    }

    /// Stores a body under its hash; storing the same hash again changes nothing.
    pub async fn put(&self, hash: &str, body: &Blob) -> Result<(), StorageProblem> {
        let tx = self.db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(problem)?;
        let store = tx.store(STORE).map_err(problem)?;
        let key = JsValue::from_str(hash);
        if !store.key_exists(key.clone()).await.map_err(problem)? {
            store.put(body, Some(&key)).await.map_err(problem)?;
        }
        tx.done().await.map_err(problem)?;
        Ok(())
    }

    /// The body stored under this hash.
    pub async fn get(&self, hash: &str) -> Result<Option<Blob>, StorageProblem> {
        let tx = self.db.transaction(&[STORE], TransactionMode::ReadOnly).map_err(problem)?;
        let store = tx.store(STORE).map_err(problem)?;
        let value = store.get(JsValue::from_str(hash)).await.map_err(problem)?;
        Ok(value.and_then(|v| v.dyn_into::<Blob>().ok()))
    }

    /// Every stored hash.
    pub async fn hashes(&self) -> Result<Vec<String>, StorageProblem> {
        let tx = self.db.transaction(&[STORE], TransactionMode::ReadOnly).map_err(problem)?;
        let store = tx.store(STORE).map_err(problem)?;
        let keys = store.get_all_keys(None, None).await.map_err(problem)?;
        Ok(keys.into_iter().filter_map(|k| k.as_string()).collect())
    }

    /// Deletes every body whose hash is not in `referenced`; returns how many went.
    pub async fn delete_unreferenced(&self, referenced: &HashSet<String>) -> Result<usize, StorageProblem> {
        let unused: Vec<String> = self.hashes().await?.into_iter().filter(|h| !referenced.contains(h)).collect();
        if unused.is_empty() {
            return Ok(0);
        }
        let tx = self.db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(problem)?;
        let store = tx.store(STORE).map_err(problem)?;
        for hash in &unused {
            store.delete(JsValue::from_str(hash)).await.map_err(problem)?;
        }
        tx.done().await.map_err(problem)?;
        Ok(unused.len())
    }
}

/// Reads a file or blob into memory.
pub async fn read_bytes(blob: &Blob) -> Result<Vec<u8>, StorageProblem> {
    let buffer = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|e| StorageProblem::Other { detail: format!("the file could not be read ({e:?})") })?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// How much this site stores and how much the browser allows, in bytes.
pub async fn usage_and_quota() -> Option<(u64, u64)> {
    let manager = crate::storage::persistence::storage_manager()?;
    let estimate = JsFuture::from(manager.estimate().ok()?).await.ok()?;
    let read = |name: &str| js_sys::Reflect::get(&estimate, &JsValue::from_str(name)).ok()?.as_f64();
    Some((read("usage")? as u64, read("quota")? as u64))
}
