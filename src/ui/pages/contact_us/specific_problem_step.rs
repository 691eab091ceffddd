//! Step 2: the specific problem, with its self-help hint.

use leptos::prelude::*;

use super::{Flow, StepActions};
use crate::domain::catalog;
use crate::domain::contact_us::step::Step;
use crate::ui::components::{focus_by_id, Choice, FieldError};
use crate::ui::i18n::{lang, locale, td_string, tr};

/// The specific problems of the chosen type as a radio group.
#[component]
pub fn SpecificProblemStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    // Set by a Continue without a choice; the message is written when shown, in the current language.
    let missing = RwSignal::new(false);
    let error =
        Signal::derive(move || missing.get().then(|| td_string!(locale(), contact.problem_required).to_string()));
    let problem_type = flow.draft.with_untracked(|d| d.problem_type);
    let problems: Vec<_> = problem_type.map(|t| catalog::problems_of(t).collect()).unwrap_or_default();
    let first_id = problems.first().map(|p| format!("problem-{}", p.slug)).unwrap_or_default();
    let chosen = move || flow.draft.with(|d| d.problem().map(|p| p.slug));
    let hint = Memo::new(move |_| flow.draft.with(|d| d.problem()));

    let on_continue = Callback::new(move |()| {
        if chosen().is_some() {
            flow.go.run(Step::Contact);
        } else {
            missing.set(true);
            focus_by_id(&first_id);
        }
    });

    view! {
        <form class="case-form" novalidate>
            <fieldset class="choices" aria-describedby="specific-problem-error">
                <legend>
                    {tr!(contact.problem_legend)}
                    <span class="legend-detail">{move || problem_type.map(|t| t.label(lang()))}</span>
                </legend>
                {problems.into_iter().map(|p| {
                    view! {
                        <Choice id=format!("problem-{}", p.slug) name="specific-problem" title=move || p.title.get(lang())
                            checked=Signal::derive(move || chosen() == Some(p.slug))
                            on_choose=Callback::new(move |()| {
                                flow.draft.update(|d| d.choose_problem(p.slug));
                                missing.set(false);
                            })/>
                    }
                }).collect_view()}
            </fieldset>
            <FieldError id="specific-problem-error".into() error=error/>
            {move || hint.get().map(|p| view! {
                <aside class="note" aria-label=tr!(contact.before_label)>
                    <p><strong>{tr!(contact.before_lead)}</strong>{move || p.hint.get(lang())}</p>
                </aside>
            })}
            <StepActions back=Some(Step::ProblemType) primary=tr!(contact.continue_step) on_primary=on_continue/>
        </form>
    }
}
