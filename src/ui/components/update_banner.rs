//! Offline after the first visit: registers the service worker (`sw.js`,
//! written into each build by scripts/post-build.mjs) and, when a new version
//! of Case Desk has been downloaded, offers to reload into it. Nothing switches
//! under the seller's feet: the new version waits until they choose
//! "Reload now".

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::paths::AppPaths;
use crate::ui::browser::{document_visible, navigator_has, Worker};
use crate::ui::i18n::tr;

/// Set when the seller chose "Reload now": the worker taking over then reloads
/// the page. Its very first install takes over too, and must reload nothing.
static RELOAD_ASKED: AtomicBool = AtomicBool::new(false);

/// How often a tab left open looks for a new version (it also looks each time
/// the seller comes back to it).
const CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// Registers the worker once the page has loaded, and shows "a new version
/// is ready" while a newer version waits (or has already taken over from
/// another tab).
#[component]
pub fn UpdateBanner() -> impl IntoView {
    if !navigator_has("serviceWorker") {
        return ().into_any();
    }
    if cfg!(debug_assertions) {
        // `trunk serve` rebuilds on every change: a debug build never caches
        // itself, and drops a worker an earlier release build left here.
        unregister_all();
        return ().into_any();
    }
    // Registering while the page still loads competes with the app's own
    // downloads, and WebKit then cut the sw.js fetch short on a cold visit
    // ("Cannot load sw.js due to access control checks"): wait for `load`.
    let loaded = RwSignal::new(page_loaded());
    if !loaded.get_untracked() {
        // `load` fires once; the listener has nothing left to do after it.
        let _ = window_event_listener(leptos::ev::load, move |_| loaded.set(true));
    }
    (move || loaded.get().then(|| view! { <WorkerBanner/> })).into_any()
}

fn page_loaded() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.ready_state() == "complete")
}

/// The registered worker and its banner.
#[component]
fn WorkerBanner() -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    // A new worker took over while this page runs an older version: another
    // tab chose "Reload now". (On the very first visit the first worker takes
    // over a page that had none: that is not an update.)
    let had_worker = web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some());
    let outdated = RwSignal::new(false);
    let worker = Worker::register(&paths.href("sw.js"), move || {
        if RELOAD_ASKED.load(Ordering::SeqCst) {
            reload();
        } else if had_worker {
            outdated.set(true);
        }
    });
    let waiting = worker.waiting;
    let visible = document_visible();
    // Every CHECK_EVERY while the tab is visible; no timer while it is hidden.
    let periodic = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(Some(timer)) = periodic.try_get_value() {
            timer.clear();
        }
    };
    on_cleanup(stop);
    Effect::new(move |was_visible: Option<bool>| {
        let visible = visible.get();
        stop();
        if visible {
            periodic.set_value(set_interval_with_handle(move || worker.check_for_update(), CHECK_EVERY).ok());
        }
        // When the seller comes back to the tab (registering already looked once).
        if was_visible == Some(false) && visible {
            worker.check_for_update();
        }
        visible
    });

    let dismissed = RwSignal::new(false);
    let update_now = move |_| {
        RELOAD_ASKED.store(true, Ordering::SeqCst);
        // Asked now, not from `waiting`: if another tab switched already, a
        // plain reload is the update.
        if worker.has_waiting() {
            worker.skip_waiting("skip-waiting");
        } else {
            reload();
        }
    };
    view! {
        <div role="status" class="banners">
            {move || ((waiting.get() || outdated.get()) && !dismissed.get()).then(|| view! {
                <div class="banner banner-info">
                    <p>
                        <strong>{tr!(components.update.ready)}</strong>
                        {tr!(components.update.text)}
                    </p>
                    <div class="banner-actions">
                        <button type="button" class="button button-small button-primary" on:click=update_now>
                            {tr!(components.update.reload)}
                        </button>
                        <button type="button" class="button button-small" on:click=move |_| dismissed.set(true)>
                            {tr!(components.update.later)}
                        </button>
                    </div>
                </div>
            })}
        </div>
    }
    .into_any()
}

fn unregister_all() {
    let Some(window) = web_sys::window() else { return };
    let container = window.navigator().service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(list) = JsFuture::from(container.get_registrations()).await else { return };
        for registration in js_sys::Array::from(&list).iter() {
            if let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() {
                if let Ok(done) = registration.unregister() {
                    let _ = JsFuture::from(done).await;
                }
            }
        }
    });
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
