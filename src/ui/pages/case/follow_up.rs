//! The follow-up when Amazon is late (`domain::deadlines::follow_up`): while it is
//! offered, where to send it (a reply on the case in Case Log: by its case ID,
//! or by words of its subject), the message in the case's message language
//! with a Copy button, and "I've sent the follow-up"; once sent, when, and
//! from when the next one is suggested.

use chrono::{DateTime, Local, Utc};
use leptos::prelude::*;

use crate::domain::deadlines::follow_up::{compose, state, FollowUp, FollowUpState};
use crate::domain::time::day_and_time;
use crate::domain::{Case, Lang};
use crate::ui::case_book::CaseBook;
use crate::ui::clock::Clock;
use crate::ui::components::{focus_by_id, local_offset, CopyBlock, CopyWords};
use crate::ui::i18n::{lang, locale, td_string, tr, trf};

/// The panel's heading: focus goes there once the follow-up is recorded.
const TITLE_ID: &str = "follow-up-title";

/// The follow-up's message, to copy (nothing refuses a copy here).
const MESSAGE: CopyWords = CopyWords {
    id: "follow-up-message",
    title: |l| td_string!(l, follow_up.message.title),
    copy: |l| td_string!(l, follow_up.message.copy),
    copied: |l| td_string!(l, follow_up.message.copied),
    not_copied: |_| "",
};

/// A moment in the seller's time zone, in the interface language.
fn local(at: DateTime<Utc>) -> String {
    day_and_time(&at.with_timezone(&Local), lang())
}

/// The follow-up panel, shown while one is offered or after one was sent.
#[component]
pub fn FollowUpPanel(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let settings = expect_context::<CaseBook>().settings();
    // Offered the second the countdown reads overdue.
    let now = expect_context::<Clock>().seconds();
    let current = Memo::new(move |_| {
        case.with(|c| c.as_ref().map(|c| settings.with(|s| state(c, s, now.get())))).unwrap_or(FollowUpState::NotDue)
    });
    // Set when the seller records the follow-up: the panel saying it was sent
    // takes the focus once it is on the page (not the heading it replaces).
    let recorded = StoredValue::new(false);
    move || match current.get() {
        FollowUpState::NotDue => None,
        FollowUpState::Offered { previous } => {
            Some(view! { <Offered case=case previous=previous recorded=recorded/> }.into_any())
        }
        FollowUpState::Sent { at, again } => Some({
            if recorded.get_value() {
                recorded.set_value(false);
                request_animation_frame(|| focus_by_id(TITLE_ID));
            }
            view! {
                <section class="panel follow-up follow-up-sent no-print" aria-labelledby=TITLE_ID>
                    <h2 id=TITLE_ID tabindex="-1">{tr!(follow_up.sent_title)}</h2>
                    <p>{trf!(follow_up.sent_text, at = local(at), again = local(again))}</p>
                </section>
            }
            .into_any()
        }),
    }
}

/// Amazon is late: the message to copy and the button that records it.
#[component]
fn Offered(
    /// The case shown.
    case: Memo<Option<Case>>,
    /// The seller's earlier follow-up in this window, if any.
    previous: Option<DateTime<Utc>>,
    /// Set once the follow-up is recorded.
    recorded: StoredValue<bool>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let settings = book.settings();
    // The message says how long ago the case was sent: written again every
    // minute, at the time it is written (the minute tick may be just behind
    // the second the panel appeared).
    let minute = expect_context::<Clock>().minutes();
    let follow_up = Memo::new(move |_| {
        minute.track();
        case.with(|c| c.as_ref().and_then(|c| settings.with(|s| compose(c, s, Utc::now(), local_offset))))
    });
    let message_lang = Memo::new(move |_| case.with(|c| c.as_ref().map_or(Lang::En, |c| c.message_lang)));
    // Where to paste it: Case Log finds a case by its ID, or by words of its subject.
    let reference = Memo::new(move |_| {
        case.with(|c| c.as_ref().map(|c| c.amazon_case_id.clone().ok_or_else(|| c.subject.clone())))
    });
    let message = Signal::derive(move || follow_up.with(|f| f.as_ref().map(|f| f.message.clone()).unwrap_or_default()));
    let error = RwSignal::new(None::<String>);
    let record = move |_| {
        let Some((id, FollowUp { message, .. })) =
            case.with_untracked(|c| c.as_ref().map(|c| c.id.clone())).zip(follow_up.get_untracked())
        else {
            return;
        };
        // The panel will say when it was sent: the seller is taken there.
        recorded.set_value(true);
        if let Err(message) = book.record_follow_up(&id, &message) {
            recorded.set_value(false);
            error.set(Some(message));
        }
    };
    view! {
        <section class="panel follow-up no-print" aria-labelledby=TITLE_ID>
            <h2 id=TITLE_ID tabindex="-1">{tr!(follow_up.title)}</h2>
            <p>{tr!(follow_up.intro)}</p>
            {previous.map(|at| view! { <p>{trf!(follow_up.previous, at = local(at))}</p> })}
            <p>{move || match reference.get() {
                Some(Ok(id)) => td_string!(locale(), follow_up.reply_on_case, id = id).to_string(),
                Some(Err(subject)) => td_string!(locale(), follow_up.reply_without_id, subject = subject).to_string(),
                None => String::new(),
            }}</p>
            <p class="field-hint">{move || match message_lang.get() {
                Lang::En => td_string!(locale(), follow_up.in_english),
                Lang::Zh => td_string!(locale(), follow_up.in_chinese),
            }}</p>
            <CopyBlock words=MESSAGE text=message lang=message_lang/>
            <p class="field-hint" id="follow-up-record-hint">{tr!(follow_up.record_hint)}</p>
            <button type="button" class="button button-primary" aria-describedby="follow-up-record-hint" on:click=record>
                {tr!(follow_up.record)}
            </button>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}
