//! `/data`: where the seller's data lives; export, import, sample cases, and
//! how much space evidence takes.
//!
//! The page, in order: how many cases this browser holds, then one panel per file:
//! - [`keep`]: asking the browser to keep the cases from being cleared;
//! - [`export`]: saving every case (with or without evidence) to a file;
//! - [`import`]: reading such a file back, merged or replacing everything;
//! - [`samples`]: loading or removing the sample cases;
//! - [`space`]: how much space evidence takes, and the browser's figures.
//!
//! What a panel says after an action (exported, importing, refused…) is kept
//! as what happened, not as a sentence, and written when shown: a switch of
//! language rewrites it.

mod export;
mod import;
mod keep;
mod samples;
mod space;

use leptos::prelude::*;

use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{locale, td_string, tr};
use crate::ui::page_title::set_page_title;

use export::ExportPanel;
use import::ImportPanel;
use keep::KeepPanel;
use samples::SamplePanel;
use space::SpacePanel;

/// What is stored, and the ways to move it.
#[component]
pub fn DataPage() -> impl IntoView {
    set_page_title(|| td_string!(locale(), data.title));
    let log = expect_context::<CaseBook>().log();
    let count = move || match log.with(|l| l.len()) {
        1 => td_string!(locale(), data.one_case).to_string(),
        n => td_string!(locale(), data.n_cases, count = n).to_string(),
    };
    view! {
        <h1>{tr!(data.title)}</h1>
        <section class="panel" aria-labelledby="where-title">
            <h2 id="where-title">{tr!(data.where_title)}</h2>
            <p>{tr!(data.where_before)}<strong>{count}</strong>{tr!(data.where_after)}</p>
        </section>
        <KeepPanel/>
        <ExportPanel/>
        <ImportPanel/>
        <SamplePanel/>
        <SpacePanel/>
    }
}
