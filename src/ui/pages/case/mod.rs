//! `/cases/:id`: one case: its countdown, the actions its status allows, the
//! timeline, evidence, Amazon's case ID and notes.

mod actions;
mod claim;
mod follow_up;
mod timeline;

use crate::ui::navigation::{How, Navigator};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::deadlines::response_window::Countdown;
use crate::domain::evidence::EvidenceKind;
use crate::domain::{Case, CaseId};
use crate::paths::AppPaths;
use crate::ui::case_book::CaseBook;
use crate::ui::clock::Clock;
use crate::ui::components::{described_by, CountdownView, Field, LocalTime, StatusBadge};
use crate::ui::evidence::{EvidenceArea, Intake};
use crate::ui::i18n::{lang, locale, td_string, tr};
use crate::ui::page_title::set_page_title;

/// The case named in the address, or a message that it is not in this browser.
#[component]
pub fn CasePage(
    /// The case named in the address.
    id: CaseId,
) -> impl IntoView {
    let log = expect_context::<CaseBook>().log();
    let case = Memo::new(move |_| log.with(|l| l.get(&id).cloned()));
    let exists = Memo::new(move |_| case.with(Option::is_some));
    set_page_title(move || {
        case.with(|c| c.as_ref().map(|c| c.subject.clone()))
            .unwrap_or_else(|| td_string!(locale(), case.not_found_title).to_string())
    });

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
                    <p class="banner banner-warning">{move || crate::ui::case_book::READ_ONLY.get(lang())}</p>
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
                    <follow_up::FollowUpPanel case=case/>
                    <crate::ui::components::AddToCalendar case=case/>
                    <UrgentToggle case=case/>
                    {move || case.get().map(case_details)}
                    <claim::ClaimSection case=case/>
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
            {case.urgent.then(|| view! { <span class="tag tag-urgent">{tr!(components.tag_urgent)}</span> })}
            {case.sample.then(|| view! { <span class="tag">{tr!(components.tag_sample)}</span> })}
        </header>
    }
}

/// The facts of the case, its identifiers, description and the message sent.
fn case_details(case: Case) -> impl IntoView {
    let identifiers = case.identifiers.clone();
    let message = case.message.clone();
    let amazon_case_id = case.amazon_case_id.clone();
    view! {
        <dl class="case-facts">
            <div><dt>{tr!(case.problem)}</dt><dd>{problem_title(&case)}</dd></div>
            <div><dt>{tr!(case.opened)}</dt><dd><LocalTime at=case.created_at/></dd></div>
            {case.contact.as_ref().map(|c| view! { <div><dt>{tr!(case.contact)}</dt><dd>{let c = c.clone(); move || c.summary(lang())}</dd></div> })}
            <div><dt>{tr!(case.amazon_case_id)}</dt><dd>{move || {
                amazon_case_id.clone().unwrap_or_else(|| td_string!(locale(), case.not_recorded).to_string())
            }}</dd></div>
        </dl>
        {(!identifiers.is_empty()).then(|| view! {
            <section aria-labelledby="identifiers-title">
                <h2 id="identifiers-title">{tr!(case.identifiers)}</h2>
                <ul class="identifier-list">
                    {identifiers.into_iter().map(|i| view! {
                        <li><span class="identifier-kind">{move || i.kind.label(lang())}</span>" "<code>{i.value}</code></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section aria-labelledby="description-title">
            <h2 id="description-title">{tr!(case.description)}</h2>
            <p class="preserve-lines">{case.description.clone()}</p>
        </section>
        {(!message.is_empty()).then(|| view! {
            <details class="sent-message">
                <summary>{tr!(case.message_sent)}</summary>
                <pre class="copy-text">{message}</pre>
            </details>
        })}
    }
}

/// The problem type and specific problem, in the interface language (follows a switch).
fn problem_title(case: &Case) -> impl Fn() -> String + Send + Sync + 'static {
    let problem_type = case.problem_type;
    let specific = case.specific_problem.as_deref().and_then(crate::domain::catalog::find);
    move || {
        let lang = lang();
        match specific {
            Some(p) => format!("{} → {}", problem_type.label(lang), p.title.get(lang)),
            None => problem_type.label(lang).to_string(),
        }
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
            <label for="case-urgent">{tr!(case.urgent_toggle)}</label>
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
            <h2 id="evidence-title">{tr!(case.evidence)}</h2>
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
    let value =
        RwSignal::new(case.with_untracked(|c| c.as_ref().and_then(|c| c.amazon_case_id.clone()).unwrap_or_default()));
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
            <h2 id="amazon-id-title">{tr!(case.amazon_id_title)}</h2>
            <Field id="amazon-case-id" label=tr!(case.amazon_id_label) hint=tr!(case.amazon_id_hint) error=error>
                <div class="input-with-button">
                    <input id="amazon-case-id" type="text" inputmode="numeric" autocomplete="off"
                        aria-describedby=described_by("amazon-case-id")
                        aria-invalid=move || error.get().map(|_| "true")
                        bind:value=value/>
                    <button type="submit" class="button">{tr!(case.save_amazon_id)}</button>
                </div>
            </Field>
            <p class="form-status" role="status">{move || saved.get().then(|| td_string!(locale(), case.amazon_id_saved))}</p>
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
            <h2 id="note-title">{tr!(case.note_title)}</h2>
            <Field id="note" label=tr!(case.note_label) hint=tr!(case.note_hint) error=error>
                <textarea id="note" rows="3" aria-describedby=described_by("note")
                    aria-invalid=move || error.get().map(|_| "true")
                    bind:value=text></textarea>
            </Field>
            <div class="form-actions"><button type="submit" class="button">{tr!(case.add_note)}</button></div>
        </form>
    }
}

/// Exports this one case (with its evidence) as a file.
#[component]
fn ExportCase(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    // The file's name once exported, or why it was not: said in the language shown.
    let status = RwSignal::new(None::<Result<String, crate::ui::transfer::DownloadError>>);
    let export = move |_| {
        let Some(c) = case.get_untracked() else { return };
        spawn_local(async move {
            let text = crate::ui::transfer::build_export(vec![c.clone()], true).await;
            let name = format!("case-desk-case-{}.json", &c.id.0[..c.id.0.len().min(8)]);
            status.try_set(Some(crate::ui::transfer::download(&name, &text).map(|()| name)));
        });
    };
    view! {
        <section class="inline-form no-print" aria-labelledby="export-case-title">
            <h2 id="export-case-title">{tr!(case.export_title)}</h2>
            <p class="field-hint">{tr!(case.export_hint)}</p>
            <button type="button" class="button" on:click=export>{tr!(case.export)}</button>
            <p class="form-status" role="status">{move || status.get().map(|exported| match exported {
                Ok(name) => td_string!(locale(), case.exported, name = name).to_string(),
                Err(e) => e.message().to_string(),
            })}</p>
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
        let Some((id, subject)) = case.with_untracked(|c| c.as_ref().map(|c| (c.id.clone(), c.subject.clone()))) else {
            return;
        };
        let question = td_string!(locale(), case.delete_confirm, subject = subject).to_string();
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
            <h2 id="delete-case-title">{tr!(case.delete)}</h2>
            <p class="field-hint">{tr!(case.delete_hint)}</p>
            <button type="button" class="button button-quiet" on:click=delete>{tr!(case.delete)}</button>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

#[component]
fn CaseNotFound() -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    view! {
        <section class="empty-state" aria-labelledby="case-missing-title">
            <h1 id="case-missing-title">{tr!(case.not_found_title)}</h1>
            <p>{tr!(case.not_found_text)}</p>
            <a href=paths.case_log() class="button button-primary">{tr!(components.go_to_cases)}</a>
        </section>
    }
}
