//! Settings → "Claim windows": Amazon's days for each kind of reimbursement
//! claim, with the sources and the day they were checked, and the seller's
//! own days in their place. Saved with the rest of the settings form.

use leptos::prelude::*;

use crate::domain::catalog::claim_policy::{ClaimDays, ClaimKind, MAX_CLAIM_DAYS};
use crate::domain::settings::{parse_claim_days, Settings, SettingsError, SettingsField};
use crate::domain::time::calendar_day;
use crate::ui::case_book::CaseBook;
use crate::ui::components::{ClaimSources, Field};
use crate::ui::i18n::{lang, locale, td_string, tr, trf};

/// What the seller typed for each window, in [`ClaimKind::ALL`] order: (earliest, last).
pub type Typed = [(String, String); ClaimKind::ALL.len()];

/// The fields' values, one pair per kind, in [`ClaimKind::ALL`] order.
#[derive(Clone, Copy)]
pub struct ClaimInputs([(RwSignal<String>, RwSignal<String>); ClaimKind::ALL.len()]);

impl ClaimInputs {
    /// The fields, filled with the days in force in `settings`.
    pub fn new(settings: &Settings) -> ClaimInputs {
        ClaimInputs(ClaimKind::ALL.map(|kind| {
            let days = settings.claim_days(kind);
            (RwSignal::new(days.earliest.to_string()), RwSignal::new(days.last.to_string()))
        }))
    }

    /// What is typed now.
    pub fn typed(&self) -> Typed {
        self.0.map(|(earliest, last)| (earliest.get_untracked(), last.get_untracked()))
    }
}

/// Puts the typed windows into `settings` (days equal to Amazon's remove the
/// override); returns an error for each field that is not a number of days
/// (its window then stays as it was). Whether the days make a window is
/// `Settings::errors`'s to say.
pub fn apply(typed: &Typed, settings: &mut Settings) -> Vec<SettingsError> {
    let mut errors = Vec::new();
    for (kind, (earliest, last)) in ClaimKind::ALL.into_iter().zip(typed) {
        match (parse_claim_days(earliest, kind, false), parse_claim_days(last, kind, true)) {
            (Ok(earliest), Ok(last)) => settings.set_claim_days(kind, ClaimDays { earliest, last }),
            (earliest, last) => {
                errors.extend(earliest.err());
                errors.extend(last.err());
            }
        }
    }
    errors
}

/// The "Claim windows" part of the settings form.
#[component]
pub fn ClaimWindowSettings<F>(
    /// The fields' values, read by the form when it is saved.
    inputs: ClaimInputs,
    /// The error shown under a field (by the field's id).
    error_of: F,
) -> impl IntoView
where
    F: Fn(&'static str) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
{
    let settings = expect_context::<CaseBook>().settings();
    // The kind whose fields "Use Amazon's" filled last: said until it is saved or typed over.
    let reset = RwSignal::new(None::<ClaimKind>);
    let pending = move || {
        reset.get().filter(|&kind| {
            let (earliest, last) = inputs.0[kind as usize];
            let amazon = kind.policy().days;
            earliest.get() == amazon.earliest.to_string()
                && last.get() == amazon.last.to_string()
                && settings.with(|s| s.claim_days(kind) != amazon)
        })
    };
    view! {
        <section class="claim-settings" aria-labelledby="claim-settings-title">
            <h2 id="claim-settings-title">{tr!(claim.settings_title)}</h2>
            <p class="field-hint">{tr!(claim.settings_intro)}</p>
            {ClaimKind::ALL.into_iter().zip(inputs.0).map(|(kind, fields)| kind_fields(kind, fields, error_of, reset)).collect_view()}
            <p class="form-status" role="status">{move || pending().map(|kind| {
                td_string!(locale(), claim.reset_done, kind = kind.name(lang())).to_string()
            })}</p>
        </section>
    }
}

/// One kind: Amazon's rule, its sources, the two fields and "Use Amazon's".
fn kind_fields(
    kind: ClaimKind,
    (earliest, last): (RwSignal<String>, RwSignal<String>),
    error_of: impl Fn(&'static str) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
    reset: RwSignal<Option<ClaimKind>>,
) -> impl IntoView {
    let policy = kind.policy();
    let (earliest_id, last_id) = (SettingsField::ClaimEarliest(kind).id(), SettingsField::ClaimLast(kind).id());
    let input =
        move |id: &'static str, value: RwSignal<String>| super::number_input(id, value, MAX_CLAIM_DAYS, error_of(id));
    let use_amazons = move |_| {
        earliest.set(policy.days.earliest.to_string());
        last.set(policy.days.last.to_string());
        reset.set(Some(kind));
    };
    view! {
        <fieldset class="claim-setting">
            <legend>{move || kind.name(lang())}</legend>
            <p>{trf!(claim.rule_checked, rule = kind.rule(policy.days, lang()), date = calendar_day(&policy.checked, lang()))}</p>
            <ClaimSources kind=kind/>
            <div class="field-row claim-days">
                <Field id=earliest_id label=tr!(claim.earliest_label) error=error_of(earliest_id)>
                    {input(earliest_id, earliest)}
                </Field>
                <Field id=last_id label=tr!(claim.last_label) error=error_of(last_id)>
                    {input(last_id, last)}
                </Field>
            </div>
            <button type="button" class="button button-small" on:click=use_amazons
                aria-label=trf!(claim.use_amazons_label, kind = kind.name(lang()))>
                {tr!(claim.use_amazons)}
            </button>
        </fieldset>
    }
}
