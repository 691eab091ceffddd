//! Import panel: reads an exported file the seller drops or picks, previews
//! what it would change, then merges it or replaces every case.

use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use crate::domain::evidence::human_size;
use crate::domain::transfer::export::{merge, parse_import, preview, Export, ImportError, ImportPreview, IMPORT_LIMIT};
use crate::storage::read_bytes;
use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{lang, locale, td_string, tr, trf};
use crate::ui::transfer::{next_tick, restore_evidence};

/// A checked file waiting for the seller's choice: only what the preview
/// shows. The parsed export itself is kept aside, never cloned.
#[derive(Clone)]
struct Pending {
    name: String,
    cases: usize,
    preview: ImportPreview,
}

/// What a long import is doing.
#[derive(Clone, PartialEq)]
enum Progress {
    Reading {
        name: String,
        bytes: u64,
    },
    Checking {
        name: String,
    },
    /// Evidence bodies put back so far, of how many.
    Keeping {
        done: usize,
        total: usize,
    },
    Saving {
        count: usize,
    },
}

impl Progress {
    /// The label over the bar, in the interface language.
    fn label(&self) -> String {
        match self {
            Progress::Reading { name, bytes } => {
                td_string!(locale(), data.reading, name = name, size = human_size(*bytes, lang())).to_string()
            }
            Progress::Checking { name } => td_string!(locale(), data.checking, name = name).to_string(),
            Progress::Keeping { done, total } => {
                td_string!(locale(), data.keeping_evidence, done = done, total = total).to_string()
            }
            Progress::Saving { count } => td_string!(locale(), data.saving, count = count).to_string(),
        }
    }

    /// How far, when it can be counted: (done, total).
    fn counted(&self) -> Option<(usize, usize)> {
        match *self {
            Progress::Keeping { done, total } if total > 0 => Some((done, total)),
            _ => None,
        }
    }
}

/// Why nothing was imported.
#[derive(Clone)]
enum ImportProblem {
    /// The file is not one Case Desk can import.
    Refused(ImportError),
    /// The browser could not read the file.
    Unreadable,
    /// The cases could not be written: why (from the case book).
    NotWritten(String),
}

impl ImportProblem {
    /// The sentence, in the interface language.
    fn text(&self) -> String {
        match self {
            ImportProblem::Refused(error) => error.message(lang()),
            ImportProblem::Unreadable => td_string!(locale(), data.unreadable).to_string(),
            ImportProblem::NotWritten(reason) => td_string!(locale(), data.not_imported, reason = reason).to_string(),
        }
    }
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let progress = RwSignal::new(None::<Progress>);
    let error = RwSignal::new(None::<ImportProblem>);
    // How many cases the last import added or updated.
    let done = RwSignal::new(None::<usize>);
    let pending = RwSignal::new(None::<Pending>);
    let parsed = StoredValue::new(None::<Export>);
    // While an import is written: the file input and the buttons wait.
    let applying = RwSignal::new(false);
    let confirm = RwSignal::new(String::new());

    let take = Callback::new(move |file: SendWrapper<web_sys::File>| {
        if applying.get_untracked() {
            return;
        }
        let file = file.take();
        let name = file.name();
        error.set(None);
        done.set(None);
        pending.set(None);
        parsed.set_value(None);
        let size = file.size() as usize;
        if size > IMPORT_LIMIT {
            error.set(Some(ImportProblem::Refused(ImportError::TooBig { size })));
            return;
        }
        progress.set(Some(Progress::Reading { name: name.clone(), bytes: size as u64 }));
        spawn_local(async move {
            let result = match read_bytes(&file).await {
                Ok(bytes) => {
                    progress.try_set(Some(Progress::Checking { name: name.clone() }));
                    next_tick().await;
                    parse_import(&bytes).map_err(ImportProblem::Refused)
                }
                Err(_) => Err(ImportProblem::Unreadable),
            };
            progress.try_set(None);
            match result {
                Ok(export) => {
                    let preview = book.log().with_untracked(|l| preview(l, &export.cases));
                    let cases = export.cases.len();
                    parsed.set_value(Some(export));
                    pending.try_set(Some(Pending { name, cases, preview }));
                }
                Err(problem) => {
                    error.try_set(Some(problem));
                }
            }
        });
    });
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            take.run(SendWrapper::new(file));
        }
    };
    // Without this the browser opens a dropped file instead of handing it over.
    let on_over = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        if let Some(file) = file {
            take.run(SendWrapper::new(file));
        }
    };

    let apply = move |replace: bool| {
        // The parsed file moves into the task (never cloned whole) and comes back
        // if the write is refused, so the seller can try again without the file.
        let Some(export) = parsed.try_update_value(Option::take).flatten() else { return };
        applying.set(true);
        error.set(None);
        spawn_local(async move {
            let mut cases = export.cases.clone();
            restore_evidence(&mut cases, &export.evidence, |done, total| {
                progress.try_set(Some(Progress::Keeping { done, total }));
            })
            .await;
            progress.try_set(Some(Progress::Saving { count: cases.len() }));
            next_tick().await;
            let (cases, removed) = if replace {
                let removed = book.log().with_untracked(|l| l.iter().map(|c| c.id.0.clone()).collect::<Vec<_>>());
                (cases, removed)
            } else {
                (book.log().with_untracked(|l| merge(l, cases)), Vec::new())
            };
            progress.try_set(None);
            applying.try_set(false);
            match book.write_cases(cases, removed) {
                Ok(n) => {
                    done.try_set(Some(n));
                    pending.try_set(None);
                    confirm.try_set(String::new());
                    book.collect_unused_evidence();
                }
                Err(reason) => {
                    parsed.try_set_value(Some(export));
                    error.try_set(Some(ImportProblem::NotWritten(reason)));
                }
            }
        });
    };
    // What the seller types to replace everything, in the interface language.
    let replace_words = move || td_string!(locale(), data.replace_words);

    view! {
        <section class="panel" aria-labelledby="import-title">
            <h2 id="import-title">{tr!(data.import_title)}</h2>
            <div class="drop-zone" on:dragenter=on_over on:dragover=on_over on:drop=on_drop>
                <p class="drop-zone-text">
                    {tr!(data.drop_text)}
                    <label for="import-file" class="button button-small">{tr!(data.choose_file)}</label>
                </p>
                <input id="import-file" class="visually-hidden-input" type="file" accept=".json,application/json"
                    aria-describedby="import-hint" disabled=move || applying.get() on:change=on_pick/>
                <p class="field-hint" id="import-hint">
                    {trf!(data.import_hint, limit = human_size(IMPORT_LIMIT as u64, lang()))}
                </p>
            </div>
            <div class="import-progress" role="status">
                {move || progress.get().map(|p| view! {
                    <label for="import-progress">{p.label()}</label>
                    {match p.counted() {
                        Some((done, total)) => view! { <progress id="import-progress" max=total value=done></progress> }.into_any(),
                        None => view! { <progress id="import-progress"></progress> }.into_any(),
                    }}
                })}
            </div>
            <p class="form-status" role="status">
                {move || done.get().map(|n| td_string!(locale(), data.imported, count = n).to_string())}
            </p>
            <div role="alert">
                {move || error.with(|e| e.as_ref().map(ImportProblem::text)).map(|m| view! { <p class="banner banner-error">{m}</p> })}
            </div>
            {move || pending.get().map(|p| {
                let Pending { name, cases, preview } = p;
                let ImportPreview { new, newer, unchanged, conflicts } = preview;
                view! {
                    <div class="import-preview" aria-labelledby="preview-title">
                        <h3 id="preview-title">{trf!(data.preview_title, name = &name, count = cases)}</h3>
                        <ul>
                            <li>{trf!(data.preview_new, count = new)}</li>
                            <li>{trf!(data.preview_newer, count = newer)}</li>
                            <li>{trf!(data.preview_unchanged, count = unchanged)}</li>
                            <li>{trf!(data.preview_conflicts, count = conflicts)}</li>
                        </ul>
                        <div class="row-actions">
                            <button type="button" class="button button-primary" disabled=move || applying.get()
                                on:click=move |_| apply(false)>{tr!(data.merge)}</button>
                            <button type="button" class="button" disabled=move || applying.get() on:click=move |_| {
                                pending.set(None);
                                parsed.set_value(None);
                            }>{tr!(data.cancel)}</button>
                        </div>
                        <details class="replace-all">
                            <summary>{tr!(data.replace_summary)}</summary>
                            <div class="field">
                                <label for="replace-confirm">{trf!(data.replace_label, words = replace_words())}</label>
                                <p class="field-hint" id="replace-hint">{tr!(data.replace_hint)}</p>
                                <input id="replace-confirm" type="text" autocomplete="off" aria-describedby="replace-hint" bind:value=confirm/>
                            </div>
                            <button type="button" class="button"
                                disabled=move || applying.get() || confirm.get().trim() != replace_words()
                                on:click=move |_| apply(true)>{tr!(data.replace_button)}</button>
                        </details>
                    </div>
                }
            })}
        </section>
    }
}
