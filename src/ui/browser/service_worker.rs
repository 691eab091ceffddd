//! The service worker's registration (`public/sw.js`): registered once, and
//! whether a newer version waits to take over.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

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
