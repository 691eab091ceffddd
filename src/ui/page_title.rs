//! Keeps the browser tab's title in step with the page (and its language), so a
//! seller with many tabs (and a screen reader announcing navigation) knows
//! where they are.

use leptos::prelude::*;

use super::i18n::{locale, td_string};

/// Sets the document title to "`page` · Case Desk", again whenever what
/// `page` reads changes (the language, the case's subject).
pub fn set_page_title<S: std::fmt::Display>(page: impl Fn() -> S + 'static) {
    Effect::new(move |_| {
        let title = td_string!(locale(), common.page_title, page = page()).to_string();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
}
