//! `/data`: where the seller's data lives, and (soon) export and import.

use leptos::prelude::*;

use crate::ui::case_book::CaseBook;
use crate::ui::page_title::set_page_title;

/// What is stored and where; the home of export and import.
#[component]
pub fn DataPage() -> impl IntoView {
    set_page_title("Your data");
    let log = expect_context::<CaseBook>().log();
    let count = move || {
        let n = log.with(|l| l.len());
        if n == 1 { "1 case".to_string() } else { format!("{n} cases") }
    };

    view! {
        <h1>"Your data"</h1>
        <section class="panel" aria-labelledby="where-title">
            <h2 id="where-title">"Where your cases are kept"</h2>
            <p>
                "Case Desk keeps " <strong>{count}</strong> " in this browser, on this device. \
                 Nothing is sent anywhere: there is no account and no server."
            </p>
            <p>
                "Clearing this site's data in the browser settings deletes your cases. \
                 Export and import of a backup file will be added on this page."
            </p>
        </section>
    }
}
