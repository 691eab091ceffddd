//! Reminders while Case Desk is open (issue 15): when a case turns at risk,
//! goes overdue, is due for a follow-up or its claim window closes soon, a
//! notice at the top of every page and, if the seller turned reminders on and
//! the browser allows it, a system notification.
//!
//! What is due comes from `domain::deadlines::milestone`; this only decides when to ask
//! (on load, on the clock's minute, at the next milestone even while the tab
//! is hidden, and when another tab changes the cases) and shows the answer.
//! One tab asks at a time; the keys of what it told are kept in localStorage,
//! so a reload never tells it again, and the other tabs show the same notices
//! when they see the keys added.

use chrono::{DateTime, Utc};
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::{Notification, NotificationPermission};

use crate::domain::deadlines::milestone::{digest, milestones, next_due, to_notify, Milestone, Notified};
use crate::domain::settings::Settings;
use crate::domain::Lang;
use crate::paths::AppPaths;
use crate::storage::local;
use crate::ui::browser::{follow_worker_clicks, hold_lock, notification_permission, show_notification};
use crate::ui::case_book::CaseBook;
use crate::ui::clock::Clock;
use crate::ui::components::{focus_by_id, local_offset};
use crate::ui::i18n::{lang, locale, td_string, tr};
use crate::ui::navigation::{How, Navigator};

/// Where the keys of the milestones told are kept, shared by the tabs.
const NOTIFIED_KEY: &str = "case-desk:notified";

/// The Web Lock held by the tab that checks.
const LEAD_LOCK: &str = "case-desk:reminders";

/// Longest wait before checking again, in ms (a longer `setTimeout` overflows).
const MAX_WAIT_MS: i64 = 24 * 3600 * 1000;

/// Milestones told at the same moment: one notice, a digest when several.
#[derive(Clone)]
struct Told {
    id: usize,
    at: DateTime<Utc>,
    milestones: Vec<Milestone>,
}

/// Checks for milestones on load, every minute, at the next one and when
/// another tab changes the cases, and shows the notices. Placed once, in the
/// app shell, near the top of every page.
///
/// One tab checks at a time (a Web Lock, [`hold_lock`]; without Web Locks each
/// tab checks and the notification tag keeps the system from showing one
/// twice): two tabs reading and writing the told set at the same moment
/// could both tell. The others show the notices
/// it tells, as it records them.
#[component]
pub fn Reminders() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let clock = expect_context::<Clock>();
    let told = RwSignal::new(Vec::<Told>::new());
    let next_id = StoredValue::new(0_usize);
    let leader = RwSignal::new(false);
    hold_lock(LEAD_LOCK, move || _ = leader.try_set(true));
    let navigator = Navigator::get();
    follow_worker_clicks(expect_context::<AppPaths>().href(""), move |href| navigator.go(href, How::Push));
    // What this tab told, in case storage refuses to keep it.
    let memory = StoredValue::new(Notified::default());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let wake = Trigger::new();
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(NOTIFIED_KEY) && !leader.get_untracked() {
            let read = |text: Option<String>| Notified::from_json(&text.unwrap_or_default());
            show(told, next_id, told_elsewhere(book, &read(ev.old_value()), &read(ev.new_value())), Utc::now());
        }
    });
    let first = StoredValue::new(true);
    Effect::new(move || {
        clock.minutes().track();
        book.log().track();
        book.settings().track();
        wake.track();
        if !leader.get() {
            return;
        }
        let now = Utc::now();
        // Pruned once, with the whole log loaded (not after a failed load).
        let prune = first.get_value()
            && book.problem().with_untracked(Option::is_none)
            && book.unreadable().with_untracked(Vec::is_empty);
        first.set_value(false);
        let (due, next) = untrack(|| check(book, memory, now, prune));
        if !due.is_empty() {
            untrack(|| notify(book, &due, now, lang()));
            show(told, next_id, due, now);
        }
        if let Some(old) = timer.get_value() {
            old.clear();
        }
        let wait = next.map(|at| (at - now).num_milliseconds().clamp(0, MAX_WAIT_MS) + 100);
        let handle = wait.and_then(|ms| {
            set_timeout_with_handle(move || wake.notify(), std::time::Duration::from_millis(ms as u64)).ok()
        });
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(Some(old)) = timer.try_get_value() {
            old.clear();
        }
    });

    view! {
        <div class="banners reminders" role="status" aria-label=tr!(reminders.title)>
            <For each=move || told.get() key=|t| t.id let:shown>
                <ToldNotice shown on_dismiss=move |id| {
                    told.update(|list| list.retain(|t| t.id != id));
                    // Keyboard focus goes on to the page, not back to the top.
                    focus_by_id("main");
                }/>
            </For>
        </div>
    }
}

/// The milestones another tab has just told (keys in `new` and not in `old`).
fn told_elsewhere(book: CaseBook, old: &Notified, new: &Notified) -> Vec<Milestone> {
    let offset = local_offset(Utc::now());
    let settings = book.settings().get_untracked();
    book.log().with_untracked(|log| {
        log.iter()
            .flat_map(|case| milestones(case, &settings, offset))
            .filter(|m| new.contains(&m.key()) && !old.contains(&m.key()))
            .collect()
    })
}

/// Shows milestones just told as one notice. A newer milestone of the same
/// case and deadline takes the older one's place (overdue replaces at risk;
/// a claim window's notice stays). A notice that loses some of its
/// milestones is shown again under a new id: the list is keyed by id, and a
/// kept id would keep the old view. Ids only ever grow (`next_id`).
fn show(told: RwSignal<Vec<Told>>, next_id: StoredValue<usize>, due: Vec<Milestone>, now: DateTime<Utc>) {
    if due.is_empty() {
        return;
    }
    let fresh = move || {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        id
    };
    told.update(|list| {
        for shown in list.iter_mut() {
            let before = shown.milestones.len();
            shown.milestones.retain(|m| !due.iter().any(|d| d.replaces(m)));
            if shown.milestones.len() != before {
                shown.id = fresh();
            }
        }
        list.retain(|t| !t.milestones.is_empty());
        list.push(Told { id: fresh(), at: now, milestones: due });
    });
}

/// Reads what was told (stored and this tab's), finds what is due at `now`,
/// records it and writes the set back, all at once so no other tab tells it
/// in between. Returns what to tell and when to check again.
fn check(
    book: CaseBook,
    memory: StoredValue<Notified>,
    now: DateTime<Utc>,
    prune: bool,
) -> (Vec<Milestone>, Option<DateTime<Utc>>) {
    let offset = local_offset(now);
    let settings = book.settings().get_untracked();
    let mut notified =
        local::read(NOTIFIED_KEY).ok().flatten().map(|text| Notified::from_json(&text)).unwrap_or_default();
    notified.merge(memory.get_value());
    let (due, next, pruned) = book.log().with_untracked(|log| {
        let pruned = prune && notified.prune(log.iter(), &settings, offset);
        (to_notify(log.iter(), &settings, offset, now, &notified), next_due(log.iter(), &settings, offset, now), pruned)
    });
    for m in &due {
        notified.record(m);
    }
    if !due.is_empty() || pruned {
        // Refused storage: this tab still remembers, through `memory`.
        let _ = local::write(NOTIFIED_KEY, &notified.to_json());
    }
    memory.set_value(notified);
    (due, next)
}

/// A system notification for what is due, when the seller turned reminders
/// on and the browser allows them; a click focuses Case Desk and opens the
/// case (the log for several).
fn notify(book: CaseBook, due: &[Milestone], now: DateTime<Utc>, lang: Lang) {
    if !book.settings().with_untracked(|s| s.reminders)
        || notification_permission() != Some(NotificationPermission::Granted)
    {
        return;
    }
    let paths = expect_context::<AppPaths>();
    let (notice, href) = match due {
        [one] => {
            let Some(notice) =
                book.log().with_untracked(|log| log.get(&one.case_id).map(|case| one.notice(case, now, lang)))
            else {
                return;
            };
            (notice, paths.case(&one.case_id))
        }
        several => (digest(several, lang), paths.case_log()),
    };
    let navigator = Navigator::get();
    show_notification(&notice.title, &notice.body, &notice.tag, lang.tag(), href, move |href| {
        navigator.go(href, How::Push)
    });
}

/// One notice: what happened, the case as a link (each case for a digest),
/// and Dismiss. Only the milestones that still matter are shown: the case is
/// still in the log and still works towards that deadline (not answered,
/// resolved or deleted since); rendered again only when that or the language
/// changes, so the live region does not repeat itself.
#[component]
fn ToldNotice(shown: Told, #[prop(into)] on_dismiss: Callback<usize>) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let paths = expect_context::<AppPaths>();
    let Told { id, at, milestones: all } = shown;
    let live = Memo::new(move |_| {
        let settings = book.settings().get();
        let offset = local_offset(at);
        book.log().with(|log| {
            let still = |m: &Milestone| {
                log.get(&m.case_id)
                    .is_some_and(|case| milestones(case, &settings, offset).iter().any(|l| l.key() == m.key()))
            };
            all.iter().filter(|m| still(m)).cloned().collect::<Vec<_>>()
        })
    });
    let case_of = move |m: &Milestone| book.log().with_untracked(|log| log.get(&m.case_id).cloned());
    let link = move |m: &Milestone| {
        let subject = case_of(m).map(|c| c.subject).unwrap_or_default();
        view! { <a href=paths.case(&m.case_id)>{subject}</a> }
    };
    move || {
        let lang = lang();
        let body = live.with(|live| match live.as_slice() {
            [] => None,
            [one] => {
                let detail = case_of(one).map(|case| one.notice(&case, at, lang).body);
                Some(
                    view! {
                        <p><strong>{one.kind.title("", lang)}</strong>{link(one)}</p>
                        <p>{detail}</p>
                    }
                    .into_any(),
                )
            }
            several => {
                let notice = digest(several, lang);
                Some(
                    view! {
                        <p><strong>{notice.title}</strong>{notice.body}</p>
                        <ul>
                            {several.iter().map(|m| view! {
                                <li>{link(m)}<span class="reminder-kind">{m.kind.title("", lang)}</span></li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                )
            }
        })?;
        Some(view! {
            <div class="banner banner-info reminder">
                {body}
                <div class="banner-actions">
                    <button type="button" class="button button-small" on:click=move |_| on_dismiss.run(id)>
                        {td_string!(locale(), reminders.dismiss)}
                    </button>
                </div>
            </div>
        })
    }
}

/// What the seller is told about system notifications in Settings.
#[derive(Clone, Copy, PartialEq)]
enum State {
    On,
    /// Turned on; the browser has not answered yet (or the prompt was closed).
    Asking,
    Blocked,
    Unsupported,
    Off,
}

/// Settings' "Reminders" section: the switch, and what the browser allows.
#[component]
pub fn ReminderSettings() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let allowed = RwSignal::new(notification_permission());
    let on = move || book.settings().with(|s| s.reminders);
    let state = move || match (allowed.get(), on()) {
        (None, _) => State::Unsupported,
        (_, false) => State::Off,
        (Some(NotificationPermission::Granted), true) => State::On,
        (Some(NotificationPermission::Denied), true) => State::Blocked,
        (Some(_), true) => State::Asking,
    };
    let toggle = move |ev| {
        let wanted = event_target_checked(&ev);
        let _ = book.save_settings(Settings { reminders: wanted, ..book.settings().get_untracked() });
        if wanted && allowed.get_untracked() == Some(NotificationPermission::Default) {
            // Asked only now, on the seller's click; the answer updates the state when it comes.
            if let Ok(asked) = Notification::request_permission() {
                let answered = Closure::once(move |_: JsValue| _ = allowed.try_set(notification_permission()));
                let _ = asked.then(&answered);
                answered.forget();
            }
        }
    };
    view! {
        <section class="panel reminder-settings" aria-labelledby="reminders-title">
            <h2 id="reminders-title">{tr!(reminders.title)}</h2>
            <div class="field field-check">
                <input type="checkbox" role="switch" id="reminders-on" aria-describedby="reminders-hint reminders-state"
                    prop:checked=on on:change=toggle/>
                <label for="reminders-on">{tr!(reminders.switch_label)}</label>
            </div>
            <p class="field-hint" id="reminders-hint">{tr!(reminders.switch_hint)}</p>
            <p class="reminder-state" id="reminders-state" role="status">{move || match state() {
                State::On => td_string!(locale(), reminders.state_on),
                State::Asking => td_string!(locale(), reminders.state_asking),
                State::Blocked => td_string!(locale(), reminders.state_blocked),
                State::Unsupported => td_string!(locale(), reminders.state_unsupported),
                State::Off => td_string!(locale(), reminders.state_off),
            }}</p>
        </section>
    }
}
