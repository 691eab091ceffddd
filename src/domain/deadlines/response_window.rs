//! The response window: how long Amazon has to answer, computed as a pure
//! function of a case's events, the settings and "now".
//!
//! It starts at submission and restarts when the seller replies or reopens;
//! it stops while the case waits on the seller (Amazon answered) and when the
//! case is finished; an appeal has its own, longer window. Everything is UTC;
//! only the labels turn it into the seller's local time.

use chrono::{DateTime, Duration, FixedOffset, Utc};

use crate::domain::settings::Settings;
use crate::domain::Lang;
use crate::domain::{Case, EventKind};

/// Where a case's window stands, from its events alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Waiting for Amazon since `started`, due at `due`.
    Running {
        /// When this window started.
        started: DateTime<Utc>,
        /// When Amazon's answer is due.
        due: DateTime<Utc>,
    },
    /// Amazon answered: the case waits on the seller.
    Paused,
    /// Resolved or closed.
    Finished,
}

/// The window of a case.
pub fn window(case: &Case, settings: &Settings) -> Window {
    window_before(case, settings, case.events.len())
}

/// The window of a case as it stood just before its event at `index` (the
/// whole history when `index` is past the end): the window Amazon's first
/// reply is judged against in the overview.
pub fn window_before(case: &Case, settings: &Settings, index: usize) -> Window {
    let hours = |appeal: bool| {
        let h = if appeal { settings.appeal_hours } else { case.response_hours.unwrap_or(settings.response_hours) };
        Duration::hours(i64::from(h))
    };
    let mut state = Window::Finished;
    let mut in_appeal = false;
    for event in case.events.iter().take(index) {
        let start = |appeal: bool| Window::Running { started: event.at, due: event.at + hours(appeal) };
        match &event.kind {
            EventKind::Submitted { .. } => state = start(false),
            EventKind::IReplied { .. } => state = start(in_appeal),
            EventKind::Reopened { .. } => {
                in_appeal = false;
                state = start(false);
            }
            EventKind::AppealSubmitted { .. } => {
                in_appeal = true;
                state = start(true);
            }
            EventKind::AmazonReplied { .. } => state = Window::Paused,
            EventKind::Resolved { .. } | EventKind::Closed { .. } => {
                in_appeal = false;
                state = Window::Finished;
            }
            EventKind::AmazonCaseIdRecorded { .. }
            | EventKind::NoteAdded { .. }
            | EventKind::EvidenceAdded { .. }
            | EventKind::MarkedUrgent { .. }
            | EventKind::ClaimDateSet { .. } => {}
            // A follow-up asks Amazon for news and adds nothing for them to
            // work on: their clock keeps running from the case's sending.
            EventKind::FollowedUp { .. } => {}
        }
    }
    state
}

/// How long Amazon took to answer the case first, kept through reopenings.
pub fn first_response(case: &Case) -> Option<Duration> {
    let submitted = case.events.iter().find(|e| matches!(e.kind, EventKind::Submitted { .. }))?.at;
    let answered = case.events.iter().find(|e| matches!(e.kind, EventKind::AmazonReplied { .. }))?.at;
    Some(answered - submitted)
}

/// The window as the seller sees it at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// Time left before the due time.
    Left {
        /// Time left.
        remaining: Duration,
        /// The due time.
        due: DateTime<Utc>,
        /// Less than the at-risk threshold is left.
        at_risk: bool,
        /// Share of the window used, 0 to 1000 (per mille, for the progress bar).
        used_per_mille: u16,
    },
    /// Past the due time.
    Overdue {
        /// By how long.
        by: Duration,
        /// The due time.
        due: DateTime<Utc>,
    },
    /// Waiting on the seller.
    Paused,
    /// Nothing to wait for.
    Finished,
}

impl Countdown {
    /// The countdown of a case at `now`.
    pub fn of(case: &Case, settings: &Settings, now: DateTime<Utc>) -> Countdown {
        Countdown::from_window(window(case, settings), settings, now)
    }

    /// The countdown of an already computed window at `now`.
    pub fn from_window(window: Window, settings: &Settings, now: DateTime<Utc>) -> Countdown {
        match window {
            Window::Running { started, due } if now < due => {
                // A clock read just before the window started (the shared clock
                // ticks once a second) never shows more than the window.
                let remaining = due - now.max(started);
                let total = (due - started).num_seconds().max(1);
                let used = ((now - started).num_seconds().clamp(0, total) * 1000 / total) as u16;
                Countdown::Left {
                    remaining,
                    due,
                    at_risk: remaining < Duration::hours(i64::from(settings.at_risk_hours)),
                    used_per_mille: used,
                }
            }
            Window::Running { due, .. } => Countdown::Overdue { by: now - due, due },
            Window::Paused => Countdown::Paused,
            Window::Finished => Countdown::Finished,
        }
    }

    /// Whether the case is late.
    pub fn is_overdue(&self) -> bool {
        matches!(self, Countdown::Overdue { .. })
    }

    /// The due time, if the window is running or late.
    pub fn due(&self) -> Option<DateTime<Utc>> {
        match self {
            Countdown::Left { due, .. } | Countdown::Overdue { due, .. } => Some(*due),
            _ => None,
        }
    }

    /// The line shown on the case: "23:59:58 left · due Thu 14:05", "overdue by 1:02:03"
    /// ("还剩 23:59:58 · 截止 周四 14:05", "已逾期 1:02:03").
    /// `offset_at` gives the seller's UTC offset at an instant (it changes with daylight saving).
    pub fn label(&self, offset_at: impl Fn(DateTime<Utc>) -> FixedOffset, lang: Lang) -> String {
        match self {
            Countdown::Left { remaining, due, .. } => left(&clock(*remaining), *due, offset_at, lang),
            Countdown::Overdue { by, .. } => overdue(&clock(*by), lang),
            Countdown::Paused => lang.pick("Amazon answered: your move", "亚马逊已回复：请您处理").into(),
            Countdown::Finished => lang.pick("Finished", "已结束").into(),
        }
    }

    /// The line shown on the case log, in whole minutes (the log updates once a
    /// minute): "23 h 59 min left · due Thu 14:05", "overdue by 1 h 02 min"
    /// ("还剩 23 小时 59 分 · 截止 周四 14:05", "已逾期 1 小时 2 分").
    pub fn short_label(&self, offset_at: impl Fn(DateTime<Utc>) -> FixedOffset, lang: Lang) -> String {
        match self {
            Countdown::Left { remaining, due, .. } => left(&hours_minutes(*remaining, lang), *due, offset_at, lang),
            Countdown::Overdue { by, .. } => overdue(&hours_minutes(*by, lang), lang),
            Countdown::Paused | Countdown::Finished => self.label(offset_at, lang),
        }
    }
}

/// "{time} left · due Thu 14:05" / "还剩 {time} · 截止 周四 14:05".
fn left(time: &str, due: DateTime<Utc>, offset_at: impl Fn(DateTime<Utc>) -> FixedOffset, lang: Lang) -> String {
    let due = crate::domain::time::weekday_time(&due.with_timezone(&offset_at(due)), lang);
    match lang {
        Lang::En => format!("{time} left · due {due}"),
        Lang::Zh => format!("还剩 {time} · 截止 {due}"),
    }
}

/// "overdue by {time}" / "已逾期 {time}".
fn overdue(time: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("overdue by {time}"),
        Lang::Zh => format!("已逾期 {time}"),
    }
}

/// A duration in whole minutes: "23 h 05 min", "7 min" ("23 小时 5 分", "7 分钟").
pub fn hours_minutes(d: Duration, lang: Lang) -> String {
    let m = d.num_minutes().max(0);
    match (lang, m < 60) {
        (Lang::En, true) => format!("{m} min"),
        (Lang::En, false) => format!("{} h {:02} min", m / 60, m % 60),
        (Lang::Zh, true) => format!("{m} 分钟"),
        (Lang::Zh, false) => format!("{} 小时 {} 分", m / 60, m % 60),
    }
}

/// How long ago, in words: "just now", "5 minutes ago", "3 hours ago", "2 days ago"
/// ("刚刚", "5 分钟前", "3 小时前", "2 天前").
pub fn ago(then: DateTime<Utc>, now: DateTime<Utc>, lang: Lang) -> String {
    let s = (now - then).num_seconds();
    let (n, unit, zh) = match s {
        ..=59 => return lang.pick("just now", "刚刚").into(),
        60..=3599 => (s / 60, "minute", "分钟"),
        3600..=86399 => (s / 3600, "hour", "小时"),
        _ => (s / 86400, "day", "天"),
    };
    match lang {
        Lang::En => format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" }),
        Lang::Zh => format!("{n} {zh}前"),
    }
}

/// A duration as h:mm:ss (hours may pass 24): "23:59:58", "1:02:03", "47:00:00".
pub fn clock(d: Duration) -> String {
    let s = d.num_seconds().max(0);
    format!("{}:{:02}:{:02}", s / 3600, s % 3600 / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::{at, sample};
    use crate::domain::case::case_file::Action;
    use crate::domain::case::lifecycle::{PlanOfAction, Solution};
    use crate::domain::EventId;
    use chrono::TimeZone;

    fn settings() -> Settings {
        Settings::default()
    }

    fn reply(asks: bool) -> Action {
        Action::AmazonReply { text: "Answer".into(), asks_for_information: asks, files: vec![] }
    }

    #[test]
    fn a_new_case_is_due_24_hours_after_submission() {
        let case = sample("c", 9);
        assert_eq!(window(&case, &settings()), Window::Running { started: at(9), due: at(9) + Duration::hours(24) });
        let now = at(9) + Duration::seconds(2);
        let c = Countdown::of(&case, &settings(), now);
        assert_eq!(c.label(|_| FixedOffset::east_opt(0).unwrap(), Lang::En), "23:59:58 left · due Fri 09:00");
        assert!(matches!(c, Countdown::Left { at_risk: false, used_per_mille: 0, .. }));
    }

    #[test]
    fn at_risk_under_the_threshold_and_overdue_after() {
        let case = sample("c", 9);
        let due = at(9) + Duration::hours(24);
        let at_risk = Countdown::of(&case, &settings(), due - Duration::hours(4) + Duration::seconds(1));
        assert!(matches!(at_risk, Countdown::Left { at_risk: true, .. }));
        let just_before = Countdown::of(&case, &settings(), due - Duration::hours(4));
        assert!(matches!(just_before, Countdown::Left { at_risk: false, used_per_mille: 833, .. }));
        let late = Countdown::of(&case, &settings(), due + Duration::seconds(3723));
        assert!(late.is_overdue());
        assert_eq!(late.label(|_| FixedOffset::east_opt(0).unwrap(), Lang::En), "overdue by 1:02:03");
        assert_eq!(Countdown::of(&case, &settings(), due), Countdown::Overdue { by: Duration::zero(), due });
    }

    #[test]
    fn amazons_answer_pauses_and_my_reply_restarts() {
        let mut case = sample("c", 9);
        case.apply(reply(true), EventId("e2".into()), at(12)).unwrap();
        assert_eq!(window(&case, &settings()), Window::Paused);
        assert_eq!(Countdown::of(&case, &settings(), at(12) + Duration::days(5)), Countdown::Paused);
        case.apply(Action::MyReply { text: "Here it is".into(), files: vec![] }, EventId("e3".into()), at(14)).unwrap();
        assert_eq!(window(&case, &settings()), Window::Running { started: at(14), due: at(14) + Duration::hours(24) });
    }

    #[test]
    fn reopening_restarts_and_keeps_the_first_response_time() {
        let mut case = sample("c", 9);
        case.apply(reply(false), EventId("e2".into()), at(12)).unwrap();
        case.apply(
            Action::Resolve { solution: Solution::Refund, amount: None, satisfied: false, note: String::new() },
            EventId("e3".into()),
            at(13),
        )
        .unwrap();
        assert_eq!(window(&case, &settings()), Window::Finished);
        case.apply(Action::Reopen { reason: "Refund was partial".into() }, EventId("e4".into()), at(15)).unwrap();
        assert_eq!(window(&case, &settings()), Window::Running { started: at(15), due: at(15) + Duration::hours(24) });
        assert_eq!(first_response(&case), Some(Duration::hours(3)));
    }

    #[test]
    fn an_appeal_has_its_own_48_hour_window() {
        let mut case = sample("c", 9);
        case.apply(reply(true), EventId("e2".into()), at(10)).unwrap();
        let plan =
            PlanOfAction { root_cause: "a".into(), corrective_actions: "b".into(), preventive_measures: "c".into() };
        case.apply(Action::Appeal { plan }, EventId("e3".into()), at(11)).unwrap();
        assert_eq!(window(&case, &settings()), Window::Running { started: at(11), due: at(11) + Duration::hours(48) });
        case.apply(Action::MyReply { text: "More detail".into(), files: vec![] }, EventId("e4".into()), at(12))
            .unwrap();
        assert_eq!(window(&case, &settings()), Window::Running { started: at(12), due: at(12) + Duration::hours(48) });
    }

    #[test]
    fn a_case_can_override_the_default_window() {
        let mut case = sample("c", 9);
        case.response_hours = Some(72);
        assert_eq!(window(&case, &settings()), Window::Running { started: at(9), due: at(9) + Duration::hours(72) });
        let custom = Settings { response_hours: 12, ..settings() };
        case.response_hours = None;
        assert_eq!(window(&case, &custom), Window::Running { started: at(9), due: at(9) + Duration::hours(12) });
    }

    // Europe/Berlin leaves summer time at 01:00 UTC on 25 October 2026.
    fn berlin(t: DateTime<Utc>) -> FixedOffset {
        let switch = Utc.with_ymd_and_hms(2026, 10, 25, 1, 0, 0).unwrap();
        FixedOffset::east_opt(if t < switch { 7200 } else { 3600 }).unwrap()
    }

    #[test]
    fn across_a_daylight_saving_change_the_window_is_24_real_hours() {
        let mut case = sample("c", 9);
        let submitted = Utc.with_ymd_and_hms(2026, 10, 24, 10, 0, 0).unwrap(); // 12:00 in Berlin (summer time)
        case.events[0].at = submitted;
        let due = submitted + Duration::hours(24);
        assert_eq!(window(&case, &settings()), Window::Running { started: submitted, due });
        let c = Countdown::of(&case, &settings(), submitted + Duration::hours(1));
        // 23 hours left, and the due time reads 11:00 local: the clocks went back an hour.
        assert_eq!(c.label(berlin, Lang::En), "23:00:00 left · due Sun 11:00");
    }

    #[test]
    fn ago_reads_like_a_person() {
        let t = at(9);
        assert_eq!(ago(t, t + Duration::seconds(59), Lang::En), "just now");
        assert_eq!(ago(t, t - Duration::seconds(5), Lang::En), "just now");
        assert_eq!(ago(t, t + Duration::minutes(1), Lang::En), "1 minute ago");
        assert_eq!(ago(t, t + Duration::minutes(59), Lang::En), "59 minutes ago");
        assert_eq!(ago(t, t + Duration::hours(3), Lang::En), "3 hours ago");
        assert_eq!(ago(t, t + Duration::days(1), Lang::En), "1 day ago");
        assert_eq!(ago(t, t + Duration::days(40), Lang::En), "40 days ago");
    }

    #[test]
    fn the_log_reads_whole_minutes() {
        assert_eq!(hours_minutes(Duration::seconds(86398), Lang::En), "23 h 59 min");
        assert_eq!(hours_minutes(Duration::seconds(3600 + 125), Lang::En), "1 h 02 min");
        assert_eq!(hours_minutes(Duration::seconds(59), Lang::En), "0 min");
        assert_eq!(hours_minutes(Duration::seconds(-5), Lang::En), "0 min");
        let utc = |_| FixedOffset::east_opt(0).expect("UTC");
        let due = Utc.with_ymd_and_hms(2026, 11, 26, 14, 5, 0).unwrap();
        let left = Countdown::Left { remaining: Duration::minutes(7), due, at_risk: true, used_per_mille: 990 };
        assert_eq!(left.short_label(utc, Lang::En), "7 min left · due Thu 14:05");
        assert_eq!(
            Countdown::Overdue { by: Duration::minutes(62), due }.short_label(utc, Lang::En),
            "overdue by 1 h 02 min"
        );
    }

    #[test]
    fn chinese_countdowns_and_relative_times() {
        let utc = |_| FixedOffset::east_opt(0).expect("UTC");
        let due = Utc.with_ymd_and_hms(2026, 11, 27, 14, 5, 0).unwrap(); // a Friday
        let left = Countdown::Left { remaining: Duration::seconds(86399), due, at_risk: false, used_per_mille: 0 };
        assert_eq!(left.label(utc, Lang::Zh), "还剩 23:59:59 · 截止 周五 14:05");
        assert_eq!(left.short_label(utc, Lang::Zh), "还剩 23 小时 59 分 · 截止 周五 14:05");
        let late = Countdown::Overdue { by: Duration::minutes(125), due };
        assert_eq!(late.label(utc, Lang::Zh), "已逾期 2:05:00");
        assert_eq!(late.short_label(utc, Lang::Zh), "已逾期 2 小时 5 分");
        assert_eq!(Countdown::Paused.short_label(utc, Lang::Zh), "亚马逊已回复：请您处理");
        assert_eq!(Countdown::Finished.label(utc, Lang::Zh), "已结束");
        assert_eq!(hours_minutes(Duration::minutes(7), Lang::Zh), "7 分钟");
        let t = at(9);
        assert_eq!(ago(t, t + Duration::seconds(30), Lang::Zh), "刚刚");
        assert_eq!(ago(t, t + Duration::minutes(5), Lang::Zh), "5 分钟前");
        assert_eq!(ago(t, t + Duration::hours(3), Lang::Zh), "3 小时前");
        assert_eq!(ago(t, t + Duration::days(2), Lang::Zh), "2 天前");
    }

    #[test]
    fn clocks_read_as_hours_minutes_seconds() {
        assert_eq!(clock(Duration::seconds(86398)), "23:59:58");
        assert_eq!(clock(Duration::hours(47)), "47:00:00");
        assert_eq!(clock(Duration::seconds(-5)), "0:00:00");
    }

    // Regression (a flaky e2e): the shared clock, up to a second old, made a
    // fresh 48-hour window read "48:00:01 left".
    #[test]
    fn a_window_never_shows_more_than_its_length() {
        let started = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
        let due = started + Duration::hours(48);
        let stale_now = started - Duration::milliseconds(900);
        match Countdown::from_window(Window::Running { started, due }, &Settings::default(), stale_now) {
            Countdown::Left { remaining, .. } => assert_eq!(remaining, Duration::hours(48)),
            other => panic!("{other:?}"),
        }
    }
}
