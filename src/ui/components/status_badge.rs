//! A case status as a coloured badge that always carries its word.

use leptos::prelude::*;

use crate::domain::CaseStatus;

/// The status of a case: colour for the eye, a word for everyone.
#[component]
pub fn StatusBadge(
    /// The status to show.
    status: CaseStatus,
) -> impl IntoView {
    view! {
        <span class=format!("status-badge status-{}", status.slug())>{status.label()}</span>
    }
}
