//! A moment shown in the seller's own time zone, machine-readable for tools.

use chrono::{DateTime, Local, Utc};
use leptos::prelude::*;

use crate::ui::i18n::lang;

/// A `<time>` element: local date and time for reading, ISO UTC in `datetime`.
#[component]
pub fn LocalTime(
    /// The moment, stored in UTC.
    at: DateTime<Utc>,
) -> impl IntoView {
    let local = at.with_timezone(&Local);
    view! {
        <time datetime=crate::domain::time::rfc3339(&at)>{move || crate::domain::time::day_and_time(&local, lang())}</time>
    }
}
