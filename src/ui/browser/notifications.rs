//! System notifications: the browser's permission, a notification shown by
//! the page or, where only a service worker may show one (Chrome on Android,
//! in a tab or installed), by ours; and the clicks the worker passes back.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Notification, NotificationOptions, NotificationPermission};

use super::navigator_has;

/// The browser's notification permission; `None`: no Notification API.
pub fn notification_permission() -> Option<NotificationPermission> {
    let supported = web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w, &JsValue::from_str("Notification")).unwrap_or(false));
    supported.then(Notification::permission)
}

/// Shows a system notification (`lang` its BCP 47 tag, `tag` so the system
/// shows one per tag); a click focuses the window and calls `on_click` with
/// `href`. Where the page may not construct one, our service worker shows
/// it and opens `href` itself on a click (see [`follow_worker_clicks`]).
pub fn show_notification(
    title: &str,
    body: &str,
    tag: &str,
    lang: &str,
    href: String,
    on_click: impl Fn(&str) + 'static,
) {
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(tag);
    options.set_lang(lang);
    let Ok(shown) = Notification::new_with_options(title, &options) else {
        options.set_data(&JsValue::from_str(&href));
        notify_through_worker(title.to_string(), options);
        return;
    };
    let click = {
        let shown = shown.clone();
        Closure::<dyn Fn()>::new(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.focus();
            }
            on_click(&href);
            shown.close();
        })
        .into_js_value()
    };
    shown.set_onclick(Some(click.unchecked_ref()));
}

/// Shows a system notification through the service worker, for a browser
/// that lets only workers show them (Chrome on Android). The worker
/// (`public/sw.js`) handles its click: Case Desk comes forward at the address
/// in the notification's `data`. Nothing waits for it (the notice in the page
/// is already shown); without an active worker nothing is shown.
fn notify_through_worker(title: String, options: web_sys::NotificationOptions) {
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

/// A click on a notification the service worker showed: the worker brings
/// this window forward and posts `{ open: <address> }`, which `open` follows
/// here like a link (a reload would lose what is being typed). Only
/// addresses under `base` are followed.
pub fn follow_worker_clicks(base: String, open: impl Fn(&str) + 'static) {
    if !navigator_has("serviceWorker") {
        return;
    }
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else { return };
    let field = |value: &JsValue, name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok();
    let on_message = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let href = field(&ev, "data").and_then(|data| field(&data, "open")).and_then(|open| open.as_string());
        if let Some(href) = href.filter(|h| h.starts_with(&base)) {
            open(&href);
        }
    });
    // Setting `onmessage` also starts the delivery of the worker's messages.
    container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}
