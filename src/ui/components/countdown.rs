//! The countdown to Amazon's answer: the most visible thing on a case. Large
//! tabular digits, a thin bar of the window used, the due time beside it.
//! Screen readers get a timer that does not speak every second, and one polite
//! announcement when the case becomes at risk or late.

use chrono::{DateTime, Local, Offset, TimeZone, Utc};
use leptos::prelude::*;

use crate::domain::deadlines::response_window::Countdown;
use crate::ui::i18n::{lang, locale, td_string, tr};

/// The seller's UTC offset at an instant (it changes with daylight saving).
pub fn local_offset(t: DateTime<Utc>) -> chrono::FixedOffset {
    Local.offset_from_utc_datetime(&t.naive_utc()).fix()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Calm,
    AtRisk,
    Late,
}

fn level(c: &Countdown) -> Level {
    match c {
        Countdown::Left { at_risk: true, .. } => Level::AtRisk,
        Countdown::Overdue { .. } => Level::Late,
        _ => Level::Calm,
    }
}

/// The countdown of one case.
#[component]
pub fn CountdownView(
    /// The countdown, recomputed every tick.
    countdown: Signal<Countdown>,
) -> impl IntoView {
    let announced = StoredValue::new(level(&countdown.get_untracked()));
    // The level to announce (worded when shown, so it follows a language switch).
    let announcement = RwSignal::new(None::<Level>);
    Effect::new(move || {
        let now = level(&countdown.get());
        if now != announced.get_value() {
            announced.set_value(now);
            announcement.set(Some(now));
        }
    });
    let class = move || match countdown.get() {
        Countdown::Left { at_risk: true, .. } => "countdown countdown-at-risk",
        Countdown::Left { .. } => "countdown",
        Countdown::Overdue { .. } => "countdown countdown-overdue",
        Countdown::Paused | Countdown::Finished => "countdown countdown-idle",
    };
    let used = move || match countdown.get() {
        Countdown::Left { used_per_mille, .. } => Some(used_per_mille),
        Countdown::Overdue { .. } => Some(1000),
        _ => None,
    };
    view! {
        <section class=class aria-labelledby="countdown-title">
            <h2 id="countdown-title" class="countdown-title">{tr!(time.countdown_title)}</h2>
            <p class="countdown-value" role="timer" aria-live="off">
                {move || countdown.get().label(local_offset, lang())}
            </p>
            {move || used().map(|u| view! {
                // A <progress>, not a width in a style attribute: the CSP allows no inline styles.
                <progress class="countdown-bar" max="1000" value=u aria-hidden="true"></progress>
            })}
            <p class="visually-hidden" aria-live="polite">{move || match announcement.get() {
                Some(Level::AtRisk) => td_string!(locale(), time.now_at_risk),
                Some(Level::Late) => td_string!(locale(), time.now_overdue),
                Some(Level::Calm) | None => "",
            }}</p>
        </section>
    }
}
