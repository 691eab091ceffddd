//! Space panel: tells the seller how much space their evidence takes, and how
//! much the browser uses and allows.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::evidence::{human_size, total_size, EvidenceFile};
use crate::storage::usage_and_quota;
use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{lang, locale, td_string, tr};

#[component]
pub fn SpacePanel() -> impl IntoView {
    let log = expect_context::<CaseBook>().log();
    let evidence = move || {
        log.with(|l| {
            let files: Vec<EvidenceFile> = l.iter().flat_map(|c| c.evidence.iter().cloned()).collect();
            let size = human_size(total_size(&files), lang());
            match files.len() {
                1 => td_string!(locale(), data.one_file, size = size).to_string(),
                n => td_string!(locale(), data.n_files, count = n, size = size).to_string(),
            }
        })
    };
    let browser = RwSignal::new(None::<(u64, u64)>);
    spawn_local(async move {
        if let Some(figures) = usage_and_quota().await {
            browser.try_set(Some(figures));
        }
    });
    view! {
        <section class="panel" aria-labelledby="space-title">
            <h2 id="space-title">{tr!(data.space_title)}</h2>
            <p>{tr!(data.space_before)}<strong>{evidence}</strong>{tr!(data.space_after)}</p>
            <p>
                {move || match browser.get() {
                    Some((usage, quota)) => {
                        let (usage, quota) = (human_size(usage, lang()), human_size(quota, lang()));
                        td_string!(locale(), data.space_browser, usage = usage, quota = quota).to_string()
                    }
                    None => td_string!(locale(), data.space_unknown).to_string(),
                }}
            </p>
        </section>
    }
}
