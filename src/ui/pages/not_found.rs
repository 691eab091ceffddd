//! Any address the app does not know, inside the app shell.

use leptos::prelude::*;

use crate::paths::AppPaths;
use crate::ui::i18n::{locale, td_string, tr};
use crate::ui::page_title::set_page_title;

/// "Page not found", with the way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title(|| td_string!(locale(), components.not_found.title));
    let paths = expect_context::<AppPaths>();
    view! {
        <section class="empty-state" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{tr!(components.not_found.title)}</h1>
            <p>{tr!(components.not_found.text)}</p>
            <a href=paths.case_log() class="button button-primary">{tr!(components.go_to_cases)}</a>
        </section>
    }
}
