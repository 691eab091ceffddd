//! The browser's own confirmation dialog, for actions that cannot be undone.

/// Asks the seller to confirm; `false` when the browser cannot ask.
pub fn confirm(question: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(question).ok()).unwrap_or(false)
}
