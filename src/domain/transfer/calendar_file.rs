//! Calendar files: the deadlines of a case, or of every case, as an RFC 5545
//! iCalendar file that Google Calendar, Outlook and Apple Calendar import.
//!
//! - One `VEVENT` per [`Deadline`]: Amazon's answer due, the next follow-up,
//!   the last day to claim. Its `UID` is the case and the kind of deadline
//!   (`{case id}-answer-due@case-desk`), not the time: when a reply restarts
//!   the window, exporting again moves the same event instead of adding one.
//!   `SEQUENCE` counts minutes since 2026 at export, so each export is newer
//!   than the one before, as RFC 5546 asks of an update.
//! - Times in UTC (`DTSTART:20261127T090000Z`), a 30-minute `DURATION`,
//!   `TRANSP:TRANSPARENT` (it does not make the seller busy), and a
//!   `VALARM` (`ACTION:DISPLAY`) at the at-risk moment. The last day to claim
//!   is a whole day of the seller's (`DTSTART;VALUE=DATE:20270126`): a UTC
//!   time would put it on the wrong day far from UTC; its alarm rings at 09:00
//!   on the first day the window is closing soon.
//! - Text escaped (`\\`, `\;`, `\,`, newlines as `\n`; control characters,
//!   which iCalendar text cannot hold, dropped), lines folded at 75 octets
//!   without splitting a UTF-8 character or an escape, CRLF line endings.
//!
//! The test-only `reader::parse` reads such a file back (unfolds, splits properties, unescapes
//! with `Component::text`) for the tests.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};

use crate::domain::case::case_file::Case;
use crate::domain::deadlines::milestone::{upcoming, Deadline, DeadlineKind, MilestoneKind};
use crate::domain::settings::Settings;
use crate::domain::time::{basic_date, basic_date_time, iso_day};
use crate::domain::Lang;

/// The MIME type to download a calendar file with.
pub const MIME_TYPE: &str = "text/calendar;charset=utf-8";

/// Who wrote the file (RFC 5545's `PRODID`).
const PRODID: &str = "-//Case Desk//Case Desk//EN";

/// The longest line, in octets, before it is folded (CRLF not counted).
pub const LINE_MAX: usize = 75;

/// A calendar file ready to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarFile {
    /// The file name, `case-desk-….ics`.
    pub name: String,
    /// The file's text.
    pub text: String,
    /// How many events it holds (at least one).
    pub events: usize,
}

/// "Add to calendar" on a case: its deadlines still to come at `now`, or
/// `None` when there are none (a sample, a finished case, one waiting on the
/// seller, or one already overdue). `offset` is the seller's UTC offset now.
pub fn case_calendar(
    case: &Case,
    settings: &Settings,
    offset: FixedOffset,
    now: DateTime<Utc>,
    lang: Lang,
) -> Option<CalendarFile> {
    let events: Vec<Event> = upcoming(case, settings, offset, now).iter().map(|d| event(case, d, now, lang)).collect();
    let name = format!("case-desk-case-{}.ics", file_part(case.amazon_case_id.as_deref().unwrap_or(&case.id.0)));
    calendar_file(name, &events, now)
}

/// "Export due dates" on the log: the deadlines still to come of every case
/// given (pass the cases the log shows), earliest first; `None` when there
/// are none. The file is named after the seller's day.
pub fn due_dates_calendar<'a>(
    cases: impl IntoIterator<Item = &'a Case>,
    settings: &Settings,
    offset: FixedOffset,
    now: DateTime<Utc>,
    lang: Lang,
) -> Option<CalendarFile> {
    let mut events: Vec<Event> = cases
        .into_iter()
        .flat_map(|case| upcoming(case, settings, offset, now).into_iter().map(move |d| event(case, &d, now, lang)))
        .collect();
    crate::domain::text::sort_by(&mut events, |a, b| a.sort_key().cmp(&b.sort_key()));
    let today = (now + Duration::seconds(i64::from(offset.local_minus_utc()))).date_naive();
    calendar_file(format!("case-desk-due-dates-{}.ics", iso_day(&today)), &events, now)
}

fn calendar_file(name: String, events: &[Event], now: DateTime<Utc>) -> Option<CalendarFile> {
    (!events.is_empty()).then(|| CalendarFile { name, text: write(events, now), events: events.len() })
}

/// Letters, digits and dashes of `text`, at most 40: a file name part.
fn file_part(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect()
}

/// When an event starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Start {
    /// At a moment (written in UTC).
    At(DateTime<Utc>),
    /// A whole day of the seller's.
    Day(NaiveDate),
}

/// One `VEVENT`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Event {
    uid: String,
    start: Start,
    /// When it ends, for sorting (a day ends at the seller's midnight).
    end: DateTime<Utc>,
    summary: String,
    description: String,
    /// When the alarm rings, relative to the start (negative: before).
    alarm: Duration,
    alarm_text: String,
    last_modified: DateTime<Utc>,
}

impl Event {
    fn sort_key(&self) -> (DateTime<Utc>, &str) {
        (self.end, &self.uid)
    }
}

/// The event of one deadline of `case`.
fn event(case: &Case, deadline: &Deadline, now: DateTime<Utc>, lang: Lang) -> Event {
    let subject = case.subject.split_whitespace().collect::<Vec<_>>().join(" ");
    let (what, alarm_kind) = match deadline.kind {
        DeadlineKind::AnswerDue => (lang.pick("Amazon's answer due", "亚马逊答复截止"), MilestoneKind::AtRisk),
        DeadlineKind::FollowUp => (lang.pick("Follow up with Amazon again", "再次跟进亚马逊"), MilestoneKind::FollowUp),
        DeadlineKind::ClaimCloses => (lang.pick("Last day to claim", "最后索赔日"), MilestoneKind::ClaimCloses),
    };
    let summary =
        if subject.is_empty() { what.to_string() } else { format!("{what}{}{subject}", lang.pick(": ", "：")) };
    let mut lines = vec![match deadline.kind {
        DeadlineKind::AnswerDue => lang.pick("Amazon is expected to answer your case by this time.", "亚马逊应在此时间前答复您的问题。"),
        DeadlineKind::FollowUp => lang.pick(
            "By this time a whole response window has passed since your last follow-up: if Amazon is still silent, follow up again.",
            "届时距您上次跟进已满一个回复时限：如果亚马逊仍未答复，请再次跟进。",
        ),
        DeadlineKind::ClaimCloses => lang.pick(
            "The last day Amazon accepts the claim, counted from the date you entered in Case Desk.",
            "根据您在 Case Desk 中填写的日期计算，这是亚马逊接受索赔的最后一天。",
        ),
    }
    .to_string()];
    lines.push(lang.pick(format!("Case: {subject}"), format!("问题：{subject}")));
    if let Some(id) = &case.amazon_case_id {
        lines.push(lang.pick(format!("Amazon case ID: {id}"), format!("亚马逊问题编号：{id}")));
    }
    lines.push(
        match deadline.kind {
            DeadlineKind::AnswerDue => lang.pick(
                "What to do: if Amazon has not answered by then, open the case in Case Desk and send the follow-up it writes for you.",
                "如何处理：如果届时亚马逊仍未答复，请在 Case Desk 中打开此问题，发送为您写好的跟进消息。",
            ),
            DeadlineKind::FollowUp => lang.pick(
                "What to do: open the case in Case Desk and send the next follow-up it writes for you.",
                "如何处理：请在 Case Desk 中打开此问题，发送为您写好的下一条跟进消息。",
            ),
            DeadlineKind::ClaimCloses => lang.pick(
                "What to do: file the claim in Seller Central by the end of this day. Amazon may change its claim windows: check its current policy.",
                "如何处理：请在当天结束前在卖家平台提交索赔。亚马逊可能调整索赔期限，请以其最新政策为准。",
            ),
        }
        .to_string(),
    );
    let (start, alarm) = match deadline.day {
        // The deadline ends at the midnight after the day, the warning starts
        // at a midnight: whole days apart. The alarm rings at 09:00.
        Some(day) => {
            let lead_days = deadline.warn_at.map_or(0, |w| (deadline.at - w).num_days() - 1);
            (Start::Day(day), Duration::hours(9) - Duration::days(lead_days))
        }
        None => (Start::At(deadline.at), deadline.warn_at.map_or(Duration::zero(), |w| w - deadline.at)),
    };
    Event {
        uid: format!("{}-{}@case-desk", case.id, deadline.kind.slug()),
        start,
        end: deadline.at,
        summary,
        description: lines.join("\n"),
        alarm,
        alarm_text: alarm_kind.title(&case.subject, lang),
        last_modified: case.last_activity().min(now),
    }
}

/// The events as a calendar file's text, stamped `now`.
fn write(events: &[Event], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let mut put = |name: &str, value: &str| fold_into(&mut out, &format!("{name}:{value}"));
    put("BEGIN", "VCALENDAR");
    put("VERSION", "2.0");
    put("PRODID", PRODID);
    put("CALSCALE", "GREGORIAN");
    put("METHOD", "PUBLISH");
    let sequence = sequence(now).to_string();
    for event in events {
        put("BEGIN", "VEVENT");
        put("UID", &escape(&event.uid));
        put("DTSTAMP", &basic_date_time(&now));
        match event.start {
            Start::At(at) => {
                put("DTSTART", &basic_date_time(&at));
                put("DURATION", "PT30M");
            }
            Start::Day(day) => {
                put("DTSTART;VALUE=DATE", &basic_date(&day));
                put("DURATION", "P1D");
            }
        }
        put("SEQUENCE", &sequence);
        put("LAST-MODIFIED", &basic_date_time(&event.last_modified));
        put("SUMMARY", &escape(&event.summary));
        put("DESCRIPTION", &escape(&event.description));
        put("TRANSP", "TRANSPARENT");
        put("BEGIN", "VALARM");
        put("ACTION", "DISPLAY");
        put("TRIGGER", &duration(event.alarm));
        put("DESCRIPTION", &escape(&event.alarm_text));
        put("END", "VALARM");
        put("END", "VEVENT");
    }
    put("END", "VCALENDAR");
    out
}

/// Minutes from 2026 to `now`: grows with every export, so a calendar takes
/// the newer export as an update of the same event.
fn sequence(now: DateTime<Utc>) -> i32 {
    let since = now - DateTime::from_timestamp(1_767_225_600, 0).unwrap_or_default(); // 2026-01-01T00:00:00Z
    i32::try_from(since.num_minutes().max(0)).unwrap_or(i32::MAX)
}

/// A duration as iCalendar writes it: `PT30M`, `-PT4H`, `-P6DT15H`, `PT0S`
/// (a minute is written between hours and seconds, as the grammar asks).
pub fn duration(d: Duration) -> String {
    let total = d.num_seconds();
    let sign = if total < 0 { "-" } else { "" };
    let s = total.unsigned_abs();
    if s == 0 {
        return "PT0S".into();
    }
    let (days, h, m, sec) = (s / 86_400, s % 86_400 / 3600, s % 3600 / 60, s % 60);
    let mut out = format!("{sign}P");
    if days > 0 {
        out.push_str(&format!("{days}D"));
    }
    if h + m + sec > 0 {
        out.push('T');
        if h > 0 {
            out.push_str(&format!("{h}H"));
        }
        if m > 0 || (h > 0 && sec > 0) {
            out.push_str(&format!("{m}M"));
        }
        if sec > 0 {
            out.push_str(&format!("{sec}S"));
        }
    }
    out
}

/// Whether iCalendar text may not hold `c` (RFC 5545's CONTROL: every ASCII
/// control but the tab).
fn is_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{a}'..='\u{1f}' | '\u{7f}')
}

/// Text as iCalendar keeps it: line breaks (CRLF, CR or LF) as LF, the other
/// control characters dropped.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| *c == '\n' || !is_control(*c)).collect()
}

/// A TEXT value escaped: `\` `;` `,` and line breaks (RFC 5545, 3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded: no line longer than [`LINE_MAX`]
/// octets, each continuation starting with a space, never inside a UTF-8
/// character or an escape (`\n` stays whole, which some readers need), CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let mut unit = String::from(c);
        if c == '\\' {
            unit.extend(chars.next());
        }
        if width + unit.len() > LINE_MAX {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push_str(&unit);
        width += unit.len();
    }
    out.push_str("\r\n");
}

/// The reader of calendar files, strict (CRLF only, every `BEGIN` closed):
/// the tests read every file written back with it. Case Desk itself only writes.
#[cfg(test)]
mod reader {

    /// A TEXT value read back: `\\` `\;` `\,` `\n` `\N` undone; any other
    /// backslash kept as it is.
    pub fn unescape(value: &str) -> String {
        let mut out = String::with_capacity(value.len());
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(e @ ('\\' | ';' | ',')) => out.push(e),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        }
        out
    }

    /// A component read back: `VCALENDAR`, `VEVENT`, `VALARM`…
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct Component {
        /// Its name, in capitals.
        pub name: String,
        /// Its properties, in order.
        pub properties: Vec<Property>,
        /// The components inside it, in order.
        pub components: Vec<Component>,
    }

    /// A property read back, its value as written (still escaped).
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Property {
        /// Its name, in capitals.
        pub name: String,
        /// Its parameters (`VALUE=DATE`), names in capitals, quotes removed.
        pub params: Vec<(String, String)>,
        /// Its value.
        pub value: String,
    }

    impl Component {
        /// The first property with this name.
        pub fn property(&self, name: &str) -> Option<&Property> {
            self.properties.iter().find(|p| p.name == name)
        }

        /// The value of a property, as written.
        pub fn value(&self, name: &str) -> Option<&str> {
            self.property(name).map(|p| p.value.as_str())
        }

        /// The value of a TEXT property, unescaped.
        pub fn text(&self, name: &str) -> Option<String> {
            self.value(name).map(unescape)
        }

        /// The components inside with this name.
        pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Component> + 'a {
            self.components.iter().filter(move |c| c.name == name)
        }
    }

    /// Why a file could not be read, and on which (physical) line, from 1.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ParseError {
        /// The line.
        pub line: usize,
        /// What is wrong.
        pub reason: &'static str,
    }

    impl std::fmt::Display for ParseError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "line {}: {}", self.line, self.reason)
        }
    }

    /// Reads a calendar file strictly: CRLF line endings only, folded lines
    /// unfolded, one outer component, every `BEGIN` closed by its `END`.
    pub fn parse(text: &str) -> Result<Component, ParseError> {
        let fail = |line, reason| Err(ParseError { line, reason });
        let Some(body) = text.strip_suffix("\r\n") else { return fail(1, "the file does not end with CRLF") };
        let mut logical: Vec<(usize, String)> = Vec::new();
        for (i, physical) in body.split("\r\n").enumerate() {
            if physical.contains(['\r', '\n']) {
                return fail(i + 1, "a line break that is not CRLF");
            }
            match (physical.strip_prefix([' ', '\t']), logical.last_mut()) {
                (Some(rest), Some((_, line))) => line.push_str(rest),
                (Some(_), None) => return fail(i + 1, "a continuation line with nothing to continue"),
                (None, _) => logical.push((i + 1, physical.to_string())),
            }
        }
        let mut open: Vec<Component> = Vec::new();
        let mut root = None;
        for (n, line) in logical {
            let Some(property) = property(&line) else { return fail(n, "not a NAME:value line") };
            if root.is_some() {
                return fail(n, "a line after the end of the calendar");
            }
            match property.name.as_str() {
                "BEGIN" => open.push(Component { name: property.value.to_ascii_uppercase(), ..Component::default() }),
                "END" => {
                    let Some(done) = open.pop() else { return fail(n, "END without BEGIN") };
                    if done.name != property.value.to_ascii_uppercase() {
                        return fail(n, "END of another component");
                    }
                    match open.last_mut() {
                        Some(parent) => parent.components.push(done),
                        None => root = Some(done),
                    }
                }
                _ => match open.last_mut() {
                    Some(component) => component.properties.push(property),
                    None => return fail(n, "a property outside any component"),
                },
            }
        }
        match root {
            Some(root) if open.is_empty() => Ok(root),
            _ => fail(text.matches("\r\n").count(), "a component is not closed"),
        }
    }

    /// `NAME;PARAM=value;PARAM="quoted:value":value`, or `None`.
    fn property(line: &str) -> Option<Property> {
        let mut quoted = false;
        let colon = line.char_indices().find(|&(_, c)| {
            quoted ^= c == '"';
            c == ':' && !quoted
        })?;
        let (head, value) = (&line[..colon.0], &line[colon.0 + 1..]);
        let mut parts = Vec::new();
        let (mut from, mut quoted) = (0, false);
        for (i, c) in head.char_indices() {
            quoted ^= c == '"';
            if c == ';' && !quoted {
                parts.push(&head[from..i]);
                from = i + 1;
            }
        }
        parts.push(&head[from..]);
        let name = parts[0];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return None;
        }
        let params = parts[1..]
            .iter()
            .map(|p| p.split_once('=').map(|(k, v)| (k.to_ascii_uppercase(), v.trim_matches('"').to_string())))
            .collect::<Option<Vec<_>>>()?;
        Some(Property { name: name.to_ascii_uppercase(), params, value: value.to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::reader::*;
    use super::*;
    use crate::domain::case::case_file::tests::{at, sample};
    use crate::domain::case::case_file::Action;
    use crate::domain::text::english_words;
    use crate::domain::EventId;
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn utc() -> FixedOffset {
        FixedOffset::east_opt(0).expect("UTC")
    }

    fn settings() -> Settings {
        Settings::default()
    }

    /// Every physical line: at most 75 octets, valid UTF-8 on its own, never
    /// ending inside an escape; the file ends with CRLF and has no other breaks.
    fn assert_well_formed(text: &str) {
        assert!(text.ends_with("\r\n"));
        let bytes = text.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'\n' {
                assert!(i > 0 && bytes[i - 1] == b'\r', "a bare LF at byte {i}");
            }
            if *b == b'\r' {
                assert_eq!(bytes.get(i + 1), Some(&b'\n'), "a bare CR at byte {i}");
            }
        }
        for line in text[..text.len() - 2].split("\r\n") {
            assert!(line.len() <= LINE_MAX, "{} octets: {line}", line.len());
            assert!(std::str::from_utf8(line.as_bytes()).is_ok());
            let trailing = line.bytes().rev().take_while(|b| *b == b'\\').count();
            assert_eq!(trailing % 2, 0, "an escape split at the fold: {line}");
        }
    }

    /// Checks a file as RFC 5545 asks and returns its events.
    fn events_of(file: &CalendarFile) -> Vec<Component> {
        assert_well_formed(&file.text);
        let calendar = parse(&file.text).expect("the file reads back");
        assert_eq!(calendar.name, "VCALENDAR");
        assert_eq!(calendar.value("VERSION"), Some("2.0"));
        assert_eq!(calendar.value("PRODID"), Some(PRODID));
        assert_eq!(calendar.value("CALSCALE"), Some("GREGORIAN"));
        assert_eq!(calendar.value("METHOD"), Some("PUBLISH"));
        let events: Vec<Component> = calendar.all("VEVENT").cloned().collect();
        assert_eq!(events.len(), file.events);
        assert_eq!(calendar.components.len(), events.len(), "nothing but events");
        let uids: HashSet<&str> = events.iter().map(|e| e.value("UID").expect("a UID")).collect();
        assert_eq!(uids.len(), events.len(), "UIDs are unique");
        let is_utc = |v: &str| {
            v.len() == 16
                && v.as_bytes()[8] == b'T'
                && v.ends_with('Z')
                && v.chars().filter(char::is_ascii_digit).count() == 14
        };
        for e in &events {
            assert!(e.value("UID").expect("a UID").ends_with("@case-desk"));
            assert!(is_utc(e.value("DTSTAMP").expect("a DTSTAMP")));
            assert!(is_utc(e.value("LAST-MODIFIED").expect("a LAST-MODIFIED")));
            let start = e.property("DTSTART").expect("a DTSTART");
            if start.params.is_empty() {
                assert!(is_utc(&start.value), "{}", start.value);
            } else {
                assert_eq!(start.params, [("VALUE".to_string(), "DATE".to_string())]);
                assert!(start.value.len() == 8 && start.value.chars().all(|c| c.is_ascii_digit()));
            }
            assert!(e.property("DURATION").is_some() && e.property("DTEND").is_none());
            assert!(e.value("SEQUENCE").expect("a SEQUENCE").parse::<i32>().is_ok());
            assert!(!e.text("SUMMARY").expect("a SUMMARY").is_empty());
            assert!(!e.text("DESCRIPTION").expect("a DESCRIPTION").is_empty());
            let alarms: Vec<&Component> = e.all("VALARM").collect();
            assert_eq!(alarms.len(), 1);
            assert_eq!(alarms[0].value("ACTION"), Some("DISPLAY"));
            assert!(alarms[0].value("TRIGGER").is_some_and(|t| t.contains('P')));
            assert!(!alarms[0].text("DESCRIPTION").expect("the alarm's text").is_empty());
        }
        events
    }

    #[test]
    fn a_case_exports_its_answer_due_with_an_alarm_at_the_at_risk_moment() {
        let mut case = sample("c1", 9);
        case.amazon_case_id = Some("12345678901".into());
        let now = at(10);
        let file = case_calendar(&case, &settings(), utc(), now, Lang::En).expect("a deadline ahead");
        assert_eq!(file.name, "case-desk-case-12345678901.ics");
        let events = events_of(&file);
        let e = &events[0];
        assert_eq!(e.value("UID"), Some("c1-answer-due@case-desk"));
        assert_eq!(e.value("DTSTART"), Some("20261127T090000Z"));
        assert_eq!(e.value("DTSTAMP"), Some("20261126T100000Z"));
        assert_eq!(e.value("DURATION"), Some("PT30M"));
        assert_eq!(e.value("TRANSP"), Some("TRANSPARENT"));
        assert_eq!(e.text("SUMMARY").as_deref(), Some("Amazon's answer due: Case c1"));
        assert_eq!(
            e.text("DESCRIPTION").as_deref(),
            Some("Amazon is expected to answer your case by this time.\nCase: Case c1\nAmazon case ID: 12345678901\nWhat to do: if Amazon has not answered by then, open the case in Case Desk and send the follow-up it writes for you.")
        );
        let alarm = e.all("VALARM").next().unwrap();
        assert_eq!(alarm.value("TRIGGER"), Some("-PT4H"));
        assert_eq!(alarm.text("DESCRIPTION").as_deref(), Some("Amazon's answer is due soon: Case c1"));
        // Written as it must be: escaped commas in the description, CRLF, folded.
        assert!(file.text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Case Desk//Case Desk//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"));
        assert!(file.text.contains("\r\n "), "the description is folded");
        assert!(file.text.ends_with("END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    #[test]
    fn nothing_to_add_for_samples_finished_waiting_or_overdue_cases() {
        let (samples, _) = crate::domain::transfer::samples::sample_cases(at(12), Lang::En);
        assert!(samples.iter().all(|c| case_calendar(c, &settings(), utc(), at(12), Lang::En).is_none()));
        assert!(due_dates_calendar(&samples, &settings(), utc(), at(12), Lang::En).is_none());
        let case = sample("c", 9);
        assert!(
            case_calendar(&case, &settings(), utc(), at(9) + Duration::hours(25), Lang::En).is_none(),
            "overdue: nothing ahead"
        );
        let mut answered = sample("d", 9);
        let reply = Action::AmazonReply { text: "Send the invoice".into(), asks_for_information: true, files: vec![] };
        answered.apply(reply, EventId("e2".into()), at(10)).unwrap();
        assert!(case_calendar(&answered, &settings(), utc(), at(11), Lang::En).is_none());
    }

    #[test]
    fn exporting_again_moves_the_same_event_with_a_newer_sequence() {
        let mut case = sample("c", 9);
        let first = case_calendar(&case, &settings(), utc(), at(10), Lang::En).unwrap();
        let reply = Action::AmazonReply { text: "Send the invoice".into(), asks_for_information: true, files: vec![] };
        case.apply(reply, EventId("e2".into()), at(11)).unwrap();
        case.apply(Action::MyReply { text: "Attached".into(), files: vec![] }, EventId("e3".into()), at(12)).unwrap();
        let second = case_calendar(&case, &settings(), utc(), at(13), Lang::En).unwrap();
        let (a, b) = (&events_of(&first)[0], &events_of(&second)[0]);
        assert_eq!(a.value("UID"), b.value("UID"));
        assert_eq!((a.value("DTSTART"), b.value("DTSTART")), (Some("20261127T090000Z"), Some("20261127T120000Z")));
        let seq = |e: &Component| e.value("SEQUENCE").unwrap().parse::<i32>().unwrap();
        assert!(seq(b) > seq(a));
        assert_eq!(b.value("LAST-MODIFIED"), Some("20261126T120000Z"));
        // The same export twice is the same file.
        assert_eq!(case_calendar(&case, &settings(), utc(), at(13), Lang::En), Some(second));
    }

    #[test]
    fn the_log_exports_every_deadline_ahead_earliest_first() {
        let mut late = sample("late", 1);
        late.subject = "Late one".into();
        let (samples, _) = crate::domain::transfer::samples::sample_cases(at(12), Lang::En);
        let mut cases = vec![sample("b", 11), sample("a", 10), late];
        cases.extend(samples);
        let offset = FixedOffset::east_opt(8 * 3600).unwrap();
        let file = due_dates_calendar(&cases, &settings(), offset, at(20) + Duration::hours(6), Lang::En)
            .expect("two cases ahead");
        assert_eq!(file.name, "case-desk-due-dates-2026-11-27.ics", "the seller's day at UTC+8");
        let uids: Vec<String> = events_of(&file).iter().map(|e| e.value("UID").unwrap().to_string()).collect();
        assert_eq!(uids, ["a-answer-due@case-desk", "b-answer-due@case-desk"]);
    }

    #[test]
    fn chinese_calendars_fold_by_octets_and_have_no_english() {
        let mut case = sample("c", 9);
        case.subject = "订单 112-4738291-5047863 的商品在运输途中损坏；买家已发送照片，请尽快赔偿".into();
        case.amazon_case_id = Some("12345678901".into());
        let file = case_calendar(&case, &settings(), utc(), at(10), Lang::Zh).unwrap();
        let e = &events_of(&file)[0];
        assert_eq!(e.text("SUMMARY"), Some(format!("亚马逊答复截止：{}", case.subject)));
        let lines = file.text.split("\r\n").filter(|l| l.chars().any(crate::domain::text::is_cjk)).count();
        assert!(lines > 3, "Chinese text is folded over several lines");
        let all = format!(
            "{} {} {}",
            e.text("SUMMARY").unwrap(),
            e.text("DESCRIPTION").unwrap(),
            e.all("VALARM").next().unwrap().text("DESCRIPTION").unwrap()
        );
        assert_eq!(english_words(&all), Vec::<String>::new(), "{all}");
    }

    #[test]
    fn after_a_follow_up_the_next_one_is_an_event_too() {
        let mut case = sample("c", 9);
        case.record_follow_up("Any news?", EventId("e2".into()), at(9) + Duration::hours(26)).unwrap();
        let now = at(9) + Duration::hours(27);
        let file = case_calendar(&case, &settings(), utc(), now, Lang::En).expect("the next follow-up is ahead");
        let events = events_of(&file);
        assert_eq!(events.len(), 1, "the answer is overdue already: only the follow-up is ahead");
        assert_eq!(events[0].value("UID"), Some("c-follow-up@case-desk"));
        assert_eq!(events[0].value("DTSTART"), Some("20261128T110000Z"));
        assert_eq!(events[0].all("VALARM").next().unwrap().value("TRIGGER"), Some("PT0S"));
        for lang in Lang::ALL {
            assert!(case_calendar(&case, &settings(), utc(), now, lang).is_some());
        }
    }

    #[test]
    fn the_last_day_to_claim_is_a_whole_day_with_an_alarm_a_week_ahead() {
        let mut case = sample("c", 9);
        case.specific_problem = Some("reimburse-lost-warehouse".into());
        let date = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        case.claim_date = Some(crate::domain::case::claim_date::ClaimDate {
            window: crate::domain::catalog::claim_policy::ClaimKind::FulfilmentCentre,
            date,
        });
        let now = crate::domain::time::parse("2027-01-10T12:00:00Z").unwrap();
        for offset_hours in [-10, 0, 8] {
            let offset = FixedOffset::east_opt(offset_hours * 3600).unwrap();
            let file = case_calendar(&case, &settings(), offset, now, Lang::En).expect("the claim window is open");
            let events = events_of(&file);
            assert_eq!(events.len(), 1, "the answer was due long ago: only the claim is ahead");
            let e = &events[0];
            assert_eq!(e.value("UID"), Some("c-claim-closes@case-desk"));
            assert_eq!(e.property("DTSTART").unwrap().value, "20270126", "the same day in every time zone");
            assert_eq!(e.value("DURATION"), Some("P1D"));
            assert_eq!(e.all("VALARM").next().unwrap().value("TRIGGER"), Some("-P6DT15H"), "09:00 seven days before");
            assert_eq!(e.text("SUMMARY").as_deref(), Some("Last day to claim: Case c"));
        }
        case.subject = "运营中心丢失 3 件商品".into();
        let zh = case_calendar(&case, &settings(), FixedOffset::east_opt(8 * 3600).unwrap(), now, Lang::Zh).unwrap();
        let e = &events_of(&zh)[0];
        let all = format!(
            "{} {} {}",
            e.text("SUMMARY").unwrap(),
            e.text("DESCRIPTION").unwrap(),
            e.all("VALARM").next().unwrap().text("DESCRIPTION").unwrap()
        );
        assert_eq!(english_words(&all), Vec::<String>::new(), "{all}");
        assert!(all.contains("亚马逊可能调整索赔期限"));
    }

    #[test]
    fn text_is_escaped_and_read_back() {
        let text = "a\\b;c,d\ne\r\nf\rg\u{7}h\tend";
        assert_eq!(escape(text), "a\\\\b\\;c\\,d\\ne\\nf\\ngh\tend");
        assert_eq!(unescape(&escape(text)), "a\\b;c,d\ne\nf\ngh\tend");
        assert_eq!(unescape("x\\Ny\\q\\"), "x\ny\\q\\");
    }

    #[test]
    fn folding_counts_octets_and_keeps_characters_and_escapes_whole() {
        for text in [
            "a".repeat(200),
            "中".repeat(100),
            "😀".repeat(60),
            format!("{}\\n{}", "a".repeat(72), "b".repeat(10)),
            "\\,".repeat(80),
        ] {
            let mut out = String::new();
            fold_into(&mut out, &format!("DESCRIPTION:{text}"));
            assert_well_formed(&out);
            let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
            assert_eq!(unfolded, format!("DESCRIPTION:{text}"));
        }
        let mut exact = String::new();
        fold_into(&mut exact, &"x".repeat(75));
        assert_eq!(exact, format!("{}\r\n", "x".repeat(75)), "75 octets fit on one line");
        let mut cjk = String::new();
        fold_into(&mut cjk, &format!("{}中", "x".repeat(73)));
        assert_eq!(cjk, format!("{}\r\n 中\r\n", "x".repeat(73)), "a 3-octet character that does not fit moves whole");
    }

    #[test]
    fn durations_follow_the_grammar() {
        assert_eq!(duration(Duration::minutes(30)), "PT30M");
        assert_eq!(duration(-Duration::hours(4)), "-PT4H");
        assert_eq!(duration(Duration::zero()), "PT0S");
        assert_eq!(duration(Duration::hours(9) - Duration::days(7)), "-P6DT15H");
        assert_eq!(duration(Duration::days(1)), "P1D");
        assert_eq!(duration(-(Duration::hours(1) + Duration::seconds(5))), "-PT1H0M5S");
        assert_eq!(duration(Duration::seconds(61)), "PT1M1S");
    }

    #[test]
    fn the_parser_refuses_what_is_not_a_calendar() {
        let reason = |text: &str| parse(text).unwrap_err().reason;
        assert_eq!(reason("BEGIN:VCALENDAR\nEND:VCALENDAR\r\n"), "a line break that is not CRLF");
        assert_eq!(reason("BEGIN:VCALENDAR\r\nEND:VCALENDAR"), "the file does not end with CRLF");
        assert_eq!(reason("BEGIN:VCALENDAR\r\nEND:VEVENT\r\n"), "END of another component");
        assert_eq!(reason("BEGIN:VCALENDAR\r\n"), "a component is not closed");
        assert_eq!(reason("VERSION:2.0\r\n"), "a property outside any component");
        assert_eq!(reason(" x\r\n"), "a continuation line with nothing to continue");
        assert_eq!(reason("BEGIN:VCALENDAR\r\nno colon\r\nEND:VCALENDAR\r\n"), "not a NAME:value line");
        let ok = parse("BEGIN:VCALENDAR\r\nX-A;P=\"a:b;c\";Q=d:va\r\n lue:1\r\nEND:VCALENDAR\r\n").unwrap();
        let p = ok.property("X-A").unwrap();
        assert_eq!(p.params, [("P".to_string(), "a:b;c".to_string()), ("Q".to_string(), "d".to_string())]);
        assert_eq!(p.value, "value:1");
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        let c = prop_oneof![
            4 => any::<char>(),
            2 => prop::sample::select(vec!['\\', ';', ',', '\n', '\r', '\t', ' ', ':', '"']),
            2 => prop::sample::select(vec!['中', '文', '。', '😀', 'é', 'ü']),
        ];
        prop::collection::vec(c, 0..300).prop_map(String::from_iter)
    }

    proptest! {
        // Any summary and description, in any script: the file is well formed
        // and reads back as written (control characters, which iCalendar text
        // cannot hold, dropped; line breaks as LF).
        #[test]
        fn any_text_reads_back(summary in text_strategy(), description in text_strategy(), offset_hours in -12i32..15) {
            let event = Event {
                uid: "c;1,x-answer-due@case-desk".into(),
                start: Start::At(at(9)),
                end: at(9),
                summary: summary.clone(),
                description: description.clone(),
                alarm: -Duration::hours(4),
                alarm_text: summary.clone(),
                last_modified: at(8),
            };
            let day = Event { start: Start::Day(at(9).date_naive() + Duration::days(i64::from(offset_hours))), ..event.clone() };
            let text = write(&[event, day], at(10));
            assert_well_formed(&text);
            let calendar = parse(&text).unwrap();
            let events: Vec<&Component> = calendar.all("VEVENT").collect();
            prop_assert_eq!(events.len(), 2);
            for e in events {
                prop_assert_eq!(e.text("SUMMARY"), Some(clean(&summary)));
                prop_assert_eq!(e.text("DESCRIPTION"), Some(clean(&description)));
                prop_assert_eq!(e.text("UID"), Some("c;1,x-answer-due@case-desk".to_string()));
                prop_assert_eq!(e.all("VALARM").next().unwrap().text("DESCRIPTION"), Some(clean(&summary)));
            }
            // Without control characters, exactly what was written.
            let plain: String = summary.chars().filter(|c| !c.is_control() || *c == '\t').collect();
            prop_assert_eq!(unescape(&escape(&plain)), plain);
        }
    }
}
