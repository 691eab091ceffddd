//! Evidence file bodies in IndexedDB, keyed by the SHA-256 of their content,
//! so the same file attached twice is stored once. Cases keep only the
//! metadata; bodies no case or draft refers to are deleted.
//!
//! One database handle for the whole app, opened on first use and kept (every
//! thumbnail used to open its own). Straight on web-sys: a request or a
//! transaction becomes a `Promise` that settles on its success/complete or
//! error/abort event, and every failure is classified by the DOMException's
//! name and code, like the localStorage adapter does.

use std::cell::RefCell;
use std::collections::HashSet;

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, DomException, IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
};

use super::local::problem_from_js;
use crate::domain::StorageProblem;

const DB_NAME: &str = "case-desk-evidence";
const STORE: &str = "bodies";

thread_local! {
    /// The app's one handle, once opened.
    static DATABASE: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// The evidence file store of this browser.
pub struct EvidenceStore {
    db: IdbDatabase,
}

/// A DOMException (or whatever the browser gave) as a [`StorageProblem`].
fn problem_of(error: Option<DomException>) -> StorageProblem {
    match error {
        Some(e) => StorageProblem::from_dom_error(&e.name(), e.code(), &e.message()),
        None => StorageProblem::Other { detail: "IndexedDB failed without saying why".into() },
    }
}

/// An event handler kept alive by the future that waits on it, and dropped
/// (handlers unset first) when that future is done: nothing leaks, and no
/// request, result or blob is pinned after its event.
type Handler = Closure<dyn FnMut(web_sys::Event)>;

/// The DOMException an IndexedDB error event carries: the failing request's
/// (a transaction's own `error` is still empty while the request's event bubbles).
fn event_error(event: &web_sys::Event, tx: Option<&IdbTransaction>) -> JsValue {
    let from_request =
        event.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()).and_then(|r| r.error().ok().flatten());
    from_request.or_else(|| tx.and_then(IdbTransaction::error)).map(JsValue::from).unwrap_or(JsValue::NULL)
}

/// Settles when `request` succeeds (with its result) or fails (with its error).
async fn settled(request: &IdbRequest) -> Result<JsValue, StorageProblem> {
    let mut handlers: Option<(Handler, Handler)> = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Handler::new(move |_| {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Handler::new(move |event: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &event_error(&event, None));
        });
        request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
        request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_success, on_error));
    });
    let result = JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    drop(handlers);
    result.map_err(|e| problem_of(e.dyn_into::<DomException>().ok()))
}

/// Settles when `tx` has committed, or failed or aborted (a full disk shows up here).
async fn committed(tx: &IdbTransaction) -> Result<(), StorageProblem> {
    let mut handlers: Option<(Handler, Handler)> = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Handler::new(move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let on_fail = Handler::new(move |event: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &event_error(&event, Some(&failed)));
        });
        tx.set_oncomplete(Some(on_complete.as_ref().unchecked_ref()));
        tx.set_onerror(Some(on_fail.as_ref().unchecked_ref()));
        tx.set_onabort(Some(on_fail.as_ref().unchecked_ref()));
        handlers = Some((on_complete, on_fail));
    });
    let result = JsFuture::from(promise).await;
    tx.set_oncomplete(None);
    tx.set_onerror(None);
    tx.set_onabort(None);
    drop(handlers);
    result.map(|_| ()).map_err(|e| problem_of(e.dyn_into::<DomException>().ok()))
}

async fn open_database() -> Result<IdbDatabase, StorageProblem> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(StorageProblem::Unavailable)?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB_NAME, 1).map_err(problem_from_js)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Some(db) = upgrading.result().ok().and_then(|r| r.dyn_into::<IdbDatabase>().ok()) {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = settled(&request)
        .await
        .map_err(|_| StorageProblem::Unavailable)?
        .dyn_into::<IdbDatabase>()
        .map_err(|_| StorageProblem::Unavailable)?;
    // Another tab deleting or upgrading the database: let go of this handle
    // (only if it is still the app's), open again next time. Lives as long as the handle.
    let this = db.clone();
    let closing = Closure::<dyn FnMut()>::new(move || forget_database_if(&this)).into_js_value();
    db.set_onversionchange(Some(closing.unchecked_ref()));
    db.set_onclose(Some(closing.unchecked_ref()));
    Ok(db)
}

fn forget_database() {
    DATABASE.with(|d| {
        if let Some(db) = d.borrow_mut().take() {
            db.close();
        }
    });
}

fn forget_database_if(handle: &IdbDatabase) {
    let current = DATABASE.with(|d| d.borrow().as_ref().is_some_and(|db| js_sys::Object::is(db, handle)));
    if current {
        forget_database();
    } else {
        handle.close();
    }
}

impl EvidenceStore {
    /// The app's evidence store, opened (and created) on first use;
    /// `Unavailable` when the browser has no IndexedDB or refuses it.
    pub async fn open() -> Result<EvidenceStore, StorageProblem> {
        if let Some(db) = DATABASE.with(|d| d.borrow().clone()) {
            return Ok(EvidenceStore { db });
        }
        let db = open_database().await?;
        // Two first uses may race: keep the first handle, close the other.
        let db = DATABASE.with(|d| {
            let mut slot = d.borrow_mut();
            match slot.as_ref() {
                Some(first) => {
                    db.close();
                    first.clone()
                }
                None => {
                    *slot = Some(db.clone());
                    db
                }
            }
        });
        Ok(EvidenceStore { db })
    }

    /// Lets go of the app's handle; the next [`EvidenceStore::open`] opens the database again.
    pub fn close() {
        forget_database();
    }

    fn store(&self, mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), StorageProblem> {
        let tx = self.db.transaction_with_str_and_mode(STORE, mode).map_err(problem_from_js)?;
        let store = tx.object_store(STORE).map_err(problem_from_js)?;
        Ok((tx, store))
    }

    /// Stores a body under its hash; storing the same hash again changes nothing.
    pub async fn put(&self, hash: &str, body: &Blob) -> Result<(), StorageProblem> {
        let (tx, store) = self.store(IdbTransactionMode::Readwrite)?;
        let key = JsValue::from_str(hash);
        let count = settled(&store.count_with_key(&key).map_err(problem_from_js)?).await?;
        if count.as_f64().unwrap_or(0.0) == 0.0 {
            store.put_with_key(body, &key).map_err(problem_from_js)?;
        }
        committed(&tx).await
    }

    /// The body stored under this hash.
    pub async fn get(&self, hash: &str) -> Result<Option<Blob>, StorageProblem> {
        let (_tx, store) = self.store(IdbTransactionMode::Readonly)?;
        let value = settled(&store.get(&JsValue::from_str(hash)).map_err(problem_from_js)?).await?;
        Ok(value.dyn_into::<Blob>().ok())
    }

    /// Every stored hash.
    pub async fn hashes(&self) -> Result<Vec<String>, StorageProblem> {
        let (_tx, store) = self.store(IdbTransactionMode::Readonly)?;
        let keys = settled(&store.get_all_keys().map_err(problem_from_js)?).await?;
        Ok(js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()).collect())
    }

    /// Deletes every body whose hash is not in `referenced`; returns how many went.
    pub async fn delete_unreferenced(&self, referenced: &HashSet<String>) -> Result<usize, StorageProblem> {
        let unused: Vec<String> = self.hashes().await?.into_iter().filter(|h| !referenced.contains(h)).collect();
        if unused.is_empty() {
            return Ok(0);
        }
        let (tx, store) = self.store(IdbTransactionMode::Readwrite)?;
        for hash in &unused {
            store.delete(&JsValue::from_str(hash)).map_err(problem_from_js)?;
        }
        committed(&tx).await?;
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
