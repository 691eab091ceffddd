//! `/new/:draft/:step`: the guided Contact Us flow, one step per URL so a
//! reload stays on the step, with the draft saved as the seller types.

mod contact_step;
mod details_step;
mod identifiers;
mod precautions;
mod problem_type_step;
mod review_step;
mod specific_problem_step;

use std::collections::HashSet;

use leptos::prelude::*;

use crate::domain::contact_us::draft::{ContactUsDraft, FormErrors, FormField};
use crate::domain::contact_us::step::Step;
use crate::domain::Lang;
use crate::paths::{AppPaths, Route};
use crate::ui::case_book::{new_id, CaseBook};
use crate::ui::components::{focus_by_id, STEP_HEADING_ID};
use crate::ui::i18n::{lang, locale, td_string, tr};
use crate::ui::navigation::{How, Navigator};
use crate::ui::page_title::set_page_title;

/// The state the steps share, provided by [`ContactUsPage`].
#[derive(Clone, Copy)]
pub struct Flow {
    /// What the seller has typed and chosen.
    pub draft: RwSignal<ContactUsDraft>,
    /// Fields the seller has left at least once: their errors show.
    touched: RwSignal<HashSet<FormField>>,
    /// After a Continue with errors, every error shows.
    show_all: RwSignal<bool>,
    /// Moves to a step.
    pub go: Callback<Step>,
    /// Set once the draft became a case (or a note): autosave must not bring it back.
    finished: RwSignal<bool>,
}

impl Flow {
    /// Stops autosave: the draft has become a case or a note.
    pub fn mark_finished(&self) {
        self.finished.set(true);
    }

    /// The seller left a field: from now on its error shows. Not when focus
    /// goes to a button: the error appearing would push the button down
    /// between press and release and swallow the click (the button's own
    /// action shows every error anyway).
    pub fn left(&self, field: FormField, ev: &leptos::ev::FocusEvent) {
        use wasm_bindgen::JsCast;
        let to_button = ev.related_target().is_some_and(|t| t.dyn_ref::<web_sys::HtmlButtonElement>().is_some());
        if !to_button {
            self.touch(field);
        }
    }

    /// Marks a field as left by the seller, so its error shows.
    fn touch(&self, field: FormField) {
        if !self.touched.with_untracked(|t| t.contains(&field)) {
            self.touched.update(|t| {
                t.insert(field);
            });
        }
    }

    /// The error to show for a field: its current error, once the seller left it or tried to continue.
    pub fn error(
        &self,
        field: FormField,
        errors: impl Fn(&ContactUsDraft, Lang) -> FormErrors + Send + Sync + 'static,
    ) -> Signal<Option<String>> {
        let flow = *self;
        Signal::derive(move || {
            let visible = flow.show_all.get() || flow.touched.with(|t| t.contains(&field));
            if !visible {
                return None;
            }
            flow.draft.with(|d| errors(d, lang()).for_field(field).map(str::to_string))
        })
    }

    /// Continues to `next` if `errors` is empty; otherwise shows every error and focuses the first.
    pub fn continue_if_valid(&self, errors: FormErrors, next: Step) {
        match errors.first() {
            None => {
                self.show_all.set(false);
                self.go.run(next);
            }
            Some(field) => {
                self.show_all.set(true);
                focus_by_id(&field_id(field));
            }
        }
    }
}

/// The DOM id of a form field's control.
pub fn field_id(field: FormField) -> String {
    use crate::domain::contact_method::ContactField;
    match field {
        FormField::Contact(ContactField::ReplyTo) => "reply-to".into(),
        FormField::Contact(ContactField::CountryCode) => "country-code".into(),
        FormField::Contact(ContactField::Phone) => "phone".into(),
        FormField::Contact(ContactField::DisplayName) => "display-name".into(),
        FormField::Subject => "subject".into(),
        FormField::Identifier(i) => format!("identifier-{i}"),
        FormField::Description => "description".into(),
    }
}

/// `/new`: starts a fresh draft at its first step.
#[component]
pub fn NewCaseRedirect() -> impl IntoView {
    let navigator = Navigator::get();
    let paths = expect_context::<AppPaths>();
    Effect::new(move || navigator.go(&paths.new_case_step(&new_id(), Step::ProblemType), How::Replace));
}

/// The flow: step indicator, the current step, and autosave.
#[component]
pub fn ContactUsPage(
    /// The draft named in the address.
    draft: String,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let navigator = Navigator::get();

    let draft_id = draft;
    let draft = RwSignal::new(book.draft(&draft_id).unwrap_or_else(|| ContactUsDraft::new(draft_id.clone())));
    // The step named in the address. Once the address leaves the flow the last
    // step stays, so nothing here reacts to a page that is going away.
    let step = Memo::new(move |last: Option<&Option<Step>>| {
        navigator.route().with(|r| match r {
            Route::NewCase { step, .. } => *step,
            _ => last.copied().flatten(),
        })
    });

    let paths = expect_context::<AppPaths>();
    let go = Callback::new({
        let draft_id = draft_id.clone();
        let paths = paths.clone();
        move |to: Step| navigator.go(&paths.new_case_step(&draft_id, to), How::Push)
    });
    let flow = Flow {
        draft,
        touched: RwSignal::new(HashSet::new()),
        show_all: RwSignal::new(false),
        go,
        finished: RwSignal::new(false),
    };
    provide_context(flow);

    // A step the seller cannot be on yet (a reload after clearing storage, an
    // edited URL) sends them to the first step that still needs something.
    Effect::new({
        let draft_id = draft_id.clone();
        move || {
            let open = draft.with(|d| d.first_open_step());
            let wanted = step.get();
            if wanted.is_none_or(|s| s > open) {
                navigator.go(&paths.new_case_step(&draft_id, open), How::Replace);
            }
        }
    });
    set_page_title(move || {
        step.get()
            .map(|s| td_string!(locale(), contact.page_title, step = s.label(lang())).to_string())
            .unwrap_or_default()
    });
    Effect::new(move || {
        if step.get().is_some() {
            flow.show_all.set(false);
        }
    });

    // Autosave: within 300 ms of the last change, and at once when the page is
    // hidden or closed, or the seller leaves the flow. The `try_` reads make a
    // late timer after leaving harmless.
    let save_now = move || {
        if flow.finished.try_get_untracked() == Some(false) {
            if let Some(current) = draft.try_get_untracked() {
                book.save_draft(current);
            }
        }
    };
    let save = crate::ui::browser::debounced(save_now, std::time::Duration::from_millis(300));
    Effect::new(move |first: Option<()>| {
        draft.track();
        if first.is_some() {
            save();
        }
    });
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| save_now());
    on_cleanup(move || {
        save_now();
        on_hide.remove();
    });

    view! {
        <h1>{tr!(contact.heading)}</h1>
        <p class="lead">{tr!(contact.lead)}</p>
        <StepIndicator current=step/>
        {move || match step.get() {
            Some(Step::ProblemType) => view! { <problem_type_step::ProblemTypeStep/> }.into_any(),
            Some(Step::SpecificProblem) => view! { <specific_problem_step::SpecificProblemStep/> }.into_any(),
            Some(Step::Contact) => view! { <contact_step::ContactStep/> }.into_any(),
            Some(Step::Details) => view! { <details_step::DetailsStep/> }.into_any(),
            Some(Step::Review) => view! { <review_step::ReviewStep/> }.into_any(),
            None => ().into_any(),
        }}
    }
}

/// "Step 2 of 5" and the five steps; done steps link back.
#[component]
fn StepIndicator(
    /// The step shown.
    current: Memo<Option<Step>>,
) -> impl IntoView {
    let flow = expect_context::<Flow>();
    let paths = expect_context::<AppPaths>();
    let draft_id = flow.draft.with_untracked(|d| d.id.clone());
    view! {
        <nav class="steps" aria-label=tr!(contact.steps_label)>
            <h2 class="steps-count" id=STEP_HEADING_ID tabindex="-1">
                {move || current.get().map(|s| {
                    td_string!(locale(), contact.step_count, number = s.number(), total = Step::ALL.len(), step = s.label(lang()))
                        .to_string()
                })}
            </h2>
            <ol>
                {Step::ALL.into_iter().map(|s| {
                    let href = paths.new_case_step(&draft_id, s);
                    let state = move || match current.get() {
                        Some(c) if c == s => "current",
                        Some(c) if s < c => "done",
                        _ => "todo",
                    };
                    view! {
                        <li class=move || format!("step step-{}", state())
                            aria-current=move || (state() == "current").then_some("step")>
                            <span class="step-number" aria-hidden="true">{s.number()}</span>
                            {move || if state() == "done" {
                                view! { <a href=href.clone()>{move || s.label(lang())}</a> }.into_any()
                            } else {
                                view! { <span>{move || s.label(lang())}</span> }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

/// Back (left) and the step's primary button (right).
#[component]
pub fn StepActions(
    /// The step to go back to, if any.
    back: Option<Step>,
    /// The primary button's text (a closure such as `tr!(…)` follows the language).
    #[prop(into)]
    primary: TextProp,
    /// What the primary button does.
    on_primary: Callback<()>,
) -> impl IntoView {
    let flow = expect_context::<Flow>();
    view! {
        <div class="form-actions form-actions-split">
            {back.map(|b| view! {
                <button type="button" class="button" on:click=move |_| flow.go.run(b)>{tr!(contact.back)}</button>
            })}
            <button type="submit" class="button button-primary" on:click=move |ev| {
                ev.prevent_default();
                on_primary.run(());
            }>{move || primary.get()}</button>
        </div>
    }
}

/// A one-line text input bound to a draft field, showing its error once the
/// seller leaves it. `read` and `write` pick the field out of the draft.
#[component]
pub fn DraftInput(
    /// Which field it is (decides the id and the error shown).
    field: FormField,
    /// The visible label (a closure such as `tr!(…)` follows the language).
    #[prop(into)]
    label: TextProp,
    /// One line of help under the label, like the label.
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// The input type (`text`, `email`, `tel`).
    #[prop(default = "text")]
    kind: &'static str,
    /// The `autocomplete` token.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// The current value.
    read: fn(&ContactUsDraft) -> String,
    /// Stores a new value.
    write: fn(&mut ContactUsDraft, String),
    /// The errors of the step this field belongs to.
    errors: fn(&ContactUsDraft, Lang) -> FormErrors,
    /// Show a "n / max" counter.
    #[prop(optional)]
    max: Option<usize>,
) -> impl IntoView {
    use crate::ui::components::{described_by, Field};
    let flow = expect_context::<Flow>();
    let id = field_id(field);
    let error = flow.error(field, errors);
    let counter = max.map(|max| {
        Signal::derive(move || {
            let count = flow.draft.with(|d| read(d).trim().chars().count());
            td_string!(locale(), contact.counter, count = count, max = max).to_string()
        })
    });
    view! {
        <Field id=id.clone() label=label hint=hint.unwrap_or_default() error=error
            counter=counter.unwrap_or_else(|| Signal::derive(String::new))>
            <input
                id=id.clone()
                type=kind
                autocomplete=autocomplete
                aria-describedby=described_by(&id)
                aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || flow.draft.with(read)
                on:input=move |ev| flow.draft.update(|d| write(d, event_target_value(&ev)))
                on:blur=move |ev| flow.left(field, &ev)
            />
        </Field>
    }
}
