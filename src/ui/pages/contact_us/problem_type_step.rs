//! Step 1: what the problem is about.

use leptos::prelude::*;

use super::{Flow, StepActions};
use crate::domain::catalog;
use crate::domain::contact_us::step::Step;
use crate::domain::ProblemType;
use crate::ui::components::{focus_by_id, Choice, FieldError};
use crate::ui::i18n::{lang, locale, td_string, tr, trf};

/// The problem types as a radio group.
#[component]
pub fn ProblemTypeStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    // Set by a Continue without a choice; the message is written when shown, in the current language.
    let missing = RwSignal::new(false);
    let error = Signal::derive(move || missing.get().then(|| td_string!(locale(), contact.type_required).to_string()));
    let chosen = move || flow.draft.with(|d| d.problem_type);

    let on_continue = Callback::new(move |()| {
        if chosen().is_some() {
            flow.go.run(Step::SpecificProblem);
        } else {
            missing.set(true);
            focus_by_id(&format!("type-{}", ProblemType::ALL[0].slug()));
        }
    });

    view! {
        <form class="case-form" novalidate>
            <fieldset class="choices" aria-describedby="problem-type-error">
                <legend>{tr!(contact.type_legend)}</legend>
                {ProblemType::ALL.into_iter().map(|t| {
                    let count = catalog::problems_of(t).count();
                    view! {
                        <Choice id=format!("type-{}", t.slug()) name="problem-type" title=move || t.label(lang())
                            detail=trf!(contact.type_count, count = count)
                            checked=Signal::derive(move || chosen() == Some(t))
                            on_choose=Callback::new(move |()| {
                                flow.draft.update(|d| d.choose_problem_type(t));
                                missing.set(false);
                            })/>
                    }
                }).collect_view()}
            </fieldset>
            <FieldError id="problem-type-error".into() error=error/>
            <StepActions back=None primary=tr!(contact.continue_step) on_primary=on_continue/>
        </form>
    }
}
