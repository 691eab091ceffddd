//! The timeline: every event in order, with its local time and how long ago,
//! its text with line breaks kept, and its files.

use leptos::prelude::*;

use crate::domain::deadlines::response_window::ago;
use crate::domain::evidence::EvidenceFile;
use crate::domain::{Case, CaseEvent};
use crate::ui::clock::Clock;
use crate::ui::components::LocalTime;
use crate::ui::evidence::EvidenceThumb;
use crate::ui::i18n::{lang, tr};

/// The case's history, oldest first.
#[component]
pub fn Timeline(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    // Rebuilt only when the events change, not on every tick of the clock.
    let events = Memo::new(move |_| {
        case.with(|c| c.as_ref().map(|c| (c.events.clone(), c.evidence.clone())).unwrap_or_default())
    });
    view! {
        <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{tr!(case.timeline)}</h2>
            <ol class="timeline">
                {move || {
                    let (events, evidence) = events.get();
                    events.into_iter().map(|e| entry(e, &evidence)).collect_view()
                }}
            </ol>
        </section>
    }
}

fn entry(event: CaseEvent, evidence: &[EvidenceFile]) -> impl IntoView {
    let now = expect_context::<Clock>().minutes();
    let at = event.at;
    let files: Vec<EvidenceFile> =
        event.kind.files().iter().filter_map(|h| evidence.iter().find(|f| &f.hash == h).cloned()).collect();
    view! {
        <li class="timeline-entry">
            <div class="timeline-when">
                <LocalTime at=at/>
                <span class="timeline-ago">{move || ago(at, now.get(), lang())}</span>
            </div>
            <div>
                <span class="timeline-what">{let kind = event.kind.clone(); move || kind.summary(lang())}</span>
                {let kind = event.kind.clone(); move || kind.text(lang()).map(|t| view! { <p class="preserve-lines timeline-text">{t}</p> })}
                {(!files.is_empty()).then(|| view! {
                    <ul class="timeline-files">
                        {files.into_iter().map(|f| view! { <li><EvidenceThumb file=f/></li> }).collect_view()}
                    </ul>
                })}
            </div>
        </li>
    }
}
