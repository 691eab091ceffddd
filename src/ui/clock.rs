//! One app-wide clock for every countdown: it ticks once a second while the
//! tab is visible and stops while it is hidden (no work for a tab nobody sees).

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_use::{use_document_visibility, use_interval_fn};

/// The current time, shared by every countdown; get it with `expect_context::<Now>()`.
#[derive(Clone, Copy)]
pub struct Now(pub ReadSignal<DateTime<Utc>>);

/// Starts the clock and provides [`Now`].
pub fn provide_clock() {
    let now = RwSignal::new(Utc::now());
    let visibility = use_document_visibility();
    let ticker = use_interval_fn(move || now.set(Utc::now()), 1000);
    Effect::new(move || {
        if visibility.get() == web_sys::VisibilityState::Visible {
            // Catch up at once on coming back, then tick.
            now.set(Utc::now());
            (ticker.resume)();
        } else {
            (ticker.pause)();
        }
    });
    provide_context(Now(now.read_only()));
}
