//! The identifier lines of the details step: one line per identifier, more
//! of a kind on request ("Add another order ID"), each validated as the
//! seller leaves it.

use leptos::prelude::*;

use super::{field_id, Flow};
use crate::domain::contact_us::draft::{ContactUsDraft, FormField};
use crate::domain::identifiers::IdentifierKind;
use crate::domain::text::after_chinese;
use crate::domain::Lang;
use crate::ui::components::{described_by, focus_by_id, Field};
use crate::ui::i18n::{lang, locale, td_string, tr, trf};

/// Every identifier line, with add and remove buttons.
#[component]
pub fn IdentifierFields() -> impl IntoView {
    let flow = expect_context::<Flow>();
    // Re-render the lines only when lines come or go, never on a keystroke
    // (re-rendering would take the focus out of the field being typed in).
    let shape = Memo::new(move |_| flow.draft.with(|d| d.identifiers.iter().map(|e| e.kind).collect::<Vec<_>>()));
    let asked: Vec<(IdentifierKind, bool)> = flow
        .draft
        .with_untracked(|d| d.problem().map(|p| p.identifier_kinds().map(|k| (k, p.requires(k))).collect()))
        .unwrap_or_default();

    view! {
        <fieldset class="identifiers">
            <legend>{tr!(contact.identifiers_legend)}</legend>
            <p class="field-hint">{tr!(contact.identifiers_hint)}</p>
            {move || {
                let kinds = shape.get();
                let mut out = Vec::new();
                for (i, kind) in kinds.iter().copied().enumerate() {
                    let nth = kinds[..=i].iter().filter(|k| **k == kind).count();
                    let of_kind = kinds.iter().filter(|k| **k == kind).count();
                    let required = asked.iter().any(|(k, r)| *k == kind && *r);
                    let is_asked = asked.iter().any(|(k, _)| *k == kind);
                    let last_of_kind = nth == of_kind;
                    let numbered = of_kind > 1;
                    let removable = numbered || !is_asked;
                    out.push(view! {
                        <IdentifierLine index=i kind=kind nth=nth numbered=numbered required=required removable=removable/>
                    }.into_any());
                    if last_of_kind && is_asked {
                        let label = trf!(contact.add_another, kind = after_words(kind.label(lang())));
                        out.push(view! {
                            <button type="button" class="button button-small" on:click=move |_| {
                                let at = flow.draft.try_update(|d| d.add_identifier(kind)).unwrap_or(0);
                                request_animation_focus(field_id(FormField::Identifier(at)));
                            }>{label}</button>
                        }.into_any());
                    }
                }
                out.collect_view()
            }}
        </fieldset>
    }
}

/// One identifier line.
#[component]
fn IdentifierLine(
    /// Position in the draft's identifier list.
    index: usize,
    /// What it is.
    kind: IdentifierKind,
    /// 1-based position among lines of the same kind.
    nth: usize,
    /// Whether to number the label ("Order ID 2").
    numbered: bool,
    /// Whether the problem requires this kind.
    required: bool,
    /// Whether a Remove button is offered.
    removable: bool,
) -> impl IntoView {
    let flow = expect_context::<Flow>();
    let field = FormField::Identifier(index);
    let id = field_id(field);
    let error = flow.error(field, ContactUsDraft::details_errors);
    let name = move || {
        let kind = kind.label(lang());
        if numbered {
            format!("{kind} {nth}")
        } else {
            kind.to_string()
        }
    };
    let label = move || {
        if required {
            td_string!(locale(), contact.identifier_required, name = name()).to_string()
        } else {
            td_string!(locale(), contact.identifier_optional, name = name()).to_string()
        }
    };
    let remove_label = trf!(contact.remove_identifier, name = after_words(&name()));
    view! {
        <div class="identifier-line">
            <Field id=id.clone() label=label hint=trf!(contact.identifier_example, example = kind.example()) error=error>
                <input
                    id=id.clone()
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=described_by(&id)
                    aria-invalid=move || error.get().map(|_| "true")
                    prop:value=move || flow.draft.with(|d| d.identifiers.get(index).map(|e| e.value.clone()).unwrap_or_default())
                    on:input=move |ev| flow.draft.update(|d| {
                        if let Some(entry) = d.identifiers.get_mut(index) {
                            entry.value = event_target_value(&ev);
                        }
                    })
                    on:blur=move |ev| flow.left(field, &ev)
                />
            </Field>
            {removable.then(|| view! {
                <button type="button" class="button button-small button-quiet" on:click=move |_| {
                    flow.draft.update(|d| d.remove_identifier(index));
                }>{remove_label}</button>
            })}
        </div>
    }
}

/// An identifier's name set after the words of a button: in Chinese with a
/// space before a Latin one ("再添加一个 ASIN", but "移除订单编号 2").
fn after_words(name: &str) -> String {
    match lang() {
        Lang::En => name.to_string(),
        Lang::Zh => after_chinese(name),
    }
}

/// Focuses a field once the list has re-rendered with it.
fn request_animation_focus(id: String) {
    request_animation_frame(move || focus_by_id(&id));
}
