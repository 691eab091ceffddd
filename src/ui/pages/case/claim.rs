//! A money case's claim window (`domain::deadlines::claim_window`): the date it starts from,
//! asked for as the problem names it; the last day to claim, counted in the
//! seller's own calendar days; and what the window rests on.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::case::claim_date::ClaimDate;
use crate::domain::catalog::claim_policy::ClaimKind;
use crate::domain::deadlines::claim_window::{self, ClaimWindow};
use crate::domain::time::{iso_day, local_today, parse_day};
use crate::domain::Case;
use crate::ui::case_book::CaseBook;
use crate::ui::clock::Clock;
use crate::ui::components::{claim_class, described_by, focus_by_id, local_offset, Choice, ClaimSources, Field};
use crate::ui::i18n::{lang, locale, td_string, tr};

/// The claim window of a case whose problem has one; nothing otherwise.
#[component]
pub fn ClaimSection(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let kinds = Memo::new(move |_| case.with(|c| c.as_ref().map_or(&[][..], claim_window::kinds_of)));
    move || {
        let kinds = kinds.get();
        (!kinds.is_empty()).then(|| view! { <ClaimPanel case=case kinds=kinds/> })
    }
}

/// What the last click did, said in the language shown.
#[derive(Clone, Copy, PartialEq)]
enum Done {
    Saved,
    Removed,
}

/// The window's countdown once the date is in, the date's form, and what the window rests on.
#[component]
fn ClaimPanel(
    /// The case shown.
    case: Memo<Option<Case>>,
    /// The windows its problem can have (one, or two for a removal order).
    kinds: &'static [ClaimKind],
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let settings = book.settings();
    let minute = expect_context::<Clock>().minutes();
    let today = Memo::new(move |_| {
        let now = minute.get();
        local_today(now, local_offset(now))
    });
    let stored = Memo::new(move |_| case.with(|c| c.as_ref().and_then(|c| c.claim_date)));
    let window = Memo::new(move |_| case.with(|c| c.as_ref().and_then(|c| settings.with(|s| ClaimWindow::of(c, s)))));
    let warning = Memo::new(move |_| {
        case.with(|c| c.as_ref().and_then(|c| settings.with(|s| claim_window::warning(c, s, today.get()))))
    });

    // A removal order has two windows: the seller says which.
    let chosen = RwSignal::new(stored.get_untracked().map_or(kinds[0], |c| c.window));
    let date = RwSignal::new(stored.get_untracked().map(|c| iso_day(&c.date)).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<Done>);
    let save = move |claim: Option<ClaimDate>, outcome: Done| {
        let Some(id) = case.with_untracked(|c| c.as_ref().map(|c| c.id.clone())) else { return };
        match book.set_claim_date(&id, claim) {
            Ok(()) => {
                error.set(None);
                done.set(Some(outcome));
            }
            Err(message) => {
                error.set(Some(message));
                done.set(None);
            }
        }
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match parse_day(&date.get_untracked()) {
            Some(day) => save(Some(ClaimDate { window: chosen.get_untracked(), date: day }), Done::Saved),
            None => {
                error.set(Some(td_string!(locale(), claim.date_missing).to_string()));
                done.set(None);
            }
        }
    };
    let remove = move |_| {
        date.set(String::new());
        save(None, Done::Removed);
        // The button goes with the date: focus stays in the form, on the field.
        request_animation_frame(|| focus_by_id("claim-date"));
    };

    view! {
        <section class="claim-window" aria-labelledby="claim-title">
            <h2 id="claim-title">{tr!(claim.title)}</h2>
            {move || window.get().map(|w| view! {
                <div class=move || claim_class("claim-status", warning.get())>
                    <p class="claim-countdown">{move || w.status(today.get()).label(lang())}</p>
                    {move || w.earliest_day_label(lang()).map(|label| view! { <p>{label}</p> })}
                    <p>{move || w.last_day_label(lang())}</p>
                    <p>{move || w.advice(today.get(), lang())}</p>
                </div>
            })}
            <form class="no-print" novalidate on:submit=on_submit>
                {(kinds.len() > 1).then(|| view! {
                    <fieldset>
                        <legend>{tr!(claim.which)}</legend>
                        <div class="choices">
                            {kinds.iter().enumerate().map(|(i, &kind)| view! {
                                <Choice id=format!("claim-kind-{i}") name="claim-kind"
                                    title=move || kind.name(lang())
                                    checked=Signal::derive(move || chosen.get() == kind)
                                    on_choose=Callback::new(move |()| chosen.set(kind))/>
                            }).collect_view()}
                        </div>
                    </fieldset>
                })}
                <Field id="claim-date" label=move || chosen.get().date_label(lang())
                    hint=move || chosen.get().date_hint(lang()) error=error>
                    <div class="input-with-button">
                        <input id="claim-date" type="date" min="2000-01-01" max=move || iso_day(&today.get())
                            aria-describedby=described_by("claim-date")
                            aria-invalid=move || error.get().map(|_| "true")
                            bind:value=date/>
                        <button type="submit" class="button">{tr!(claim.save_date)}</button>
                    </div>
                </Field>
                <Show when=move || stored.with(Option::is_some)>
                    <button type="button" class="button button-quiet claim-remove" on:click=remove>{tr!(claim.remove_date)}</button>
                </Show>
                <p class="form-status" role="status">{move || done.get().map(|d| match d {
                    Done::Saved => td_string!(locale(), claim.date_saved),
                    Done::Removed => td_string!(locale(), claim.date_removed),
                })}</p>
            </form>
            <p class="claim-explanation">{move || chosen.get().explanation(lang())}</p>
            {move || view! { <ClaimSources kind=chosen.get()/> }}
        </section>
    }
}
