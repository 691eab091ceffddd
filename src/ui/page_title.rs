//! Keeps the browser tab's title in step with the page, so a seller with many
//! tabs (and a screen reader announcing navigation) knows where they are.

/// Sets the document title to "`page` · Case Desk".
pub fn set_page_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} · Case Desk"));
    }
}
