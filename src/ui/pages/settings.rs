//! `/settings`: how long Amazon is given to answer, and when a case is at risk.

mod claims;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::settings::{Settings, SettingsError, MAX_HOURS, STORE_NAME_MAX};
use crate::ui::case_book::CaseBook;
use crate::ui::components::{described_by, focus_by_id, Field};
use crate::ui::i18n::{lang, locale, td_string, tr};
use crate::ui::page_title::set_page_title;

/// The form as the seller submitted it. Its errors are worked out from it
/// when shown, so they follow a switch of language until the next submit.
#[derive(Clone, PartialEq)]
struct Typed {
    response: String,
    at_risk: String,
    appeal: String,
    store_name: String,
    claims: claims::Typed,
}

/// The settings typed (over `base`, which keeps what this form does not
/// show), or an error per field (by the field's id), in the interface language.
fn check(typed: &Typed, base: &Settings) -> Result<Settings, Vec<(&'static str, String)>> {
    let hours = |field: &'static str, text: &str, error: &'static str| {
        text.trim().parse::<u32>().map_err(|_| (field, error.to_string()))
    };
    let parsed = (
        hours("response_hours", &typed.response, td_string!(locale(), settings.response_whole)),
        hours("at_risk_hours", &typed.at_risk, td_string!(locale(), settings.at_risk_whole)),
        hours("appeal_hours", &typed.appeal, td_string!(locale(), settings.appeal_whole)),
    );
    match parsed {
        (Ok(response_hours), Ok(at_risk_hours), Ok(appeal_hours)) => {
            let store_name = typed.store_name.trim().to_string();
            let mut settings = Settings { response_hours, at_risk_hours, appeal_hours, store_name, ..base.clone() };
            let not_days = claims::apply(&typed.claims, &mut settings);
            let mut errors = settings.errors();
            errors.extend(not_days);
            if errors.is_empty() {
                Ok(settings)
            } else {
                Err(said(errors))
            }
        }
        (a, b, c) => {
            let mut errors: Vec<_> = [a.err(), b.err(), c.err()].into_iter().flatten().collect();
            errors.extend(said(claims::apply(&typed.claims, &mut base.clone())));
            Err(errors)
        }
    }
}

/// Settings' refusals as the form shows them: by field id, in the interface language.
fn said(errors: Vec<SettingsError>) -> Vec<(&'static str, String)> {
    errors.into_iter().map(|e| (e.field().id(), e.message(lang()))).collect()
}

/// The settings form.
#[component]
pub fn SettingsPage() -> impl IntoView {
    set_page_title(|| td_string!(locale(), settings.title));
    let book = expect_context::<CaseBook>();
    let current = book.settings().get_untracked();
    let response = RwSignal::new(current.response_hours.to_string());
    let at_risk = RwSignal::new(current.at_risk_hours.to_string());
    let appeal = RwSignal::new(current.appeal_hours.to_string());
    let store_name = RwSignal::new(current.store_name.clone());
    let claim_inputs = claims::ClaimInputs::new(&current);
    // What was submitted with errors; `None` once saved.
    let refused = RwSignal::new(None::<Typed>);
    let errors = Memo::new(move |_| {
        refused.with(|t| {
            t.as_ref().and_then(|t| book.settings().with_untracked(|base| check(t, base)).err()).unwrap_or_default()
        })
    });
    let saved = RwSignal::new(false);
    let error_of = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone())))
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let typed = Typed {
            response: response.get_untracked(),
            at_risk: at_risk.get_untracked(),
            appeal: appeal.get_untracked(),
            store_name: store_name.get_untracked(),
            claims: claim_inputs.typed(),
        };
        match book
            .settings()
            .with_untracked(|base| check(&typed, base))
            .and_then(|settings| book.save_settings(settings).map_err(said))
        {
            Ok(()) => {
                refused.set(None);
                saved.set(true);
            }
            Err(list) => {
                if let Some((field, _)) = list.first() {
                    focus_by_id(field);
                }
                refused.set(Some(typed));
            }
        }
    };

    let input = move |id: &'static str, value: RwSignal<String>| number_input(id, value, MAX_HOURS, error_of(id));

    view! {
        <h1>{tr!(settings.title)}</h1>
        <form class="case-form" novalidate on:submit=on_submit>
            <Field id="response_hours" label=tr!(settings.response_label) hint=tr!(settings.response_hint)
                error=error_of("response_hours")>
                {input("response_hours", response)}
            </Field>
            <Field id="at_risk_hours" label=tr!(settings.at_risk_label) hint=tr!(settings.at_risk_hint)
                error=error_of("at_risk_hours")>
                {input("at_risk_hours", at_risk)}
            </Field>
            <Field id="appeal_hours" label=tr!(settings.appeal_label) hint=tr!(settings.appeal_hint)
                error=error_of("appeal_hours")>
                {input("appeal_hours", appeal)}
            </Field>
            <p class="field-hint">{tr!(settings.applies_now)}</p>
            <Field id="store_name" label=tr!(settings.store_label) hint=tr!(settings.store_hint)
                error=error_of("store_name")>
                <input id="store_name" type="text" autocomplete="organization" maxlength=STORE_NAME_MAX
                    aria-describedby=described_by("store_name")
                    aria-invalid=move || error_of("store_name").get().map(|_| "true")
                    bind:value=store_name/>
            </Field>
            <claims::ClaimWindowSettings inputs=claim_inputs error_of=error_of/>
            <div class="form-actions">
                <button type="submit" class="button button-primary">{tr!(settings.save)}</button>
            </div>
            <p class="form-status" role="status">{move || saved.get().then(|| td_string!(locale(), settings.saved))}</p>
        </form>
        <crate::ui::reminders::ReminderSettings/>
    }
}

/// A field for a whole number from 0 to `max` (hours, days), marked invalid
/// while `error` says why it is refused.
fn number_input(id: &'static str, value: RwSignal<String>, max: u32, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <input id=id type="number" inputmode="numeric" min="0" max=max
            aria-describedby=described_by(id) aria-invalid=move || error.get().map(|_| "true")
            bind:value=value/>
    }
}
