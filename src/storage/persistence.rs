//! Persistent storage: asking the browser not to clear Case Desk's data when
//! the device runs low on space.
//!
//! `navigator.storage.persist()` can stay pending for as long as the seller
//! leaves a permission prompt unanswered (Firefox asks; headless, nobody ever
//! answers), so nothing that saves, takes in or renders may wait on it: the
//! question is asked only when the seller chooses to, and its answer arrives
//! through a callback whenever the browser gives it.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::StorageManager;

/// What the browser says about keeping this site's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// The browser will not clear the data without asking the seller.
    Granted,
    /// The browser may clear the data when space runs low.
    NotGranted,
    /// The browser has no `navigator.storage` (some WebKit builds, insecure pages).
    NotSupported,
}

/// `navigator.storage`, or `None` where the browser has none (WebKitGTK 2.50, http pages).
pub(crate) fn storage_manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if manager.is_undefined() || manager.is_null() {
        return None;
    }
    manager.dyn_into::<StorageManager>().ok()
}

async fn answer(promise: Result<js_sys::Promise, JsValue>) -> Persistence {
    let Ok(promise) = promise else { return Persistence::NotSupported };
    match JsFuture::from(promise).await.map(|v| v.as_bool()) {
        Ok(Some(true)) => Persistence::Granted,
        Ok(_) => Persistence::NotGranted,
        Err(_) => Persistence::NotSupported,
    }
}

/// Reads the current state without asking the seller anything; `then` gets it.
pub fn read_persistence(then: impl FnOnce(Persistence) + 'static) {
    let Some(manager) = storage_manager() else { return then(Persistence::NotSupported) };
    spawn_local(async move { then(answer(manager.persisted()).await) });
}

/// Asks the browser to keep the data (it may ask the seller first); `then`
/// gets the answer when there is one, which may be never.
pub fn ask_persistence(then: impl FnOnce(Persistence) + 'static) {
    let Some(manager) = storage_manager() else { return then(Persistence::NotSupported) };
    spawn_local(async move { then(answer(manager.persist()).await) });
}
