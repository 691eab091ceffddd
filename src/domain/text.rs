//! Small text and ordering helpers shared by the domain and the UI, written
//! here instead of pulled from `std` where `std`'s general version costs the
//! first load many kilobytes: each `sort_by` call site compiles a copy of the
//! stable sort, and `to_lowercase` brings all of Unicode's case tables.

use std::cmp::Ordering;

use chrono::{Datelike, Timelike};

use super::Lang;

/// Sorts `items` stably by `compare`, through one shared copy of the sort.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// [`sort_by`] on a key.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Positions `0..len` in the order `compare` gives them (stable). Not generic:
/// the one place the sort is compiled.
#[inline(never)]
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// A letter in lower case: ASCII, Latin-1, Latin Extended-A, Greek and
/// Cyrillic capitals (the scripts sellers' marketplaces write in); any other
/// character as it is (Chinese, Japanese and digits have no case).
pub fn lower_char(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => code + 32,
        0x400..=0x40F => code + 80,
        0x100..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The text in lower case, by [`lower_char`].
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// The text with its first letter in lower case ("Email" → "email").
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| std::iter::once(lower_char(c)).chain(chars).collect()).unwrap_or_default()
}

/// A Chinese character (CJK ideograph, or a Japanese kana or Korean syllable,
/// written the same dense way).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// How many English characters' worth of content a text holds: a Chinese
/// character says about as much as three English ones ("订单已损坏", 5
/// characters, is "order damaged", 13), so a length rule written in English
/// characters is fair to both. Spaces at the ends are not counted.
pub fn content_length(text: &str) -> usize {
    text.trim().chars().map(|c| if is_cjk(c) { CJK_WEIGHT } else { 1 }).sum()
}

/// What one Chinese character counts for in [`content_length`].
pub const CJK_WEIGHT: usize = 3;

/// A word set right after Chinese text: a space before one that starts with a
/// Latin letter or digit ("已填写 ASIN", "是 PDF 文件"), none before a Chinese
/// one ("已填写订单编号").
pub fn after_chinese(word: &str) -> String {
    if word.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        format!(" {word}")
    } else {
        word.to_string()
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

/// "27 Nov 2026" / "2026年11月27日": a calendar day, without weekday or time.
pub fn calendar_day(day: &impl Datelike, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {} {}", day.day(), MONTHS[day.month0() as usize], day.year()),
        Lang::Zh => format!("{}年{}月{}日", day.year(), day.month(), day.day()),
    }
}

/// "2026-11-27".
pub fn iso_day(day: &impl Datelike) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// The Latin words a Chinese text may hold: brands, identifiers and file
/// formats (the translation brief's list). Identifiers with digits in them
/// (123-4567890-1234567, B08N5WRWNW) are always allowed.
#[cfg(test)]
const ALLOWED_LATIN: &[&str] = &[
    "Case Desk",
    "A-to-z",
    "ASIN",
    "SKU",
    "FNSKU",
    "POA",
    "JSON",
    "PDF",
    "PNG",
    "JPEG",
    "JPG",
    "GIF",
    "WebP",
    "TXT",
    "CSV",
    "KB",
    "MB",
    "GB",
    "URL",
    "UTC",
    "GMT",
    "IP",
];

/// The English words in a text meant to be Chinese: every Latin word not on
/// the allowed list, for tests of the Chinese side.
#[cfg(test)]
pub(crate) fn english_words(text: &str) -> Vec<String> {
    let mut rest = text.to_string();
    for allowed in ALLOWED_LATIN.iter().filter(|a| a.contains([' ', '-'])) {
        rest = rest.replace(allowed, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()) && !w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| !ALLOWED_LATIN.contains(w))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_found_and_allowed_ones_pass() {
        assert_eq!(
            english_words("Case Desk 导出的 JSON 文件，订单 112-4738291-5047863，A-to-z 索赔"),
            Vec::<String>::new()
        );
        assert_eq!(english_words("请 reopen 此问题（Amazon）"), ["reopen", "Amazon"]);
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
    fn chinese_characters_count_for_three() {
        assert_eq!(content_length("  order damaged  "), 13);
        assert_eq!(content_length("订单已损坏"), 15);
        assert_eq!(content_length("订单 112-4738291-5047863 已损坏"), 5 * 3 + 21);
        assert_eq!(content_length("ひらがな 한국어"), 7 * 3 + 1);
        // Full-width punctuation and letters are not ideographs.
        assert_eq!(content_length("！？ＡＢ"), 4);
        assert!(is_cjk('𠀀') && !is_cjk('a') && !is_cjk('。'));
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

    #[test]
    fn the_shared_sort_is_stable_and_keeps_every_item() {
        let mut items = vec![(3, "c"), (1, "a"), (3, "a"), (2, "b"), (1, "b")];
        sort_by_key(&mut items, |(n, _)| *n);
        assert_eq!(items, [(1, "a"), (1, "b"), (2, "b"), (3, "c"), (3, "a")]);
        let mut words: Vec<String> = ["pear", "apple", "fig"].map(String::from).to_vec();
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["pear", "fig", "apple"]);
        let mut none: Vec<u8> = Vec::new();
        sort_by(&mut none, u8::cmp);
        assert!(none.is_empty());
    }

    #[test]
    fn lower_case_agrees_with_std_on_the_scripts_it_covers() {
        let covered = (0x20..0x180).chain(0x391..0x3AC).chain(0x400..0x430).filter_map(char::from_u32);
        for c in covered {
            let expected: String = c.to_lowercase().collect();
            // 'İ' lowers to two characters in std; Case Desk keeps one.
            if expected.chars().count() == 1 && c != 'İ' {
                assert_eq!(lower_char(c).to_string(), expected, "{c} U+{:04X}", c as u32);
            }
        }
        assert_eq!(
            lower("ÉCHANGE Café ŁÓDŹ Ωμέγα МОСКВА 订单 B0C7XK2M9Q"),
            "échange café łódź ωμέγα москва 订单 b0c7xk2m9q"
        );
        assert_eq!(lower_first("Email"), "email");
        assert_eq!(lower_first(""), "");
    }
}
