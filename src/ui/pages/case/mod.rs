//! `/cases/:id`: one case: its countdown, the actions its status allows, the
//! timeline, evidence, Amazon's case ID and notes.

mod actions;
mod timeline;

use leptos::ev::SubmitEvent;
use leptos::task::spawn_local;
use leptos::prelude::*;
use crate::ui::navigation::{How, Navigator};

use crate::domain::window::Countdown;
use crate::domain::{Case, CaseId};
use crate::paths::AppPaths;
use crate::ui::case_book::CaseBook;
use crate::ui::clock::Clock;
use crate::ui::components::{described_by, CountdownView, Field, LocalTime, StatusBadge};
use crate::domain::catalog::EvidenceKind;
use crate::ui::evidence::{EvidenceArea, Intake};
use crate::ui::page_title::set_page_title;

/// The case named in the address, or a message that it is not in this browser.
#[component]
pub fn CasePage(
    /// The case named in the address.
    id: String,
) -> impl IntoView {
    let log = expect_context::<CaseBook>().log();
    let id = CaseId(id);
    let case = Memo::new(move |_| log.with(|l| l.get(&id).cloned()));
    let exists = Memo::new(move |_| case.with(Option::is_some));
    set_page_title(move || case.with(|c| c.as_ref().map(|c| c.subject.clone())).unwrap_or_else(|| "Case not found".into()));

    let book = expect_context::<CaseBook>();
    let now = expect_context::<Clock>().seconds();
    let settings = book.settings();
    let countdown = Signal::derive(move || {
        case.with(|c| c.as_ref().map(|c| Countdown::of(c, &settings.get(), now.get()))).unwrap_or(Countdown::Finished)
    });

    let read_only = Memo::new(move |_| case.with(|c| c.as_ref().is_some_and(|c| book.is_read_only(&c.id))));

    // The forms stay mounted while the case changes, so what is typed in them survives a save.
    move || {
        if exists.get() && read_only.get() {
            view! {
                <article class="case" aria-labelledby="case-title">
                    {move || case.get().map(case_header)}
                    <p class="banner banner-warning">{crate::ui::case_book::READ_ONLY}</p>
                    {move || case.get().map(case_details)}
                    <timeline::Timeline case=case/>
                </article>
            }
            .into_any()
        } else if exists.get() {
            view! {
                <article class="case" aria-labelledby="case-title">
                    {move || case.get().map(case_header)}
                    <CountdownView countdown=countdown/>
                    <UrgentToggle case=case/>
                    {move || case.get().map(case_details)}
                    <actions::CaseActions case=case/>
                    <timeline::Timeline case=case/>
                    <CaseEvidence case=case/>
                    <AmazonCaseIdForm case=case/>
                    <NoteForm case=case/>
                    <ExportCase case=case/>
                    <DeleteCase case=case/>
                </article>
            }
            .into_any()
        } else {
            view! { <CaseNotFound/> }.into_any()
        }
    }
}

/// Subject, status and the urgent tag: the first thing on the page.
fn case_header(case: Case) -> impl IntoView {
    view! {
        <header class="case-header">
            <h1 id="case-title">{case.subject.clone()}</h1>
            <StatusBadge status=case.status/>
            {case.urgent.then(|| view! { <span class="tag tag-urgent">"Urgent"</span> })}
            {case.sample.then(|| view! { <span class="tag">"Sample"</span> })}
        </header>
    }
}

/// The facts of the case, its identifiers, description and the message sent.
fn case_details(case: Case) -> impl IntoView {
    let identifiers = case.identifiers.clone();
    let message = case.message.clone();
    view! {
        <dl class="case-facts">
            <div><dt>"Problem"</dt><dd>{problem_title(&case)}</dd></div>
            <div><dt>"Opened"</dt><dd><LocalTime at=case.created_at/></dd></div>
            {case.contact.as_ref().map(|c| view! { <div><dt>"Contact"</dt><dd>{c.summary()}</dd></div> })}
            <div><dt>"Amazon case ID"</dt><dd>{case.amazon_case_id.clone().unwrap_or_else(|| "Not recorded yet".into())}</dd></div>
        </dl>
        {(!identifiers.is_empty()).then(|| view! {
            <section aria-labelledby="identifiers-title">
                <h2 id="identifiers-title">"Identifiers"</h2>
                <ul class="identifier-list">
                    {identifiers.into_iter().map(|i| view! {
                        <li><span class="identifier-kind">{i.kind.label()}</span>" "<code>{i.value}</code></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section aria-labelledby="description-title">
            <h2 id="description-title">"Description"</h2>
            <p class="preserve-lines">{case.description.clone()}</p>
        </section>
        {(!message.is_empty()).then(|| view! {
            <details class="sent-message">
                <summary>"Message sent to Amazon"</summary>
                <pre class="copy-text">{message}</pre>
            </details>
        })}
    }
}

fn problem_title(case: &Case) -> String {
    let specific = case.specific_problem.as_deref().and_then(crate::domain::catalog::find);
    match specific {
        Some(p) => format!("{} → {}", case.problem_type.label(), p.title),
        None => case.problem_type.label().to_string(),
    }
}

/// The urgent flag, changed as an event.
#[component]
fn UrgentToggle(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    view! {
        <div class="field-check urgent-toggle">
            <input type="checkbox" id="case-urgent"
                prop:checked=move || case.with(|c| c.as_ref().is_some_and(|c| c.urgent))
                on:change=move |ev| {
                    if let Some(id) = case.with_untracked(|c| c.as_ref().map(|c| c.id.clone())) {
                        book.set_urgent(&id, event_target_checked(&ev));
                    }
                }/>
            <label for="case-urgent">"Urgent: it stops sales, shipments or payments"</label>
        </div>
    }
}

/// The case's evidence files; more can be added, each batch an event on the timeline.
#[component]
fn CaseEvidence(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let files = Memo::new(move |_| case.with(|c| c.as_ref().map(|c| c.evidence.clone()).unwrap_or_default()));
    let id = move || case.with_untracked(|c| c.as_ref().map(|c| c.id.clone()));
    view! {
        <section class="inline-form" aria-labelledby="evidence-title">
            <h2 id="evidence-title">"Evidence"</h2>
            <EvidenceArea name="evidence" files=files
                on_added=Callback::new(move |intake: Intake| {
                    if let Some(id) = id() {
                        if !intake.added.is_empty() {
                            book.add_case_evidence(&id, intake.added);
                        }
                    }
                })
                on_tag=Callback::new(move |(hash, kind): (String, EvidenceKind)| {
                    if let Some(id) = id() {
                        book.tag_case_evidence(&id, &hash, kind);
                    }
                })/>
        </section>
    }
}

/// Records Amazon's case ID from its confirmation.
#[component]
fn AmazonCaseIdForm(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let value = RwSignal::new(case.with_untracked(|c| c.as_ref().and_then(|c| c.amazon_case_id.clone()).unwrap_or_default()));
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(id) = case.with_untracked(|c| c.as_ref().map(|c| c.id.clone())) else { return };
        match book.record_amazon_case_id(&id, &value.get_untracked()) {
            Ok(()) => {
                error.set(None);
                saved.set(true);
            }
            Err(message) => {
                error.set(Some(message));
                saved.set(false);
            }
        }
    };
    view! {
        <form class="inline-form no-print" novalidate on:submit=on_submit aria-labelledby="amazon-id-title">
            <h2 id="amazon-id-title">"Amazon's case ID"</h2>
            <Field id="amazon-case-id" label="Case ID from Amazon's confirmation"
                hint="8 to 14 digits, from the confirmation email or Case Log." error=error>
                <div class="input-with-button">
                    <input id="amazon-case-id" type="text" inputmode="numeric" autocomplete="off"
                        aria-describedby=described_by("amazon-case-id")
                        aria-invalid=move || error.get().map(|_| "true")
                        bind:value=value/>
                    <button type="submit" class="button">"Save case ID"</button>
                </div>
            </Field>
            <p class="form-status" role="status">{move || saved.get().then_some("Case ID saved.")}</p>
        </form>
    }
}

/// Adds a note to the timeline.
#[component]
fn NoteForm(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(id) = case.with_untracked(|c| c.as_ref().map(|c| c.id.clone())) else { return };
        match book.add_note(&id, &text.get_untracked()) {
            Ok(()) => {
                text.set(String::new());
                error.set(None);
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <form class="inline-form no-print" novalidate on:submit=on_submit aria-labelledby="note-title">
            <h2 id="note-title">"Add a note"</h2>
            <Field id="note" label="Note" hint="Anything worth remembering: a call, a new order affected, a reminder."
                error=error>
                <textarea id="note" rows="3" aria-describedby=described_by("note")
                    aria-invalid=move || error.get().map(|_| "true")
                    bind:value=text></textarea>
            </Field>
            <div class="form-actions"><button type="submit" class="button">"Add note"</button></div>
        </form>
    }
}

/// Exports this one case (with its evidence) as a file.
#[component]
fn ExportCase(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let export = move |_| {
        let Some(c) = case.get_untracked() else { return };
        spawn_local(async move {
            let text = crate::ui::transfer::build_export(vec![c.clone()], true).await;
            let name = format!("case-desk-case-{}.json", &c.id.0[..c.id.0.len().min(8)]);
            status.try_set(Some(match crate::ui::transfer::download(&name, &text) {
                Ok(()) => format!("Exported to {name}."),
                Err(e) => e,
            }));
        });
    };
    view! {
        <section class="inline-form no-print" aria-labelledby="export-case-title">
            <h2 id="export-case-title">"Share this case"</h2>
            <p class="field-hint">"A file with this case and its evidence, to keep or to hand to a colleague (they import it on their data page)."</p>
            <button type="button" class="button" on:click=export>"Export this case"</button>
            <p class="form-status" role="status">{move || status.get()}</p>
        </section>
    }
}

/// Deletes the case after a confirmation; its evidence goes with it unless another case uses it.
#[component]
fn DeleteCase(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let navigator = Navigator::get();
    let log_href = expect_context::<AppPaths>().case_log();
    let error = RwSignal::new(None::<String>);
    let delete = move |_| {
        let Some((id, subject)) = case.with_untracked(|c| c.as_ref().map(|c| (c.id.clone(), c.subject.clone()))) else { return };
        let question = format!("Delete the case \"{subject}\" and its evidence files? This cannot be undone: export it first if you may need it.");
        if !crate::ui::components::confirm(&question) {
            return;
        }
        match book.delete_case(&id) {
            Ok(()) => navigator.go(&log_href, How::Push),
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <section class="inline-form no-print" aria-labelledby="delete-case-title">
            <h2 id="delete-case-title">"Delete this case"</h2>
            <p class="field-hint">"Only for a case opened by mistake. To finish a case, close or resolve it instead: its history stays."</p>
            <button type="button" class="button button-quiet" on:click=delete>"Delete this case"</button>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

#[component]
fn CaseNotFound() -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    view! {
        <section class="empty-state" aria-labelledby="case-missing-title">
            <h1 id="case-missing-title">"Case not found"</h1>
            <p>
                "This case is not in this browser. Cases live in the browser where they were \
                 opened: if it was opened on another device or browser, export it there and \
                 import it here."
            </p>
            <a href=paths.case_log() class="button button-primary">"Go to your cases"</a>
        </section>
    }
}
