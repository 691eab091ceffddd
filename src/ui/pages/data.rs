//! `/data`: where the seller's data lives, how much space evidence takes, and
//! (soon) export and import.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::evidence::{human_size, total_size, EvidenceFile};
use crate::storage::usage_and_quota;
use crate::ui::case_book::CaseBook;
use crate::ui::page_title::set_page_title;

/// What is stored and where.
#[component]
pub fn DataPage() -> impl IntoView {
    set_page_title("Your data");
    let log = expect_context::<CaseBook>().log();
    let count = move || {
        let n = log.with(|l| l.len());
        if n == 1 { "1 case".to_string() } else { format!("{n} cases") }
    };
    let evidence = move || {
        log.with(|l| {
            let files: Vec<EvidenceFile> = l.by_recent_activity().iter().flat_map(|c| c.evidence.iter().cloned()).collect();
            let n = files.len();
            let noun = if n == 1 { "file" } else { "files" };
            format!("{n} {noun}, {}", human_size(total_size(&files)))
        })
    };
    let browser = RwSignal::new(None::<(u64, u64)>);
    spawn_local(async move {
        if let Some(figures) = usage_and_quota().await {
            browser.try_set(Some(figures));
        }
    });

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
        <section class="panel" aria-labelledby="space-title">
            <h2 id="space-title">"Space used"</h2>
            <p>"Evidence: " <strong>{evidence}</strong> " attached to your cases."</p>
            <p>
                {move || match browser.get() {
                    Some((usage, quota)) => format!(
                        "This site uses {} of the {} this browser allows it.",
                        human_size(usage),
                        human_size(quota)
                    ),
                    None => "This browser does not say how much space it allows.".to_string(),
                }}
            </p>
        </section>
    }
}
