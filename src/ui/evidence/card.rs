//! One evidence file: its preview, what it proves, and its actions.

use leptos::prelude::*;

use super::body::{use_body_text, use_body_url, Body};
use crate::domain::evidence::EvidenceKind;
use crate::domain::evidence::{human_size, EvidenceFile, FileKind};
use crate::ui::i18n::{lang, locale, td_string, tr, trf};

fn proves_slug(kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Invoice => "invoice",
        EvidenceKind::Tracking => "tracking",
        EvidenceKind::Photo => "photo",
        EvidenceKind::Screenshot => "screenshot",
        EvidenceKind::Correspondence => "correspondence",
        EvidenceKind::Other => "other",
    }
}

fn short(hash: &str) -> &str {
    &hash[..hash.len().min(16)]
}

/// The id of a file's View button (the viewer gives focus back to it).
pub fn view_button_id(prefix: &str, hash: &str) -> String {
    format!("{prefix}-view-{}", short(hash))
}

/// A file's card: thumbnail or summary, name and size, "what it proves", View and Remove.
#[component]
pub fn EvidenceCard(
    /// Makes the card's ids unique on a page with several evidence areas.
    prefix: &'static str,
    /// The file.
    file: EvidenceFile,
    /// Opens the viewer on this file.
    on_view: Callback<()>,
    /// Changes what the file proves.
    on_tag: Callback<EvidenceKind>,
    /// Removes the file (not offered when absent).
    on_remove: Option<Callback<()>>,
) -> impl IntoView {
    let select_id = format!("{prefix}-proves-{}", short(&file.hash));
    let view_id = view_button_id(prefix, &file.hash);
    let (kind, pages, size) = (file.kind, file.pages, file.size);
    let details = move || match (kind, pages, lang()) {
        (FileKind::Pdf, Some(1), lang) => {
            td_string!(locale(), evidence.pdf_single_page, size = human_size(size, lang)).to_string()
        }
        (FileKind::Pdf, Some(n), lang) => {
            td_string!(locale(), evidence.pdf_pages, pages = n, size = human_size(size, lang)).to_string()
        }
        (kind, _, lang) => format!(
            "{} · {}",
            kind.described(lang).trim_start_matches("a ").trim_start_matches("an "),
            human_size(size, lang)
        ),
    };
    let preview = if !file.stored {
        view! { <p class="evidence-missing">{tr!(evidence.not_stored_here)}</p> }.into_any()
    } else if file.kind.is_image() {
        let body = use_body_url(file.hash.clone());
        let name = file.name.clone();
        view! {
            {move || match body.get() {
                Body::Url(url) => {
                    let name = name.clone();
                    view! { <img class="evidence-thumb" src=url alt=trf!(evidence.preview_alt, name = &name)/> }.into_any()
                }
                Body::Missing => view! { <p class="evidence-missing">{tr!(evidence.not_found_here)}</p> }.into_any(),
                _ => view! { <div class="evidence-thumb evidence-loading" aria-hidden="true"></div> }.into_any(),
            }}
        }
        .into_any()
    } else if file.kind.is_text() {
        let body = use_body_text(file.hash.clone(), 5);
        view! {
            <pre class="evidence-text">{move || match body.get() {
                Body::Text(text) => text,
                Body::Missing => td_string!(locale(), evidence.not_found_here).to_string(),
                _ => String::new(),
            }}</pre>
        }
        .into_any()
    } else {
        view! { <div class="evidence-doc" aria-hidden="true">"PDF"</div> }.into_any()
    };
    let (name, view_name, remove_name) = (file.name.clone(), file.name.clone(), file.name.clone());
    let proves = file.proves;
    view! {
        <li class="evidence-card">
            <div class="evidence-preview">{preview}</div>
            <p class="evidence-name">{file.name.clone()}</p>
            <p class="evidence-details">{details}</p>
            <label for=select_id.clone() class="evidence-proves-label">{trf!(evidence.proves_label, name = &name)}</label>
            <select id=select_id
                on:change=move |ev| {
                    let slug = event_target_value(&ev);
                    if let Some(kind) = EvidenceKind::ALL.into_iter().find(|k| proves_slug(*k) == slug) {
                        on_tag.run(kind);
                    }
                }>
                {EvidenceKind::ALL.into_iter().map(|k| view! {
                    <option value=proves_slug(k) selected=k == proves>{move || k.label(lang())}</option>
                }).collect_view()}
            </select>
            <div class="row-actions">
                <button type="button" class="button button-small" id=view_id disabled=!file.stored
                    aria-label=trf!(evidence.view_label, name = &view_name) on:click=move |_| on_view.run(())>{tr!(evidence.view)}</button>
                {on_remove.map(|remove| view! {
                    <button type="button" class="button button-small button-quiet"
                        aria-label=trf!(evidence.remove_label, name = &remove_name) on:click=move |_| remove.run(())>{tr!(evidence.remove)}</button>
                })}
            </div>
        </li>
    }
}
