//! `/settings`: how long Amazon is given to answer, and when a case is at risk.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::settings::{Settings, MAX_HOURS, STORE_NAME_MAX};
use crate::ui::case_book::CaseBook;
use crate::ui::components::{described_by, focus_by_id, Field};
use crate::ui::page_title::set_page_title;

/// The settings form.
#[component]
pub fn SettingsPage() -> impl IntoView {
    set_page_title(|| "Settings");
    let book = expect_context::<CaseBook>();
    let current = book.settings().get_untracked();
    let response = RwSignal::new(current.response_hours.to_string());
    let at_risk = RwSignal::new(current.at_risk_hours.to_string());
    let appeal = RwSignal::new(current.appeal_hours.to_string());
    let store_name = RwSignal::new(current.store_name.clone());
    let errors = RwSignal::new(Vec::<(&'static str, String)>::new());
    let saved = RwSignal::new(false);
    let error_of = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone())))
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let parse = |field: &'static str, text: String, what: &str| {
            text.trim().parse::<u32>().map_err(|_| (field, format!("Enter the {what} as a whole number of hours, e.g. 24.")))
        };
        let parsed = (
            parse("response_hours", response.get_untracked(), "response window"),
            parse("at_risk_hours", at_risk.get_untracked(), "at-risk warning"),
            parse("appeal_hours", appeal.get_untracked(), "appeal window"),
        );
        let result = match parsed {
            (Ok(response_hours), Ok(at_risk_hours), Ok(appeal_hours)) => {
                let store_name = store_name.get_untracked().trim().to_string();
                book.save_settings(Settings { response_hours, at_risk_hours, appeal_hours, store_name })
            }
            (a, b, c) => Err([a.err(), b.err(), c.err()].into_iter().flatten().collect()),
        };
        match result {
            Ok(()) => {
                errors.set(Vec::new());
                saved.set(true);
            }
            Err(list) => {
                if let Some((field, _)) = list.first() {
                    focus_by_id(field);
                }
                errors.set(list);
            }
        }
    };

    let input = move |id: &'static str, value: RwSignal<String>| {
        let error = error_of(id);
        view! {
            <input id=id type="number" inputmode="numeric" min="0" max=MAX_HOURS
                aria-describedby=described_by(id) aria-invalid=move || error.get().map(|_| "true")
                bind:value=value/>
        }
    };

    view! {
        <h1>"Settings"</h1>
        <form class="case-form" novalidate on:submit=on_submit>
            <Field id="response_hours" label="Response window (hours)"
                hint="How long Amazon usually takes to answer a case. Amazon says about 24 hours."
                error=error_of("response_hours")>
                {input("response_hours", response)}
            </Field>
            <Field id="at_risk_hours" label="At-risk warning (hours before the answer is due)"
                hint="From then on a case shows as at risk."
                error=error_of("at_risk_hours")>
                {input("at_risk_hours", at_risk)}
            </Field>
            <Field id="appeal_hours" label="Appeal window (hours)"
                hint="How long Amazon takes to answer an appeal: \"within two days\"."
                error=error_of("appeal_hours")>
                {input("appeal_hours", appeal)}
            </Field>
            <p class="field-hint">"A change applies to every open case at once; nothing in the cases themselves is rewritten."</p>
            <Field id="store_name" label="Store name (optional)"
                hint="Signed under every message to Amazon, e.g. \"Kind regards, Blue Mug Co.\""
                error=error_of("store_name")>
                <input id="store_name" type="text" autocomplete="organization" maxlength=STORE_NAME_MAX
                    aria-describedby=described_by("store_name")
                    aria-invalid=move || error_of("store_name").get().map(|_| "true")
                    bind:value=store_name/>
            </Field>
            <div class="form-actions">
                <button type="submit" class="button button-primary">"Save settings"</button>
            </div>
            <p class="form-status" role="status">{move || saved.get().then_some("Settings saved.")}</p>
        </form>
    }
}
