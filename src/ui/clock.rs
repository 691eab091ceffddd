//! One app-wide clock for every countdown, ticking no more often than what is
//! on screen needs: once a minute (on the minute) for the case log and the
//! timeline, once a second only while a component that shows seconds (the
//! countdown of the case on screen) is mounted. No timer at all while the tab
//! is hidden; coming back catches up at once.

use std::time::Duration;

use chrono::{DateTime, Timelike, Utc};
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;

/// The shared clock; get it with `expect_context::<Clock>()`.
#[derive(Clone, Copy)]
pub struct Clock {
    second: RwSignal<DateTime<Utc>>,
    minute: RwSignal<DateTime<Utc>>,
    /// Components mounted that show seconds.
    watchers: RwSignal<usize>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl Clock {
    /// The time, updated once a minute while the tab is visible.
    pub fn minutes(self) -> ReadSignal<DateTime<Utc>> {
        self.minute.read_only()
    }

    /// The time, updated every second while the calling component is mounted
    /// and the tab is visible.
    pub fn seconds(self) -> ReadSignal<DateTime<Utc>> {
        // Up to date from the first paint (it was not ticking while nobody showed seconds).
        self.second.set(Utc::now());
        self.watchers.update(|n| *n += 1);
        on_cleanup(move || {
            self.watchers.try_update(|n| *n = n.saturating_sub(1));
        });
        self.second.read_only()
    }

    fn stop(self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    /// Brings the time up to date and sets the next tick: at the next second
    /// when seconds are shown, else at the next minute.
    fn tick(self) {
        self.stop();
        let now = Utc::now();
        let showing_seconds = self.watchers.get_untracked() > 0;
        if showing_seconds {
            self.second.set(now);
        }
        if now.timestamp() / 60 != self.minute.get_untracked().timestamp() / 60 {
            self.minute.set(now);
        }
        let into_second = u64::from(now.timestamp_subsec_millis());
        let wait =
            if showing_seconds { 1000 - into_second } else { 60_000 - u64::from(now.second()) * 1000 - into_second };
        // A few ms late, so the tick lands in the new second or minute.
        let next = set_timeout_with_handle(move || self.tick(), Duration::from_millis(wait + 5)).ok();
        self.timer.set_value(next);
    }
}

/// Starts the clock and provides [`Clock`].
pub fn provide_clock() {
    let now = Utc::now();
    let clock = Clock {
        second: RwSignal::new(now),
        minute: RwSignal::new(now),
        watchers: RwSignal::new(0),
        timer: StoredValue::new(None),
    };
    let visible = crate::ui::browser::document_visible();
    let showing_seconds = Memo::new(move |_| clock.watchers.get() > 0);
    Effect::new(move || {
        showing_seconds.track();
        if visible.get() {
            clock.tick();
        } else {
            clock.stop();
        }
    });
    on_cleanup(move || clock.stop());
    provide_context(clock);
}
