//! The text rules of the message to Amazon: which sentences ask for
//! something (so the letter asks once), what pastes cleanly into Seller
//! Central's text box, and how long a message may be.

/// Longest message Case Desk lets the seller copy, in characters.
///
/// Amazon does not publish the length its Contact Us text box accepts (searched
/// Seller Central Help and the Selling Partner Support guidelines, November
/// 2026), so this is Case Desk's own ceiling: a letter an associate reads in
/// one go, and short enough that no form we know of cuts it.
pub const MESSAGE_MAX: usize = 4000;

/// How a sentence that asks Amazon to do something begins (lower case).
const REQUEST_OPENINGS: &[&str] = &[
    "could you", "can you", "would you", "will you", "could amazon", "can amazon", "would amazon",
    "please", "kindly", "is it possible", "would it be possible", "i would like you to", "i'd like you to",
    "we would like you to", "i would like amazon to", "we would like amazon to", "i request", "we request",
    "i kindly request", "we kindly request", "i am requesting", "we are requesting", "i ask you", "we ask you",
    "i would appreciate it if", "we would appreciate it if", "i would be grateful if", "we would be grateful if",
    "i need you to", "we need you to",
];

/// The sentences of `text`, trimmed: a sentence ends after `.`, `?` or `!`
/// followed by a space, or at a line break.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends = c == '\n' || (matches!(c, '.' | '?' | '!') && next.is_none_or(char::is_whitespace));
        if ends {
            out.push(text[start..at + c.len_utf8()].trim());
            start = at + c.len_utf8();
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Whether a sentence asks Amazon to do something ("Could you please…?",
/// "Please reimburse…", "I would like you to…").
pub fn is_request(sentence: &str) -> bool {
    let lower = sentence.trim_start_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    REQUEST_OPENINGS.iter().any(|opening| {
        lower.strip_prefix(opening).is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphabetic()))
    })
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
        kept.join(" ").into()
    }
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
/// when it fits. `edited` says whether the seller wrote it by hand.
pub fn too_long(message: &str, edited: bool) -> Option<String> {
    let length = message.chars().count();
    let over = length.checked_sub(MESSAGE_MAX).filter(|&over| over > 0)?;
    let what = if edited { "your edit of the message" } else { "the description or the request on the Details step" };
    Some(format!(
        "This message has {length} characters; Case Desk copies up to {MESSAGE_MAX} so Seller Central does not cut it. \
         Shorten {what} by {over} characters."
    ))
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
    fn every_usual_request_of_the_catalog_is_read_as_a_request() {
        for problem in catalog::all() {
            let ask = problem.usual_ask();
            assert!(!requests(ask).is_empty(), "{}: {ask}", problem.slug);
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
    fn plain_text_keeps_words_and_drops_what_pastes_badly() {
        let messy = "Hello\u{a0}team,\r\n\r\n\r\n\tOrder\u{200b} 112-4738291-5047863\u{7}   \rshipped — 2 November.\u{2028}Thanks\u{feff}\n\n";
        assert_eq!(plain_text(messy), "Hello team,\n\n Order 112-4738291-5047863\nshipped — 2 November.\nThanks");
        let clean = "Hello Selling Partner Support,\n\nOrder 1 (ASIN 2).\n\nThank you for your help.";
        assert_eq!(plain_text(clean), clean, "a clean letter is left as it is");
    }

    #[test]
    fn a_message_over_the_limit_says_what_to_shorten_and_by_how_much() {
        assert_eq!(too_long(&"a".repeat(MESSAGE_MAX), false), None);
        let generated = too_long(&"é".repeat(MESSAGE_MAX + 12), false).expect("too long");
        assert!(generated.contains("4012 characters") && generated.contains("by 12 characters"), "{generated}");
        assert!(generated.contains("the description"), "{generated}");
        assert!(too_long(&"a".repeat(MESSAGE_MAX + 1), true).expect("too long").contains("your edit"));
    }
}
