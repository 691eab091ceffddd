//! A labelled form field: label above, hint under the label, the control,
//! then the error in red with an icon. Hint and error ids follow the
//! control's id, so the control can name them in `aria-describedby`.

use leptos::prelude::*;

/// The `aria-describedby` value for a control with this id (hint, error, counter).
pub fn described_by(id: &str) -> String {
    format!("{id}-hint {id}-error {id}-counter")
}

/// A form field around one control whose id is `id`.
#[component]
pub fn Field(
    /// The control's id.
    #[prop(into)]
    id: String,
    /// The visible label: a text, or a closure such as `tr!(case.note)` that follows the language.
    #[prop(into)]
    label: TextProp,
    /// One line of help under the label (a text or a closure, like the label).
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// The error to show, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// A live character count such as "37 / 120", if the field has a limit.
    #[prop(optional, into)]
    counter: Option<Signal<String>>,
    /// The control.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id.clone()>{move || label.get()}</label>
            // Hint and counter are always there (empty and hidden when unused),
            // so every id that `described_by` names exists.
            <p class="field-hint" id=format!("{id}-hint")>{move || hint.as_ref().map(TextProp::get)}</p>
            {children()}
            <p class="field-counter" id=format!("{id}-counter")>{move || counter.map(|c| c.get())}</p>
            <FieldError id=format!("{id}-error") error=error/>
        </div>
    }
}

/// The error line under a control (empty, and hidden, when there is no error).
#[component]
pub fn FieldError(
    /// This element's id, named by the control's `aria-describedby`.
    id: String,
    /// The error to show.
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="field-error" id=id>
            {move || error.get().map(|message| view! {
                <span class="field-error-icon" aria-hidden="true">"!"</span>
                {message}
            })}
        </p>
    }
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
