//! One option of a radio group, shown as a card: the title is the radio's
//! name, the detail line describes it (so "Phone" is found by its name alone).

use leptos::prelude::*;

/// A radio card.
#[component]
pub fn Choice(
    /// The radio's id.
    #[prop(into)]
    id: String,
    /// The radio group's name.
    name: &'static str,
    /// The visible title, which is the radio's accessible name: a text, or a
    /// closure such as `tr!(…)` that follows the language.
    #[prop(into)]
    title: TextProp,
    /// A line under the title, if any (a text or a closure, like the title).
    #[prop(optional, into)]
    detail: Option<TextProp>,
    /// Whether it is the chosen option.
    #[prop(into)]
    checked: Signal<bool>,
    /// What choosing it does.
    on_choose: Callback<()>,
) -> impl IntoView {
    let detail_id = format!("{id}-detail");
    view! {
        <div class="choice">
            <input type="radio" name=name id=id.clone()
                aria-describedby=detail.as_ref().map(|_| detail_id.clone())
                prop:checked=move || checked.get()
                on:change=move |_| on_choose.run(())/>
            <label for=id>
                <span class="choice-title">{move || title.get()}</span>
                {detail.map(|d| view! { <span class="choice-detail" id=detail_id>{move || d.get()}</span> })}
            </label>
        </div>
    }
}
