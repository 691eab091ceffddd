//! Evidence files in the UI: the area where files are attached (picker,
//! drag and drop, paste), their previews, and the full-size viewer.

mod body;
mod card;
mod intake;
mod viewer;

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use crate::domain::evidence::EvidenceKind;
use crate::domain::evidence::{human_size, total_size, EvidenceFile, CASE_LIMIT, FILE_LIMIT};
use card::EvidenceCard;
pub use intake::Intake;
use viewer::EvidenceViewer;

use crate::domain::StorageProblem;
use crate::ui::i18n::{lang, locale, td_string, tr};

/// Why files' contents were not kept, for the storage banner: the storage is
/// full, or the browser would not store them at all.
pub fn not_stored(problem: &StorageProblem) -> &'static str {
    match problem {
        StorageProblem::Full => td_string!(locale(), evidence.not_stored_full),
        _ => td_string!(locale(), evidence.not_stored),
    }
}

/// The files of a case or draft, and the ways to add more.
#[component]
pub fn EvidenceArea(
    /// Makes the area's ids unique on a page with several of them ("evidence", "reply").
    name: &'static str,
    /// The files attached so far.
    #[prop(into)]
    files: Signal<Vec<EvidenceFile>>,
    /// Receives what a batch added (and refused).
    on_added: Callback<Intake>,
    /// Changes what a file proves: (hash, kind).
    on_tag: Callback<(String, EvidenceKind)>,
    /// Removes a file by hash; when absent, files cannot be removed here.
    #[prop(optional)]
    on_remove: Option<Callback<String>>,
    /// Take a screenshot pasted anywhere on the page (otherwise only while focus is in this area).
    #[prop(optional)]
    paste_anywhere: bool,
) -> impl IntoView {
    let book = expect_context::<crate::ui::case_book::CaseBook>();
    let busy = RwSignal::new(None::<usize>);
    let refused = RwSignal::new(Vec::<(String, String)>::new());
    let viewing = RwSignal::new(None::<usize>);
    // Drags over the zone: enter and leave fire for every child crossed, so a count, not a flag.
    let dragging = RwSignal::new(0_i32);
    let area = NodeRef::<html::Div>::new();

    let take = Callback::new(move |batch: SendWrapper<Vec<web_sys::File>>| {
        let batch = batch.take();
        if batch.is_empty() {
            return;
        }
        busy.set(Some(batch.len()));
        let existing = files.get_untracked();
        spawn_local(async move {
            let intake = intake::take_in(batch, &existing).await;
            // Whether the bodies were kept reaches the seller through the storage banner.
            if intake.problem.is_some() || intake.added.iter().any(|f| f.stored) {
                book.report_evidence(intake.problem.clone());
            }
            refused.try_set(intake.refused.clone());
            busy.try_set(None);
            on_added.run(intake);
        });
    });

    let on_enter = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.update(|n| *n += 1);
    };
    // Without this the browser opens a dropped file instead of handing it over.
    let on_over = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let on_leave = move |_: leptos::ev::DragEvent| dragging.update(|n| *n = (*n - 1).max(0));
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(0);
        let dropped = ev.data_transfer().and_then(|d| d.files()).map(file_list).unwrap_or_default();
        take.run(SendWrapper::new(dropped));
    };

    // A screenshot pasted anywhere on the page while this area is shown.
    let on_paste = window_event_listener(leptos::ev::paste, move |ev| {
        let focused_here = area.get_untracked().is_some_and(|root| {
            let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
            active.is_some_and(|a| root.contains(Some(&a)))
        });
        if !paste_anywhere && !focused_here {
            return;
        }
        let pasted = ev.clipboard_data().and_then(|d| d.files()).map(file_list).unwrap_or_default();
        if !pasted.is_empty() {
            ev.prevent_default();
            take.run(SendWrapper::new(pasted));
        }
    });
    on_cleanup(move || on_paste.remove());

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let picked = input.files().map(file_list).unwrap_or_default();
        // Clear, so choosing the same file again fires `change` again.
        input.set_value("");
        take.run(SendWrapper::new(picked));
    };

    let used = move || files.with(|f| total_size(f));
    view! {
        <div class="evidence-area" node_ref=area>
            <div class="drop-zone" class:drop-zone-over=move || dragging.get().is_positive()
                on:dragenter=on_enter on:dragover=on_over on:dragleave=on_leave on:drop=on_drop>
                <p class="drop-zone-text">
                    {tr!(evidence.drop_text)}
                    <label for=format!("{name}-files") class="button button-small">{tr!(evidence.choose_files)}</label>
                </p>
                <input id=format!("{name}-files") class="visually-hidden-input" type="file" multiple
                    accept="image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv,.csv,.txt"
                    aria-describedby=format!("{name}-limits")
                    on:change=on_pick/>
                <p class="field-hint" id=format!("{name}-limits")>
                    {move || {
                        let lang = lang();
                        td_string!(
                            locale(), evidence.limits,
                            file_limit = human_size(FILE_LIMIT, lang),
                            case_limit = human_size(CASE_LIMIT, lang),
                            used = human_size(used(), lang)
                        )
                        .to_string()
                    }}
                </p>
            </div>
            <p class="form-status" role="status">
                {move || busy.get().map(|n| match n {
                    1 => td_string!(locale(), evidence.checking_single).to_string(),
                    n => td_string!(locale(), evidence.checking_several, count = n).to_string(),
                })}
            </p>
            <div role="alert">
                {move || {
                    let list = refused.get();
                    (!list.is_empty()).then(|| view! {
                        <div class="banner banner-error">
                            <p><strong>{match list.len() {
                                1 => td_string!(locale(), evidence.refused_single).to_string(),
                                n => td_string!(locale(), evidence.refused_several, count = n).to_string(),
                            }}</strong></p>
                            <ul>
                                {list.into_iter().map(|(name, reason)| view! {
                                    <li><strong>{name}</strong>{tr!(evidence.reason_separator)}{reason}</li>
                                }).collect_view()}
                            </ul>
                        </div>
                    })
                }}
            </div>
            // Keyed by content hash: retagging a file or adding another keeps the
            // other cards (and their loaded previews and focus) as they are.
            <ul class="evidence-grid" aria-label=tr!(evidence.attached_files)>
                <For each=move || files.get() key=|file| file.hash.clone() let:file>
                    {
                        let hash = file.hash.clone();
                        let tag_hash = hash.clone();
                        let view_hash = hash.clone();
                        view! {
                            <EvidenceCard prefix=name file=file
                                on_view=Callback::new(move |()| {
                                    viewing.set(files.with_untracked(|f| f.iter().position(|f| f.hash == view_hash)));
                                })
                                on_tag=Callback::new(move |kind| on_tag.run((tag_hash.clone(), kind)))
                                on_remove=on_remove.map(|remove| Callback::new(move |()| remove.run(hash.clone())))/>
                        }
                    }
                </For>
            </ul>
            <EvidenceViewer prefix=name files=files open=viewing/>
        </div>
    }
}

fn file_list(list: web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// A small thumbnail (images) or name chip (other files), for the timeline.
#[component]
pub fn EvidenceThumb(
    /// The file.
    file: EvidenceFile,
) -> impl IntoView {
    if file.kind.is_image() && file.stored {
        let body = body::use_body_url(file.hash.clone());
        let alt = file.name.clone();
        view! {
            <span class="thumb-chip">
                {move || match body.get() {
                    body::Body::Url(url) => view! { <img class="thumb-small" src=url alt=alt.clone()/> }.into_any(),
                    _ => view! { <span>{alt.clone()}</span> }.into_any(),
                }}
            </span>
        }
        .into_any()
    } else {
        view! { <span class="thumb-chip">{file.name}</span> }.into_any()
    }
}
