//! Step 4: subject, identifiers, description, urgency and evidence, with the
//! precautions checked as the seller types.

use leptos::prelude::*;

use super::identifiers::IdentifierFields;
use super::precautions::{CompletenessMeter, DuplicateWarning, ToneWarnings};
use super::{field_id, DraftInput, Flow, StepActions};
use crate::domain::contact_us::{ContactUsDraft, FormField, Step, DESCRIPTION_MAX, SUBJECT_MAX};
use crate::ui::case_book::CaseBook;
use crate::ui::components::{described_by, Field};
use crate::ui::evidence::{EvidenceArea, Intake};

/// The details form.
#[component]
pub fn DetailsStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let on_continue = Callback::new(move |()| {
        flow.continue_if_valid(flow.draft.with_untracked(ContactUsDraft::details_errors), Step::Review)
    });

    view! {
        <form class="case-form" novalidate>
            <DraftInput field=FormField::Subject label="Subject"
                hint="One line that says what went wrong, e.g. \"3 units missing from shipment FBA15ABCDE\"."
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
                <label for="urgent">"This is urgent: it stops sales, shipments or payments"</label>
            </div>
            <DraftEvidence/>
            <EvidenceChecklist/>
            <DuplicateWarning/>
            <CompletenessMeter/>
            <StepActions back=Some(Step::Contact) primary="Continue to review" on_primary=on_continue/>
        </form>
    }
}

#[component]
fn DescriptionField() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let id = field_id(FormField::Description);
    let error = flow.error(FormField::Description, ContactUsDraft::details_errors);
    let counter = Signal::derive(move || {
        format!("{} / {DESCRIPTION_MAX} characters", flow.draft.with(|d| d.description.trim().chars().count()))
    });
    view! {
        <Field id=id.clone() label="Description"
            hint="What happened: when, where, and what you already tried. What you want Amazon to do goes below."
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
                    <label for="tried">{format!("I already did this: {}", problem.hint)}</label>
                    <p class="field-hint" id="tried-hint">{format!("The message will say: \u{201c}{}\u{201d}", problem.tried)}</p>
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
            (None, Some(problem)) => problem.usual_ask().to_string(),
            (None, None) => String::new(),
        })
    };
    let note = move || {
        flow.draft.with(|d| {
            let problem = d.problem()?;
            let asked = crate::domain::letter::requests(&d.description).first()?.to_string();
            let usual = d.ask_for(problem) == problem.usual_ask();
            Some(if usual {
                format!(
                    "Your description already asks: \u{201c}{asked}\u{201d} The message asks once, in your words, \
                     and leaves the request below out."
                )
            } else {
                format!(
                    "Your description asks too: \u{201c}{asked}\u{201d} Amazon answers one clear request best: \
                     keep it here and take it out of the description."
                )
            })
        })
    };
    view! {
        <div class="field">
            <label for="ask">"What do you want Amazon to do?"</label>
            <p class="field-hint" id="ask-hint">
                "The usual request for this problem is filled in; change it if you need something else. \
                 Left empty, the usual request is used."
            </p>
            <textarea id="ask" rows="3" aria-describedby="ask-hint ask-note"
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
            <legend>"Evidence files"</legend>
            <p class="field-hint">
                "Screenshots, photos, invoices, tracking: Case Desk keeps them with the case in this browser. \
                 Attach the same files in Seller Central when you send the case."
            </p>
            <EvidenceArea name="evidence" files=files paste_anywhere=true
                on_added=Callback::new(move |intake: Intake| {
                    flow.draft.update(|d| d.evidence.extend(intake.added));
                })
                on_tag=Callback::new(move |(hash, kind): (String, crate::domain::catalog::EvidenceKind)| {
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
            <legend>"Evidence Amazon will want"</legend>
            <p class="field-hint">
                "Set \"what it proves\" on a file above to tick an item. \
                 If you don't have one, tick \"I don't have this\" so Case Desk knows you decided to go without."
            </p>
            <ul class="evidence-list">
                {needs.into_iter().enumerate().map(|(i, need)| {
                    let id = format!("skip-evidence-{i}");
                    let what = need.what;
                    let attached = move || flow.draft.with(|d| {
                        d.evidence.iter().find(|f| f.proves == need.kind).map(|f| f.name.clone())
                    });
                    view! {
                        <li>
                            <span class="evidence-what">{what}</span>
                            <span class="evidence-kind">{need.kind.label()}</span>
                            {move || attached().map(|name| view! {
                                <p class="tone-ok"><span aria-hidden="true">"✓ "</span>{format!("Attached: {name}")}</p>
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
                                <label for=id>{format!("I don't have this: skip \"{what}\"")}</label>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </fieldset>
    }
}
