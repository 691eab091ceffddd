//! The full-size viewer: a modal dialog over the page. Esc closes it (the
//! browser's own dialog behaviour), the arrow keys move between files, and
//! focus goes back to the View button that opened it.

use leptos::html;
use leptos::prelude::*;

use super::body::{use_body_text, use_body_url, Body};
use crate::domain::evidence::EvidenceFile;
use crate::ui::i18n::{locale, td_string, tr};

/// The viewer; `open` holds the index of the file shown, `None` when closed.
#[component]
pub fn EvidenceViewer(
    /// Makes the viewer's ids unique on a page with several evidence areas.
    prefix: &'static str,
    /// The files one can move between.
    files: Signal<Vec<EvidenceFile>>,
    /// The file shown, by index.
    open: RwSignal<Option<usize>>,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    // The View button to give focus back to.
    let opener = StoredValue::new(None::<String>);

    Effect::new(move || {
        let Some(el) = dialog.get() else { return };
        match open.get() {
            Some(i) if !el.open() => {
                opener.set_value(
                    files.with_untracked(|f| f.get(i).map(|f| super::card::view_button_id(prefix, &f.hash))),
                );
                let _ = el.show_modal();
            }
            None if el.open() => el.close(),
            _ => {}
        }
    });
    let count = move || files.with(Vec::len);
    let step = move |delta: isize| {
        let n = count() as isize;
        if n > 0 {
            open.update(|o| *o = o.map(|i| ((i as isize + delta).rem_euclid(n)) as usize));
        }
    };
    let on_close = move |_| {
        open.set(None);
        if let Some(id) = opener.get_value() {
            crate::ui::components::focus_by_id(&id);
        }
    };

    view! {
        <dialog node_ref=dialog class="viewer" aria-labelledby=format!("{prefix}-viewer-title")
            on:close=on_close
            on:keydown=move |ev| match ev.key().as_str() {
                "ArrowRight" => step(1),
                "ArrowLeft" => step(-1),
                _ => {}
            }>
            {move || open.get().and_then(|i| files.with(|f| f.get(i).cloned())).map(|file| {
                let index = open.get_untracked().unwrap_or(0) + 1;
                view! {
                    <header class="viewer-head">
                        <h2 id=format!("{prefix}-viewer-title")>{file.name.clone()}</h2>
                        <span class="viewer-position">{move || {
                            td_string!(locale(), evidence.viewer.position, index = index, count = count()).to_string()
                        }}</span>
                    </header>
                    <ViewerBody file=file/>
                }
            })}
            <div class="viewer-actions">
                <button type="button" class="button" on:click=move |_| step(-1) aria-label=tr!(evidence.viewer.previous_label)>
                    {tr!(evidence.viewer.previous)}
                </button>
                <button type="button" class="button" on:click=move |_| step(1) aria-label=tr!(evidence.viewer.next_label)>
                    {tr!(evidence.viewer.next)}
                </button>
                <button type="button" class="button button-primary" on:click=move |_| open.set(None)>{tr!(evidence.viewer.close)}</button>
            </div>
            <p class="field-hint">{tr!(evidence.viewer.keys_hint)}</p>
        </dialog>
    }
}

#[component]
fn ViewerBody(file: EvidenceFile) -> impl IntoView {
    if file.kind.is_text() {
        let body = use_body_text(file.hash.clone(), 2000);
        view! {
            <pre class="viewer-text" tabindex="0">{move || match body.get() {
                Body::Text(t) => t,
                _ => String::new(),
            }}</pre>
        }
        .into_any()
    } else {
        let body = use_body_url(file.hash.clone());
        let name = file.name.clone();
        let is_image = file.kind.is_image();
        view! {
            {move || match body.get() {
                Body::Url(url) if is_image => view! { <img class="viewer-image" src=url alt=name.clone()/> }.into_any(),
                Body::Url(url) => view! { <iframe class="viewer-pdf" src=url title=name.clone()></iframe> }.into_any(),
                Body::Missing => view! { <p>{tr!(evidence.viewer.missing)}</p> }.into_any(),
                _ => view! { <p>{tr!(evidence.viewer.loading)}</p> }.into_any(),
            }}
        }
        .into_any()
    }
}
