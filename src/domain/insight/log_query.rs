//! The questions the case log asks: which cases need the seller, what a
//! search finds, how the list is filtered and sorted, and how that is written
//! in the page address so reload and Back keep it.

use chrono::{DateTime, Utc};

use crate::domain::case::case_file::Case;
use crate::domain::deadlines::response_window::Countdown;
use crate::domain::settings::Settings;
use crate::domain::{CaseStatus, Lang, ProblemType, Text};

/// How the log is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Cases due soonest first (late ones first of all).
    #[default]
    DueSoonest,
    /// Most recent activity first.
    RecentlyUpdated,
    /// Most recently opened first.
    Newest,
}

impl SortOrder {
    /// Every order, as the menu lists them.
    pub const ALL: [SortOrder; 3] = [SortOrder::DueSoonest, SortOrder::RecentlyUpdated, SortOrder::Newest];

    /// The name a seller reads.
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            SortOrder::DueSoonest => Text::new("Due soonest", "最先截止"),
            SortOrder::RecentlyUpdated => Text::new("Recently updated", "最近更新"),
            SortOrder::Newest => Text::new("Newest", "最新提交"),
        };
        text.get(lang)
    }

    /// The value in the address.
    pub fn slug(self) -> &'static str {
        match self {
            SortOrder::DueSoonest => "due",
            SortOrder::RecentlyUpdated => "updated",
            SortOrder::Newest => "newest",
        }
    }

    /// The order with this address value.
    pub fn from_slug(slug: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// What the seller asked the log for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogQuery {
    /// Words to find (all of them, anywhere in the case).
    pub text: String,
    /// Only this status.
    pub status: Option<CaseStatus>,
    /// Only this problem type.
    pub problem_type: Option<ProblemType>,
    /// The order.
    pub sort: SortOrder,
}

impl LogQuery {
    /// Reads the query from the address's parameters (unknown values are ignored).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> LogQuery {
        LogQuery {
            text: get("q").unwrap_or_default(),
            status: get("status").and_then(|s| CaseStatus::ALL.into_iter().find(|c| c.slug() == s)),
            problem_type: get("type").and_then(|t| ProblemType::from_slug(&t)),
            sort: get("sort").and_then(|s| SortOrder::from_slug(&s)).unwrap_or_default(),
        }
    }

    /// The address's parameters for this query (defaults left out).
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.text.trim().is_empty() {
            params.push(("q", self.text.clone()));
        }
        if let Some(status) = self.status {
            params.push(("status", status.slug().to_string()));
        }
        if let Some(problem_type) = self.problem_type {
            params.push(("type", problem_type.slug().to_string()));
        }
        if self.sort != SortOrder::default() {
            params.push(("sort", self.sort.slug().to_string()));
        }
        params
    }
}

/// Everything a search looks through, lower-cased once per case change.
pub fn search_text(case: &Case) -> String {
    let mut text = String::with_capacity(256);
    let mut add = |s: &str| {
        text.push_str(&crate::domain::text::lower(s));
        text.push('\n');
    };
    add(&case.subject);
    add(&case.description);
    add(&case.id.0);
    if let Some(id) = &case.amazon_case_id {
        add(id);
    }
    for identifier in &case.identifiers {
        add(&identifier.value);
    }
    for event in &case.events {
        // The seller's and Amazon's words are what is searched; a plan's titles
        // (here in English) are not.
        if let Some(t) = event.kind.text(Lang::En) {
            add(&t);
        }
    }
    text
}

/// Whether every word of the search is in the case's search text.
pub fn matches(search_text: &str, words: &[String]) -> bool {
    words.iter().all(|w| search_text.contains(w.as_str()))
}

/// The search split into lower-cased words.
pub fn search_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(crate::domain::text::lower).collect()
}

/// Whether the case waits on the seller or is late.
pub fn needs_you(case: &Case, countdown: &Countdown) -> bool {
    matches!(case.status, CaseStatus::Answered | CaseStatus::NeedsAttention) || countdown.is_overdue()
}

/// The cases the query's filters and words select, in the order given: the
/// ones the log lists (in its own order) and the overview counts.
pub fn select<'a>(
    cases: impl Iterator<Item = (&'a Case, &'a str)>,
    query: &LogQuery,
) -> impl Iterator<Item = &'a Case> {
    let (status, problem_type, words) = (query.status, query.problem_type, search_words(&query.text));
    cases
        .filter(move |(case, text)| {
            status.is_none_or(|s| case.status == s)
                && problem_type.is_none_or(|t| case.problem_type == t)
                && matches(text, &words)
        })
        .map(|(case, _)| case)
}

/// The log's two groups, in order.
#[derive(Debug, Default)]
pub struct Grouped<'a> {
    /// Answered, needing attention or late; late ones first.
    pub needs_you: Vec<&'a Case>,
    /// Everything else found.
    pub others: Vec<&'a Case>,
}

/// Filters, groups and sorts `cases` (each with its search text).
pub fn arrange<'a>(
    cases: impl Iterator<Item = (&'a Case, &'a str)>,
    query: &LogQuery,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Grouped<'a> {
    // Each case's sort key is worked out once, not in every comparison.
    let key = |case: &Case, countdown: &Countdown| -> (bool, i64) {
        let millis = |t: DateTime<Utc>| t.timestamp_millis();
        match query.sort {
            // Cases with a due time first, soonest (or latest overdue) first; then the most recent.
            SortOrder::DueSoonest => {
                countdown.due().map_or((true, -millis(case.last_activity())), |due| (false, millis(due)))
            }
            SortOrder::RecentlyUpdated => (false, -millis(case.last_activity())),
            SortOrder::Newest => (false, -millis(case.created_at)),
        }
    };
    let mut found: Vec<(&Case, Countdown, (bool, i64))> = select(cases, query)
        .map(|case| {
            let countdown = Countdown::of(case, settings, now);
            let key = key(case, &countdown);
            (case, countdown, key)
        })
        .collect();
    crate::domain::text::sort_by(&mut found, |(a, _, ka), (b, _, kb)| ka.cmp(kb).then_with(|| a.id.cmp(&b.id)));
    let mut grouped = Grouped::default();
    let mut late = Vec::new();
    for (case, countdown, _) in found {
        if countdown.is_overdue() {
            late.push(case);
        } else if needs_you(case, &countdown) {
            grouped.needs_you.push(case);
        } else {
            grouped.others.push(case);
        }
    }
    // Overdue cases go to the very top, the most overdue first.
    crate::domain::text::sort_by_key(&mut late, |c| Countdown::of(c, settings, now).due());
    late.extend(grouped.needs_you);
    grouped.needs_you = late;
    grouped
}

/// How many cases have each status (statuses with none left out).
pub fn status_counts<'a>(cases: impl Iterator<Item = &'a Case>) -> Vec<(CaseStatus, usize)> {
    let mut counts: Vec<(CaseStatus, usize)> = CaseStatus::ALL.iter().map(|s| (*s, 0)).collect();
    for case in cases {
        if let Some(entry) = counts.iter_mut().find(|(s, _)| *s == case.status) {
            entry.1 += 1;
        }
    }
    counts.retain(|(_, n)| *n > 0);
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::{at, sample};
    use crate::domain::case::case_file::Action;
    use crate::domain::EventId;
    use chrono::Duration;

    fn ids(cases: &[&Case]) -> Vec<String> {
        cases.iter().map(|c| c.id.0.clone()).collect()
    }

    fn with_text(cases: &[Case]) -> Vec<(Case, String)> {
        cases.iter().map(|c| (c.clone(), search_text(c))).collect()
    }

    fn arrange_all<'a>(indexed: &'a [(Case, String)], q: &LogQuery, now: DateTime<Utc>) -> Grouped<'a> {
        arrange(indexed.iter().map(|(c, t)| (c, t.as_str())), q, &Settings::default(), now)
    }

    #[test]
    fn late_and_answered_cases_come_first_late_at_the_top() {
        let early = sample("early", 1); // due 01:00 next day
        let fresh = sample("fresh", 9);
        let mut answered = sample("answered", 5);
        answered
            .apply(
                Action::AmazonReply { text: "We need the invoice".into(), asks_for_information: true, files: vec![] },
                EventId("x".into()),
                at(6),
            )
            .unwrap();
        let indexed = with_text(&[fresh, answered, early]);
        let now = at(1) + Duration::hours(25); // "early" is an hour late
        let g = arrange_all(&indexed, &LogQuery::default(), now);
        assert_eq!(ids(&g.needs_you), ["early", "answered"]);
        assert_eq!(ids(&g.others), ["fresh"]);
    }

    /// The ids of the cases a search finds, in both groups, sorted.
    fn found(indexed: &[(Case, String)], text: &str) -> Vec<String> {
        let q = LogQuery { text: text.into(), ..LogQuery::default() };
        let g = arrange_all(indexed, &q, at(11));
        let mut all = ids(&g.needs_you);
        all.extend(ids(&g.others));
        all.sort();
        all
    }

    #[test]
    fn search_finds_words_in_messages_identifiers_and_case_ids() {
        let mut a = sample("a", 9);
        a.apply(
            Action::AmazonReply {
                text: "Your reimbursement is approved".into(),
                asks_for_information: false,
                files: vec![],
            },
            EventId("x".into()),
            at(10),
        )
        .unwrap();
        let mut b = sample("b", 9);
        b.amazon_case_id = Some("12345678901".into());
        let indexed = with_text(&[a, b]);
        let search = |text: &str| found(&indexed, text);
        assert_eq!(search("REIMBURSEMENT approved"), ["a"]);
        assert_eq!(search("12345678901"), ["b"]);
        assert_eq!(search("112-4738291-5047863"), ["a", "b"]);
        assert_eq!(search("zzqx nonsense"), Vec::<String>::new());
        assert_eq!(search("   "), ["a", "b"]);
    }

    #[test]
    fn search_finds_chinese_words_inside_chinese_text() {
        // Chinese is written without spaces: a word is found anywhere in the text.
        let mut a = sample("a", 9);
        a.description = "亚马逊运营中心丢失了三件货物，库存分类账没有赔偿记录。".into();
        let mut b = sample("b", 9);
        b.subject = "商品信息被禁止显示".into();
        let indexed = with_text(&[a, b]);
        let search = |text: &str| found(&indexed, text);
        assert_eq!(search("丢失"), ["a"]);
        assert_eq!(search("赔偿 库存"), ["a"]);
        // An ideographic space separates words too.
        assert_eq!(search("禁止\u{3000}显示"), ["b"]);
        assert_eq!(search("丢失 显示"), Vec::<String>::new());
        // Identifiers are still found in a Chinese case.
        assert_eq!(search("112-4738291-5047863"), ["a", "b"]);
    }

    #[test]
    fn filters_by_status_and_type_and_sorts() {
        let mut closed = sample("closed", 8);
        closed
            .apply(Action::Close { no_further_action: false, note: String::new() }, EventId("x".into()), at(8))
            .unwrap();
        let mut tax = sample("tax", 7);
        tax.problem_type = ProblemType::Tax;
        let newest = sample("newest", 10);
        let indexed = with_text(&[closed, tax, newest]);
        let q = LogQuery { status: Some(CaseStatus::Closed), ..LogQuery::default() };
        assert_eq!(ids(&arrange_all(&indexed, &q, at(11)).others), ["closed"]);
        let q = LogQuery { problem_type: Some(ProblemType::Tax), ..LogQuery::default() };
        assert_eq!(ids(&arrange_all(&indexed, &q, at(11)).others), ["tax"]);
        let q = LogQuery { sort: SortOrder::Newest, ..LogQuery::default() };
        assert_eq!(ids(&arrange_all(&indexed, &q, at(11)).others), ["newest", "closed", "tax"]);
        let q = LogQuery::default(); // due soonest; the closed case has no due time and goes last
        assert_eq!(ids(&arrange_all(&indexed, &q, at(11)).others), ["tax", "newest", "closed"]);
        let counts = status_counts(indexed.iter().map(|(c, _)| c));
        assert_eq!(counts, [(CaseStatus::Open, 2), (CaseStatus::Closed, 1)]);
    }

    #[test]
    fn the_query_round_trips_through_the_address() {
        let q = LogQuery {
            text: "lost units".into(),
            status: Some(CaseStatus::NeedsAttention),
            problem_type: Some(ProblemType::Tax),
            sort: SortOrder::Newest,
        };
        let params = q.to_params();
        let back = LogQuery::from_params(|k| params.iter().find(|(p, _)| *p == k).map(|(_, v)| v.clone()));
        assert_eq!(back, q);
        assert!(LogQuery::default().to_params().is_empty());
        let junk = LogQuery::from_params(|k| Some(format!("junk-{k}")));
        assert_eq!(junk, LogQuery { text: "junk-q".into(), ..LogQuery::default() });
    }
}
