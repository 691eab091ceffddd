//! Step 5: the case as Amazon will read it, the precautions, the message to
//! copy into Seller Central, and saving the case once it is sent.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_use::{use_clipboard, UseClipboardReturn};

use super::precautions::{CompletenessMeter, ContactRules, DuplicateWarning, ToneWarnings};
use super::{Flow, StepActions};
use crate::domain::contact_us::Step;
use crate::ui::case_book::CaseBook;

/// The review: summary, precautions, message, submit.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let book = expect_context::<CaseBook>();
    let navigate = use_navigate();
    let paths = expect_context::<crate::paths::AppPaths>();
    let draft = flow.draft;
    let request = Memo::new(move |_| draft.with(|d| d.finish().ok()));

    let on_submit = Callback::new(move |()| {
        let current = draft.get_untracked();
        match book.submit(&current) {
            Ok(id) => {
                flow.mark_finished();
                navigate(&paths.case(&id.0), crate::ui::navigation::push());
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
                <MessageToCopy subject=r.subject.clone() message=r.message.clone()/>
            }
        })}
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

/// The subject and message, each with a Copy button that confirms visibly.
#[component]
fn MessageToCopy(
    /// The subject line.
    subject: String,
    /// The message body.
    message: String,
) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="message-title">
            <h2 id="message-title">"The message for Amazon"</h2>
            <CopyBlock label="Subject" text=subject/>
            <CopyBlock label="Message" text=message/>
        </section>
    }
}

#[component]
fn CopyBlock(
    /// What is being copied ("Subject", "Message").
    label: &'static str,
    /// The text.
    text: String,
) -> impl IntoView {
    let UseClipboardReturn { is_supported, copied, copy, .. } = use_clipboard();
    let id = format!("copy-{}", label.to_lowercase());
    let to_copy = text.clone();
    view! {
        <div class="copy-block">
            <div class="copy-head">
                <h3 id=id.clone()>{label}</h3>
                <button type="button" class="button button-small"
                    disabled=move || !is_supported.get()
                    on:click=move |_| copy(&to_copy)>
                    {format!("Copy {}", label.to_lowercase())}
                </button>
                <span class="copy-status" role="status">
                    {move || copied.get().then(|| format!("{label} copied"))}
                </span>
            </div>
            <pre class="copy-text" aria-labelledby=id tabindex="0">{text}</pre>
        </div>
    }
}
