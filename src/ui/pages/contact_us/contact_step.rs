//! Step 3: how Amazon should answer, with that method's own fields.

use leptos::prelude::*;

use super::{DraftInput, Flow, StepActions};
use crate::domain::contact::{CallbackWindow, ContactField, ContactMethod};
use crate::domain::contact_us::{ContactUsDraft, FormField, Step};
use crate::ui::components::{focus_by_id, Choice, FieldError};

fn errors(d: &ContactUsDraft) -> crate::domain::contact_us::FormErrors {
    d.contact_errors()
}

/// The methods the chosen problem offers, and the chosen one's details.
#[component]
pub fn ContactStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let choice_error = RwSignal::new(None::<String>);
    let methods = flow.draft.with_untracked(|d| d.problem().map(|p| p.methods.to_vec()).unwrap_or_default());
    let only_email = methods == [ContactMethod::Email];
    // A memo, so the method's fields are not rebuilt (losing focus) on every keystroke.
    let chosen_method = Memo::new(move |_| flow.draft.with(|d| d.offered_method()));
    let chosen = move || chosen_method.get();

    let on_continue = Callback::new(move |()| match chosen() {
        None => {
            choice_error.set(Some("Choose how Amazon should answer to continue.".into()));
            focus_by_id("method-email");
        }
        Some(_) => flow.continue_if_valid(flow.draft.with_untracked(|d| d.contact_errors()), Step::Details),
    });

    view! {
        <form class="case-form" novalidate>
            <fieldset class="choices" aria-describedby="method-error">
                <legend>"How should Amazon answer?"</legend>
                {only_email.then(|| view! {
                    <p class="field-hint">"For this problem Amazon offers email only: written cases are kept in Case Log."</p>
                })}
                {methods.into_iter().map(|m| {
                    view! {
                        <Choice id=format!("method-{}", m.slug()) name="method" title=m.label() detail=m.explanation()
                            checked=Signal::derive(move || chosen() == Some(m))
                            on_choose=Callback::new(move |()| {
                                flow.draft.update(|d| d.method = Some(m));
                                choice_error.set(None);
                            })/>
                    }
                }).collect_view()}
            </fieldset>
            <FieldError id="method-error".into() error=choice_error.into()/>
            {move || match chosen() {
                Some(ContactMethod::Email) => view! {
                    <DraftInput field=FormField::Contact(ContactField::ReplyTo) label="Reply-to email"
                        hint="Amazon sends its answer here and to Case Log in Seller Central."
                        kind="email" autocomplete="email"
                        read=|d| d.contact.reply_to.clone() write=|d, v| d.contact.reply_to = v errors=errors/>
                }.into_any(),
                Some(ContactMethod::Phone) => view! {
                    <div class="field-row">
                        <DraftInput field=FormField::Contact(ContactField::CountryCode) label="Country code"
                            hint="e.g. +1, +44, +49" kind="tel" autocomplete="tel-country-code"
                            read=|d| d.contact.country_code.clone() write=|d, v| d.contact.country_code = v errors=errors/>
                        <DraftInput field=FormField::Contact(ContactField::Phone) label="Phone number"
                            hint="Without the country code" kind="tel" autocomplete="tel-national"
                            read=|d| d.contact.phone.clone() write=|d, v| d.contact.phone = v errors=errors/>
                    </div>
                    <div class="field">
                        <label for="callback-window">"Preferred time for the call"</label>
                        <p class="field-hint" id="callback-window-hint">"Your local time. Amazon tries to call within it."</p>
                        <select id="callback-window" aria-describedby="callback-window-hint"
                            prop:value=move || flow.draft.with(|d| d.contact.callback_window.slug())
                            on:change=move |ev| {
                                if let Some(w) = CallbackWindow::from_slug(&event_target_value(&ev)) {
                                    flow.draft.update(|d| d.contact.callback_window = w);
                                }
                            }>
                            {CallbackWindow::ALL.into_iter().map(|w| view! {
                                <option value=w.slug()>{w.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }.into_any(),
                Some(ContactMethod::Chat) => view! {
                    <DraftInput field=FormField::Contact(ContactField::DisplayName) label="Your name for the chat"
                        hint="How the associate should address you." autocomplete="name"
                        read=|d| d.contact.display_name.clone() write=|d, v| d.contact.display_name = v errors=errors/>
                }.into_any(),
                None => ().into_any(),
            }}
            <StepActions back=Some(Step::SpecificProblem) primary="Continue" on_primary=on_continue/>
        </form>
    }
}
