//! `/new`: the new-case form (subject, problem type, description).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use crate::domain::draft::{DESCRIPTION_MAX, SUBJECT_MAX};
use crate::domain::{CaseDraft, DraftErrors, DraftField, ProblemType};
use crate::ui::case_book::CaseBook;
use crate::ui::page_title::set_page_title;

/// The id of the form control for a draft field (also the base of its hint and error ids).
fn field_id(field: DraftField) -> &'static str {
    match field {
        DraftField::ProblemType => "problem-type",
        DraftField::Subject => "subject",
        DraftField::Description => "description",
    }
}

/// The form; on a valid submit it opens the case and shows its page.
#[component]
pub fn NewCasePage() -> impl IntoView {
    set_page_title("Open a new case");
    let book = expect_context::<CaseBook>();
    let navigate = use_navigate();

    let problem_type = RwSignal::new(None::<ProblemType>);
    let subject = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    // Errors appear after the first submit, then follow every keystroke.
    let tried = RwSignal::new(false);

    let draft = move || CaseDraft {
        subject: subject.get(),
        problem_type: problem_type.get(),
        description: description.get(),
    };
    let errors = Memo::new(move |_| if tried.get() { draft().validate().err() } else { None });
    let error_for = move |field| Signal::derive(move || {
        errors.with(|e| e.as_ref().and_then(|e: &DraftErrors| e.for_field(field)).map(str::to_string))
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        match draft().validate() {
            Ok(new_case) => {
                let id = book.open_case(new_case);
                navigate(&format!("/cases/{id}"), Default::default());
            }
            Err(errors) => {
                if let Some(field) = errors.first_field() {
                    focus(field_id(field));
                }
            }
        }
    };

    view! {
        <h1>"Open a new case"</h1>
        <p class="lead">"Every field is required. Write it the way you will send it to Amazon."</p>
        <form class="case-form" novalidate on:submit=on_submit>
            <Field field=DraftField::ProblemType label="Type of problem"
                hint="Pick the closest match: it decides which Amazon team reads your case."
                error=error_for(DraftField::ProblemType)>
                <select
                    id="problem-type"
                    aria-describedby="problem-type-hint problem-type-error"
                    aria-invalid=move || error_for(DraftField::ProblemType).get().map(|_| "true")
                    on:change=move |ev| problem_type.set(ProblemType::from_slug(&event_target_value(&ev)))
                    prop:value=move || problem_type.get().map(|p| p.slug()).unwrap_or_default()
                >
                    <option value="">"Choose a type of problem…"</option>
                    {ProblemType::ALL.into_iter().map(|p| view! {
                        <option value=p.slug()>{p.label()}</option>
                    }).collect_view()}
                </select>
            </Field>
            <Field field=DraftField::Subject label="Subject"
                hint="One line, e.g. \"Order 112-4738291-5047863 arrived damaged\"."
                error=error_for(DraftField::Subject)>
                <input
                    id="subject"
                    type="text"
                    autocomplete="off"
                    maxlength=SUBJECT_MAX * 2
                    aria-describedby="subject-hint subject-error"
                    aria-invalid=move || error_for(DraftField::Subject).get().map(|_| "true")
                    bind:value=subject
                />
            </Field>
            <Field field=DraftField::Description label="Description"
                hint="What happened, when, which orders or products, and what you want Amazon to do."
                error=error_for(DraftField::Description)>
                <textarea
                    id="description"
                    rows="8"
                    maxlength=DESCRIPTION_MAX * 2
                    aria-describedby="description-hint description-error"
                    aria-invalid=move || error_for(DraftField::Description).get().map(|_| "true")
                    bind:value=description
                ></textarea>
            </Field>
            <div class="form-actions">
                <button type="submit" class="button button-primary">"Save case"</button>
            </div>
        </form>
    }
}

/// A labelled form field: label above, hint under the label, error under the control.
#[component]
fn Field(
    /// Which draft field this is; decides the ids that tie label, hint and error to the control.
    field: DraftField,
    /// The visible label.
    label: &'static str,
    /// One line of help under the label.
    hint: &'static str,
    /// The current error message, if any.
    error: Signal<Option<String>>,
    /// The control itself, whose id must be `field_id(field)`.
    children: Children,
) -> impl IntoView {
    let id = field_id(field);
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            <p class="field-hint" id=format!("{id}-hint")>{hint}</p>
            {children()}
            <p class="field-error" id=format!("{id}-error")>
                {move || error.get().map(|message| view! {
                    <span class="field-error-icon" aria-hidden="true">"!"</span>
                    {message}
                })}
            </p>
        </div>
    }
}

fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
