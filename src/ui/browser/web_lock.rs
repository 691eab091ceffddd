//! Web Locks (`navigator.locks`): one tab of Case Desk does a job at a time.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Asks for the Web Lock `name` and holds it until the tab closes (the next
/// tab waiting for it takes over then); `granted` runs once it is this tab's.
/// Without Web Locks (plain http), or when the browser refuses the request
/// (storage blocked, a sandboxed frame), `granted` runs at once: the caller
/// then works as if it were the only tab.
pub fn hold_lock(name: &str, granted: impl Fn() + Clone + 'static) {
    let locks = web_sys::window().and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("locks")).ok());
    let request = locks
        .as_ref()
        .and_then(|l| js_sys::Reflect::get(l, &JsValue::from_str("request")).ok()?.dyn_into::<js_sys::Function>().ok());
    let (Some(locks), Some(request)) = (locks, request) else {
        granted();
        return;
    };
    let on_grant = {
        let granted = granted.clone();
        Closure::once_into_js(move || {
            granted();
            // Never settles: the lock is held as long as the page lives.
            js_sys::Promise::new(&mut |_, _| {})
        })
    };
    match request.call2(&locks, &JsValue::from_str(name), &on_grant).map(JsCast::dyn_into::<js_sys::Promise>) {
        Ok(Ok(pending)) => {
            let refused = Closure::once(move |_: JsValue| granted());
            let _ = pending.catch(&refused);
            refused.forget();
        }
        _ => granted(),
    }
}
