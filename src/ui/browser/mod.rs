//! Thin adapters over browser APIs the pages use: whether the tab is visible,
//! the clipboard and a debounced call here; the service worker, system
//! notifications and Web Locks in their own files.
//!
//! Written here instead of taken from leptos-use: Case Desk used five of its
//! functions, and their generic, reactive plumbing (actions, options builders,
//! send wrappers) cost the first load several KB gzip for some thirty lines of
//! web-sys calls each (issue 12).

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

mod notifications;
mod service_worker;
mod web_lock;

pub use notifications::{follow_worker_clicks, notification_permission, show_notification};
pub use service_worker::Worker;
pub use web_lock::hold_lock;

/// Whether the document is visible, following `visibilitychange`.
pub fn document_visible() -> ReadSignal<bool> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return RwSignal::new(true).read_only() };
    let visible = RwSignal::new(!document.hidden());
    let listener = {
        let document = document.clone();
        Closure::<dyn Fn()>::new(move || {
            visible.try_set(!document.hidden());
        })
        .into_js_value()
    };
    let _ = document.add_event_listener_with_callback("visibilitychange", listener.unchecked_ref());
    let listening = send_wrapper::SendWrapper::new((document, listener));
    on_cleanup(move || {
        let (document, listener) = &*listening;
        let _ = document.remove_event_listener_with_callback("visibilitychange", listener.unchecked_ref());
    });
    visible.read_only()
}

/// Whether `navigator` has `property` (clipboard and service workers exist in
/// secure contexts only: https and localhost).
pub fn navigator_has(property: &str) -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &property.into()).unwrap_or(false))
}

/// The clipboard, and whether the last copy succeeded (for 1.5 s, as a status to show).
#[derive(Clone, Copy)]
pub struct Clipboard {
    /// The last copy reached the clipboard (reset after 1.5 s).
    pub copied: RwSignal<bool>,
}

impl Clipboard {
    pub fn new() -> Clipboard {
        Clipboard { copied: RwSignal::new(false) }
    }

    /// The browser offers the asynchronous clipboard (secure contexts only).
    pub fn supported() -> bool {
        navigator_has("clipboard")
    }

    /// Writes `text`. Nothing waits for the browser's answer but the status.
    pub fn copy(self, text: &str) {
        let Some(window) = web_sys::window() else { return };
        if !Clipboard::supported() {
            return;
        }
        let written = JsFuture::from(window.navigator().clipboard().write_text(text));
        let copied = self.copied;
        spawn_local(async move {
            if written.await.is_ok() && copied.try_set(true).is_none() {
                set_timeout(move || _ = copied.try_set(false), Duration::from_millis(1500));
            }
        });
    }
}

/// `call`, run `wait` after the last of a burst of calls to the returned
/// function; a call still pending when the component goes away is dropped.
pub fn debounced(call: impl Fn() + 'static, wait: Duration) -> impl Fn() + Copy + 'static {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(Some(timer)) = pending.try_get_value() {
            timer.clear();
        }
    });
    let call = StoredValue::new_local(call);
    move || {
        if let Some(timer) = pending.get_value() {
            timer.clear();
        }
        let timer = set_timeout_with_handle(move || _ = call.try_with_value(|call| call()), wait);
        pending.set_value(timer.ok());
    }
}
