//! `/data`: where the seller's data lives; export, import, sample cases, and
//! how much space evidence takes.
//!
//! What a panel says after an action (exported, importing, refused…) is kept
//! as what happened, not as a sentence, and written when shown: a switch of
//! language rewrites it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use crate::domain::evidence::{human_size, total_size, EvidenceFile};
use crate::domain::transfer::export::{merge, parse_import, preview, Export, ImportError, ImportPreview, IMPORT_LIMIT};
use crate::paths::AppPaths;
use crate::storage::{ask_persistence, read_bytes, read_persistence, usage_and_quota, Persistence};
use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{self, lang, locale, td_string, tr, trf, Key};
use crate::ui::page_title::set_page_title;
use crate::ui::transfer::{build_export, download, next_tick, restore_evidence, todays_file_name, DownloadError};

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

/// "Keep my cases from being cleared": asks for persistent storage only when
/// the seller chooses to, and shows the browser's answer. Nothing waits on it:
/// while the browser holds the question open, the panel says so and the
/// seller can go on (or ask again if they dismissed the browser's prompt).
#[component]
fn KeepPanel() -> impl IntoView {
    // None until the browser has said.
    let state = RwSignal::new(None::<Persistence>);
    let asked = RwSignal::new(false);
    let waiting = RwSignal::new(false);
    read_persistence(move |answer| {
        state.try_set(Some(answer));
    });
    let ask = move |_| {
        asked.set(true);
        waiting.set(true);
        ask_persistence(move |answer| {
            state.try_set(Some(answer));
            waiting.try_set(false);
        });
    };
    let status = move || match (state.get(), waiting.get()) {
        (Some(Persistence::Granted), _) => td_string!(locale(), data.keep_granted),
        (Some(Persistence::NotSupported), _) => td_string!(locale(), data.keep_unsupported),
        (_, true) => td_string!(locale(), data.keep_waiting),
        (_, false) if asked.get() => td_string!(locale(), data.keep_refused),
        (Some(Persistence::NotGranted), false) => td_string!(locale(), data.keep_not_asked),
        (None, false) => "",
    };
    let can_ask = move || matches!(state.get(), None | Some(Persistence::NotGranted));
    view! {
        <section class="panel" aria-labelledby="keep-title">
            <h2 id="keep-title">{tr!(data.keep)}</h2>
            <p>{tr!(data.keep_intro)}</p>
            <ul class="bullets">
                <li>{tr!(data.keep_chrome)}</li>
                <li>{tr!(data.keep_firefox)}</li>
                <li>{tr!(data.keep_safari)}</li>
            </ul>
            <p class="keep-status" role="status">{status}</p>
            <Show when=can_ask>
                <button type="button" class="button" on:click=ask>{tr!(data.keep)}</button>
            </Show>
        </section>
    }
}

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
fn ExportPanel() -> impl IntoView {
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
fn ImportPanel() -> impl IntoView {
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

/// What the sample-case buttons did (on this page and the empty case log).
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

/// A page with no case yet (the log, the overview): what it will show, and
/// the two ways to start, opening a case or loading the sample cases.
#[component]
pub fn NoCaseYet(
    /// The heading's id.
    id: &'static str,
    title: Key,
    text: Key,
    /// The link to the Contact Us flow.
    open: Key,
) -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    let status = RwSignal::new(None::<SampleNews>);
    view! {
        <section class="empty-state" aria-labelledby=id>
            <h2 id=id>{i18n::text(title)}</h2>
            <p>{i18n::text(text)}</p>
            <div class="row-actions row-actions-center">
                <a href=paths.new_case() class="button button-primary">{i18n::text(open)}</a>
                <LoadSamplesButton status=status/>
            </div>
            <p class="form-status" role="status">{move || status.with(|s| s.as_ref().map(SampleNews::text))}</p>
        </section>
    }
}

#[component]
fn SamplePanel() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let samples = move || book.log().with(|l| l.iter().filter(|c| c.sample).count());
    let status = RwSignal::new(None::<SampleNews>);
    view! {
        <section class="panel" aria-labelledby="samples-title">
            <h2 id="samples-title">{tr!(data.samples_title)}</h2>
            <p>{tr!(data.samples_intro)}</p>
            <div class="row-actions">
                <LoadSamplesButton status=status/>
                <Show when=move || samples() != 0>
                    <button type="button" class="button" on:click=move |_| {
                        status.set(Some(match book.remove_samples() {
                            Ok(n) => SampleNews::Removed(n),
                            Err(reason) => SampleNews::Failed(reason),
                        }));
                    }>{trf!(data.samples_remove, count = samples())}</button>
                </Show>
            </div>
            <p class="form-status" role="status">{move || status.with(|s| s.as_ref().map(SampleNews::text))}</p>
        </section>
    }
}

/// "Load sample cases", also offered on the empty case log.
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

#[component]
fn SpacePanel() -> impl IntoView {
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
