//! Export panel: saves every case, with or without its evidence, to one file
//! the seller keeps or moves to another browser.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::evidence::human_size;
use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{lang, locale, td_string, tr};
use crate::ui::transfer::{build_export, download, todays_file_name, DownloadError};

/// What the export did.
#[derive(Clone)]
enum ExportNews {
    Preparing,
    Exported { count: usize, name: String, bytes: u64 },
    Failed(DownloadError),
}

impl ExportNews {
    /// The sentence, in the interface language.
    fn text(&self) -> String {
        match self {
            ExportNews::Preparing => td_string!(locale(), data.export_preparing).to_string(),
            ExportNews::Exported { count, name, bytes } => {
                td_string!(locale(), data.exported, count = count, name = name, size = human_size(*bytes, lang()))
                    .to_string()
            }
            ExportNews::Failed(error) => error.message().to_string(),
        }
    }
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let with_evidence = RwSignal::new(true);
    let status = RwSignal::new(None::<ExportNews>);
    let export = move |_| {
        let cases: Vec<_> = book.log().with_untracked(|l| l.iter().cloned().collect());
        let count = cases.len();
        status.set(Some(ExportNews::Preparing));
        spawn_local(async move {
            let text = build_export(cases, with_evidence.get_untracked()).await;
            let name = todays_file_name();
            let news = match download(&name, &text) {
                Ok(()) => ExportNews::Exported { count, name, bytes: text.len() as u64 },
                Err(error) => ExportNews::Failed(error),
            };
            status.try_set(Some(news));
        });
    };
    view! {
        <section class="panel" aria-labelledby="export-title">
            <h2 id="export-title">{tr!(data.export_title)}</h2>
            <p>{tr!(data.export_intro)}</p>
            <div class="field-check field">
                <input type="checkbox" id="export-evidence" bind:checked=with_evidence/>
                <label for="export-evidence">{tr!(data.export_evidence)}</label>
            </div>
            <button type="button" class="button button-primary" on:click=export>{tr!(data.export_button)}</button>
            <p class="form-status" role="status">{move || status.with(|s| s.as_ref().map(ExportNews::text))}</p>
        </section>
    }
}
