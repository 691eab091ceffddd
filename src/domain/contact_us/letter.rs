//! The text rules of the message to Amazon: which sentences ask for
//! something (so the letter asks once), what pastes cleanly into Seller
//! Central's text box, and how long a message may be. The rules read English
//! and Chinese alike: a seller may write either, whatever the message language.

use crate::domain::contact_us::step::Step;
use crate::domain::{text, Lang};

/// Longest message Case Desk lets the seller copy, in characters.
///
/// Amazon does not publish the length its Contact Us text box accepts (searched
/// Seller Central Help and the Selling Partner Support guidelines, November
/// 2026), so this is Case Desk's own ceiling: a letter an associate reads in
/// one go, and short enough that no form we know of cuts it.
pub const MESSAGE_MAX: usize = 4000;

/// How a sentence that asks Amazon to do something begins (lower case).
const REQUEST_OPENINGS: &[&str] = &[
    "could you",
    "can you",
    "would you",
    "will you",
    "could amazon",
    "can amazon",
    "would amazon",
    "please",
    "kindly",
    "is it possible",
    "would it be possible",
    "i would like you to",
    "i'd like you to",
    "we would like you to",
    "i would like amazon to",
    "we would like amazon to",
    "i request",
    "we request",
    "i kindly request",
    "we kindly request",
    "i am requesting",
    "we are requesting",
    "i ask you",
    "we ask you",
    "i would appreciate it if",
    "we would appreciate it if",
    "i would be grateful if",
    "we would be grateful if",
    "i need you to",
    "we need you to",
];

/// How a Chinese sentence that asks begins ("请…", "能否…", "麻烦您…"). Chinese
/// has no spaces between words, so these are plain prefixes; "请求" (a
/// request, the noun) is not an opening on its own.
const REQUEST_OPENINGS_ZH: &[&str] = &[
    "请",
    "烦请",
    "恳请",
    "敬请",
    "劳烦",
    "麻烦您",
    "麻烦帮",
    "麻烦亚马逊",
    "能否",
    "可否",
    "能不能",
    "可不可以",
    "是否可以",
    "是否能",
    "能帮",
    "可以帮",
    "可以请",
    "您能否",
    "您能不能",
    "您能帮",
    "您可否",
    "您可以帮",
    "您是否可以",
    "您是否能",
    "希望您",
    "希望亚马逊",
    "希望能",
    "我希望您",
    "我们希望您",
    "我想请您",
    "我们想请您",
    "我请求",
    "我们请求",
    "请求您",
    "请求亚马逊",
    "我需要您",
    "我们需要您",
    "拜托",
];

/// Words that may lead a Chinese request without being it ("另外，请…").
const LEADING_CONNECTIVES_ZH: &[&str] = &["另外", "此外", "同时", "因此", "所以", "最后", "那么"];

/// A full-width stop, which ends a sentence where it stands (Chinese puts no space after it).
fn is_full_width_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Closing marks that belong to the sentence a full-width stop ends ("…吗？”").
fn is_closing_mark(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | '》')
}

/// A Chinese character or full-width mark: a stop before one ends a sentence
/// though no space follows ("Thanks!谢谢").
fn is_cjk(c: char) -> bool {
    text::is_cjk(c) || text::is_full_width_mark(c)
}

/// The sentences of `text`, trimmed: a sentence ends after `.`, `?` or `!`
/// followed by a space or a Chinese character, after `。`, `！` or `？` (with
/// the closing quotes or brackets and further stops that follow), or at a
/// line break.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let ends = match c {
            '\n' => true,
            '.' | '?' | '!' => chars.peek().is_none_or(|&(_, n)| n.is_whitespace() || is_cjk(n)),
            c if is_full_width_stop(c) => {
                while chars.next_if(|&(_, n)| is_full_width_stop(n) || is_closing_mark(n)).is_some() {}
                true
            }
            _ => false,
        };
        if ends {
            let end = chars.peek().map_or(text.len(), |&(at, _)| at);
            out.push(text[start..end].trim());
            start = end;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Whether a sentence asks Amazon to do something ("Could you please…?",
/// "Please reimburse…", "I would like you to…", "能否请您…？", "请赔偿…",
/// "麻烦您…").
pub fn is_request(sentence: &str) -> bool {
    let lower = sentence.trim_start_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    let english = REQUEST_OPENINGS.iter().any(|opening| {
        lower.strip_prefix(opening).is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphabetic()))
    });
    english || is_chinese_request(&lower)
}

fn is_chinese_request(sentence: &str) -> bool {
    let sentence = LEADING_CONNECTIVES_ZH
        .iter()
        .find_map(|connective| sentence.strip_prefix(connective))
        .map_or(sentence, |rest| rest.trim_start_matches(['，', ',', ' ']));
    REQUEST_OPENINGS_ZH
        .iter()
        .any(|opening| sentence.strip_prefix(opening).is_some_and(|rest| !(*opening == "请" && rest.starts_with('求'))))
}

/// The sentences of `text` that ask Amazon to do something.
pub fn requests(text: &str) -> Vec<&str> {
    sentences(text).into_iter().filter(|s| is_request(s)).collect()
}

/// A sentence as compared for repetition: case and spacing do not count.
fn comparable(sentence: &str) -> String {
    sentence.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

/// The ask as the letter makes it, once: the problem's usual request is left
/// out when the seller's description already asks in their own words, and a
/// sentence of the ask that the description already holds is not said again.
pub fn ask_once<'a>(ask: &'a str, usual: &str, details: &str) -> std::borrow::Cow<'a, str> {
    let ask = ask.trim();
    if ask == usual && !requests(details).is_empty() {
        return "".into();
    }
    let said: Vec<String> = sentences(details).into_iter().map(comparable).collect();
    let ask_sentences = sentences(ask);
    let kept: Vec<&str> = ask_sentences.iter().copied().filter(|s| !said.contains(&comparable(s))).collect();
    if kept.len() == ask_sentences.len() {
        ask.into()
    } else {
        join_sentences(&kept).into()
    }
}

/// Sentences back into one text: a space after an English sentence, none
/// after a Chinese one.
fn join_sentences(sentences: &[&str]) -> String {
    let mut out = String::new();
    for sentence in sentences {
        if out.ends_with(|c: char| !(is_full_width_stop(c) || is_closing_mark(c))) {
            out.push(' ');
        }
        out.push_str(sentence);
    }
    out
}

/// Text that pastes cleanly into a plain text box: line breaks as `\n`, no
/// tabs, control or invisible characters, non-breaking spaces as spaces, no
/// spaces at line ends, at most one blank line in a row.
pub fn plain_text(text: &str) -> String {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => cleaned.push('\n'),
            '\t' | '\u{a0}' | '\u{202f}' | '\u{2007}' => cleaned.push(' '),
            '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' | '\u{202a}'..='\u{202e}' => {}
            c if c.is_control() && c != '\n' => {}
            c => cleaned.push(c),
        }
    }
    let mut out = String::with_capacity(cleaned.len());
    let mut blank_run = 0;
    for line in cleaned.trim().lines() {
        let line = line.trim_end();
        blank_run = if line.is_empty() { blank_run + 1 } else { 0 };
        if blank_run < 2 {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// What to shorten when a message is longer than [`MESSAGE_MAX`], or `None`
/// when it fits, in the interface language `lang` (the seller reads it, not
/// Amazon). `edited` says whether the seller wrote it by hand.
pub fn too_long(message: &str, edited: bool, lang: Lang) -> Option<String> {
    let length = message.chars().count();
    let over = length.checked_sub(MESSAGE_MAX).filter(|&over| over > 0)?;
    let details = Step::Details.label(lang);
    Some(match lang {
        Lang::En => {
            let what = if edited {
                "your edit of the message".to_string()
            } else {
                format!("the description or the request on the {details} step")
            };
            format!(
                "This message has {length} characters; Case Desk copies up to {MESSAGE_MAX} so Seller Central does not cut it. \
                 Shorten {what} by {over} characters."
            )
        }
        Lang::Zh => {
            let what = if edited {
                "您修改后的消息".to_string()
            } else {
                format!("“{details}”步骤中的描述或请求")
            };
            format!(
                "此消息有 {length} 个字符；为免被卖家平台截断，Case Desk 最多复制 {MESSAGE_MAX} 个字符。\
                 请将{what}缩短 {over} 个字符。"
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog;

    #[test]
    fn sentences_end_at_stops_and_line_breaks_but_not_inside_identifiers() {
        assert_eq!(
            sentences("Units lost at PHX7 on 2.11. Could you check?\nThanks!  Order 112-4738291-5047863"),
            ["Units lost at PHX7 on 2.11.", "Could you check?", "Thanks!", "Order 112-4738291-5047863"]
        );
        assert_eq!(sentences("  \n\n "), Vec::<&str>::new());
    }

    #[test]
    fn chinese_sentences_end_at_full_width_stops_with_their_closing_marks() {
        assert_eq!(
            sentences("3件商品于11月2日在PHX7丢失。能否请您核查？谢谢！！买家说：“还没收到。”订单 112-4738291-5047863"),
            [
                "3件商品于11月2日在PHX7丢失。",
                "能否请您核查？",
                "谢谢！！",
                "买家说：“还没收到。”",
                "订单 112-4738291-5047863"
            ]
        );
        assert_eq!(sentences("Thanks!谢谢您。 Could you check?"), ["Thanks!", "谢谢您。", "Could you check?"]);
        assert_eq!(sentences("金额为 12.50 美元。"), ["金额为 12.50 美元。"], "a decimal point is not a stop");
    }

    #[test]
    fn requests_are_told_from_what_happened() {
        for asking in [
            "Could you please reconcile and reimburse them?",
            "please reimburse the 3 units.",
            "Kindly review the claim.",
            "I would like you to reinstate the listing.",
            "\"Can you check the shipment?\"",
            "Is it possible to reopen the removal order?",
        ] {
            assert!(is_request(asking), "{asking}");
        }
        for telling in [
            "I was pleased to see the shipment arrive.",
            "Pleased with the fast answer last time.",
            "The buyer asked could we refund.",
            "Canyon Outfitters shipped it on 2 November.",
            "I requested a removal on 2 November.",
        ] {
            assert!(!is_request(telling), "{telling}");
        }
    }

    #[test]
    fn chinese_requests_are_told_from_what_happened() {
        for asking in [
            "能否请您核对库存并赔偿丢失的商品？",
            "请赔偿这3件商品。",
            "麻烦您核查一下这批货件。",
            "“您能帮我查一下货件吗？”",
            "另外，请尽快回复。",
            "希望您能重新审核此索赔。",
            "可否延长回复时限？",
            "请求您重新开启移除订单。",
        ] {
            assert!(is_request(asking), "{asking}");
        }
        for telling in [
            "请求已于11月2日提交。",
            "我希望就该索赔提出申诉。",
            "买家问能否退款。",
            "麻烦的是买家已经留下差评。",
            "谢谢您的帮助！",
            "我已经查看了库存分类账。",
        ] {
            assert!(!is_request(telling), "{telling}");
        }
    }

    #[test]
    fn every_usual_request_of_the_catalog_is_read_as_a_request() {
        for problem in catalog::all() {
            for lang in Lang::ALL {
                let ask = problem.usual_ask(lang);
                assert!(!requests(ask).is_empty(), "{} ({lang:?}): {ask}", problem.slug);
            }
        }
    }

    #[test]
    fn the_usual_ask_gives_way_to_a_description_that_asks() {
        let usual = "Could you please reconcile the inventory and reimburse the missing units?";
        let asking = "The Ledger shows 3 units lost. Could you please reconcile and reimburse them?";
        assert_eq!(ask_once(usual, usual, asking), "");
        assert_eq!(ask_once(usual, usual, "The Ledger shows 3 units lost."), usual);
        let own = "Please reimburse the 3 units by 1 December.";
        assert_eq!(ask_once(own, usual, asking), own, "the seller's own request stays: they chose it");
    }

    #[test]
    fn a_sentence_of_the_ask_already_in_the_description_is_not_said_again() {
        let ask = "Please reimburse the 3 units.  Thank you for checking the Ledger.";
        let details = "3 units were lost.\nplease   reimburse the 3 units.";
        assert_eq!(ask_once(ask, "Could you help?", details), "Thank you for checking the Ledger.");
        assert_eq!(ask_once("Please reimburse the 3 units.", "Could you help?", details), "");
    }

    #[test]
    fn a_chinese_ask_gives_way_and_is_said_once_too() {
        let usual = "能否请您核对库存，并为丢失的商品提供赔偿？";
        let asking = "库存分类账显示丢失了3件商品。能否请您核对并赔偿？";
        assert_eq!(ask_once(usual, usual, asking), "");
        assert_eq!(ask_once(usual, usual, "库存分类账显示丢失了3件商品。"), usual);
        let ask = "请赔偿这3件商品。感谢您核查库存分类账。谢谢！";
        assert_eq!(
            ask_once(ask, usual, "丢失了3件商品。\n请赔偿这3件商品。"),
            "感谢您核查库存分类账。谢谢！",
            "no space between Chinese sentences"
        );
    }

    #[test]
    fn plain_text_keeps_words_and_drops_what_pastes_badly() {
        let messy = "Hello\u{a0}team,\r\n\r\n\r\n\tOrder\u{200b} 112-4738291-5047863\u{7}   \rshipped — 2 November.\u{2028}Thanks\u{feff}\n\n";
        assert_eq!(plain_text(messy), "Hello team,\n\n Order 112-4738291-5047863\nshipped — 2 November.\nThanks");
        let clean = "Hello Selling Partner Support,\n\nOrder 1 (ASIN 2).\n\nThank you for your help.";
        assert_eq!(plain_text(clean), clean, "a clean letter is left as it is");
    }

    #[test]
    fn a_message_over_the_limit_says_what_to_shorten_and_by_how_much() {
        assert_eq!(too_long(&"a".repeat(MESSAGE_MAX), false, Lang::En), None);
        let generated = too_long(&"é".repeat(MESSAGE_MAX + 12), false, Lang::En).expect("too long");
        assert_eq!(
            generated,
            "This message has 4012 characters; Case Desk copies up to 4000 so Seller Central does not cut it. \
             Shorten the description or the request on the Details step by 12 characters."
        );
        assert!(too_long(&"a".repeat(MESSAGE_MAX + 1), true, Lang::En).expect("too long").contains("your edit"));
    }

    #[test]
    fn the_limit_is_explained_in_chinese_counting_chinese_characters_as_one() {
        assert_eq!(too_long(&"字".repeat(MESSAGE_MAX), false, Lang::Zh), None);
        assert_eq!(
            too_long(&"字".repeat(MESSAGE_MAX + 12), false, Lang::Zh).expect("too long"),
            "此消息有 4012 个字符；为免被卖家平台截断，Case Desk 最多复制 4000 个字符。请将“详细信息”步骤中的描述或请求缩短 12 个字符。"
        );
        assert!(too_long(&"a".repeat(MESSAGE_MAX + 1), true, Lang::Zh)
            .expect("too long")
            .contains("请将您修改后的消息缩短 1 个字符"));
    }
}
