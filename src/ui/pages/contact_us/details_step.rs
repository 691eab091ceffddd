//! Step 4: subject, identifiers, description, urgency and evidence, with the
//! precautions checked as the seller types.

use leptos::prelude::*;

use super::identifiers::IdentifierFields;
use super::precautions::{CompletenessMeter, DuplicateWarning, ToneWarnings};
use super::{field_id, DraftInput, Flow, StepActions};
use crate::domain::contact_us::draft::{ContactUsDraft, FormField, DESCRIPTION_MAX, SUBJECT_MAX};
use crate::domain::contact_us::step::Step;
use crate::ui::case_book::CaseBook;
use crate::ui::components::{described_by, Field};
use crate::ui::evidence::{EvidenceArea, Intake};
use crate::ui::i18n::{lang, locale, td_string, tr, trf};

/// The details form.
#[component]
pub fn DetailsStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let on_continue = Callback::new(move |()| {
        flow.continue_if_valid(flow.draft.with_untracked(|d| d.details_errors(lang())), Step::Review)
    });

    view! {
        <form class="case-form" novalidate>
            <DraftInput field=FormField::Subject label=tr!(contact.subject_label) hint=tr!(contact.subject_hint)
                read=|d| d.subject.clone() write=|d, v| d.subject = v errors=ContactUsDraft::details_errors
                max=SUBJECT_MAX/>
            <IdentifierFields/>
            <DescriptionField/>
            <TriedField/>
            <AskField/>
            <ToneWarnings/>
            <div class="field field-check">
                <input type="checkbox" id="urgent"
                    prop:checked=move || flow.draft.with(|d| d.urgent)
                    on:change=move |ev| flow.draft.update(|d| d.urgent = event_target_checked(&ev))/>
                <label for="urgent">{tr!(contact.urgent)}</label>
            </div>
            <DraftEvidence/>
            <EvidenceChecklist/>
            <DuplicateWarning/>
            <CompletenessMeter/>
            <StepActions back=Some(Step::Contact) primary=tr!(contact.continue_to_review) on_primary=on_continue/>
        </form>
    }
}

#[component]
fn DescriptionField() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let id = field_id(FormField::Description);
    let error = flow.error(FormField::Description, ContactUsDraft::details_errors);
    let counter = Signal::derive(move || {
        let count = flow.draft.with(|d| d.description.trim().chars().count());
        td_string!(locale(), contact.counter, count = count, max = DESCRIPTION_MAX).to_string()
    });
    view! {
        <Field id=id.clone() label=tr!(contact.description_label) hint=tr!(contact.description_hint)
            error=error counter=counter>
            <textarea
                id=id.clone()
                rows="8"
                aria-describedby=described_by(&id)
                aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || flow.draft.with(|d| d.description.clone())
                on:input=move |ev| flow.draft.update(|d| d.description = event_target_value(&ev))
                on:blur=move |ev| flow.left(FormField::Description, &ev)
            ></textarea>
        </Field>
    }
}

/// "I already did this", for the advice shown before the case was opened:
/// ticked, the message tells Amazon so in the seller's voice.
#[component]
fn TriedField() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let problem = flow.draft.with_untracked(|d| d.problem());
    problem.map(|problem| {
        view! {
            <div class="field field-check">
                <input type="checkbox" id="tried" aria-describedby="tried-hint"
                    prop:checked=move || flow.draft.with(|d| d.tried)
                    on:change=move |ev| flow.draft.update(|d| d.tried = event_target_checked(&ev))/>
                <div>
                    <label for="tried">{trf!(contact.tried_label, hint = problem.hint.get(lang()))}</label>
                    // Quoted in the language the message is written in (chosen on the review step),
                    // and marked so, for screen readers.
                    <p class="field-hint" id="tried-hint">
                        {tr!(contact.tried_hint_before)}
                        <span lang=move || flow.draft.with(|d| d.message_lang.tag())>
                            {move || problem.tried.get(flow.draft.with(|d| d.message_lang))}
                        </span>
                        {tr!(contact.tried_hint_after)}
                    </p>
                </div>
            </div>
        }
    })
}

/// "What do you want Amazon to do?", pre-filled with the problem's usual
/// request: the message asks once, and on purpose. A description that asks
/// too is pointed out.
#[component]
fn AskField() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let ask = move || {
        flow.draft.with(|d| match (d.ask.as_deref(), d.problem()) {
            (Some(ask), _) => ask.to_string(),
            (None, Some(problem)) => d.usual_ask(problem).to_string(),
            (None, None) => String::new(),
        })
    };
    let note = move || {
        flow.draft.with(|d| {
            let problem = d.problem()?;
            let asked = crate::domain::contact_us::letter::requests(&d.description).first()?.to_string();
            let usual = d.ask_for(problem) == d.usual_ask(problem);
            Some(if usual {
                td_string!(locale(), contact.ask_already, asked = asked).to_string()
            } else {
                td_string!(locale(), contact.ask_too, asked = asked).to_string()
            })
        })
    };
    // The usual request is written in the message's language: say so to screen readers.
    let usual_lang = move || {
        flow.draft.with(|d| d.problem().filter(|p| d.ask_for(p) == d.usual_ask(p)).map(|_| d.message_lang.tag()))
    };
    view! {
        <div class="field">
            <label for="ask">{tr!(contact.ask_label)}</label>
            <p class="field-hint" id="ask-hint">{tr!(contact.ask_hint)}</p>
            <textarea id="ask" rows="3" aria-describedby="ask-hint ask-note" lang=usual_lang
                prop:value=ask
                on:input=move |ev| flow.draft.update(|d| d.ask = Some(event_target_value(&ev)))
            ></textarea>
            <p class="field-hint" id="ask-note" aria-live="polite">{note}</p>
        </div>
    }
}

/// The files attached to the draft.
#[component]
fn DraftEvidence() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let book = expect_context::<CaseBook>();
    // A memo: typing elsewhere in the form must not rebuild the previews.
    let files = Memo::new(move |_| flow.draft.with(|d| d.evidence.clone()));
    view! {
        <fieldset class="evidence">
            <legend>{tr!(contact.evidence_legend)}</legend>
            <p class="field-hint">{tr!(contact.evidence_hint)}</p>
            <EvidenceArea name="evidence" files=files paste_anywhere=true
                on_added=Callback::new(move |intake: Intake| {
                    flow.draft.update(|d| d.evidence.extend(intake.added));
                })
                on_tag=Callback::new(move |(hash, kind): (String, crate::domain::evidence::EvidenceKind)| {
                    flow.draft.update(|d| {
                        if let Some(file) = d.evidence.iter_mut().find(|f| f.hash == hash) {
                            file.proves = kind;
                        }
                    })
                })
                on_remove=Callback::new(move |hash: String| {
                    flow.draft.update(|d| d.evidence.retain(|f| f.hash != hash));
                    // Save first, so the clean-up sees what this draft still uses.
                    book.save_draft(flow.draft.get_untracked());
                    book.collect_unused_evidence();
                })/>
        </fieldset>
    }
}

/// The evidence this problem calls for: ticked by a file tagged with its kind, or skipped consciously.
#[component]
fn EvidenceChecklist() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let needs = flow.draft.with_untracked(|d| d.problem().map(|p| p.evidence.to_vec()).unwrap_or_default());
    view! {
        <fieldset class="evidence">
            <legend>{tr!(contact.checklist_legend)}</legend>
            <p class="field-hint">{tr!(contact.checklist_hint)}</p>
            <ul class="evidence-list">
                {needs.into_iter().enumerate().map(|(i, need)| {
                    let id = format!("skip-evidence-{i}");
                    // Stored by its English text (saved drafts match whatever the language); shown in the seller's.
                    let what = need.what.en;
                    let attached = move || flow.draft.with(|d| {
                        d.evidence.iter().find(|f| f.proves == need.kind).map(|f| f.name.clone())
                    });
                    view! {
                        <li>
                            <span class="evidence-what">{move || need.what.get(lang())}</span>
                            <span class="evidence-kind">{move || need.kind.label(lang())}</span>
                            {move || attached().map(|name| view! {
                                <p class="tone-ok">
                                    <span aria-hidden="true">"✓ "</span>
                                    {trf!(contact.attached, name = &name)}
                                </p>
                            })}
                            <span class="field-check">
                                <input type="checkbox" id=id.clone()
                                    prop:checked=move || flow.draft.with(|d| d.skipped_evidence.iter().any(|s| s == what))
                                    on:change=move |ev| {
                                        let skip = event_target_checked(&ev);
                                        flow.draft.update(|d| {
                                            d.skipped_evidence.retain(|s| s != what);
                                            if skip {
                                                d.skipped_evidence.push(what.to_string());
                                            }
                                        });
                                    }/>
                                <label for=id>{trf!(contact.skip_evidence, what = need.what.get(lang()))}</label>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </fieldset>
    }
}
