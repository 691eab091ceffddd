//! Export and import as the browser does them: building the file (with the
//! evidence bodies read from the evidence store), downloading it, and putting
//! an imported file's bodies back before its cases are written.

use std::collections::HashSet;

use chrono::{Local, Utc};

use crate::domain::transfer::export::{export_file_name, export_json, mark_stored, EvidenceBody};
use crate::domain::Case;
use crate::storage::{read_bytes, EvidenceStore};
use crate::ui::case_book::blob_of;
use crate::ui::i18n::{locale, td_string};

/// The export file's text for these cases, with their evidence bodies if asked.
pub async fn build_export(cases: Vec<Case>, with_evidence: bool) -> String {
    let mut bodies = Vec::new();
    if with_evidence {
        if let Ok(store) = EvidenceStore::open().await {
            let mut seen: Vec<String> = Vec::new();
            for file in cases.iter().flat_map(|c| c.evidence.iter()) {
                if seen.contains(&file.hash) {
                    continue;
                }
                seen.push(file.hash.clone());
                if let Ok(Some(blob)) = store.get(&file.hash).await {
                    if let Ok(bytes) = read_bytes(&blob).await {
                        bodies.push(EvidenceBody::from_bytes(file.kind.mime(), &bytes));
                    }
                }
            }
        }
    }
    export_json(cases, bodies, Utc::now())
}

/// The file name for an export made today.
pub fn todays_file_name() -> String {
    export_file_name(Local::now().date_naive())
}

/// Why the browser could not offer a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownloadError {
    /// No blob or object URL for the file.
    File,
    /// No document to download from.
    Page,
    /// No link to click.
    Link,
}

impl DownloadError {
    /// What the seller reads, in the interface language.
    pub fn message(self) -> &'static str {
        match self {
            DownloadError::File => td_string!(locale(), data.download_no_file),
            DownloadError::Page => td_string!(locale(), data.download_no_page),
            DownloadError::Link => td_string!(locale(), data.download_no_link),
        }
    }
}

/// Offers JSON `text` to the seller as a downloaded file.
pub fn download(name: &str, text: &str) -> Result<(), DownloadError> {
    download_as(name, text, "application/json")
}

/// Offers `text` to the seller as a downloaded file of type `mime`.
pub fn download_as(name: &str, text: &str, mime: &str) -> Result<(), DownloadError> {
    use wasm_bindgen::JsCast;
    let blob = blob_of(text.as_bytes(), mime).ok_or(DownloadError::File)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| DownloadError::File)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(DownloadError::Page)?;
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(DownloadError::Link)?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Puts an import's evidence bodies in the evidence store, one at a time
/// (each decoded, stored and dropped before the next; storing one already
/// there changes nothing, so a retry is cheap), telling `progress`
/// how many of how many are done; files whose body is not in this browser
/// afterwards are marked "not stored in this browser".
pub async fn restore_evidence(cases: &mut [Case], bodies: &[EvidenceBody], progress: impl Fn(usize, usize)) {
    let mut available: HashSet<String> = HashSet::new();
    let total = bodies.len();
    if let Ok(store) = EvidenceStore::open().await {
        available.extend(store.hashes().await.unwrap_or_default());
        for (done, body) in bodies.iter().enumerate() {
            progress(done, total);
            let Some(blob) = body.bytes().and_then(|bytes| blob_of(&bytes, &body.mime)) else { continue };
            if store.put(&body.hash, &blob).await.is_ok() {
                available.insert(body.hash.clone());
            }
        }
    }
    progress(total, total);
    mark_stored(cases, &available);
}

/// Lets the browser paint (a progress bar, say) before the next long step.
pub async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
