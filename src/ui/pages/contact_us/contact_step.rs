//! Step 3: how Amazon should answer, with that method's own fields.

use leptos::prelude::*;

use super::{DraftInput, Flow, StepActions};
use crate::domain::contact_method::{CallbackWindow, ContactField, ContactMethod};
use crate::domain::contact_us::draft::{ContactUsDraft, FormField};
use crate::domain::contact_us::step::Step;
use crate::ui::components::{focus_by_id, Choice, FieldError};
use crate::ui::i18n::{lang, locale, td_string, tr};

fn errors(d: &ContactUsDraft, lang: crate::domain::Lang) -> crate::domain::contact_us::draft::FormErrors {
    d.contact_errors(lang)
}

/// The methods the chosen problem offers, and the chosen one's details.
#[component]
pub fn ContactStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    // Set by a Continue without a choice; the message is written when shown, in the current language.
    let missing = RwSignal::new(false);
    let choice_error =
        Signal::derive(move || missing.get().then(|| td_string!(locale(), contact.method_required).to_string()));
    let methods = flow.draft.with_untracked(|d| d.problem().map(|p| p.methods.to_vec()).unwrap_or_default());
    let only_email = methods == [ContactMethod::Email];
    // A memo, so the method's fields are not rebuilt (losing focus) on every keystroke.
    let chosen_method = Memo::new(move |_| flow.draft.with(|d| d.offered_method()));
    let chosen = move || chosen_method.get();

    let on_continue = Callback::new(move |()| match chosen() {
        None => {
            missing.set(true);
            focus_by_id("method-email");
        }
        Some(_) => flow.continue_if_valid(flow.draft.with_untracked(|d| d.contact_errors(lang())), Step::Details),
    });

    view! {
        <form class="case-form" novalidate>
            <fieldset class="choices" aria-describedby="method-error">
                <legend>{tr!(contact.method_legend)}</legend>
                {only_email.then(|| view! {
                    <p class="field-hint">{tr!(contact.email_only)}</p>
                })}
                {methods.into_iter().map(|m| {
                    view! {
                        <Choice id=format!("method-{}", m.slug()) name="method" title=move || m.label(lang())
                            detail=move || m.explanation(lang())
                            checked=Signal::derive(move || chosen() == Some(m))
                            on_choose=Callback::new(move |()| {
                                flow.draft.update(|d| d.method = Some(m));
                                missing.set(false);
                            })/>
                    }
                }).collect_view()}
            </fieldset>
            <FieldError id="method-error".into() error=choice_error/>
            {move || match chosen() {
                Some(ContactMethod::Email) => view! {
                    <DraftInput field=FormField::Contact(ContactField::ReplyTo) label=tr!(contact.reply_to_label)
                        hint=tr!(contact.reply_to_hint)
                        kind="email" autocomplete="email"
                        read=|d| d.contact.reply_to.clone() write=|d, v| d.contact.reply_to = v errors=errors/>
                }.into_any(),
                Some(ContactMethod::Phone) => view! {
                    <div class="field-row">
                        <DraftInput field=FormField::Contact(ContactField::CountryCode) label=tr!(contact.country_code_label)
                            hint=tr!(contact.country_code_hint) kind="tel" autocomplete="tel-country-code"
                            read=|d| d.contact.country_code.clone() write=|d, v| d.contact.country_code = v errors=errors/>
                        <DraftInput field=FormField::Contact(ContactField::Phone) label=tr!(contact.phone_label)
                            hint=tr!(contact.phone_hint) kind="tel" autocomplete="tel-national"
                            read=|d| d.contact.phone.clone() write=|d, v| d.contact.phone = v errors=errors/>
                    </div>
                    <div class="field">
                        <label for="callback-window">{tr!(contact.callback_label)}</label>
                        <p class="field-hint" id="callback-window-hint">{tr!(contact.callback_hint)}</p>
                        <select id="callback-window" aria-describedby="callback-window-hint"
                            prop:value=move || flow.draft.with(|d| d.contact.callback_window.slug())
                            on:change=move |ev| {
                                if let Some(w) = CallbackWindow::from_slug(&event_target_value(&ev)) {
                                    flow.draft.update(|d| d.contact.callback_window = w);
                                }
                            }>
                            {CallbackWindow::ALL.into_iter().map(|w| view! {
                                <option value=w.slug()>{move || w.label(lang())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }.into_any(),
                Some(ContactMethod::Chat) => view! {
                    <DraftInput field=FormField::Contact(ContactField::DisplayName) label=tr!(contact.chat_name_label)
                        hint=tr!(contact.chat_name_hint) autocomplete="name"
                        read=|d| d.contact.display_name.clone() write=|d, v| d.contact.display_name = v errors=errors/>
                }.into_any(),
                None => ().into_any(),
            }}
            <StepActions back=Some(Step::SpecificProblem) primary=tr!(contact.continue_step) on_primary=on_continue/>
        </form>
    }
}
