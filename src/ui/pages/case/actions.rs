//! The actions a case's status allows, each a small form: log Amazon's reply,
//! log my reply, resolve, close, reopen, and the appeal with its Plan of Action.

use crate::ui::browser::Clipboard;
use leptos::prelude::*;

use crate::domain::case::case_file::Action;
use crate::domain::case::lifecycle::{ActionKind, PlanOfAction, Solution, PLAN_PART_MAX};
use crate::domain::evidence::EvidenceFile;
use crate::domain::evidence::EvidenceKind;
use crate::domain::{Case, CaseId};
use crate::ui::case_book::CaseBook;
use crate::ui::components::{described_by, focus_by_id, Field};
use crate::ui::evidence::{EvidenceArea, Intake};
use crate::ui::i18n::{lang, locale, td_string, tr};

/// The allowed actions as buttons; the chosen one opens its form.
#[component]
pub fn CaseActions(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let allowed = Memo::new(move |_| case.with(|c| c.as_ref().map(Case::allowed_actions).unwrap_or_default()));
    let open = RwSignal::new(None::<ActionKind>);
    let id = Memo::new(move |_| case.with(|c| c.as_ref().map(|c| c.id.clone())));
    // A form whose action is no longer allowed (the status moved) closes.
    Effect::new(move || {
        if open.get().is_some_and(|a| !allowed.get().contains(&a)) {
            open.set(None);
        }
    });
    view! {
        <section class="case-actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{tr!(case.actions.title)}</h2>
            <div class="action-buttons">
                {move || allowed.get().into_iter().map(|a| view! {
                    <button type="button" class="button" aria-expanded=move || (open.get() == Some(a)).to_string()
                        on:click=move |_| {
                            open.set(if open.get_untracked() == Some(a) { None } else { Some(a) });
                            request_animation_frame(move || focus_by_id(first_field(a)));
                        }>
                        {move || a.label(lang())}
                    </button>
                }).collect_view()}
            </div>
            {move || match (open.get(), id.get()) {
                (Some(a), Some(id)) => Some(view! { <ActionForm action=a id=id on_done=Callback::new(move |()| open.set(None))/> }),
                _ => None,
            }}
        </section>
    }
}

fn first_field(action: ActionKind) -> &'static str {
    match action {
        ActionKind::AmazonReply | ActionKind::MyReply => "action-text",
        ActionKind::Resolve => "solution",
        ActionKind::Close => "no-further-action",
        ActionKind::Reopen => "action-text",
        ActionKind::Appeal => "plan-0",
    }
}

/// The form of one action.
#[component]
fn ActionForm(action: ActionKind, id: CaseId, on_done: Callback<()>) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let text = RwSignal::new(String::new());
    let asks = RwSignal::new(false);
    let solution = RwSignal::new(Solution::Refund);
    let amount = RwSignal::new(String::new());
    let satisfied = RwSignal::new(true);
    let no_further_action = RwSignal::new(false);
    let plan = RwSignal::new(PlanOfAction::default());
    let files = RwSignal::new(Vec::<EvidenceFile>::new());
    let error = RwSignal::new(None::<String>);
    let tried = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let recorded = match action {
            ActionKind::AmazonReply => Action::AmazonReply {
                text: text.get_untracked(),
                asks_for_information: asks.get_untracked(),
                files: files.get_untracked(),
            },
            ActionKind::MyReply => Action::MyReply { text: text.get_untracked(), files: files.get_untracked() },
            ActionKind::Resolve => Action::Resolve {
                solution: solution.get_untracked(),
                amount: Some(amount.get_untracked()),
                satisfied: satisfied.get_untracked(),
                note: text.get_untracked(),
            },
            ActionKind::Close => {
                Action::Close { no_further_action: no_further_action.get_untracked(), note: text.get_untracked() }
            }
            ActionKind::Reopen => Action::Reopen { reason: text.get_untracked() },
            ActionKind::Appeal => Action::Appeal { plan: plan.get_untracked() },
        };
        match book.apply(&id, recorded) {
            Ok(()) => on_done.run(()),
            Err(message) => {
                error.set(Some(message));
                focus_by_id(first_field(action));
            }
        }
    };

    let error_signal: Signal<Option<String>> = error.into();
    view! {
        <form class="action-form" novalidate on:submit=submit aria-label=move || action.label(lang())>
            {(action == ActionKind::Resolve).then(|| view! {
                <div class="field">
                    <label for="solution">{tr!(case.actions.solution)}</label>
                    <select id="solution" on:change=move |ev| {
                        if let Some(s) = Solution::from_slug(&event_target_value(&ev)) { solution.set(s) }
                    }>
                        {Solution::ALL.into_iter().map(|s| view! { <option value=s.slug()>{move || s.label(lang())}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="amount">{tr!(case.actions.amount)}</label>
                    <p class="field-hint" id="amount-hint">{tr!(case.actions.amount_hint)}</p>
                    <input id="amount" type="text" aria-describedby="amount-hint action-error" bind:value=amount/>
                </div>
                <div class="field-check field">
                    <input type="checkbox" id="satisfied" bind:checked=satisfied/>
                    <label for="satisfied">{tr!(case.actions.satisfied)}</label>
                </div>
            })}
            {(action == ActionKind::Close).then(|| view! {
                <div class="field-check field">
                    <input type="checkbox" id="no-further-action" bind:checked=no_further_action/>
                    <label for="no-further-action">{tr!(case.actions.no_further_action)}</label>
                </div>
            })}
            {(action == ActionKind::AmazonReply).then(|| view! {
                <div class="field-check field">
                    <input type="checkbox" id="asks-information" bind:checked=asks/>
                    <label for="asks-information">{tr!(case.actions.asks_information)}</label>
                </div>
            })}
            {if action == ActionKind::Appeal {
                view! { <PlanBuilder plan=plan tried=tried/> }.into_any()
            } else {
                view! {
                    <Field id="action-text" label=move || action_texts(action).0 hint=move || action_texts(action).1
                        error=error_signal>
                        <textarea id="action-text" rows="5" aria-describedby=described_by("action-text")
                            aria-invalid=move || error.get().map(|_| "true") bind:value=text></textarea>
                    </Field>
                }.into_any()
            }}
            {matches!(action, ActionKind::AmazonReply | ActionKind::MyReply).then(|| view! {
                <fieldset class="evidence">
                    <legend>{move || if action == ActionKind::AmazonReply {
                        td_string!(locale(), case.actions.files_amazon_sent)
                    } else {
                        td_string!(locale(), case.actions.files_i_sent)
                    }}</legend>
                    <EvidenceArea name="reply" files=files
                        on_added=Callback::new(move |intake: Intake| files.update(|f| f.extend(intake.added)))
                        on_tag=Callback::new(move |(hash, kind): (String, EvidenceKind)| files.update(|f| {
                            if let Some(file) = f.iter_mut().find(|f| f.hash == hash) {
                                file.proves = kind;
                            }
                        }))
                        on_remove=Callback::new(move |hash: String| files.update(|f| f.retain(|x| x.hash != hash)))/>
                </fieldset>
            })}
            {(action == ActionKind::Appeal || action == ActionKind::Resolve).then(|| view! {
                <p class="field-error" id="action-error" role="alert">{move || error.get()}</p>
            })}
            <div class="form-actions form-actions-split">
                <button type="button" class="button" on:click=move |_| {
                    on_done.run(());
                    // Files stored for a reply that was never saved belong to nothing now.
                    book.collect_unused_evidence();
                }>{tr!(case.actions.cancel)}</button>
                <button type="submit" class="button button-primary">{move || action_texts(action).2}</button>
            </div>
        </form>
    }
}

/// An action form's texts in the interface language: the text field's label and
/// hint (none for the appeal, whose plan has its own fields) and the submit button.
fn action_texts(action: ActionKind) -> (&'static str, &'static str, &'static str) {
    let locale = locale();
    match action {
        ActionKind::AmazonReply => (
            td_string!(locale, case.actions.amazon_reply),
            td_string!(locale, case.actions.amazon_reply_hint),
            td_string!(locale, case.actions.save_amazon_reply),
        ),
        ActionKind::MyReply => (
            td_string!(locale, case.actions.my_reply),
            td_string!(locale, case.actions.my_reply_hint),
            td_string!(locale, case.actions.save_my_reply),
        ),
        ActionKind::Resolve => (
            td_string!(locale, case.actions.note_optional),
            td_string!(locale, case.actions.resolve_hint),
            td_string!(locale, case.actions.save_resolution),
        ),
        ActionKind::Close => (
            td_string!(locale, case.actions.note_optional),
            td_string!(locale, case.actions.close_hint),
            td_string!(locale, case.actions.close),
        ),
        ActionKind::Reopen => (
            td_string!(locale, case.actions.reopen_label),
            td_string!(locale, case.actions.reopen_hint),
            td_string!(locale, case.actions.reopen),
        ),
        ActionKind::Appeal => ("", "", td_string!(locale, case.actions.submit_appeal)),
    }
}

/// The Plan of Action: Amazon's three parts, with guidance, counters and "copy the whole plan".
#[component]
fn PlanBuilder(plan: RwSignal<PlanOfAction>, tried: RwSignal<bool>) -> impl IntoView {
    let clipboard = Clipboard::new();
    let copied = clipboard.copied;
    // Title and guidance of each part, in the interface language.
    type Part = fn(&mut PlanOfAction) -> &mut String;
    let parts = [
        (tr!(case.plan.root_cause), tr!(case.plan.root_cause_hint), (|p| &mut p.root_cause) as Part),
        (tr!(case.plan.corrective), tr!(case.plan.corrective_hint), |p| &mut p.corrective_actions),
        (tr!(case.plan.preventive), tr!(case.plan.preventive_hint), |p| &mut p.preventive_measures),
    ];
    view! {
        <fieldset class="plan">
            <legend>{tr!(case.plan.title)}</legend>
            <p class="field-hint">{tr!(case.plan.hint)}</p>
            {parts.into_iter().enumerate().map(|(i, (title, guidance, part))| {
                let id = format!("plan-{i}");
                let counter = Signal::derive(move || {
                    let mut p = plan.get();
                    let count = part(&mut p).trim().chars().count();
                    td_string!(locale(), case.plan.counter, count = count, max = PLAN_PART_MAX).to_string()
                });
                let error = Signal::derive(move || {
                    if !tried.get() {
                        return None;
                    }
                    plan.with(|p| p.errors().into_iter().find(|e| e.part == i).map(|e| e.message(lang())))
                });
                view! {
                    <Field id=id.clone() label=title hint=guidance error=error counter=counter>
                        <textarea id=id.clone() rows="4" aria-describedby=described_by(&id)
                            prop:value=move || { let mut p = plan.get(); part(&mut p).clone() }
                            on:input=move |ev| plan.update(|p| *part(p) = event_target_value(&ev))></textarea>
                    </Field>
                }
            }).collect_view()}
            <div class="copy-head">
                <button type="button" class="button button-small" on:click=move |_| clipboard.copy(&plan.get_untracked().as_text(lang()))>
                    {tr!(case.plan.copy)}
                </button>
                <span class="copy-status" role="status">{move || copied.get().then(|| td_string!(locale(), case.plan.copied))}</span>
            </div>
        </fieldset>
    }
}
