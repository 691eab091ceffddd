//! Reminders: the moments a seller is told about a case.
//!
//! A case works towards [`Deadline`]s: Amazon's answer due (the response
//! window, `response_window`), the next follow-up once the seller has sent one
//! (`follow_up`), the last day to claim (`claim_window`). Each gives
//! [`Milestone`]s, the moments the seller is told: "at risk" before Amazon's
//! answer is due and "overdue" when it is (the first follow-up is offered
//! then), "follow up again" a window after a follow-up, "claim window closing"
//! from a week before the last day to claim. None for sample cases, or for
//! resolved and closed ones.
//!
//! Every milestone has a stable [`Milestone::key`] made of the case, the kind
//! and the deadline it refers to, so a reload or another tab computes the same
//! key from the same stored case, while a reopened case (whose window restarts
//! with a new due time) gets new ones. The UI keeps the keys it has told the
//! seller about in a [`Notified`] set (in localStorage, shared by the tabs),
//! asks [`to_notify`] what is due and not yet told, records what it showed,
//! and [`Notified::prune`]s the set to keys that still exist. [`next_due`]
//! says when to ask again; [`digest`] sums up several milestones due at once.

use chrono::{DateTime, Days, Duration, FixedOffset, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::catalog::claim_policy::CLOSING_SOON_DAYS;
use crate::domain::deadlines::claim_window::ClaimWindow;
use crate::domain::deadlines::follow_up::next_follow_up;
use crate::domain::deadlines::response_window::{hours_minutes, window, Window};
use crate::domain::settings::Settings;
use crate::domain::text::shorten;
use crate::domain::time::basic_date_time;
use crate::domain::time::calendar_day;
use crate::domain::{Case, CaseId};
use crate::domain::{Lang, Text};

/// What a case works towards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeadlineKind {
    /// Amazon's answer is due (the end of the response window).
    AnswerDue,
    /// When the next follow-up is offered: a whole response window after the
    /// seller's last follow-up, if Amazon is still silent (`follow_up`).
    FollowUp,
    /// The last moment to claim a reimbursement under Amazon's policy.
    ClaimCloses,
}

impl DeadlineKind {
    /// Every kind.
    pub const ALL: [DeadlineKind; 3] = [DeadlineKind::AnswerDue, DeadlineKind::FollowUp, DeadlineKind::ClaimCloses];

    /// A stable name, part of calendar UIDs.
    pub fn slug(self) -> &'static str {
        match self {
            DeadlineKind::AnswerDue => "answer-due",
            DeadlineKind::FollowUp => "follow-up",
            DeadlineKind::ClaimCloses => "claim-closes",
        }
    }
}

/// A moment a case works towards, and when the seller is warned before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// What it is.
    pub kind: DeadlineKind,
    /// When it falls (for a whole day, when that day ends for the seller).
    pub at: DateTime<Utc>,
    /// When the seller is warned before it (the case turns at risk; the claim
    /// window closes soon), earlier than `at`; `None`: no warning.
    pub warn_at: Option<DateTime<Utc>>,
    /// A whole calendar day of the seller's (the last day to claim), for a
    /// deadline counted in days: its key and calendar event are that day,
    /// whatever the time zone.
    pub day: Option<NaiveDate>,
}

impl Deadline {
    /// What identifies it within its case and kind: the day, `20270126`, or
    /// the moment, `20261127T090000Z`.
    fn stamp(&self) -> String {
        match self.day {
            Some(day) => crate::domain::time::basic_date(&day),
            None => basic_date_time(&self.at),
        }
    }
}

/// The deadlines of a case now, at most one of each kind (the current one:
/// a restarted window replaces the old due time), in [`DeadlineKind`] order.
/// None for a sample case or a resolved or closed one. `offset` is the
/// seller's UTC offset now: a day-long deadline ends at their midnight.
///
/// The one place deadlines come from: a new source adds its line here, and
/// reminders and calendars follow.
pub fn deadlines(case: &Case, settings: &Settings, offset: FixedOffset) -> Vec<Deadline> {
    if case.sample || !case.status.is_active() {
        return Vec::new();
    }
    let mut found = Vec::new();
    if let Window::Running { started, due } = window(case, settings) {
        // As the countdown has it: at risk once less than `at_risk_hours` is
        // left, from the start when the window is shorter than that.
        let warn = (due - Duration::hours(i64::from(settings.at_risk_hours))).max(started);
        found.push(Deadline {
            kind: DeadlineKind::AnswerDue,
            at: due,
            warn_at: (warn < due).then_some(warn),
            day: None,
        });
        // The first follow-up is offered when the answer is overdue (that
        // reminder says so); after one, the next is offered a window later.
        if let Some(again) = next_follow_up(case, settings).filter(|again| *again > due) {
            found.push(Deadline { kind: DeadlineKind::FollowUp, at: again, warn_at: None, day: None });
        }
    }
    if let Some(claim) = ClaimWindow::of(case, settings) {
        // Closing soon from CLOSING_SOON_DAYS days before the last day (as
        // `ClaimWindow::status` has it), but not before claims open.
        let warn_day =
            claim.last.checked_sub_days(Days::new(u64::from(CLOSING_SOON_DAYS))).map(|d| d.max(claim.earliest));
        let end = claim.last.checked_add_days(Days::new(1)).and_then(|d| midnight(d, offset));
        if let Some(end) = end {
            let warn_at = warn_day.and_then(|d| midnight(d, offset));
            found.push(Deadline { kind: DeadlineKind::ClaimCloses, at: end, warn_at, day: Some(claim.last) });
        }
    }
    found
}

/// The start of the seller's `day` at `offset`, in UTC.
fn midnight(day: NaiveDate, offset: FixedOffset) -> Option<DateTime<Utc>> {
    day.and_time(NaiveTime::MIN)
        .checked_sub_signed(Duration::seconds(i64::from(offset.local_minus_utc())))
        .map(|t| t.and_utc())
}

/// The deadlines of a case still to come at `now` (what "Add to calendar" adds).
pub fn upcoming(case: &Case, settings: &Settings, offset: FixedOffset, now: DateTime<Utc>) -> Vec<Deadline> {
    deadlines(case, settings, offset).into_iter().filter(|d| d.at >= now).collect()
}

/// What the seller is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MilestoneKind {
    /// Less than the at-risk hours are left before Amazon's answer is due.
    AtRisk,
    /// Amazon's answer is late.
    Overdue,
    /// The follow-up date has come.
    FollowUp,
    /// The claim window closes soon.
    ClaimCloses,
}

impl MilestoneKind {
    /// Every kind.
    pub const ALL: [MilestoneKind; 4] =
        [MilestoneKind::AtRisk, MilestoneKind::Overdue, MilestoneKind::FollowUp, MilestoneKind::ClaimCloses];

    /// A stable name, part of the key.
    pub fn slug(self) -> &'static str {
        match self {
            MilestoneKind::AtRisk => "at-risk",
            MilestoneKind::Overdue => "overdue",
            MilestoneKind::FollowUp => "follow-up",
            MilestoneKind::ClaimCloses => "claim-closes",
        }
    }

    /// A warning before its deadline: moot once the deadline has passed.
    fn is_warning(self) -> bool {
        matches!(self, MilestoneKind::AtRisk | MilestoneKind::ClaimCloses)
    }

    /// The title of the notification, with the case's subject shortened to
    /// fit: "Amazon's answer is overdue: {subject}" / "亚马逊的答复已逾期：{subject}",
    /// at most [`TITLE_MAX`] characters.
    pub fn title(self, subject: &str, lang: Lang) -> String {
        let what = match self {
            MilestoneKind::AtRisk => Text::new("Amazon's answer is due soon", "亚马逊的答复即将逾期"),
            MilestoneKind::Overdue => Text::new("Amazon's answer is overdue", "亚马逊的答复已逾期"),
            MilestoneKind::FollowUp => Text::new("Time to follow up with Amazon", "该跟进亚马逊了"),
            MilestoneKind::ClaimCloses => Text::new("Claim window closing soon", "索赔期限即将截止"),
        }
        .get(lang);
        let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
        if subject.is_empty() {
            return what.to_string();
        }
        let colon = lang.pick(": ", "：");
        let room = TITLE_MAX - what.chars().count() - colon.chars().count();
        format!("{what}{colon}{}", shorten(&subject, room))
    }
}

/// Longest notification title, in characters (system notifications cut
/// longer ones).
pub const TITLE_MAX: usize = 64;

/// One moment the seller is told about a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    /// The case.
    pub case_id: CaseId,
    /// What the seller is told.
    pub kind: MilestoneKind,
    /// When: from this moment on the milestone is due.
    pub at: DateTime<Utc>,
    /// The deadline it refers to (for "at risk", the due time it warns of).
    pub deadline: Deadline,
}

impl Milestone {
    /// Whether telling `self` makes `older` moot on screen: the same case and
    /// the same kind of deadline (overdue after at risk, a new follow-up date,
    /// a restarted window), not another deadline of that case (its claim window).
    pub fn replaces(&self, older: &Milestone) -> bool {
        self.case_id == older.case_id && self.deadline.kind == older.deadline.kind
    }

    /// The stable key, `{case id}/{kind}/{deadline}` (the deadline as
    /// `20261127T090000Z`, or `20270126` for a day): the same in every tab and
    /// after every reload; new when the deadline moves (a reply or a reopening
    /// restarts the window). Changing the at-risk hours moves the at-risk
    /// moment but not its key: no second warning.
    pub fn key(&self) -> String {
        format!("{}/{}/{}", self.case_id, self.kind.slug(), self.deadline.stamp())
    }

    /// Whether it has come at `now`.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        now >= self.at
    }

    /// The notification (or in-app notice) for it at `now`, in `lang`;
    /// `case` is the milestone's case.
    pub fn notice(&self, case: &Case, now: DateTime<Utc>, lang: Lang) -> Notice {
        let (left, late) = (span(self.deadline.at - now, lang), span(now - self.deadline.at, lang));
        let last_day = self.deadline.day.map(|d| calendar_day(&d, lang)).unwrap_or_default();
        let mut body = match (self.kind, lang) {
            (MilestoneKind::AtRisk, Lang::En) => format!("{left} left before Amazon's answer is due."),
            (MilestoneKind::AtRisk, Lang::Zh) => format!("距亚马逊答复截止还剩 {left}。"),
            (MilestoneKind::Overdue, Lang::En) => {
                format!("Overdue by {late}: send Amazon a follow-up from the case page.")
            }
            (MilestoneKind::Overdue, Lang::Zh) => format!("已逾期 {late}：请在问题页面向亚马逊发送跟进消息。"),
            (MilestoneKind::FollowUp, Lang::En) => {
                "Amazon has not answered since your follow-up: send another from the case page.".into()
            }
            (MilestoneKind::FollowUp, Lang::Zh) => "您跟进后亚马逊仍未答复：请在问题页面再次跟进。".into(),
            (MilestoneKind::ClaimCloses, Lang::En) => {
                format!("Last day to claim: {last_day}. File the claim in Seller Central.")
            }
            (MilestoneKind::ClaimCloses, Lang::Zh) => format!("最后索赔日期：{last_day}。请在卖家平台提交索赔。"),
        };
        if let Some(id) = &case.amazon_case_id {
            body.push_str(&match lang {
                Lang::En => format!(" Amazon case ID: {id}."),
                Lang::Zh => format!("亚马逊问题编号：{id}。"),
            });
        }
        Notice { title: self.kind.title(&case.subject, lang), body, tag: self.key() }
    }
}

/// A duration as a seller reads it in a notice: "3 days" from two days on,
/// else "3 h 59 min" ("3 天", "3 小时 59 分").
fn span(d: Duration, lang: Lang) -> String {
    match (d.num_days(), lang) {
        (days @ 2.., Lang::En) => format!("{days} days"),
        (days @ 2.., Lang::Zh) => format!("{days} 天"),
        _ => hours_minutes(d, lang),
    }
}

/// What a system notification or an in-app notice shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// One line, at most [`TITLE_MAX`] characters.
    pub title: String,
    /// One or two sentences.
    pub body: String,
    /// The Notification API's `tag`: the milestone's key, so the system shows
    /// one notification when two tabs notify at once.
    pub tag: String,
}

/// The tag of [`digest`]'s notice.
pub const DIGEST_TAG: &str = "case-desk:reminders";

/// One notice for several milestones due at once (Case Desk opened after a
/// night away): "3 cases need you" / "1 due soon · 2 overdue".
pub fn digest(milestones: &[Milestone], lang: Lang) -> Notice {
    // Cases counted once each (a set here would add its own code to the wasm).
    let n =
        milestones.iter().enumerate().filter(|(i, m)| milestones[..*i].iter().all(|o| o.case_id != m.case_id)).count();
    let title = match lang {
        Lang::En if n == 1 => "1 case needs you".to_string(),
        Lang::En => format!("{n} cases need you"),
        Lang::Zh => format!("{n} 个问题需要您处理"),
    };
    let parts: Vec<String> = MilestoneKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let count = milestones.iter().filter(|m| m.kind == kind).count();
            let what = match kind {
                MilestoneKind::AtRisk => Text::new("due soon", "个即将逾期"),
                MilestoneKind::Overdue => Text::new("overdue", "个已逾期"),
                MilestoneKind::FollowUp => Text::new("to follow up", "个待跟进"),
                MilestoneKind::ClaimCloses if count == 1 => Text::new("claim window closing", "个索赔期限即将截止"),
                MilestoneKind::ClaimCloses => Text::new("claim windows closing", "个索赔期限即将截止"),
            };
            (count > 0).then(|| lang.pick(format!("{count} {}", what.en), format!("{count} {}", what.zh)))
        })
        .collect();
    Notice { title, body: parts.join(" · "), tag: DIGEST_TAG.to_string() }
}

/// The milestones of one deadline of a case, in time order.
fn milestones_of(case_id: &CaseId, deadline: &Deadline) -> Vec<Milestone> {
    let at = |kind, at| Milestone { case_id: case_id.clone(), kind, at, deadline: *deadline };
    match deadline.kind {
        DeadlineKind::AnswerDue => deadline
            .warn_at
            .map(|w| at(MilestoneKind::AtRisk, w))
            .into_iter()
            .chain([at(MilestoneKind::Overdue, deadline.at)])
            .collect(),
        DeadlineKind::FollowUp => vec![at(MilestoneKind::FollowUp, deadline.at)],
        DeadlineKind::ClaimCloses => vec![at(MilestoneKind::ClaimCloses, deadline.warn_at.unwrap_or(deadline.at))],
    }
}

/// Every milestone of a case, past and future, earliest first (at risk before
/// overdue). None for a sample case or a resolved or closed one. `offset`:
/// the seller's UTC offset now (see [`deadlines`]).
pub fn milestones(case: &Case, settings: &Settings, offset: FixedOffset) -> Vec<Milestone> {
    let mut all: Vec<Milestone> =
        deadlines(case, settings, offset).iter().flat_map(|d| milestones_of(&case.id, d)).collect();
    crate::domain::text::sort_by_key(&mut all, |m| m.at);
    all
}

/// The milestones to tell the seller about at `now`: due, not in `notified`,
/// and not moot (a warning whose deadline has passed: an overdue case is told
/// it is overdue, not also that it was at risk). Earliest first. Pass every
/// case of the log: samples and finished cases give none.
pub fn to_notify<'a>(
    cases: impl IntoIterator<Item = &'a Case>,
    settings: &Settings,
    offset: FixedOffset,
    now: DateTime<Utc>,
    notified: &Notified,
) -> Vec<Milestone> {
    let mut due: Vec<Milestone> = cases
        .into_iter()
        .flat_map(|case| milestones(case, settings, offset))
        .filter(|m| m.is_due(now) && !(m.kind.is_warning() && now >= m.deadline.at))
        .filter(|m| !notified.contains(&m.key()))
        .collect();
    crate::domain::text::sort_by(&mut due, |a, b| a.at.cmp(&b.at).then_with(|| a.case_id.cmp(&b.case_id)));
    due
}

/// The next moment after `now` a milestone falls due, to wake up then
/// instead of checking every second; `None`: nothing ahead.
pub fn next_due<'a>(
    cases: impl IntoIterator<Item = &'a Case>,
    settings: &Settings,
    offset: FixedOffset,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    cases.into_iter().flat_map(|case| milestones(case, settings, offset)).map(|m| m.at).filter(|at| *at > now).min()
}

/// The keys of the milestones the seller has been told about, kept by the UI
/// in localStorage (as a JSON array of strings, in the order told) and shared by the tabs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Notified(Vec<String>);

impl Notified {
    /// Reads a stored set; anything unreadable reads as empty (at worst a
    /// reminder is shown again).
    pub fn from_json(text: &str) -> Notified {
        serde_json::from_str(text).unwrap_or_default()
    }

    /// The set as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "[]".into())
    }

    /// Whether the milestone with this key was told.
    pub fn contains(&self, key: &str) -> bool {
        self.0.iter().any(|k| k == key)
    }

    /// Records that the seller was told about a milestone; `false` if already recorded.
    pub fn record(&mut self, milestone: &Milestone) -> bool {
        self.add(milestone.key())
    }

    /// Adds a key unless it is there. A list, not a set: a few hundred keys at
    /// most, and a set's code would weigh on the wasm.
    fn add(&mut self, key: String) -> bool {
        let new = !self.contains(&key);
        if new {
            self.0.push(key);
        }
        new
    }

    /// Adds what another tab recorded (read the stored set again just before
    /// writing, merge, then write).
    pub fn merge(&mut self, other: Notified) {
        for key in other.0 {
            self.add(key);
        }
    }

    /// Keeps only the keys of milestones that still exist in these cases, so
    /// the set cannot grow forever; `true` if it changed. Pass every case of
    /// the log, once it is loaded: a case missing here loses its keys.
    pub fn prune<'a>(
        &mut self,
        cases: impl IntoIterator<Item = &'a Case>,
        settings: &Settings,
        offset: FixedOffset,
    ) -> bool {
        let live: Vec<String> =
            cases.into_iter().flat_map(|case| milestones(case, settings, offset)).map(|m| m.key()).collect();
        let before = self.0.len();
        self.0.retain(|key| live.contains(key));
        self.0.len() != before
    }

    /// How many keys the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::{at, sample};
    use crate::domain::case::case_file::Action;
    use crate::domain::case::lifecycle::Solution;
    use crate::domain::deadlines::response_window::Countdown;
    use crate::domain::text::english_words;
    use crate::domain::EventId;
    use proptest::prelude::*;

    fn settings() -> Settings {
        Settings::default()
    }

    fn utc() -> FixedOffset {
        FixedOffset::east_opt(0).expect("UTC")
    }

    fn answer_due(due: DateTime<Utc>) -> Deadline {
        Deadline { kind: DeadlineKind::AnswerDue, at: due, warn_at: Some(due - hours(4)), day: None }
    }

    fn hours(h: i64) -> Duration {
        Duration::hours(h)
    }

    fn reply(case: &mut Case, asks: bool, id: &str, when: DateTime<Utc>) {
        let action = Action::AmazonReply { text: "Answer".into(), asks_for_information: asks, files: vec![] };
        case.apply(action, EventId(id.into()), when).unwrap();
    }

    fn kinds(list: &[Milestone]) -> Vec<MilestoneKind> {
        list.iter().map(|m| m.kind).collect()
    }

    fn keys(list: &[Milestone]) -> Vec<String> {
        list.iter().map(Milestone::key).collect()
    }

    /// What a tab does on each check: asks, then records what it showed.
    fn check(cases: &[Case], now: DateTime<Utc>, notified: &mut Notified) -> Vec<Milestone> {
        let due = to_notify(cases, &settings(), utc(), now, notified);
        for m in &due {
            notified.record(m);
        }
        due
    }

    #[test]
    fn a_new_case_is_at_risk_4_hours_before_its_due_time_then_overdue() {
        let case = sample("c", 9);
        let due = at(9) + hours(24);
        let all = milestones(&case, &settings(), utc());
        assert_eq!(
            all,
            [
                Milestone {
                    case_id: case.id.clone(),
                    kind: MilestoneKind::AtRisk,
                    at: due - hours(4),
                    deadline: answer_due(due)
                },
                Milestone {
                    case_id: case.id.clone(),
                    kind: MilestoneKind::Overdue,
                    at: due,
                    deadline: answer_due(due)
                },
            ]
        );
        assert_eq!(keys(&all), ["c/at-risk/20261127T090000Z", "c/overdue/20261127T090000Z"]);
        assert_eq!(deadlines(&case, &settings(), utc()), [answer_due(due)]);
    }

    #[test]
    fn at_risk_comes_before_overdue_and_each_is_told_once() {
        let cases = [sample("c", 9)];
        let due = at(9) + hours(24);
        let mut notified = Notified::default();
        assert!(check(&cases, at(10), &mut notified).is_empty());
        assert_eq!(kinds(&check(&cases, due - hours(3), &mut notified)), [MilestoneKind::AtRisk]);
        assert!(check(&cases, due - hours(2), &mut notified).is_empty(), "told already");
        assert_eq!(kinds(&check(&cases, due, &mut notified)), [MilestoneKind::Overdue]);
        assert!(check(&cases, due + hours(30), &mut notified).is_empty());
        assert_eq!(notified.len(), 2);
    }

    #[test]
    fn opening_case_desk_after_the_due_time_tells_overdue_only() {
        let cases = [sample("c", 9)];
        let mut notified = Notified::default();
        let late = check(&cases, at(9) + hours(40), &mut notified);
        assert_eq!(kinds(&late), [MilestoneKind::Overdue]);
        // The at-risk warning stays untold but is never told after the due time.
        assert!(check(&cases, at(9) + hours(41), &mut notified).is_empty());
    }

    #[test]
    fn reloads_tell_nothing_twice() {
        let cases = [sample("a", 9), sample("b", 10)];
        let now = at(9) + hours(24) + Duration::minutes(30);
        let mut stored = Notified::default();
        let first = check(&cases, now, &mut stored);
        assert_eq!(
            kinds(&first),
            [MilestoneKind::AtRisk, MilestoneKind::Overdue],
            "b turned at risk before a was late"
        );
        // A reload reads the stored set back and asks again, at the same moment and later.
        let mut reloaded = Notified::from_json(&stored.to_json());
        assert_eq!(reloaded, stored);
        assert!(check(&cases, now, &mut reloaded).is_empty());
        assert!(check(&cases, now + Duration::minutes(5), &mut reloaded).is_empty());
        assert!(
            to_notify(&cases, &settings(), utc(), now, &reloaded).is_empty(),
            "asking twice without recording in between"
        );
    }

    #[test]
    fn two_tabs_compute_the_same_keys_and_merge_what_they_told() {
        // Each tab read the case from storage on its own.
        let json = serde_json::to_string(&sample("c", 9)).unwrap();
        let tab_a: Vec<Case> = vec![serde_json::from_str(&json).unwrap()];
        let tab_b: Vec<Case> = vec![serde_json::from_str(&json).unwrap()];
        assert_eq!(keys(&milestones(&tab_a[0], &settings(), utc())), keys(&milestones(&tab_b[0], &settings(), utc())));
        let now = at(9) + hours(21);
        let mut stored = Notified::default();
        let mut a = stored.clone();
        let told_a = check(&tab_a, now, &mut a);
        // Tab B writes: it reads the stored set again, merges, writes.
        let mut fresh = Notified::from_json(&stored.to_json());
        fresh.merge(a.clone());
        stored = fresh;
        let mut b = Notified::from_json(&stored.to_json());
        assert!(check(&tab_b, now, &mut b).is_empty(), "tab B sees what tab A told");
        assert_eq!(told_a[0].notice(&tab_a[0], now, Lang::En).tag, told_a[0].key());
    }

    #[test]
    fn sample_cases_have_no_milestones() {
        let (cases, _) = crate::domain::transfer::samples::sample_cases(at(12), Lang::En);
        assert!(cases.iter().any(|c| Countdown::of(c, &settings(), at(12)).is_overdue()), "one sample is late");
        for case in &cases {
            assert!(milestones(case, &settings(), utc()).is_empty(), "{}", case.id);
            assert!(deadlines(case, &settings(), utc()).is_empty());
        }
        assert!(to_notify(&cases, &settings(), utc(), at(12) + hours(100), &Notified::default()).is_empty());
        assert_eq!(next_due(&cases, &settings(), utc(), at(12)), None);
    }

    #[test]
    fn resolved_and_closed_cases_have_none_and_answered_ones_wait_on_the_seller() {
        let mut case = sample("c", 9);
        reply(&mut case, true, "e2", at(12));
        assert!(milestones(&case, &settings(), utc()).is_empty(), "Amazon answered: nothing to wait for");
        let mut closed = sample("d", 9);
        closed
            .apply(Action::Close { no_further_action: false, note: String::new() }, EventId("e2".into()), at(10))
            .unwrap();
        assert!(milestones(&closed, &settings(), utc()).is_empty());
    }

    #[test]
    fn a_case_answered_in_time_has_no_overdue_milestone() {
        let mut case = sample("c", 9);
        let due = at(9) + hours(24);
        let mut notified = Notified::default();
        assert_eq!(kinds(&check(std::slice::from_ref(&case), due - hours(1), &mut notified)), [MilestoneKind::AtRisk]);
        reply(&mut case, false, "e2", due - Duration::minutes(30));
        assert!(check(std::slice::from_ref(&case), due + hours(5), &mut notified).is_empty());
        assert!(!milestones(&case, &settings(), utc()).iter().any(|m| m.kind == MilestoneKind::Overdue));
    }

    #[test]
    fn a_reopened_case_gets_fresh_keys_and_the_old_ones_are_pruned() {
        let mut case = sample("c", 9);
        let mut notified = Notified::default();
        let first = check(std::slice::from_ref(&case), at(9) + hours(30), &mut notified);
        assert_eq!(kinds(&first), [MilestoneKind::Overdue]);
        reply(&mut case, false, "e2", at(9) + hours(31));
        let resolve =
            Action::Resolve { solution: Solution::Refund, amount: None, satisfied: false, note: String::new() };
        case.apply(resolve, EventId("e3".into()), at(9) + hours(32)).unwrap();
        case.apply(Action::Reopen { reason: "Only half refunded".into() }, EventId("e4".into()), at(9) + hours(33))
            .unwrap();
        let fresh = milestones(&case, &settings(), utc());
        assert_eq!(keys(&fresh), ["c/at-risk/20261128T180000Z", "c/overdue/20261128T180000Z"]);
        assert!(fresh.iter().all(|m| !notified.contains(&m.key())));
        assert!(notified.prune(std::slice::from_ref(&case), &settings(), utc()), "the old overdue key is gone");
        assert!(notified.is_empty());
        assert_eq!(
            kinds(&check(std::slice::from_ref(&case), at(9) + hours(33 + 24), &mut notified)),
            [MilestoneKind::Overdue]
        );
    }

    #[test]
    fn my_reply_restarts_the_window_with_new_keys() {
        let mut case = sample("c", 9);
        let before = keys(&milestones(&case, &settings(), utc()));
        reply(&mut case, true, "e2", at(10));
        case.apply(Action::MyReply { text: "Here it is".into(), files: vec![] }, EventId("e3".into()), at(11)).unwrap();
        let after = keys(&milestones(&case, &settings(), utc()));
        assert_eq!(after, ["c/at-risk/20261127T110000Z", "c/overdue/20261127T110000Z"]);
        assert!(before.iter().all(|k| !after.contains(k)));
    }

    #[test]
    fn pruning_keeps_only_live_keys() {
        let cases = vec![sample("a", 9), sample("b", 9)];
        let mut notified = Notified::default();
        check(&cases, at(9) + hours(25), &mut notified);
        notified.merge(Notified::from_json(r#"["gone/overdue/20250101T000000Z","a/at-risk/20200101T000000Z"]"#));
        assert_eq!(notified.len(), 4);
        assert!(notified.prune(&cases, &settings(), utc()));
        assert_eq!(notified.to_json(), r#"["a/overdue/20261127T090000Z","b/overdue/20261127T090000Z"]"#);
        assert!(!notified.prune(&cases, &settings(), utc()), "nothing more to prune");
        // A case removed from the log takes its keys with it.
        notified.prune(&cases[..1], &settings(), utc());
        assert_eq!(notified.to_json(), r#"["a/overdue/20261127T090000Z"]"#);
        assert!(Notified::from_json("not json").is_empty());
    }

    #[test]
    fn changing_the_at_risk_hours_moves_the_warning_but_keeps_its_key() {
        let case = sample("c", 9);
        let six = Settings { at_risk_hours: 6, ..settings() };
        let (four, six) = (milestones(&case, &settings(), utc()), milestones(&case, &six, utc()));
        assert_eq!(four[0].at + hours(-2), six[0].at);
        assert_eq!(four[0].key(), six[0].key());
    }

    #[test]
    fn the_case_own_window_and_appeals_set_the_due_time() {
        let mut case = sample("c", 9);
        case.response_hours = Some(72);
        assert_eq!(milestones(&case, &settings(), utc())[1].deadline.at, at(9) + hours(72));
        // A window shorter than the at-risk hours is at risk from its start.
        case.response_hours = Some(2);
        let short = milestones(&case, &settings(), utc());
        assert_eq!((short[0].kind, short[0].at), (MilestoneKind::AtRisk, at(9)));
        // No at-risk warning at all with zero at-risk hours.
        case.response_hours = None;
        let none = Settings { at_risk_hours: 0, ..settings() };
        assert_eq!(kinds(&milestones(&case, &none, utc())), [MilestoneKind::Overdue]);
    }

    #[test]
    fn next_due_is_the_earliest_moment_ahead() {
        let cases = [sample("a", 9), sample("b", 11)];
        assert_eq!(next_due(&cases, &settings(), utc(), at(9)), Some(at(9) + hours(20)));
        assert_eq!(next_due(&cases, &settings(), utc(), at(9) + hours(20)), Some(at(11) + hours(20)));
        assert_eq!(next_due(&cases, &settings(), utc(), at(11) + hours(24)), None);
    }

    #[test]
    fn upcoming_deadlines_are_the_ones_still_ahead() {
        let case = sample("c", 9);
        assert_eq!(upcoming(&case, &settings(), utc(), at(10)).len(), 1);
        assert_eq!(upcoming(&case, &settings(), utc(), at(9) + hours(24)).len(), 1, "due now still counts");
        assert!(upcoming(&case, &settings(), utc(), at(9) + hours(25)).is_empty());
    }

    #[test]
    fn after_a_follow_up_the_next_one_is_a_milestone_of_its_own() {
        let mut case = sample("c", 9);
        let due = at(9) + hours(24);
        assert!(
            deadlines(&case, &settings(), utc()).iter().all(|d| d.kind != DeadlineKind::FollowUp),
            "the overdue reminder offers the first"
        );
        let mut notified = Notified::default();
        assert_eq!(kinds(&check(std::slice::from_ref(&case), due + hours(1), &mut notified)), [MilestoneKind::Overdue]);
        case.record_follow_up("Any news?", EventId("e2".into()), due + hours(2)).unwrap();
        let next = due + hours(2) + hours(24);
        let follow = Deadline { kind: DeadlineKind::FollowUp, at: next, warn_at: None, day: None };
        assert_eq!(deadlines(&case, &settings(), utc()), [answer_due(due), follow]);
        assert!(check(std::slice::from_ref(&case), next - Duration::seconds(1), &mut notified).is_empty());
        let told = check(std::slice::from_ref(&case), next, &mut notified);
        assert_eq!(keys(&told), ["c/follow-up/20261128T110000Z"]);
        let notice = told[0].notice(&case, next, Lang::En);
        assert_eq!(notice.title, "Time to follow up with Amazon: Case c");
        assert_eq!(notice.body, "Amazon has not answered since your follow-up: send another from the case page.");
        // A second follow-up: a new date, a new key; the old one is pruned.
        case.record_follow_up("Any news now?", EventId("e3".into()), next + hours(1)).unwrap();
        assert_eq!(
            keys(&check(std::slice::from_ref(&case), next + hours(25), &mut notified)),
            ["c/follow-up/20261129T120000Z"]
        );
        notified.prune(std::slice::from_ref(&case), &settings(), utc());
        assert_eq!(notified.to_json(), r#"["c/overdue/20261127T090000Z","c/follow-up/20261129T120000Z"]"#);
        // Amazon answers: nothing more to follow up.
        reply(&mut case, false, "e4", next + hours(26));
        assert!(milestones(&case, &settings(), utc()).is_empty());
    }

    #[test]
    fn a_milestone_replaces_only_its_own_deadline_s_earlier_ones() {
        let mut case = claim_case();
        let settings = settings();
        let all = milestones(&case, &settings, utc());
        let of = |kind| all.iter().find(|m| m.kind == kind).cloned().unwrap();
        let (at_risk, overdue, closing) =
            (of(MilestoneKind::AtRisk), of(MilestoneKind::Overdue), of(MilestoneKind::ClaimCloses));
        assert!(overdue.replaces(&at_risk), "overdue after at risk");
        assert!(!overdue.replaces(&closing) && !at_risk.replaces(&closing), "the claim window stays");
        assert!(!closing.replaces(&overdue));
        case.id = CaseId("other".into());
        let other = milestones(&case, &settings, utc());
        assert!(!other.iter().any(|m| m.replaces(&at_risk)), "another case's never");
    }

    fn claim_case() -> Case {
        let mut case = sample("c", 9);
        case.specific_problem = Some("reimburse-lost-warehouse".into());
        let date = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        case.claim_date = Some(crate::domain::case::claim_date::ClaimDate {
            window: crate::domain::catalog::claim_policy::ClaimKind::FulfilmentCentre,
            date,
        });
        case
    }

    #[test]
    fn a_claim_window_warns_from_the_first_day_it_is_closing_soon() {
        let case = claim_case();
        let beijing = FixedOffset::east_opt(8 * 3600).unwrap();
        let claim =
            deadlines(&case, &settings(), beijing).into_iter().find(|d| d.kind == DeadlineKind::ClaimCloses).unwrap();
        let utc_at = |text: &str| crate::domain::time::parse(text).unwrap();
        // The last day is 26 January 2027: warned from the start of the 19th, over at the end of the 26th, Beijing time.
        assert_eq!(
            claim,
            Deadline {
                kind: DeadlineKind::ClaimCloses,
                at: utc_at("2027-01-26T16:00:00Z"),
                warn_at: Some(utc_at("2027-01-18T16:00:00Z")),
                day: NaiveDate::from_ymd_opt(2027, 1, 26),
            }
        );
        let m =
            milestones(&case, &settings(), beijing).into_iter().find(|m| m.kind == MilestoneKind::ClaimCloses).unwrap();
        assert_eq!(m.key(), "c/claim-closes/20270126");
        assert_eq!(
            m.key(),
            milestones(&case, &settings(), utc())
                .into_iter()
                .find(|m| m.kind == MilestoneKind::ClaimCloses)
                .unwrap()
                .key(),
            "the same key in every time zone"
        );
        let n = m.notice(&case, utc_at("2027-01-20T01:00:00Z"), Lang::En);
        assert_eq!(
            (n.title.as_str(), n.body.as_str()),
            ("Claim window closing soon: Case c", "Last day to claim: 26 Jan 2027. File the claim in Seller Central.")
        );
        assert_eq!(
            m.notice(&case, utc_at("2027-01-20T01:00:00Z"), Lang::Zh).body,
            "最后索赔日期：2027年1月26日。请在卖家平台提交索赔。"
        );
        // A resolved case (reimbursed) has no claim reminder.
        let mut resolved = case.clone();
        resolved.status = crate::domain::CaseStatus::Resolved;
        assert!(deadlines(&resolved, &settings(), beijing).is_empty());
    }

    #[test]
    fn the_claim_reminder_is_due_exactly_while_the_window_is_closing_soon() {
        use crate::domain::deadlines::claim_window::{ClaimStatus, ClaimWindow};
        use crate::domain::time::local_today;
        let case = claim_case();
        let window = ClaimWindow::of(&case, &settings()).unwrap();
        for offset_hours in [-10, 0, 8, 14] {
            let offset = FixedOffset::east_opt(offset_hours * 3600).unwrap();
            let mut now = crate::domain::time::parse("2027-01-15T00:30:00Z").unwrap();
            while now < crate::domain::time::parse("2027-01-29T00:00:00Z").unwrap() {
                let told = to_notify([&case], &settings(), offset, now, &Notified::default());
                let claim = told.iter().any(|m| m.kind == MilestoneKind::ClaimCloses);
                let closing = matches!(window.status(local_today(now, offset)), ClaimStatus::ClosingSoon { .. });
                assert_eq!(claim, closing, "{now} at UTC{offset_hours:+}");
                now += hours(1);
            }
        }
    }

    #[test]
    fn notices_are_short_and_say_what_to_do() {
        let mut case = sample("c", 9);
        case.subject = "Damaged on arrival: order 112-4738291-5047863, the buyer sent photos of the broken lid".into();
        case.amazon_case_id = Some("12345678901".into());
        let due = at(9) + hours(24);
        let m = |kind, at| Milestone { case_id: case.id.clone(), kind, at, deadline: answer_due(due) };
        let risk =
            m(MilestoneKind::AtRisk, due - hours(4)).notice(&case, due - hours(3) - Duration::minutes(55), Lang::En);
        assert_eq!(risk.title, "Amazon's answer is due soon: Damaged on arrival: order 112-4738…");
        assert_eq!(risk.body, "3 h 55 min left before Amazon's answer is due. Amazon case ID: 12345678901.");
        let late = m(MilestoneKind::Overdue, due).notice(&case, due + hours(50), Lang::En);
        assert_eq!(late.title, "Amazon's answer is overdue: Damaged on arrival: order 112-47382…");
        assert_eq!(
            late.body,
            "Overdue by 2 days: send Amazon a follow-up from the case page. Amazon case ID: 12345678901."
        );
        assert_eq!(late.tag, "c/overdue/20261127T090000Z");
        let zh = m(MilestoneKind::Overdue, due).notice(&case, due + Duration::minutes(62), Lang::Zh);
        assert!(zh.title.starts_with("亚马逊的答复已逾期：Damaged"), "{}", zh.title);
        assert_eq!(zh.body, "已逾期 1 小时 2 分：请在问题页面向亚马逊发送跟进消息。亚马逊问题编号：12345678901。");
        case.subject = "Short".into();
        assert_eq!(MilestoneKind::Overdue.title(&case.subject, Lang::Zh), "亚马逊的答复已逾期：Short");
        assert_eq!(MilestoneKind::Overdue.title(" \n ", Lang::En), "Amazon's answer is overdue");
    }

    #[test]
    fn every_notice_fits_and_the_chinese_has_no_english() {
        let mut case = sample("c", 9);
        case.amazon_case_id = Some("12345678901".into());
        for subject in
            ["订单 112-4738291-5047863 的商品在运输途中损坏，买家已发送照片".repeat(3), "x".repeat(300), String::new()]
        {
            case.subject = subject;
            for kind in MilestoneKind::ALL {
                let deadline =
                    Deadline { day: Some(at(9).date_naive() + Duration::days(4)), ..answer_due(at(9) + hours(100)) };
                let m = Milestone { case_id: case.id.clone(), kind, at: at(9), deadline };
                for lang in Lang::ALL {
                    for now in [at(8), at(9) + hours(99), at(9) + hours(300)] {
                        let n = m.notice(&case, now, lang);
                        assert!(n.title.chars().count() <= TITLE_MAX, "{}", n.title);
                        assert!(n.body.chars().count() <= 120, "{}", n.body);
                        if lang == Lang::Zh && !case.subject.starts_with('x') {
                            assert_eq!(
                                english_words(&format!("{} {}", n.title, n.body)),
                                Vec::<String>::new(),
                                "{n:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_digest_counts_cases_and_kinds() {
        let m =
            |case: &str, kind| Milestone { case_id: CaseId(case.into()), kind, at: at(9), deadline: answer_due(at(9)) };
        let list = [
            m("a", MilestoneKind::Overdue),
            m("b", MilestoneKind::Overdue),
            m("c", MilestoneKind::AtRisk),
            m("c", MilestoneKind::ClaimCloses),
        ];
        let en = digest(&list, Lang::En);
        assert_eq!(
            (en.title.as_str(), en.body.as_str()),
            ("3 cases need you", "1 due soon · 2 overdue · 1 claim window closing")
        );
        let zh = digest(&list, Lang::Zh);
        assert_eq!(
            (zh.title.as_str(), zh.body.as_str()),
            ("3 个问题需要您处理", "1 个即将逾期 · 2 个已逾期 · 1 个索赔期限即将截止")
        );
        assert_eq!(digest(&list[..1], Lang::En).title, "1 case needs you");
        assert_eq!(
            digest(&[m("a", MilestoneKind::ClaimCloses), m("b", MilestoneKind::ClaimCloses)], Lang::En).body,
            "2 claim windows closing"
        );
        assert_eq!(en.tag, DIGEST_TAG);
    }

    #[test]
    fn settings_saved_before_reminders_read_them_off() {
        let old: Settings =
            serde_json::from_str(r#"{"response_hours":24,"at_risk_hours":4,"appeal_hours":48,"store_name":"Shop"}"#)
                .unwrap();
        assert!(!old.reminders);
        let on = Settings { reminders: true, ..Settings::default() };
        assert_eq!(serde_json::from_str::<Settings>(&serde_json::to_string(&on).unwrap()).unwrap(), on);
    }

    proptest! {
        // Whatever the windows and the moment, a milestone to tell is what the
        // countdown shows (at risk or overdue), and the same check twice tells
        // nothing the second time.
        #[test]
        fn reminders_follow_the_countdown(response in 1u32..100, at_risk in 0u32..120, minutes in 0i64..(100 * 60 + 120), seconds in 1i64..60) {
            let settings = Settings { response_hours: response, at_risk_hours: at_risk, ..Settings::default() };
            let cases = [sample("c", 9)];
            let now = at(9) + Duration::minutes(minutes) + Duration::seconds(seconds);
            let due = to_notify(&cases, &settings, utc(), now, &Notified::default());
            let countdown = Countdown::of(&cases[0], &settings, now);
            let expected = match countdown {
                Countdown::Overdue { .. } => vec![MilestoneKind::Overdue],
                Countdown::Left { at_risk: true, .. } => vec![MilestoneKind::AtRisk],
                _ => vec![],
            };
            prop_assert_eq!(kinds(&due), expected);
            let mut notified = Notified::default();
            for m in &due {
                notified.record(m);
            }
            prop_assert!(to_notify(&cases, &settings, utc(), now, &notified).is_empty());
            prop_assert!(!notified.clone().prune(&cases, &settings, utc()));
        }
    }
}
