//! "Load sample cases", and what the sample-case buttons did.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{lang, locale, td_string, tr};

/// What the sample-case buttons did (on the data page and a page with no case yet).
#[derive(Clone)]
pub enum SampleNews {
    Loaded(usize),
    Removed(usize),
    /// Nothing changed: why (from the case book).
    Failed(String),
}

impl SampleNews {
    /// The sentence, in the interface language (call it where it is shown).
    pub fn text(&self) -> String {
        match self {
            SampleNews::Loaded(n) => td_string!(locale(), data.samples_loaded, count = n).to_string(),
            SampleNews::Removed(n) => td_string!(locale(), data.samples_removed, count = n).to_string(),
            SampleNews::Failed(reason) => reason.clone(),
        }
    }
}

/// "Load sample cases", on the data page and on a page with no case yet.
#[component]
pub fn LoadSamplesButton(
    /// Where to say what happened.
    status: RwSignal<Option<SampleNews>>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    view! {
        <button type="button" class="button" on:click=move |_| {
            let lang = lang();
            spawn_local(async move {
                let news = match book.load_samples(lang).await {
                    Ok(n) => SampleNews::Loaded(n),
                    Err(reason) => SampleNews::Failed(reason),
                };
                status.try_set(Some(news));
            });
        }>{tr!(data.samples_load)}</button>
    }
}
