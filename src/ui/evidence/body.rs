//! A stored evidence body brought into the page: as an object URL (revoked
//! when the component showing it goes away) or as the first lines of text.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::domain::evidence::text_preview;
use crate::storage::EvidenceStore;

/// What a body looks like once loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// Still loading.
    Loading,
    /// An object URL for `<img>` or `<iframe>`.
    Url(String),
    /// Text (a preview or the whole text).
    Text(String),
    /// Not in this browser's evidence store.
    Missing,
}

/// Loads the body stored under `hash` as an object URL, revoked on cleanup.
pub fn use_body_url(hash: String) -> ReadSignal<Body> {
    let body = RwSignal::new(Body::Loading);
    spawn_local(async move {
        let url = match load(&hash).await {
            Some(blob) => web_sys::Url::create_object_url_with_blob(&blob).ok(),
            None => None,
        };
        match url {
            Some(url) => {
                // The component may be gone by now: then revoke at once instead of leaking.
                if body.try_set(Body::Url(url.clone())).is_some() {
                    let _ = web_sys::Url::revoke_object_url(&url);
                }
            }
            None => {
                body.try_set(Body::Missing);
            }
        }
    });
    on_cleanup(move || {
        if let Some(Body::Url(url)) = body.try_get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });
    body.read_only()
}

/// Loads the first `lines` lines of a stored text body.
pub fn use_body_text(hash: String, lines: usize) -> ReadSignal<Body> {
    let body = RwSignal::new(Body::Loading);
    spawn_local(async move {
        let text = match load(&hash).await {
            Some(blob) => JsFuture::from(blob.text()).await.ok().and_then(|t| t.as_string()),
            None => None,
        };
        body.try_set(match text {
            Some(text) => Body::Text(text_preview(text.as_bytes(), lines)),
            None => Body::Missing,
        });
    });
    body.read_only()
}

async fn load(hash: &str) -> Option<web_sys::Blob> {
    EvidenceStore::open().await.ok()?.get(hash).await.ok()?
}
