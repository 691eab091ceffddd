//! Any address the app does not know, inside the app shell.

use leptos::prelude::*;

use crate::paths::AppPaths;
use crate::ui::page_title::set_page_title;

/// "Page not found", with the way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title(|| "Page not found");
    let paths = expect_context::<AppPaths>();
    view! {
        <section class="empty-state" aria-labelledby="not-found-title">
            <h1 id="not-found-title">"Page not found"</h1>
            <p>"There is no page at this address. It may have been mistyped, or the link is from an older version."</p>
            <a href=paths.case_log() class="button button-primary">"Go to your cases"</a>
        </section>
    }
}
