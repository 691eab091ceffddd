//! `/data`: where the seller's data lives; export, import, sample cases, and
//! how much space evidence takes.

use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use crate::domain::evidence::{human_size, total_size, EvidenceFile};
use crate::domain::export::{merge, parse_import, preview, Export, ImportError, ImportPreview, IMPORT_LIMIT, REPLACE_CONFIRMATION};
use crate::storage::{ask_persistence, read_bytes, read_persistence, usage_and_quota, Persistence};
use crate::ui::case_book::CaseBook;
use crate::ui::page_title::set_page_title;
use crate::ui::transfer::{build_export, download, next_tick, restore_evidence, todays_file_name};

/// What is stored, and the ways to move it.
#[component]
pub fn DataPage() -> impl IntoView {
    set_page_title(|| "Your data");
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
                 Nothing is sent anywhere: there is no account and no server. Clearing this site's \
                 data in the browser settings deletes your cases, so export a backup now and then."
            </p>
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
        (Some(Persistence::Granted), _) => "Kept: this browser will not clear Case Desk's data to make space.",
        (Some(Persistence::NotSupported), _) => {
            "This browser cannot be asked to keep data. Export a backup now and then; that works in every browser."
        }
        (_, true) => "Asked your browser. If it shows a question, answer it; you can go on working meanwhile.",
        (_, false) if asked.get() => {
            "Not granted: this browser may still clear Case Desk's data when space runs low. Export a backup now and then."
        }
        (Some(Persistence::NotGranted), false) => "Not asked yet: this browser may clear Case Desk's data when space runs low.",
        (None, false) => "",
    };
    let can_ask = move || matches!(state.get(), None | Some(Persistence::NotGranted));
    view! {
        <section class="panel" aria-labelledby="keep-title">
            <h2 id="keep-title">"Keep my cases from being cleared"</h2>
            <p>
                "When a device runs low on space, a browser may clear the data of sites you have not \
                 asked it to keep. You can ask it to keep Case Desk's data:"
            </p>
            <ul class="bullets">
                <li>"Chrome and Edge decide by themselves, without asking you: usually yes once you use \
                     Case Desk often or install it as an app."</li>
                <li>"Firefox asks you in a bar at the top of the window: choose Allow."</li>
                <li>"Safari keeps the data of Case Desk installed as an app (Share, then Add to Dock or \
                     Add to Home Screen); in a tab it may clear it after 7 days without a visit."</li>
            </ul>
            <p class="keep-status" role="status">{status}</p>
            <Show when=can_ask>
                <button type="button" class="button" on:click=ask>"Keep my cases from being cleared"</button>
            </Show>
        </section>
    }
}

#[component]
fn ExportPanel() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let with_evidence = RwSignal::new(true);
    let status = RwSignal::new(None::<String>);
    let export = move |_| {
        let cases: Vec<_> = book.log().with_untracked(|l| l.iter().cloned().collect());
        let n = cases.len();
        status.set(Some("Preparing the file…".into()));
        spawn_local(async move {
            let text = build_export(cases, with_evidence.get_untracked()).await;
            let name = todays_file_name();
            let message = match download(&name, &text) {
                Ok(()) => format!("Exported {n} cases to {name} ({}).", human_size(text.len() as u64)),
                Err(e) => e,
            };
            status.try_set(Some(message));
        });
    };
    view! {
        <section class="panel" aria-labelledby="export-title">
            <h2 id="export-title">"Back up or move your cases"</h2>
            <p>"One file with every case: keep it as a backup, open it on another computer, or hand it to a colleague."</p>
            <div class="field-check field">
                <input type="checkbox" id="export-evidence" bind:checked=with_evidence/>
                <label for="export-evidence">"Include evidence files (the file gets bigger)"</label>
            </div>
            <button type="button" class="button button-primary" on:click=export>"Export all cases"</button>
            <p class="form-status" role="status">{move || status.get()}</p>
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

/// What a long import is doing: a label, and how far (`total` 0: not countable).
#[derive(Clone, PartialEq)]
struct Progress {
    label: String,
    done: usize,
    total: usize,
}

impl Progress {
    fn step(label: String) -> Option<Progress> {
        Some(Progress { label, done: 0, total: 0 })
    }
}

#[component]
fn ImportPanel() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let progress = RwSignal::new(None::<Progress>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
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
            error.set(Some(ImportError::TooBig { size }.to_string()));
            return;
        }
        progress.set(Progress::step(format!("Reading {name} ({})…", human_size(size as u64))));
        spawn_local(async move {
            let result = match read_bytes(&file).await {
                Ok(bytes) => {
                    progress.try_set(Progress::step(format!("Checking {name}…")));
                    next_tick().await;
                    parse_import(&bytes).map_err(|e| e.to_string())
                }
                Err(_) => Err("The browser could not read this file. Try choosing it again.".to_string()),
            };
            progress.try_set(None);
            match result {
                Ok(export) => {
                    let preview = book.log().with_untracked(|l| preview(l, &export.cases));
                    let cases = export.cases.len();
                    parsed.set_value(Some(export));
                    pending.try_set(Some(Pending { name, cases, preview }));
                }
                Err(message) => {
                    error.try_set(Some(message));
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
                progress.try_set(Some(Progress { label: format!("Keeping evidence files: {done} of {total}"), done, total }));
            })
            .await;
            progress.try_set(Progress::step(format!("Saving {} cases…", cases.len())));
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
                    done.try_set(Some(format!("Imported: {n} cases added or updated.")));
                    pending.try_set(None);
                    confirm.try_set(String::new());
                    book.collect_unused_evidence();
                }
                Err(message) => {
                    parsed.try_set_value(Some(export));
                    error.try_set(Some(format!("Nothing was imported: {message}")));
                }
            }
        });
    };

    view! {
        <section class="panel" aria-labelledby="import-title">
            <h2 id="import-title">"Import an export file"</h2>
            <div class="drop-zone" on:dragenter=on_over on:dragover=on_over on:drop=on_drop>
                <p class="drop-zone-text">
                    "Drop a Case Desk export here, or "
                    <label for="import-file" class="button button-small">"choose an export file"</label>
                </p>
                <input id="import-file" class="visually-hidden-input" type="file" accept=".json,application/json"
                    aria-describedby="import-hint" disabled=move || applying.get() on:change=on_pick/>
                <p class="field-hint" id="import-hint">
                    {format!("A .json file made by \"Export all cases\", up to {}. Nothing changes until you confirm.", human_size(IMPORT_LIMIT as u64))}
                </p>
            </div>
            <div class="import-progress" role="status">
                {move || progress.get().map(|p| view! {
                    <label for="import-progress">{p.label.clone()}</label>
                    {if p.total > 0 {
                        view! { <progress id="import-progress" max=p.total value=p.done></progress> }.into_any()
                    } else {
                        view! { <progress id="import-progress"></progress> }.into_any()
                    }}
                })}
            </div>
            <p class="form-status" role="status">{move || done.get()}</p>
            <div role="alert">{move || error.get().map(|m| view! { <p class="banner banner-error">{m}</p> })}</div>
            {move || pending.get().map(|p| {
                let ImportPreview { new, newer, unchanged, conflicts } = p.preview;
                view! {
                    <div class="import-preview" aria-labelledby="preview-title">
                        <h3 id="preview-title">{format!("{}: {} cases", p.name, p.cases)}</h3>
                        <ul>
                            <li>{format!("{new} new")}</li>
                            <li>{format!("{newer} newer in the file")}</li>
                            <li>{format!("{unchanged} already up to date")}</li>
                            <li>{format!("{conflicts} changed both here and in the file (merged event by event)")}</li>
                        </ul>
                        <div class="row-actions">
                            <button type="button" class="button button-primary" disabled=move || applying.get()
                                on:click=move |_| apply(false)>"Merge into my cases"</button>
                            <button type="button" class="button" disabled=move || applying.get() on:click=move |_| {
                                pending.set(None);
                                parsed.set_value(None);
                            }>"Cancel"</button>
                        </div>
                        <details class="replace-all">
                            <summary>"Replace all my cases with this file instead"</summary>
                            <div class="field">
                                <label for="replace-confirm">{format!("Type \"{REPLACE_CONFIRMATION}\" to confirm")}</label>
                                <p class="field-hint" id="replace-hint">"Every case in this browser is replaced by the file's cases."</p>
                                <input id="replace-confirm" type="text" autocomplete="off" aria-describedby="replace-hint" bind:value=confirm/>
                            </div>
                            <button type="button" class="button"
                                disabled=move || applying.get() || confirm.get().trim() != REPLACE_CONFIRMATION
                                on:click=move |_| apply(true)>"Replace everything"</button>
                        </details>
                    </div>
                }
            })}
        </section>
    }
}

#[component]
fn SamplePanel() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let samples = move || book.log().with(|l| l.iter().filter(|c| c.sample).count());
    let status = RwSignal::new(None::<String>);
    view! {
        <section class="panel" aria-labelledby="samples-title">
            <h2 id="samples-title">"Sample cases"</h2>
            <p>"Eight realistic cases in every status, for a demo or to try Case Desk out. They are marked as samples."</p>
            <div class="row-actions">
                <LoadSamplesButton status=status/>
                <Show when=move || samples() != 0>
                    <button type="button" class="button" on:click=move |_| {
                        status.set(Some(match book.remove_samples() {
                            Ok(n) => format!("Removed {n} sample cases."),
                            Err(m) => m,
                        }));
                    }>{move || format!("Remove sample cases ({})", samples())}</button>
                </Show>
            </div>
            <p class="form-status" role="status">{move || status.get()}</p>
        </section>
    }
}

/// "Load sample cases", also offered on the empty case log.
#[component]
pub fn LoadSamplesButton(
    /// Where to say what happened.
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    view! {
        <button type="button" class="button" on:click=move |_| {
            spawn_local(async move {
                let message = match book.load_samples().await {
                    Ok(n) => format!("Loaded {n} sample cases."),
                    Err(m) => m,
                };
                status.try_set(Some(message));
            });
        }>"Load sample cases"</button>
    }
}

#[component]
fn SpacePanel() -> impl IntoView {
    let log = expect_context::<CaseBook>().log();
    let evidence = move || {
        log.with(|l| {
            let files: Vec<EvidenceFile> = l.iter().flat_map(|c| c.evidence.iter().cloned()).collect();
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
