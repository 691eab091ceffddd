//! Timestamps as Case Desk stores and exports them: RFC 3339 in UTC,
//! `2026-11-27T13:05:00Z`, with as many fraction digits as the time needs
//! (none, 3, 6 or 9): byte for byte what chrono's serde support wrote before.
//!
//! Written here instead of chrono's `serde` feature: its parser (every format
//! chrono can read) cost the first load about 3 KB gzip for one format.
//! `#[serde(with = "crate::domain::time")]` on a `DateTime<Utc>` field,
//! `crate::domain::time::option` on an `Option<DateTime<Utc>>`.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeDelta, Timelike, Utc};
use serde::de::{Error, Visitor};
use serde::{Deserializer, Serializer};
use std::fmt::Write;

use crate::domain::Lang;

/// `2026-11-27T13:05:00Z`, `2026-11-27T13:05:00.120Z`.
pub fn rfc3339(at: &DateTime<Utc>) -> String {
    let mut out = String::with_capacity(30);
    let year = at.year();
    let _ = if (0..=9999).contains(&year) { write!(out, "{year:04}") } else { write!(out, "{year:+05}") };
    let _ = write!(out, "-{:02}-{:02}T{:02}:{:02}:{:02}", at.month(), at.day(), at.hour(), at.minute(), at.second());
    let nanos = at.nanosecond() % 1_000_000_000;
    let _ = if nanos == 0 {
        Ok(())
    } else if nanos % 1_000_000 == 0 {
        write!(out, ".{:03}", nanos / 1_000_000)
    } else if nanos % 1_000 == 0 {
        write!(out, ".{:06}", nanos / 1_000)
    } else {
        write!(out, ".{nanos:09}")
    };
    out.push('Z');
    out
}

/// Reads RFC 3339: a date, `T` (or `t` or a space), a time with any number of
/// fraction digits (nanoseconds kept), and `Z` or an offset such as `+01:00`.
pub fn parse(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    let digits = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        part.iter().try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    };
    let at = |i: usize, c: &[u8]| b.get(i).is_some_and(|x| c.contains(x));
    if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt ") && at(13, b":") && at(16, b":")) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(digits(0, 4)? as i32, digits(5, 2)?, digits(8, 2)?)?;
    let mut i = 19;
    let mut nanos = 0u32;
    if at(i, b".") {
        let fraction = b[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
        if fraction == 0 {
            return None;
        }
        nanos = digits(i + 1, fraction.min(9))? * 10u32.pow(9 - fraction.min(9) as u32);
        i += 1 + fraction;
    }
    let time = date.and_hms_nano_opt(digits(11, 2)?, digits(14, 2)?, digits(17, 2)?, nanos)?;
    let offset_seconds = match b.get(i..)? {
        b"Z" | b"z" => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let seconds = i64::from(digits(i + 1, 2)? * 3600 + digits(i + 4, 2)? * 60);
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    Some(time.checked_sub_signed(TimeDelta::seconds(offset_seconds))?.and_utc())
}

/// For `#[serde(with = "crate::domain::time")]`.
pub fn serialize<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&rfc3339(at))
}

/// For `#[serde(with = "crate::domain::time")]`.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(Rfc3339)
}

struct Rfc3339;

impl Visitor<'_> for Rfc3339 {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a date and time such as 2026-11-27T13:05:00Z")
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
        parse(text).ok_or_else(|| E::custom(format!("\"{text}\" is not a date and time such as 2026-11-27T13:05:00Z")))
    }
}

/// For `#[serde(default, with = "crate::domain::time::option")]` on an `Option<DateTime<Utc>>`.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(at: &Option<DateTime<Utc>>, serializer: S) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => super::serialize(at, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        deserializer.deserialize_option(Optional)
    }

    struct Optional;

    impl<'de> Visitor<'de> for Optional {
        type Value = Option<DateTime<Utc>>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date and time, or null")
        }

        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            super::deserialize(deserializer).map(Some)
        }
    }
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const WEEKDAYS_ZH: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// "Thu" / "周四".
fn weekday(at: &impl Datelike, lang: Lang) -> &'static str {
    let day = at.weekday().num_days_from_monday() as usize;
    lang.pick(WEEKDAYS, WEEKDAYS_ZH)[day]
}

/// "Thu 14:05" / "周四 14:05": the weekday and time of a moment in the zone it carries.
pub fn weekday_time(at: &(impl Datelike + Timelike), lang: Lang) -> String {
    format!("{} {:02}:{:02}", weekday(at, lang), at.hour(), at.minute())
}

/// "Fri 27 Nov 2026, 13:05" (chrono's `%a %-d %b %Y, %H:%M`, without its
/// formatter) / "2026年11月27日 周五 13:05" (year, month, day, then the weekday,
/// as Chinese calendars write it).
pub fn day_and_time(at: &(impl Datelike + Timelike), lang: Lang) -> String {
    let (hour, minute) = (at.hour(), at.minute());
    match lang {
        Lang::En => {
            let day = format!("{} {} {}", at.day(), MONTHS[at.month0() as usize], at.year());
            format!("{} {day}, {hour:02}:{minute:02}", weekday(at, lang))
        }
        Lang::Zh => {
            format!("{}年{}月{}日 {} {hour:02}:{minute:02}", at.year(), at.month(), at.day(), weekday(at, lang))
        }
    }
}

/// A UTC offset as a seller reads it beside a time: "UTC", "UTC+1",
/// "UTC+5:30", "UTC-8" (the same in both languages).
pub fn utc_offset(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    let (sign, minutes) = (if seconds < 0 { '-' } else { '+' }, seconds.unsigned_abs() / 60);
    match (minutes / 60, minutes % 60) {
        (0, 0) => "UTC".into(),
        (hours, 0) => format!("UTC{sign}{hours}"),
        (hours, minutes) => format!("UTC{sign}{hours}:{minutes:02}"),
    }
}

/// "27 Nov 2026" / "2026年11月27日": a calendar day, without weekday or time.
pub fn calendar_day(day: &impl Datelike, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {} {}", day.day(), MONTHS[day.month0() as usize], day.year()),
        Lang::Zh => format!("{}年{}月{}日", day.year(), day.month(), day.day()),
    }
}

/// "23 Nov" / "11月23日": a day of the month, without the year.
pub fn day_month(day: &impl Datelike, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {}", day.day(), MONTHS[day.month0() as usize]),
        Lang::Zh => format!("{}月{}日", day.month(), day.day()),
    }
}

/// "2026-11-27".
pub fn iso_day(day: &impl Datelike) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// A moment in UTC in ISO 8601's basic format, as iCalendar writes it and
/// reminders key it: `20261127T090000Z`.
pub fn basic_date_time(at: &DateTime<Utc>) -> String {
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", at.year(), at.month(), at.day(), at.hour(), at.minute(), at.second())
}

/// A day in ISO 8601's basic format: `20270126`.
pub fn basic_date(day: &NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// The seller's calendar date at `now`, at their UTC offset (what the UI
/// passes as "today").
pub fn local_today(now: DateTime<Utc>, offset: FixedOffset) -> NaiveDate {
    now.with_timezone(&offset).date_naive()
}

/// Reads a day as `<input type="date">` gives it: `2026-11-27`, nothing else.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// For `#[serde(with = "crate::domain::time::day")]`: a day as `2026-11-27` in stored JSON.
pub mod day {
    use chrono::NaiveDate;
    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(day: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::iso_day(day))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        super::parse_day(&text).ok_or_else(|| D::Error::custom(format!("\"{text}\" is not a date such as 2026-11-27")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, SecondsFormat, TimeZone};
    use proptest::prelude::*;

    #[test]
    fn writes_as_chrono_wrote_it() {
        let at = Utc.with_ymd_and_hms(2026, 11, 27, 13, 5, 0).unwrap();
        assert_eq!(rfc3339(&at), "2026-11-27T13:05:00Z");
        assert_eq!(rfc3339(&(at + TimeDelta::milliseconds(120))), "2026-11-27T13:05:00.120Z");
        assert_eq!(rfc3339(&(at + TimeDelta::microseconds(5))), "2026-11-27T13:05:00.000005Z");
        assert_eq!(rfc3339(&(at + TimeDelta::nanoseconds(7))), "2026-11-27T13:05:00.000000007Z");
    }

    #[test]
    fn reads_offsets_fractions_and_lower_case() {
        let at = Utc.with_ymd_and_hms(2026, 11, 27, 13, 5, 0).unwrap();
        assert_eq!(parse("2026-11-27T13:05:00Z"), Some(at));
        assert_eq!(parse("2026-11-27t13:05:00z"), Some(at));
        assert_eq!(parse("2026-11-27 14:05:00+01:00"), Some(at));
        assert_eq!(parse("2026-11-27T08:35:00-04:30"), Some(at));
        assert_eq!(parse("2026-11-27T13:05:00.1Z"), Some(at + TimeDelta::milliseconds(100)));
        assert_eq!(parse("2026-11-27T13:05:00.1234567891Z"), Some(at + TimeDelta::nanoseconds(123_456_789)));
    }

    #[test]
    fn refuses_what_is_not_a_date_and_time() {
        for text in [
            "",
            "last Tuesday",
            "2026-11-27",
            "2026-11-27T13:05Z",
            "2026-11-27T13:05:00",
            "2026-11-27T13:05:00.Z",
            "2026-13-27T13:05:00Z",
            "2026-02-30T13:05:00Z",
            "2026-11-27T24:05:00Z",
            "2026-11-27T13:05:00+0100",
            "2026-11-27T13:05:00Z ",
            "2026-11-27T13:05:00+01:0x",
            "２026-11-27T13:05:00Z",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn serde_names_the_bad_value() {
        #[derive(serde::Deserialize, Debug)]
        struct Event {
            #[serde(with = "super")]
            #[allow(dead_code)]
            at: DateTime<Utc>,
        }
        let err = serde_json::from_str::<Event>(r#"{"at": "last Tuesday"}"#).unwrap_err();
        assert!(
            err.to_string().contains("\"last Tuesday\" is not a date and time such as 2026-11-27T13:05:00Z"),
            "{err}"
        );
        // Escaped characters in the string are read too.
        assert!(serde_json::from_str::<Event>(r#"{"at": "2026-11-27T13:05:00\u005A"}"#).is_ok());
    }

    proptest! {
        #[test]
        fn agrees_with_chrono(seconds in 0i64..253_402_300_799, nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000, (0u32..1000).prop_map(|n| n * 1_000_000)], offset_minutes in -1439i32..1440) {
            let at = DateTime::from_timestamp(seconds, nanos).unwrap();
            // Writing: as chrono's serde support wrote it.
            let written = rfc3339(&at);
            prop_assert_eq!(&written, &at.to_rfc3339_opts(SecondsFormat::AutoSi, true));
            prop_assert_eq!(parse(&written), Some(at));
            // Reading another offset: the same instant as chrono reads it.
            let offset = FixedOffset::east_opt(offset_minutes * 60).unwrap();
            let elsewhere = at.with_timezone(&offset).to_rfc3339();
            prop_assert_eq!(parse(&elsewhere), DateTime::parse_from_rfc3339(&elsewhere).ok().map(|t| t.with_timezone(&Utc)));
        }
    }

    #[test]
    fn chinese_dates_read_year_month_day_and_the_weekday() {
        use chrono::{NaiveDate, NaiveTime};
        let friday = NaiveDate::from_ymd_opt(2026, 11, 27)
            .expect("a day")
            .and_time(NaiveTime::from_hms_opt(13, 5, 0).expect("a time"));
        assert_eq!(day_and_time(&friday, Lang::Zh), "2026年11月27日 周五 13:05");
        assert_eq!(day_and_time(&friday, Lang::En), "Fri 27 Nov 2026, 13:05");
        assert_eq!(weekday_time(&friday, Lang::Zh), "周五 13:05");
        let sunday = NaiveDate::from_ymd_opt(2027, 1, 3)
            .expect("a day")
            .and_time(NaiveTime::from_hms_opt(9, 0, 0).expect("a time"));
        assert_eq!(day_and_time(&sunday, Lang::Zh), "2027年1月3日 周日 09:00");
        assert_eq!(weekday_time(&sunday, Lang::Zh), "周日 09:00");
    }

    #[test]
    fn dates_read_as_chrono_formats_them() {
        use chrono::{FixedOffset, TimeZone};
        let zone = FixedOffset::east_opt(5 * 3600 + 1800).expect("valid offset");
        let mut at = zone.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().expect("a moment");
        while at.year() < 2028 {
            assert_eq!(weekday_time(&at, Lang::En), at.format("%a %H:%M").to_string());
            assert_eq!(day_and_time(&at, Lang::En), at.format("%a %-d %b %Y, %H:%M").to_string());
            assert_eq!(iso_day(&at.date_naive()), at.format("%Y-%m-%d").to_string());
            at += chrono::Duration::minutes(6 * 60 + 7);
        }
    }
}
