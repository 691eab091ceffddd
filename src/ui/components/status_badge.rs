//! A case status as a coloured badge that always carries its word.

use leptos::prelude::*;

use crate::domain::CaseStatus;
use crate::ui::i18n::lang;

/// The status of a case: colour for the eye, a word for everyone.
#[component]
pub fn StatusBadge(
    /// The status to show.
    status: CaseStatus,
) -> impl IntoView {
    view! {
        <span class=format!("status-badge status-{}", status.slug())>{move || status.label(lang())}</span>
    }
}
