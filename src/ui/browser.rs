//! Thin adapters over browser APIs the pages use: whether the tab is visible,
//! the clipboard, a debounced call, and the service worker's registration.
//!
//! Written here instead of taken from leptos-use: Case Desk used five of its
//! functions, and their generic, reactive plumbing (actions, options builders,
//! send wrappers) cost the first load several KB gzip for some thirty lines of
//! web-sys calls each (issue 12).

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

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

/// Shows a system notification through the service worker, for a browser
/// that lets only workers show them (Chrome on Android). The worker
/// (`public/sw.js`) handles its click: Case Desk comes forward at the address
/// in the notification's `data`. Nothing waits for it (the notice in the page
/// is already shown); without an active worker nothing is shown.
pub fn notify_through_worker(title: String, options: web_sys::NotificationOptions) {
    if !navigator_has("serviceWorker") {
        return;
    }
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else { return };
    let Ok(ready) = container.ready() else { return };
    spawn_local(async move {
        if let Ok(registration) =
            JsFuture::from(ready).await.and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>())
        {
            let _ = registration.show_notification_with_options(&title, &options);
        }
    });
}

/// The service worker's registration, once `navigator.serviceWorker.register`
/// has answered, and whether a new version waits in it.
#[derive(Clone, Copy)]
pub struct Worker {
    registration: StoredValue<Option<web_sys::ServiceWorkerRegistration>, LocalStorage>,
    /// A newer worker is installed and waits to take over.
    pub waiting: RwSignal<bool>,
}

impl Worker {
    /// Registers `script_url`; `on_controller_change` runs when a worker takes over this page.
    pub fn register(script_url: &str, on_controller_change: impl Fn() + 'static) -> Worker {
        let worker = Worker { registration: StoredValue::new_local(None), waiting: RwSignal::new(false) };
        let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else { return worker };
        let taken_over = Closure::<dyn Fn()>::new(on_controller_change).into_js_value();
        container.set_oncontrollerchange(Some(taken_over.unchecked_ref()));
        let registered = JsFuture::from(container.register(script_url));
        spawn_local(async move {
            let Ok(registration) = registered.await.and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>())
            else {
                return;
            };
            worker.follow(&registration);
            worker.registration.try_set_value(Some(registration));
        });
        worker
    }

    /// Keeps `waiting` up to date: a new worker is found, then installs.
    fn follow(self, registration: &web_sys::ServiceWorkerRegistration) {
        let waiting = self.waiting;
        let refresh = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || _ = waiting.try_set(registration.waiting().is_some())).into_js_value()
        };
        let found = {
            let registration = registration.clone();
            let refresh = refresh.clone();
            Closure::<dyn Fn()>::new(move || {
                if let Some(installing) = registration.installing() {
                    installing.set_onstatechange(Some(refresh.unchecked_ref()));
                }
                let _ = refresh.unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL);
            })
            .into_js_value()
        };
        registration.set_onupdatefound(Some(found.unchecked_ref()));
        if let Some(installing) = registration.installing() {
            installing.set_onstatechange(Some(refresh.unchecked_ref()));
        }
        waiting.set(registration.waiting().is_some());
    }

    /// Asks the server for a newer sw.js (a failure, offline, is ignored).
    pub fn check_for_update(self) {
        let update = self.registration.with_value(|r| r.as_ref().and_then(|r| r.update().ok()));
        if let Some(update) = update {
            spawn_local(async move { drop(JsFuture::from(update).await) });
        }
    }

    /// The waiting worker, if any, now (not as last seen).
    pub fn has_waiting(self) -> bool {
        self.registration.with_value(|r| r.as_ref().is_some_and(|r| r.waiting().is_some()))
    }

    /// Tells the waiting worker to take over.
    pub fn skip_waiting(self, message: &str) {
        if let Some(waiting) = self.registration.with_value(|r| r.as_ref().and_then(|r| r.waiting())) {
            let _ = waiting.post_message(&JsValue::from_str(message));
        }
    }
}
