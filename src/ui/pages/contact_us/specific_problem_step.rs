//! Step 2: the specific problem, with its self-help hint.

use leptos::prelude::*;

use super::{Flow, StepActions};
use crate::domain::catalog;
use crate::domain::contact_us::Step;
use crate::ui::components::{focus_by_id, Choice, FieldError};

/// The specific problems of the chosen type as a radio group.
#[component]
pub fn SpecificProblemStep() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let error = RwSignal::new(None::<String>);
    let problem_type = flow.draft.with_untracked(|d| d.problem_type);
    let problems: Vec<_> = problem_type.map(|t| catalog::problems_of(t).collect()).unwrap_or_default();
    let first_id = problems.first().map(|p| format!("problem-{}", p.slug)).unwrap_or_default();
    let chosen = move || flow.draft.with(|d| d.problem().map(|p| p.slug));
    let hint = Memo::new(move |_| flow.draft.with(|d| d.problem()));

    let on_continue = Callback::new(move |()| {
        if chosen().is_some() {
            flow.go.run(Step::Contact);
        } else {
            error.set(Some("Choose the problem closest to yours to continue.".into()));
            focus_by_id(&first_id);
        }
    });

    view! {
        <form class="case-form" novalidate>
            <fieldset class="choices" aria-describedby="specific-problem-error">
                <legend>
                    "Which problem is it? "
                    <span class="legend-detail">{problem_type.map(|t| t.label())}</span>
                </legend>
                {problems.into_iter().map(|p| {
                    view! {
                        <Choice id=format!("problem-{}", p.slug) name="specific-problem" title=p.title
                            checked=Signal::derive(move || chosen() == Some(p.slug))
                            on_choose=Callback::new(move |()| {
                                flow.draft.update(|d| d.choose_problem(p.slug));
                                error.set(None);
                            })/>
                    }
                }).collect_view()}
            </fieldset>
            <FieldError id="specific-problem-error".into() error=error.into()/>
            {move || hint.get().map(|p| view! {
                <aside class="note" aria-label="Before you open a case">
                    <p><strong>"Before you open a case: "</strong>{p.hint}</p>
                </aside>
            })}
            <StepActions back=Some(Step::ProblemType) primary="Continue" on_primary=on_continue/>
        </form>
    }
}
