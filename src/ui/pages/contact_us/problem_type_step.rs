//! Step 1: what the problem is about.

use leptos::prelude::*;

use super::{Flow, StepActions};
use crate::domain::contact_us::Step;
use crate::domain::{catalog, ProblemType};
use crate::ui::components::{focus_by_id, Choice, FieldError};

/// The problem types as a radio group.
#[component]
pub fn ProblemTypeStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let error = RwSignal::new(None::<String>);
    let chosen = move || flow.draft.with(|d| d.problem_type);

    let on_continue = Callback::new(move |()| {
        if chosen().is_some() {
            flow.go.run(Step::SpecificProblem);
        } else {
            error.set(Some("Choose the type of problem to continue.".into()));
            focus_by_id(&format!("type-{}", ProblemType::ALL[0].slug()));
        }
    });

    view! {
        <form class="case-form" novalidate>
            <fieldset class="choices" aria-describedby="problem-type-error">
                <legend>"What is the problem about?"</legend>
                {ProblemType::ALL.into_iter().map(|t| {
                    let count = catalog::problems_of(t).count();
                    view! {
                        <Choice id=format!("type-{}", t.slug()) name="problem-type" title=t.label()
                            detail=format!("{count} common problems")
                            checked=Signal::derive(move || chosen() == Some(t))
                            on_choose=Callback::new(move |()| {
                                flow.draft.update(|d| d.choose_problem_type(t));
                                error.set(None);
                            })/>
                    }
                }).collect_view()}
            </fieldset>
            <FieldError id="problem-type-error".into() error=error.into()/>
            <StepActions back=None primary="Continue" on_primary=on_continue/>
        </form>
    }
}
