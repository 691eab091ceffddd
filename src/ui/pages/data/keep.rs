//! Keep panel: lets the seller ask the browser not to clear their cases when
//! space runs low, and shows the browser's answer.

use leptos::prelude::*;

use crate::storage::{ask_persistence, read_persistence, Persistence};
use crate::ui::i18n::{locale, td_string, tr};

/// "Keep my cases from being cleared": asks for persistent storage only when
/// the seller chooses to, and shows the browser's answer. Nothing waits on it:
/// while the browser holds the question open, the panel says so and the
/// seller can go on (or ask again if they dismissed the browser's prompt).
#[component]
pub fn KeepPanel() -> impl IntoView {
    // None until the browser has said.
    let state = RwSignal::new(None::<Persistence>);
    let asked = RwSignal::new(false);
    let waiting = RwSignal::new(false);
    read_persistence(move |answer| {
        state.try_set(Some(answer));
    });
    let ask = move |_| {
        asked.set(true);
        waiting.set(true);
        ask_persistence(move |answer| {
            state.try_set(Some(answer));
            waiting.try_set(false);
        });
    };
    let status = move || match (state.get(), waiting.get()) {
        (Some(Persistence::Granted), _) => td_string!(locale(), data.keep_granted),
        (Some(Persistence::NotSupported), _) => td_string!(locale(), data.keep_unsupported),
        (_, true) => td_string!(locale(), data.keep_waiting),
        (_, false) if asked.get() => td_string!(locale(), data.keep_refused),
        (Some(Persistence::NotGranted), false) => td_string!(locale(), data.keep_not_asked),
        (None, false) => "",
    };
    let can_ask = move || matches!(state.get(), None | Some(Persistence::NotGranted));
    view! {
        <section class="panel" aria-labelledby="keep-title">
            <h2 id="keep-title">{tr!(data.keep)}</h2>
            <p>{tr!(data.keep_intro)}</p>
            <ul class="bullets">
                <li>{tr!(data.keep_chrome)}</li>
                <li>{tr!(data.keep_firefox)}</li>
                <li>{tr!(data.keep_safari)}</li>
            </ul>
            <p class="keep-status" role="status">{status}</p>
            <Show when=can_ask>
                <button type="button" class="button" on:click=ask>{tr!(data.keep)}</button>
            </Show>
        </section>
    }
}
