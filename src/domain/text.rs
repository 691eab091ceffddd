//! Small text and ordering helpers shared by the domain and the UI, written
//! here instead of pulled from `std` where `std`'s general version costs the
//! first load many kilobytes: each `sort_by` call site compiles a copy of the
//! stable sort, and `to_lowercase` brings all of Unicode's case tables.

use std::cmp::Ordering;

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
#[allow(clippy::disallowed_methods)] // the one copy clippy.toml sends every other sort to
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

/// A full-width mark or CJK punctuation ("。", "，", "！"): with [`is_cjk`], what
/// lets a sentence end without a space after its stop ("Thanks!谢谢").
pub fn is_full_width_mark(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// `text` without the spaces at its ends, cut to at most `max` characters
/// with "…" where it was cut (for titles and one-line summaries).
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
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
    // Browsers and keys by the names on them.
    "Chrome",
    "Edge",
    "Firefox",
    "Safari",
    "Esc",
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
    fn shortened_text_is_trimmed_and_ends_with_an_ellipsis() {
        assert_eq!(shorten("  short  ", 10), "short");
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("ab cdef", 4), "ab…");
        assert_eq!(shorten("订单到货时已损坏", 5), "订单到货…");
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
