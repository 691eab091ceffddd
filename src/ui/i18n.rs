//! The interface language: which one is shown, how it is chosen and remembered,
//! and the typed strings of `locales/` (compiled by `build.rs` with
//! leptos_i18n's code generator).
//!
//! In a view, `tr!(namespace.key)` is a reactive text in the current language,
//! `trf!(namespace.key, var = value)` the same with variables; outside a view,
//! `td_string!(locale(), namespace.key)`. Domain texts take a [`Lang`] (see
//! [`lang`]).

use std::sync::OnceLock;

use leptos::prelude::*;

use crate::domain::Lang;
use crate::storage::local;

#[allow(unused_imports, dead_code)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
}
pub use generated::i18n::Locale;
pub use leptos_i18n::{td, td_string};

/// Where the seller's choice is kept (the loader in `Trunk.toml` reads it too).
pub const STORAGE_KEY: &str = "case-desk:lang";

static CURRENT: OnceLock<RwSignal<Lang>> = OnceLock::new();

/// A reactive text in the interface language: `tr!(common.nav_cases)`.
#[macro_export]
macro_rules! tr {
    ($($key:tt)+) => {
        move || $crate::ui::i18n::td_string!($crate::ui::i18n::locale(), $($key)+)
    };
}
pub use tr;

/// The same with variables: `trf!(log.count, count = n)` (`{{ count }}` in the JSON).
#[macro_export]
macro_rules! trf {
    ($($key:tt)+) => {
        move || $crate::ui::i18n::td_string!($crate::ui::i18n::locale(), $($key)+).to_string()
    };
}
pub use trf;

/// Chooses the language (the seller's earlier choice, else the browser's
/// languages), keeps `<html lang>` in step and provides it to [`lang`].
pub fn provide() {
    let chosen = local::read(STORAGE_KEY).ok().flatten().and_then(|tag| Lang::from_tag(&tag));
    let lang = RwSignal::new(chosen.unwrap_or_else(browser_lang));
    let _ = CURRENT.set(lang);
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().tag());
        }
    });
}

/// The interface language (tracked: a view that reads it follows a switch).
pub fn lang() -> Lang {
    CURRENT.get().map(|lang| lang.get()).unwrap_or_default()
}

/// The interface language as leptos_i18n's locale, for `td!` and `td_string!`.
pub fn locale() -> Locale {
    match lang() {
        Lang::En => Locale::en,
        Lang::Zh => Locale::zh,
    }
}

/// Switches the interface language and remembers the choice on this browser.
/// Nothing typed is lost: pages keep their state, only the texts change.
pub fn switch_to(new: Lang) {
    if let Some(lang) = CURRENT.get() {
        lang.set(new);
    }
    // Not remembered when storage is refused: the switch still works for this visit.
    let _ = local::write(STORAGE_KEY, new.tag());
}

fn browser_lang() -> Lang {
    let languages = web_sys::window().map(|w| w.navigator().languages()).unwrap_or_default();
    let tags: Vec<String> = languages.iter().filter_map(|tag| tag.as_string()).collect();
    Lang::from_browser(tags.iter().map(String::as_str))
}

/// The language switch: each language named in itself.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    view! {
        <label class="language-switch">
            <span class="visually-hidden">{tr!(common.language)}</span>
            <select on:change=move |ev| {
                if let Some(new) = Lang::from_tag(&event_target_value(&ev)) {
                    switch_to(new);
                }
            }>
                {Lang::ALL.into_iter().map(|option| view! {
                    <option value=option.tag() lang=option.tag() selected=move || lang() == option>
                        {option.name()}
                    </option>
                }).collect_view()}
            </select>
        </label>
    }
}
