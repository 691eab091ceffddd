//! One evidence file: its preview, what it proves, and its actions.

use leptos::prelude::*;

use super::body::{use_body_text, use_body_url, Body};
use crate::domain::catalog::EvidenceKind;
use crate::domain::evidence::{human_size, EvidenceFile, FileKind};

const PROVES: [EvidenceKind; 6] = [
    EvidenceKind::Invoice,
    EvidenceKind::Tracking,
    EvidenceKind::Photo,
    EvidenceKind::Screenshot,
    EvidenceKind::Correspondence,
    EvidenceKind::Other,
];

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
    let details = match (file.kind, file.pages) {
        (FileKind::Pdf, Some(1)) => format!("PDF · 1 page · {}", human_size(file.size)),
        (FileKind::Pdf, Some(n)) => format!("PDF · {n} pages · {}", human_size(file.size)),
        (kind, _) => format!("{} · {}", kind.described().trim_start_matches("a ").trim_start_matches("an "), human_size(file.size)),
    };
    let preview = if !file.stored {
        view! { <p class="evidence-missing">"Not stored in this browser"</p> }.into_any()
    } else if file.kind.is_image() {
        let body = use_body_url(file.hash.clone());
        let alt = format!("Preview of {}", file.name);
        view! {
            {move || match body.get() {
                Body::Url(url) => view! { <img class="evidence-thumb" src=url alt=alt.clone()/> }.into_any(),
                Body::Missing => view! { <p class="evidence-missing">"Not found in this browser"</p> }.into_any(),
                _ => view! { <div class="evidence-thumb evidence-loading" aria-hidden="true"></div> }.into_any(),
            }}
        }
        .into_any()
    } else if file.kind.is_text() {
        let body = use_body_text(file.hash.clone(), 5);
        view! {
            <pre class="evidence-text">{move || match body.get() {
                Body::Text(text) => text,
                Body::Missing => "Not found in this browser".to_string(),
                _ => String::new(),
            }}</pre>
        }
        .into_any()
    } else {
        view! { <div class="evidence-doc" aria-hidden="true">"PDF"</div> }.into_any()
    };
    let name = file.name.clone();
    let proves = file.proves;
    view! {
        <li class="evidence-card">
            <div class="evidence-preview">{preview}</div>
            <p class="evidence-name">{file.name.clone()}</p>
            <p class="evidence-details">{details}</p>
            <label for=select_id.clone() class="evidence-proves-label">{format!("What {name} proves")}</label>
            <select id=select_id
                on:change=move |ev| {
                    let slug = event_target_value(&ev);
                    if let Some(kind) = PROVES.into_iter().find(|k| proves_slug(*k) == slug) {
                        on_tag.run(kind);
                    }
                }>
                {PROVES.into_iter().map(|k| view! {
                    <option value=proves_slug(k) selected=k == proves>{k.label()}</option>
                }).collect_view()}
            </select>
            <div class="row-actions">
                <button type="button" class="button button-small" id=view_id disabled=!file.stored
                    aria-label=format!("View {}", file.name) on:click=move |_| on_view.run(())>"View"</button>
                {on_remove.map(|remove| view! {
                    <button type="button" class="button button-small button-quiet"
                        aria-label=format!("Remove {}", file.name) on:click=move |_| remove.run(())>"Remove"</button>
                })}
            </div>
        </li>
    }
}
