//! Step 5: the case as Amazon will read it, the precautions, the message to
//! copy into Seller Central (in the language picked for it here), and saving
//! the case once it is sent.

use crate::ui::components::{CopyBlock, CopyWords};
use crate::ui::navigation::{How, Navigator};
use leptos::prelude::*;

use super::precautions::{CompletenessMeter, ContactRules, DuplicateWarning, ToneWarnings};
use super::{Flow, StepActions};
use crate::domain::contact_us::letter;
use crate::domain::contact_us::step::Step;
use crate::domain::Lang;
use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{lang, locale, td_string, tr, trf};

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
                navigator.go(&paths.case(&id), How::Push);
            }
            Err(step) => flow.go.run(step),
        }
    });

    view! {
        {move || request.get().map(|r| {
            let lang = lang();
            let identifiers = if r.identifiers.is_empty() {
                td_string!(locale(), review.identifiers_none).to_string()
            } else {
                r.identifiers
                    .iter()
                    .map(|i| format!("{} {}", i.kind.label(lang), i.value))
                    .collect::<Vec<_>>()
                    .join(td_string!(locale(), review.identifier_separator))
            };
            let urgent = if r.urgent { td_string!(locale(), review.yes) } else { td_string!(locale(), review.no) };
            view! {
                <section class="panel" aria-labelledby="summary-title">
                    <h2 id="summary-title">{tr!(review.summary_title)}</h2>
                    <dl class="summary">
                        <div><dt>{tr!(review.problem)}</dt><dd>{format!("{} → {}", r.problem_type.label(lang), r.problem.title.get(lang))}</dd></div>
                        <div><dt>{tr!(review.contact)}</dt><dd>{r.contact.summary(lang)}</dd></div>
                        <div><dt>{tr!(review.identifiers)}</dt><dd>{identifiers}</dd></div>
                        <div><dt>{tr!(review.urgent)}</dt><dd>{urgent}</dd></div>
                    </dl>
                </section>
            }
        })}
        <MessageToCopy/>
        <section class="precautions" aria-labelledby="precautions-title">
            <h2 id="precautions-title">{tr!(review.before_you_send)}</h2>
            <ToneWarnings/>
            <DuplicateWarning/>
            <CompletenessMeter/>
            <ContactRules/>
        </section>
        <form class="case-form case-form-end" novalidate>
            <p>
                {tr!(review.send_before)} <strong>{tr!(review.send_where)}</strong> {tr!(review.send_after)}
            </p>
            <StepActions back=Some(Step::Details) primary=tr!(review.save) on_primary=on_submit/>
        </form>
    }
}

/// The message language, the subject and the message, each with a Copy
/// button that confirms visibly; the message can be edited (the edit is kept
/// in the draft and sent as it is) and brought back to the generated one.
#[component]
fn MessageToCopy() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let settings = expect_context::<CaseBook>().settings();
    let draft = flow.draft;
    let subject = Signal::derive(move || draft.with(|d| d.subject.trim().to_string()));
    // Built once per change of the draft: the text, the counter and the length check all read it.
    let shown =
        Memo::new(move |_| settings.with(|s| draft.with(|d| d.shown_message(&s.store_name).unwrap_or_default())));
    let editing = Memo::new(move |_| draft.with(|d| d.edited_message.is_some()));
    let message_lang = Memo::new(move |_| draft.with(|d| d.message_lang));
    let length = Signal::derive(move || shown.with(|m| m.chars().count()));
    let too_long = Signal::derive(move || shown.with(|m| letter::too_long(m, editing.get(), lang())));
    let start_editing = move |_| {
        let text = shown.get_untracked();
        draft.update(|d| d.edited_message = Some(text));
        // Once the editor is on screen.
        request_animation_frame(|| crate::ui::components::focus_by_id("message-edit"));
    };
    let back_to_generated = move |_| draft.update(|d| d.edited_message = None);
    view! {
        <section class="panel" aria-labelledby="message-title">
            <h2 id="message-title">{tr!(review.message_title)}</h2>
            <MessageLanguage editing/>
            <CopyBlock words=SUBJECT text=subject/>
            <CopyBlock words=MESSAGE text=shown.into() refusal=too_long>
                <Show when=move || editing.get()
                    fallback=move || view! {
                        <button type="button" class="button button-small" on:click=start_editing>{tr!(review.edit)}</button>
                    }>
                    <button type="button" class="button button-small" on:click=back_to_generated>{tr!(review.back_to_generated)}</button>
                </Show>
            </CopyBlock>
            <Show when=move || editing.get()
                fallback=move || view! {
                    <pre class="copy-text" aria-labelledby="copy-message" tabindex="0" lang=move || message_lang.get().tag()>{shown}</pre>
                }>
                <p class="field-hint" id="message-edit-hint">{tr!(review.edit_hint)}</p>
                <textarea id="message-edit" class="copy-text message-edit" rows="14" aria-labelledby="copy-message"
                    aria-describedby="message-edit-hint message-length message-too-long"
                    prop:value=move || draft.with_untracked(|d| d.edited_message.clone().unwrap_or_default())
                    on:input=move |ev| draft.update(|d| d.edited_message = Some(event_target_value(&ev)))></textarea>
            </Show>
            <p class="field-counter" id="message-length">
                {trf!(review.message_length, length = length.get(), max = letter::MESSAGE_MAX)}
            </p>
            <p class="field-error" id="message-too-long" role="alert">
                {move || too_long.get().map(|problem| view! {
                    <span class="field-error-icon" aria-hidden="true">"!"</span>{problem}
                })}
            </p>
        </section>
    }
}

/// The language the message to Amazon is written in: English or Chinese,
/// whatever the interface's, saved in the draft; the message follows at once
/// (an edited message stays as the seller wrote it).
#[component]
fn MessageLanguage(
    /// Whether the seller edited the message.
    #[prop(into)]
    editing: Signal<bool>,
) -> impl IntoView {
    let draft = expect_context::<Flow>().draft;
    view! {
        <fieldset class="field message-lang" aria-describedby="message-lang-hint message-lang-edited">
            <legend>{tr!(review.message_lang_legend)}</legend>
            <p class="field-hint" id="message-lang-hint">{tr!(review.message_lang_hint)}</p>
            {Lang::ALL.into_iter().map(|option| {
                let id = format!("message-lang-{}", option.tag());
                view! {
                    <div class="field-check">
                        <input type="radio" name="message-lang" id=id.clone() value=option.tag()
                            prop:checked=move || draft.with(|d| d.message_lang == option)
                            on:change=move |_| draft.update(|d| d.message_lang = option)/>
                        <label for=id lang=option.tag()>{option.name()}</label>
                    </div>
                }
            }).collect_view()}
            <p class="field-hint" id="message-lang-edited" aria-live="polite">
                {move || editing.get().then(tr!(review.message_lang_edited))}
            </p>
        </fieldset>
    }
}

/// The subject's copy block.
const SUBJECT: CopyWords = CopyWords {
    id: "copy-subject",
    title: |l| td_string!(l, review.subject.title),
    copy: |l| td_string!(l, review.subject.copy),
    copied: |l| td_string!(l, review.subject.copied),
    not_copied: |l| td_string!(l, review.subject.not_copied),
};

/// The message's copy block (its text is labelled by its heading too).
const MESSAGE: CopyWords = CopyWords {
    id: "copy-message",
    title: |l| td_string!(l, review.message.title),
    copy: |l| td_string!(l, review.message.copy),
    copied: |l| td_string!(l, review.message.copied),
    not_copied: |l| td_string!(l, review.message.not_copied),
};
