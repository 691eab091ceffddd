//! Step 5: the case as Amazon will read it, the precautions, the message to
//! copy into Seller Central, and saving the case once it is sent.

use leptos::prelude::*;
use crate::ui::navigation::{How, Navigator};
use crate::ui::browser::Clipboard;

use super::precautions::{CompletenessMeter, ContactRules, DuplicateWarning, ToneWarnings};
use super::{Flow, StepActions};
use crate::domain::contact_us::Step;
use crate::domain::letter;
use crate::ui::case_book::CaseBook;

/// The review: summary, precautions, message, submit.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let book = expect_context::<CaseBook>();
    let navigator = Navigator::get();
    let paths = expect_context::<crate::paths::AppPaths>();
    let draft = flow.draft;
    let request = Memo::new(move |_| draft.with(|d| d.finish().ok()));

    let on_submit = Callback::new(move |()| {
        let current = draft.get_untracked();
        match book.submit(&current) {
            Ok(id) => {
                flow.mark_finished();
                navigator.go(&paths.case(&id.0), How::Push);
            }
            Err(step) => flow.go.run(step),
        }
    });

    view! {
        {move || request.get().map(|r| {
            let identifiers = if r.identifiers.is_empty() {
                "None".to_string()
            } else {
                r.identifiers.iter().map(|i| format!("{} {}", i.kind.label(), i.value)).collect::<Vec<_>>().join(", ")
            };
            view! {
                <section class="panel" aria-labelledby="summary-title">
                    <h2 id="summary-title">"Your case"</h2>
                    <dl class="summary">
                        <div><dt>"Problem"</dt><dd>{format!("{} → {}", r.problem_type.label(), r.problem.title)}</dd></div>
                        <div><dt>"Contact"</dt><dd>{r.contact.summary()}</dd></div>
                        <div><dt>"Identifiers"</dt><dd>{identifiers}</dd></div>
                        <div><dt>"Urgent"</dt><dd>{if r.urgent { "Yes" } else { "No" }}</dd></div>
                    </dl>
                </section>
            }
        })}
        <MessageToCopy/>
        <section class="precautions" aria-labelledby="precautions-title">
            <h2 id="precautions-title">"Before you send"</h2>
            <ToneWarnings/>
            <DuplicateWarning/>
            <CompletenessMeter/>
            <ContactRules/>
        </section>
        <form class="case-form case-form-end" novalidate>
            <p>
                "In Seller Central, open " <strong>"Help → Contact Us"</strong>
                ", choose the same problem, paste the subject and the message, attach your evidence and send. \
                 Then save the case here to follow it."
            </p>
            <StepActions back=Some(Step::Details) primary="I've sent it: save the case" on_primary=on_submit/>
        </form>
    }
}

/// The subject and message, each with a Copy button that confirms visibly;
/// the message can be edited (the edit is kept in the draft and sent as it
/// is) and brought back to the generated one.
#[component]
fn MessageToCopy() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let settings = expect_context::<CaseBook>().settings();
    let draft = flow.draft;
    let subject = Signal::derive(move || draft.with(|d| d.subject.trim().to_string()));
    // Built once per change of the draft: the text, the counter and the length check all read it.
    let shown = Memo::new(move |_| {
        settings.with(|s| draft.with(|d| d.shown_message(&s.store_name).unwrap_or_default()))
    });
    let editing = Memo::new(move |_| draft.with(|d| d.edited_message.is_some()));
    let length = Signal::derive(move || shown.with(|m| m.chars().count()));
    let too_long = Signal::derive(move || shown.with(|m| letter::too_long(m, editing.get())));
    let start_editing = move |_| {
        let text = shown.get_untracked();
        draft.update(|d| d.edited_message = Some(text));
        // Once the editor is on screen.
        request_animation_frame(|| crate::ui::components::focus_by_id("message-edit"));
    };
    let back_to_generated = move |_| draft.update(|d| d.edited_message = None);
    view! {
        <section class="panel" aria-labelledby="message-title">
            <h2 id="message-title">"The message for Amazon"</h2>
            <CopyBlock label="Subject" text=subject/>
            <CopyBlock label="Message" text=shown.into() refusal=too_long>
                <Show when=move || editing.get()
                    fallback=move || view! {
                        <button type="button" class="button button-small" on:click=start_editing>"Edit the message"</button>
                    }>
                    <button type="button" class="button button-small" on:click=back_to_generated>"Back to the generated message"</button>
                </Show>
            </CopyBlock>
            <Show when=move || editing.get()
                fallback=move || view! { <pre class="copy-text" aria-labelledby="copy-message" tabindex="0">{shown}</pre> }>
                <p class="field-hint" id="message-edit-hint">
                    "Your edit is what you copy and what the case keeps. Changes on earlier steps are not added to it: \
                     \"Back to the generated message\" rebuilds it from the form."
                </p>
                <textarea id="message-edit" class="copy-text message-edit" rows="14" aria-labelledby="copy-message"
                    aria-describedby="message-edit-hint message-length message-too-long"
                    prop:value=move || draft.with_untracked(|d| d.edited_message.clone().unwrap_or_default())
                    on:input=move |ev| draft.update(|d| d.edited_message = Some(event_target_value(&ev)))></textarea>
            </Show>
            <p class="field-counter" id="message-length">
                {move || format!("{} / {} characters", length.get(), letter::MESSAGE_MAX)}
            </p>
            <p class="field-error" id="message-too-long" role="alert">
                {move || too_long.get().map(|problem| view! {
                    <span class="field-error-icon" aria-hidden="true">"!"</span>{problem}
                })}
            </p>
        </section>
    }
}

#[component]
fn CopyBlock(
    /// What is being copied ("Subject", "Message").
    label: &'static str,
    /// The text, as it stands.
    text: Signal<String>,
    /// Why the text must not be copied as it is (shown beside the block), if so.
    #[prop(optional, into)]
    refusal: Option<Signal<Option<String>>>,
    /// More actions beside Copy.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let clipboard = Clipboard::new();
    let copied = clipboard.copied;
    let refused = RwSignal::new(false);
    let refusing = move || refusal.is_some_and(|r| r.with(Option::is_some));
    let id = format!("copy-{}", label.to_ascii_lowercase());
    let shows_itself = children.is_none();
    view! {
        <div class="copy-block">
            <div class="copy-head">
                <h3 id=id.clone()>{label}</h3>
                <button type="button" class="button button-small"
                    disabled=!Clipboard::supported()
                    on:click=move |_| {
                        refused.set(refusing());
                        if !refusing() {
                            clipboard.copy(&text.get_untracked());
                        }
                    }>
                    {format!("Copy {}", label.to_ascii_lowercase())}
                </button>
                {children.map(|c| c())}
                <span class="copy-status" role="status">
                    {move || match (refused.get() && refusing(), copied.get()) {
                        (true, _) => Some(format!("{label} not copied: shorten it first")),
                        (false, true) => Some(format!("{label} copied")),
                        (false, false) => None,
                    }}
                </span>
            </div>
            {shows_itself.then(|| view! { <pre class="copy-text" aria-labelledby=id tabindex="0">{text}</pre> })}
        </div>
    }
}
