//! The interface language: which one is shown, how it is chosen and remembered,
//! and the typed strings of `locales/` (compiled by `build.rs` with
//! leptos_i18n's code generator).
//!
//! In a view, `tr!(namespace.key)` is a reactive text in the current language,
//! `trf!(namespace.key, var = value)` the same with variables; outside a view,
//! `td_string!(locale(), namespace.key)`. Domain texts take a [`Lang`] (see
//! [`lang`]).

use std::sync::{Arc, OnceLock};

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
        $crate::ui::i18n::text(|locale| $crate::ui::i18n::td_string!(locale, $($key)+))
    };
}
pub use tr;

/// A key's text in a given locale: what `tr!` hands to [`text`].
pub type Key = fn(Locale) -> &'static str;

/// The text of `key` in the interface language, as a reactive closure. Every
/// `tr!` returns this one closure type (it holds only a function pointer), so
/// Leptos's rendering code is compiled once for all of them instead of once
/// per text.
pub fn text(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || key(locale())
}

/// The same with variables: `trf!(log.count, count = n)` (`{{ count }}` in the JSON).
#[macro_export]
macro_rules! trf {
    ($($key:tt)+) => {
        $crate::ui::i18n::text_with(::std::sync::Arc::new(move |locale| {
            $crate::ui::i18n::td_string!(locale, $($key)+).to_string()
        }))
    };
}
pub use trf;

/// A text with variables in the interface language, as a reactive closure:
/// what `trf!` returns. The text is behind one `Arc<dyn Fn>`, so every `trf!`
/// shares one closure type (as every `tr!` does), and Leptos's rendering code
/// is compiled once for all of them instead of once per text.
pub fn text_with(
    text: Arc<dyn Fn(Locale) -> String + Send + Sync>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    move || text(locale())
}

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
