//! The follow-up to Amazon when their answer is late: when it is offered,
//! the message, and what sending it records.
//!
//! - **When**: only while the case waits for Amazon and its response window
//!   is overdue ([`state`]). Sample cases too: they show how it works.
//! - **The message** ([`compose`]) is written in the case's message language
//!   (`Case::message_lang`, the language of the first message), never the
//!   interface's. It is a **reply on the case in Seller Central's Case Log**,
//!   not a new case (Amazon treats a second case about the same problem as a
//!   duplicate), so it has no subject: it names Amazon's case ID when the
//!   seller recorded it ("this case" otherwise), the date the case was sent
//!   in the seller's local time with its UTC offset and how long ago, a
//!   one-line summary, and asks politely for an update. Signed with the store
//!   name like the first message. Plain text, at most
//!   [`MESSAGE_MAX`](crate::domain::contact_us::letter::MESSAGE_MAX)
//!   characters (every part is bounded: the summary is cut).
//!   Case Log finds a case by its ID or by words of its subject, and "View or
//!   respond" opens it for a reply (Amazon's help page "Using Your Case Log",
//!   <https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=200435480>,
//!   checked on 6 December 2026): the page tells the seller how, without the
//!   message having to.
//! - **Sending it** ([`Case::record_follow_up`]) adds a "followed up" event
//!   with the text as sent. The status stays (still waiting for Amazon) and
//!   the response window does **not** restart: Amazon's clock started when
//!   the case (or the seller's last message) was sent, and a follow-up gives
//!   them nothing new to work on, so the case stays overdue until they answer.
//! - **Again**: after a follow-up, the next one is offered a whole window
//!   later (24 hours by default) if Amazon is still silent; [`next_follow_up`]
//!   is that moment, for a reminder.

use chrono::{DateTime, FixedOffset, Utc};

use crate::domain::catalog;
use crate::domain::contact_us::draft::SUBJECT_MAX;
use crate::domain::contact_us::letter::plain_text;
use crate::domain::contact_us::message::{fill_about, greeting, sign_off};
use crate::domain::deadlines::response_window::{ago, window, Window};
use crate::domain::settings::Settings;
use crate::domain::text::shorten;
use crate::domain::time::{day_and_time, utc_offset};
use crate::domain::Lang;
use crate::domain::{Case, EventKind};

/// Longest summary line taken from the problem's first line with its
/// identifiers; a longer one (many identifiers) gives way to the subject,
/// so the follow-up stays short.
pub const SUMMARY_MAX: usize = 600;

/// Where a case stands for a follow-up at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpState {
    /// Amazon is not late, or not being waited for: nothing to offer.
    NotDue,
    /// Amazon is late: offer the follow-up.
    Offered {
        /// The seller's previous follow-up in this window, if any (the
        /// message mentions it).
        previous: Option<DateTime<Utc>>,
    },
    /// The seller followed up at `at` in this window; another is offered
    /// from `again` if Amazon is still silent then.
    Sent {
        /// When the last follow-up was sent.
        at: DateTime<Utc>,
        /// When the next one is offered.
        again: DateTime<Utc>,
    },
}

/// A follow-up ready to paste as a reply on the case in Case Log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// The message (plain text, at most [`MESSAGE_MAX`](crate::domain::contact_us::letter::MESSAGE_MAX) characters).
    pub message: String,
}

/// The seller's last follow-up in the window running now (`started` on).
fn last_follow_up(case: &Case, started: DateTime<Utc>) -> Option<DateTime<Utc>> {
    case.events.iter().filter(|e| matches!(e.kind, EventKind::FollowedUp { .. }) && e.at >= started).map(|e| e.at).max()
}

/// The seller's last follow-up in the window running now, and when the next
/// one is offered: the window's due time, or a whole window after that last
/// follow-up. `None` when the case does not wait for Amazon.
fn follow_up_times(case: &Case, settings: &Settings) -> Option<(Option<DateTime<Utc>>, DateTime<Utc>)> {
    let Window::Running { started, due } = window(case, settings) else { return None };
    let previous = last_follow_up(case, started);
    Some((previous, previous.map_or(due, |at| due.max(at + (due - started)))))
}

/// When a follow-up is (or will be) offered for the window running now: its
/// due time, or a whole window after the seller's last follow-up in it.
/// `None` when the case does not wait for Amazon. A reminder can be set for it.
pub fn next_follow_up(case: &Case, settings: &Settings) -> Option<DateTime<Utc>> {
    follow_up_times(case, settings).map(|(_, again)| again)
}

/// Where the case stands for a follow-up at `now`.
pub fn state(case: &Case, settings: &Settings, now: DateTime<Utc>) -> FollowUpState {
    match follow_up_times(case, settings) {
        Some((previous, again)) if now >= again => FollowUpState::Offered { previous },
        Some((Some(at), again)) => FollowUpState::Sent { at, again },
        Some((None, _)) | None => FollowUpState::NotDue,
    }
}

/// The one-line summary: the problem's first line with the case's
/// identifiers (as the first message opened), in `lang`; or the subject when
/// the problem is unknown or the line too long.
fn summary(case: &Case, lang: Lang) -> String {
    let about =
        case.specific_problem.as_deref().and_then(catalog::find).map(|p| fill_about(p, &case.identifiers, lang).0);
    about.filter(|line| line.chars().count() <= SUMMARY_MAX).unwrap_or_else(|| shorten(&case.subject, SUBJECT_MAX))
}

/// The follow-up for a case at `now`, or `None` unless one is offered
/// ([`state`]). Written in the case's message language, dates in the
/// seller's local time with its UTC offset (`offset_at` gives the offset at
/// a moment), signed with `settings.store_name` when set.
pub fn compose(
    case: &Case,
    settings: &Settings,
    now: DateTime<Utc>,
    offset_at: impl Fn(DateTime<Utc>) -> FixedOffset,
) -> Option<FollowUp> {
    let FollowUpState::Offered { previous } = state(case, settings, now) else { return None };
    let Window::Running { started, .. } = window(case, settings) else { return None };
    let lang = case.message_lang;
    let sent =
        case.events.iter().find(|e| matches!(e.kind, EventKind::Submitted { .. })).map_or(case.created_at, |e| e.at);
    let date = |t: DateTime<Utc>| {
        let offset = offset_at(t);
        let zone = utc_offset(offset);
        let at = day_and_time(&t.with_timezone(&offset), lang);
        lang.pick(format!("{at} {zone}"), format!("{at}（{zone}）"))
    };
    let summary = summary(case, lang);
    let id = case.amazon_case_id.as_deref();

    let mut reference = match (lang, id) {
        (Lang::En, Some(id)) => format!("I am following up on case {id}, which I sent on {}", date(sent)),
        (Lang::En, None) => format!("I am following up on this case, which I sent on {}", date(sent)),
        (Lang::Zh, Some(id)) => format!("我想跟进问题 {id}。该问题于 {}发送", date(sent)),
        (Lang::Zh, None) => format!("我想跟进此问题。该问题于 {}发送", date(sent)),
    };
    // How long Amazon has been silent: since the case was sent, or since the
    // seller's last message when that restarted the window.
    reference.push_str(&match (lang, started > sent) {
        (Lang::En, false) => format!(" ({}). I have not received a reply yet.", ago(sent, now, lang)),
        (Lang::En, true) => format!(
            ". I last wrote on {} ({}) and have not received a reply since.",
            date(started),
            ago(started, now, lang)
        ),
        (Lang::Zh, false) => format!("（{}），至今尚未收到回复。", ago(sent, now, lang)),
        (Lang::Zh, true) => {
            format!("，我最近一次于 {}来信（{}），此后尚未收到回复。", date(started), ago(started, now, lang))
        }
    });
    if let Some(previous) = previous {
        reference.push_str(&match lang {
            Lang::En => format!(" I already followed up on {}.", date(previous)),
            Lang::Zh => format!("我已于 {}跟进过一次。", date(previous)),
        });
    }
    let summary = lang.pick(format!("\n\nSummary: {summary}"), format!("\n\n问题概要：{summary}"));
    let request = lang.pick(
        "Could you please let me know where this case stands and when I can expect an answer? If you need anything else from me, I will send it right away.",
        "能否请您告知此问题目前的处理进展，以及我预计何时能收到答复？如需我提供其他信息，我会尽快补充。",
    );
    let message = plain_text(&format!(
        "{}\n\n{reference}{summary}\n\n{request}\n\n{}",
        greeting(lang),
        sign_off(lang, &settings.store_name)
    ));
    Some(FollowUp { message })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::{at, sample};
    use crate::domain::case::case_file::Action;
    use crate::domain::case::lifecycle::Solution;
    use crate::domain::contact_us::letter::MESSAGE_MAX;
    use crate::domain::text::english_words;
    use crate::domain::CaseStatus;
    use crate::domain::EventId;
    use chrono::Duration;

    fn utc(_: DateTime<Utc>) -> FixedOffset {
        FixedOffset::east_opt(0).expect("an offset")
    }

    fn shanghai(_: DateTime<Utc>) -> FixedOffset {
        FixedOffset::east_opt(8 * 3600).expect("an offset")
    }

    fn eid(n: u32) -> EventId {
        EventId(format!("f{n}"))
    }

    fn settings(store_name: &str) -> Settings {
        Settings { store_name: store_name.into(), ..Settings::default() }
    }

    /// A case sent at 09:00 on 26 Nov 2026, due 24 hours later, in `lang`.
    fn late_case(lang: Lang, case_id: Option<&str>) -> Case {
        let mut case = sample("c", 9);
        case.message_lang = lang;
        if lang == Lang::Zh {
            case.subject = "订单到货时已损坏".into();
        }
        case.amazon_case_id = case_id.map(str::to_string);
        case
    }

    /// Two days and one hour after sending: 25 hours overdue.
    fn two_days_later() -> DateTime<Utc> {
        at(9) + Duration::hours(49)
    }

    #[test]
    fn the_english_follow_up_with_amazons_case_id_and_the_store_name() {
        let case = late_case(Lang::En, Some("12345678901"));
        let follow_up = compose(&case, &settings("Blue Mug Co."), two_days_later(), utc).expect("overdue");
        assert_eq!(
            follow_up.message,
            "Hello Selling Partner Support,\n\n\
             I am following up on case 12345678901, which I sent on Thu 26 Nov 2026, 09:00 UTC (2 days ago). \
             I have not received a reply yet.\n\n\
             Summary: Order 112-4738291-5047863 reached the buyer damaged.\n\n\
             Could you please let me know where this case stands and when I can expect an answer? \
             If you need anything else from me, I will send it right away.\n\n\
             Thank you for your help.\n\nKind regards,\nBlue Mug Co."
        );
    }

    #[test]
    fn without_amazons_case_id_it_is_a_reply_on_this_case_not_a_new_one() {
        // Pasted as a reply on the case in Case Log: no subject, no case ID to
        // name, nothing that reads like a new case.
        let case = late_case(Lang::En, None);
        let follow_up = compose(&case, &settings(""), two_days_later(), utc).expect("overdue");
        assert_eq!(
            follow_up.message,
            "Hello Selling Partner Support,\n\n\
             I am following up on this case, which I sent on Thu 26 Nov 2026, 09:00 UTC (2 days ago). \
             I have not received a reply yet.\n\n\
             Summary: Order 112-4738291-5047863 reached the buyer damaged.\n\n\
             Could you please let me know where this case stands and when I can expect an answer? \
             If you need anything else from me, I will send it right away.\n\n\
             Thank you for your help."
        );
    }

    #[test]
    fn the_chinese_follow_up_with_and_without_the_case_id() {
        let case = late_case(Lang::Zh, Some("12345678901"));
        let follow_up = compose(&case, &settings("蓝杯小店"), two_days_later(), shanghai).expect("overdue");
        assert_eq!(
            follow_up.message,
            "销售伙伴支持团队，您好！\n\n\
             我想跟进问题 12345678901。该问题于 2026年11月26日 周四 17:00（UTC+8）发送（2 天前），至今尚未收到回复。\n\n\
             问题概要：订单 112-4738291-5047863 中的商品送达买家时已损坏。\n\n\
             能否请您告知此问题目前的处理进展，以及我预计何时能收到答复？如需我提供其他信息，我会尽快补充。\n\n\
             感谢您的帮助！\n\n顺祝商祺！\n蓝杯小店"
        );
        let case = late_case(Lang::Zh, None);
        let follow_up = compose(&case, &settings(""), two_days_later(), shanghai).expect("overdue");
        assert_eq!(
            follow_up.message,
            "销售伙伴支持团队，您好！\n\n\
             我想跟进此问题。该问题于 2026年11月26日 周四 17:00（UTC+8）发送（2 天前），至今尚未收到回复。\n\n\
             问题概要：订单 112-4738291-5047863 中的商品送达买家时已损坏。\n\n\
             能否请您告知此问题目前的处理进展，以及我预计何时能收到答复？如需我提供其他信息，我会尽快补充。\n\n\
             感谢您的帮助！"
        );
    }

    #[test]
    fn the_message_language_decides_not_the_interface() {
        // `compose` takes no interface language: an English case reads English
        // for a seller whose interface is Chinese, and the other way round.
        for lang in Lang::ALL {
            let follow_up = compose(&late_case(lang, None), &settings(""), two_days_later(), utc).expect("overdue");
            assert!(follow_up.message.starts_with(greeting(lang)), "{}", follow_up.message);
        }
    }

    /// Every combination of language, case ID, store name, known problem,
    /// restarted window and earlier follow-up.
    fn every_variant() -> Vec<(Lang, Case, Settings, FollowUp)> {
        let mut out = Vec::new();
        for lang in Lang::ALL {
            for case_id in [None, Some("12345678901")] {
                for store_name in ["", "Blue Mug Co.", "蓝杯小店"] {
                    for known_problem in [true, false] {
                        for restarted in [false, true] {
                            for followed_up in [false, true] {
                                let mut case = late_case(lang, case_id);
                                if !known_problem {
                                    case.specific_problem = None;
                                }
                                let mut now = two_days_later();
                                if restarted {
                                    case.apply(
                                        Action::MyReply { text: "More detail.".into(), files: vec![] },
                                        eid(2),
                                        at(10),
                                    )
                                    .unwrap();
                                }
                                if followed_up {
                                    case.record_follow_up("Any news?", eid(3), now).unwrap();
                                    now += Duration::hours(24);
                                }
                                let settings = settings(store_name);
                                let follow_up = compose(&case, &settings, now, shanghai).expect("overdue");
                                out.push((lang, case, settings, follow_up));
                            }
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_variant_is_complete_polite_and_in_its_language() {
        for (lang, case, settings, follow_up) in every_variant() {
            let FollowUp { message } = &follow_up;
            assert!(!message.contains(['{', '}']), "placeholder left:\n{message}");
            assert!(message.chars().count() <= MESSAGE_MAX);
            assert_eq!(message, &plain_text(message), "plain text");
            assert!(
                message.starts_with(greeting(lang)) && message.ends_with(&sign_off(lang, &settings.store_name)),
                "{message}"
            );
            match &case.amazon_case_id {
                Some(id) => assert!(message.contains(id.as_str()), "{message}"),
                None => {
                    assert!(message.contains(lang.pick("this case", "此问题")), "a reply, not a new case:\n{message}")
                }
            }
            assert!(!message.contains(lang.pick("subject", "主题")), "a reply has no subject to name:\n{message}");
            assert!(
                message.contains(&day_and_time(&at(9).with_timezone(&shanghai(at(9))), lang)),
                "the date sent:\n{message}"
            );
            assert!(message.contains("UTC+8"), "the time says its zone:\n{message}");
            assert!(message.contains(lang.pick("ago", "前")), "how long:\n{message}");
            assert!(message.contains(lang.pick("Could you please let me know", "能否请您告知")), "{message}");
            if lang == Lang::Zh {
                // The seller's own words (subject, store name) go in as written.
                let theirs = message.replace(&case.subject, "").replace(&settings.store_name, "");
                assert_eq!(english_words(&theirs), Vec::<String>::new(), "{message}");
                assert!(!theirs.contains([',', ';', '(', ')', '!', '?']), "half-width punctuation in\n{message}");
                let times_only = theirs
                    .char_indices()
                    .filter(|(_, c)| *c == ':')
                    .all(|(i, _)| theirs[..i].ends_with(|c: char| c.is_ascii_digit()));
                assert!(times_only, "a colon outside a time in\n{message}");
            }
        }
    }

    #[test]
    fn a_restarted_window_and_an_earlier_follow_up_are_mentioned() {
        let mut case = late_case(Lang::En, Some("12345678901"));
        case.apply(Action::MyReply { text: "More detail.".into(), files: vec![] }, eid(2), at(10)).unwrap();
        let first = at(10) + Duration::hours(25);
        let message = compose(&case, &settings(""), first, utc).expect("overdue").message;
        assert!(
            message.contains("which I sent on Thu 26 Nov 2026, 09:00 UTC. I last wrote on Thu 26 Nov 2026, 10:00 UTC (1 day ago) and have not received a reply since."),
            "{message}"
        );
        case.record_follow_up(&message, eid(3), first).unwrap();
        let message = compose(&case, &settings(""), first + Duration::hours(24), utc).expect("offered again").message;
        assert!(message.contains(" I already followed up on Fri 27 Nov 2026, 11:00 UTC."), "{message}");
        let mut zh = late_case(Lang::Zh, Some("12345678901"));
        zh.apply(Action::MyReply { text: "补充说明。".into(), files: vec![] }, eid(2), at(10)).unwrap();
        zh.record_follow_up("请问进展如何？", eid(3), first).unwrap();
        let message = compose(&zh, &settings(""), first + Duration::hours(24), utc).expect("offered again").message;
        assert!(
            message.contains("该问题于 2026年11月26日 周四 09:00（UTC）发送，我最近一次于 2026年11月26日 周四 10:00（UTC）来信（2 天前），此后尚未收到回复。我已于 2026年11月27日 周五 11:00（UTC）跟进过一次。"),
            "{message}"
        );
    }

    #[test]
    fn without_a_known_problem_the_subject_is_the_summary() {
        for case_id in [None, Some("12345678901".to_string())] {
            let mut case = late_case(Lang::En, None);
            case.specific_problem = None;
            case.amazon_case_id = case_id;
            let message = compose(&case, &settings(""), two_days_later(), utc).unwrap().message;
            assert!(
                message.contains("\n\nSummary: Case c\n\n"),
                "the subject summarises an unknown problem:\n{message}"
            );
        }
    }

    #[test]
    fn times_carry_their_utc_offset() {
        let east = |hours: i32, minutes: i32| FixedOffset::east_opt(hours * 3600 + minutes * 60).expect("an offset");
        assert_eq!(utc_offset(east(0, 0)), "UTC");
        assert_eq!(utc_offset(east(8, 0)), "UTC+8");
        assert_eq!(utc_offset(east(5, 30)), "UTC+5:30");
        assert_eq!(utc_offset(east(-8, 0)), "UTC-8");
        assert_eq!(utc_offset(east(-3, -30)), "UTC-3:30");
    }

    #[test]
    fn a_long_subject_and_many_identifiers_stay_within_the_limits() {
        use crate::domain::identifiers::Identifier;
        use crate::domain::identifiers::IdentifierKind;
        for lang in Lang::ALL {
            let mut case = late_case(lang, Some("12345678901234"));
            case.subject = "S".repeat(300);
            case.identifiers = (0..200)
                .map(|i| Identifier { kind: IdentifierKind::OrderId, value: format!("112-{i:07}-5047863") })
                .collect();
            let follow_up =
                compose(&case, &settings(&"N".repeat(crate::domain::settings::STORE_NAME_MAX)), two_days_later(), utc)
                    .unwrap();
            assert!(follow_up.message.chars().count() <= MESSAGE_MAX);
            assert!(!follow_up.message.contains("112-0000199-5047863"), "the long summary gives way to the subject");
            assert!(follow_up.message.contains(&format!("{}…", "S".repeat(SUBJECT_MAX - 1))), "{}", follow_up.message);
        }
    }

    #[test]
    fn only_an_overdue_case_is_offered_a_follow_up() {
        let s = Settings::default();
        let case = late_case(Lang::En, None);
        let due = at(9) + Duration::hours(24);
        assert_eq!(state(&case, &s, due - Duration::seconds(1)), FollowUpState::NotDue, "in time, even at risk");
        assert_eq!(compose(&case, &s, due - Duration::seconds(1), utc), None);
        assert_eq!(state(&case, &s, due), FollowUpState::Offered { previous: None }, "overdue from the due time on");
        assert_eq!(next_follow_up(&case, &s), Some(due));
        // Answered: nothing to chase, even if it was late.
        let mut answered = case.clone();
        let reply = Action::AmazonReply { text: "Looking into it".into(), asks_for_information: false, files: vec![] };
        answered.apply(reply, eid(2), due + Duration::hours(5)).unwrap();
        assert_eq!(state(&answered, &s, due + Duration::days(3)), FollowUpState::NotDue);
        assert_eq!((next_follow_up(&answered, &s), compose(&answered, &s, due + Duration::days(3), utc)), (None, None));
        // Finished.
        let mut closed = case.clone();
        closed
            .apply(Action::Close { no_further_action: false, note: String::new() }, eid(2), due + Duration::hours(1))
            .unwrap();
        assert_eq!(state(&closed, &s, due + Duration::days(3)), FollowUpState::NotDue);
        // A window of its own, longer: offered later.
        let mut longer = case.clone();
        longer.response_hours = Some(72);
        assert_eq!(state(&longer, &s, due + Duration::hours(1)), FollowUpState::NotDue);
        // A sample case shows how it works.
        let mut demo = case;
        demo.sample = true;
        assert!(compose(&demo, &s, due, utc).is_some());
    }

    #[test]
    fn following_up_keeps_the_status_and_the_window_and_is_offered_again_a_window_later() {
        let s = Settings::default();
        let mut case = late_case(Lang::En, Some("12345678901"));
        let due = at(9) + Duration::hours(24);
        let sent = due + Duration::hours(2);
        let before = crate::domain::deadlines::response_window::window(&case, &s);
        let text = compose(&case, &s, sent, utc).unwrap().message;
        case.record_follow_up(&text, eid(2), sent).unwrap();
        assert_eq!(case.status, CaseStatus::Open);
        assert_eq!(crate::domain::deadlines::response_window::window(&case, &s), before, "the window does not restart");
        assert!(
            crate::domain::deadlines::response_window::Countdown::of(&case, &s, sent).is_overdue(),
            "still late until Amazon answers"
        );
        let again = sent + Duration::hours(24);
        assert_eq!(next_follow_up(&case, &s), Some(again));
        assert_eq!(state(&case, &s, sent + Duration::hours(1)), FollowUpState::Sent { at: sent, again });
        assert_eq!(compose(&case, &s, sent + Duration::hours(1), utc), None, "not offered again at once");
        assert_eq!(state(&case, &s, again), FollowUpState::Offered { previous: Some(sent) });
        // The event on the timeline, with the text as sent, in both languages.
        let event = case.events.last().unwrap();
        assert_eq!((&event.id, event.at), (&eid(2), sent));
        assert_eq!(event.kind, EventKind::FollowedUp { text: text.clone() });
        assert_eq!(event.kind.summary(Lang::En), "Followed up with Amazon");
        assert_eq!(event.kind.summary(Lang::Zh), "已向亚马逊发送跟进消息");
        assert_eq!(event.kind.text(Lang::En), Some(text));
        assert!(event.kind.files().is_empty());
        assert_eq!(case.updated_at, sent);
        // A search finds the follow-up's words.
        assert!(crate::domain::insight::log_query::search_text(&case).contains("where this case stands"));
    }

    #[test]
    fn a_follow_up_from_an_earlier_window_does_not_hold_back_the_next() {
        let s = Settings::default();
        let mut case = late_case(Lang::En, None);
        case.record_follow_up("Any news?", eid(2), at(9) + Duration::hours(30)).unwrap();
        let reply = Action::AmazonReply { text: "Send the invoice".into(), asks_for_information: true, files: vec![] };
        case.apply(reply, eid(3), at(9) + Duration::hours(31)).unwrap();
        let my_reply = at(9) + Duration::hours(32);
        case.apply(Action::MyReply { text: "Invoice attached.".into(), files: vec![] }, eid(4), my_reply).unwrap();
        assert_eq!(next_follow_up(&case, &s), Some(my_reply + Duration::hours(24)));
        assert_eq!(state(&case, &s, my_reply + Duration::hours(24)), FollowUpState::Offered { previous: None });
    }

    #[test]
    fn a_follow_up_is_recorded_only_while_the_case_waits_for_amazon() {
        let mut case = late_case(Lang::En, None);
        assert!(case
            .record_follow_up("  ", eid(2), at(10))
            .unwrap_err()
            .message(Lang::En)
            .contains("Write the follow-up"));
        assert_eq!(
            case.record_follow_up("  ", eid(2), at(10)).map_err(|e| e.message(Lang::Zh)),
            Err("请先填写跟进消息。".into())
        );
        let long = "x".repeat(MESSAGE_MAX + 1);
        assert!(case
            .record_follow_up(&long, eid(2), at(10))
            .unwrap_err()
            .message(Lang::En)
            .contains("Shorten the follow-up"));
        assert_eq!(case.events.len(), 1, "nothing recorded");
        let reply = Action::AmazonReply { text: "Send the invoice".into(), asks_for_information: true, files: vec![] };
        case.apply(reply, eid(2), at(11)).unwrap();
        assert!(case
            .record_follow_up("Any news?", eid(3), at(12))
            .unwrap_err()
            .message(Lang::En)
            .contains("log your reply"));
        assert_eq!(
            case.record_follow_up("Any news?", eid(3), at(12)).map_err(|e| e.message(Lang::Zh)),
            Err("亚马逊已回复此问题：请记录您的回复，无需再跟进。".into())
        );
        let resolve =
            Action::Resolve { solution: Solution::Refund, amount: None, satisfied: true, note: String::new() };
        case.apply(resolve, eid(3), at(12)).unwrap();
        assert!(case.record_follow_up("Any news?", eid(4), at(13)).unwrap_err().message(Lang::En).contains("finished"));
        assert_eq!(case.events.len(), 3);
        for status in CaseStatus::ALL {
            let allowed = crate::domain::case::lifecycle::can_follow_up(status).is_ok();
            assert_eq!(
                allowed,
                matches!(status, CaseStatus::Open | CaseStatus::Reopened | CaseStatus::Appeal),
                "{status:?}"
            );
            if let Err(reason) = crate::domain::case::lifecycle::can_follow_up(status) {
                assert_eq!(english_words(reason.zh), Vec::<String>::new());
            }
        }
    }

    // The new kind, frozen as it is stored; records written before it read
    // as they did (the frozen records of case/event.rs and transfer/export.rs).
    const FROZEN_FOLLOW_UP: &str =
        r#"{"id":"e13","at":"2026-11-26T09:00:00Z","kind":"followed_up","text":"Any news?\nThanks."}"#;

    #[test]
    fn the_followed_up_event_reads_and_writes_as_frozen() {
        let event = crate::domain::CaseEvent {
            id: EventId("e13".into()),
            at: "2026-11-26T09:00:00Z".parse().expect("a time"),
            kind: EventKind::FollowedUp { text: "Any news?\nThanks.".into() },
        };
        assert_eq!(serde_json::to_string(&event).unwrap(), FROZEN_FOLLOW_UP);
        assert_eq!(serde_json::from_str::<crate::domain::CaseEvent>(FROZEN_FOLLOW_UP).unwrap(), event);
        let missing = r#"{"id":"e","at":"2026-11-26T09:00:00Z","kind":"followed_up"}"#;
        assert!(serde_json::from_str::<crate::domain::CaseEvent>(missing)
            .unwrap_err()
            .to_string()
            .starts_with("missing field `text`"));
        let mut case = late_case(Lang::En, None);
        case.record_follow_up("Any news?", eid(2), at(10)).unwrap();
        let stored = crate::domain::encode_case(&case);
        assert_eq!(crate::domain::decode_case(&stored), Ok(case));
    }
}
