//! Offline after the first visit: registers the service worker (`sw.js`,
//! written into each build by scripts/post-build.mjs) and, when a new version
//! of Case Desk has been downloaded, offers to reload into it. Nothing switches
//! under the seller's feet: the new version waits until they choose
//! "Reload now".

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use leptos_use::{
    use_document_visibility, use_interval_fn, use_service_worker_with_options, UseServiceWorkerOptions,
    UseServiceWorkerReturn,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::paths::AppPaths;

/// Set when the seller chose "Reload now": the worker taking over then reloads
/// the page. Its very first install takes over too, and must reload nothing.
static RELOAD_ASKED: AtomicBool = AtomicBool::new(false);

/// How often a tab left open looks for a new version (it also looks each time
/// the seller comes back to it).
const CHECK_EVERY_MS: u64 = 60 * 60 * 1000;

/// Registers the worker once the page has loaded, and shows "a new version
/// is ready" while a newer version waits (or has already taken over from
/// another tab).
#[component]
pub fn UpdateBanner() -> impl IntoView {
    if !service_worker_supported() {
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
    let UseServiceWorkerReturn { registration, waiting, skip_waiting, check_for_update, .. } = use_service_worker_with_options(
        UseServiceWorkerOptions::default()
            .script_url(paths.href("sw.js"))
            .skip_waiting_message("skip-waiting")
            .on_controller_change(move || {
                if RELOAD_ASKED.load(Ordering::SeqCst) {
                    reload();
                } else if had_worker {
                    outdated.set(true);
                }
            }),
    );
    let visibility = use_document_visibility();
    let check = check_for_update.clone();
    // Every CHECK_EVERY_MS while the tab is visible; no timer while it is hidden.
    let periodic = use_interval_fn(check_for_update, CHECK_EVERY_MS);
    // When the seller comes back to the tab (registering already looked once).
    // Untracked: `check` reads the registration, and a tracked read re-ran this
    // (and asked for sw.js again) every time the registration changed.
    Effect::new(move |was_visible: Option<bool>| {
        let visible = visibility.get() == web_sys::VisibilityState::Visible;
        if visible {
            (periodic.resume)();
        } else {
            (periodic.pause)();
        }
        if was_visible == Some(false) && visible {
            untrack(&check);
        }
        visible
    });

    let dismissed = RwSignal::new(false);
    let update_now = move |_| {
        RELOAD_ASKED.store(true, Ordering::SeqCst);
        // Asked now, not from `waiting`: if another tab switched already, a
        // plain reload is the update.
        let still_waiting = registration.with_untracked(|r| r.as_ref().is_ok_and(|r| r.waiting().is_some()));
        if still_waiting {
            skip_waiting();
        } else {
            reload();
        }
    };
    view! {
        <div role="status" class="banners">
            {move || ((waiting.get() || outdated.get()) && !dismissed.get()).then(|| view! {
                <div class="banner banner-info">
                    <p>
                        <strong>"A new version of Case Desk is ready. "</strong>
                        "Reload to start using it. Your cases and drafts are kept."
                    </p>
                    <div class="banner-actions">
                        <button type="button" class="button button-small button-primary" on:click=update_now.clone()>
                            "Reload now"
                        </button>
                        <button type="button" class="button button-small" on:click=move |_| dismissed.set(true)>
                            "Later"
                        </button>
                    </div>
                </div>
            })}
        </div>
    }
    .into_any()
}

/// Service workers exist only in secure contexts (https, localhost).
fn service_worker_supported() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"serviceWorker".into()).unwrap_or(false))
        .unwrap_or(false)
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
