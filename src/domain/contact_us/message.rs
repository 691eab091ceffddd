//! The message to Amazon: the problem's template filled with the seller's
//! identifiers, words and files, opened and signed in the message's language.

use crate::domain::catalog::specific_problem::{self, SpecificProblem};
use crate::domain::contact_us::letter;
use crate::domain::evidence::EvidenceFile;
use crate::domain::identifiers::{Identifier, IdentifierKind};
use crate::domain::Lang;

/// What goes into the message besides the problem's own words.
#[derive(Debug, Clone, Copy)]
pub struct MessageParts<'a> {
    /// The language the message is written in (the problem's words and Case
    /// Desk's; the seller's own words go in as they wrote them).
    pub lang: Lang,
    /// Identifiers, checked.
    pub identifiers: &'a [Identifier],
    /// What happened, in the seller's words.
    pub details: &'a str,
    /// What the seller already tried ("" for nothing said).
    pub tried: &'a str,
    /// What the seller asks Amazon to do.
    pub ask: &'a str,
    /// The files the seller attaches in Seller Central too.
    pub evidence: &'a [EvidenceFile],
    /// The seller's store name for the sign-off ("" for none).
    pub store_name: &'a str,
}

/// The message: greeting; one line saying what this is about; what happened;
/// what was already tried; the identifiers the first line does not state
/// (grouped by kind, in a stable order); the files attached and what each
/// proves; the ask, once; sign-off. Each identifier is stated once; an
/// optional one that was not given leaves its words out ("(SKU {skus})" or
/// "（SKU {skus}）" goes whole), never a placeholder. The usual ask gives way
/// to a description that already asks ([`letter::ask_once`]). Plain text
/// ([`letter::plain_text`]). Everything but the seller's words is in
/// `parts.lang`.
pub fn fill_message(problem: &SpecificProblem, parts: MessageParts) -> String {
    let MessageParts { lang, identifiers, details, tried, ask, evidence, store_name } = parts;
    let words = LetterWords::of(lang);
    let (body, listed) = fill_about(problem, identifiers, lang);
    let list = if listed.is_empty() { String::new() } else { format!("\n\n{}", listed.join("\n")) };
    let attached: Vec<String> = evidence.iter().map(|f| (words.attached)(&f.name, f.proves.label(lang))).collect();
    let attached = if attached.is_empty() { String::new() } else { format!("\n\n{}", attached.join("\n")) };
    // The seller's words go in as they are: nothing in them is read as a placeholder.
    let sign_off = sign_off(lang, store_name);
    let paragraph = |text: &str| if text.trim().is_empty() { String::new() } else { format!("\n\n{}", text.trim()) };
    let tried = paragraph(tried);
    let ask = paragraph(&letter::ask_once(ask, problem.usual_ask(lang), details));
    letter::plain_text(&format!("{}\n\n{body}\n\n{details}{tried}{list}{attached}{ask}\n\n{sign_off}", words.greeting))
}

/// The problem's first line (what the case is about) with the identifiers
/// its placeholders ask for, in `lang`, and the lines listing the others
/// ("SKU: …"), grouped by kind in a stable order.
pub(crate) fn fill_about(problem: &SpecificProblem, identifiers: &[Identifier], lang: Lang) -> (String, Vec<String>) {
    let words = LetterWords::of(lang);
    let mut body = problem.about(lang).to_string();
    let mut listed = Vec::new();
    for kind in IdentifierKind::ALL {
        let values: Vec<&str> = identifiers.iter().filter(|i| i.kind == kind).map(|i| i.value.as_str()).collect();
        let placeholder = specific_problem::placeholder(kind);
        if values.is_empty() {
            body = without_placeholder(body, placeholder);
        } else if body.contains(placeholder) {
            body = body.replace(placeholder, &values.join(words.and));
        } else {
            let label = if values.len() == 1 { kind.label(lang) } else { kind.plural(lang) };
            listed.push(format!("{label}{}{}", words.colon, values.join(words.and)));
        }
    }
    (body, listed)
}

/// The greeting that opens every message to Amazon in `lang`.
pub(crate) fn greeting(lang: Lang) -> &'static str {
    LetterWords::of(lang).greeting
}

/// The end of every message to Amazon in `lang`: thanks, and the seller's
/// store name under a closing when there is one (`store_name` "" for none).
pub(crate) fn sign_off(lang: Lang, store_name: &str) -> String {
    let words = LetterWords::of(lang);
    match store_name.trim() {
        "" => words.thanks.to_string(),
        name => format!("{}\n\n{}\n{name}", words.thanks, words.regards),
    }
}

/// Case Desk's own words in the message, in one language. The Chinese ones
/// are as a seller writes to Amazon's Chinese-speaking support: polite, with
/// full-width punctuation and "、" between values.
struct LetterWords {
    greeting: &'static str,
    /// Between a label and its values ("ASINs: …").
    colon: &'static str,
    /// Between values of one kind.
    and: &'static str,
    /// A file attached and what it proves.
    attached: fn(&str, &str) -> String,
    thanks: &'static str,
    /// Before the store name.
    regards: &'static str,
}

impl LetterWords {
    fn of(lang: Lang) -> LetterWords {
        match lang {
            Lang::En => LetterWords {
                greeting: "Hello Selling Partner Support,",
                colon: ": ",
                and: ", ",
                attached: |name, proves| format!("Attached: {name} — {}", proves.to_ascii_lowercase()),
                thanks: "Thank you for your help.",
                regards: "Kind regards,",
            },
            Lang::Zh => LetterWords {
                greeting: "销售伙伴支持团队，您好！",
                colon: "：",
                and: "、",
                attached: |name, proves| format!("附件：{name}（{proves}）"),
                thanks: "感谢您的帮助！",
                regards: "顺祝商祺！",
            },
        }
    }
}

/// Takes a placeholder out of a template with the words that frame it: the
/// parenthesis that holds it (" (SKU {skus})", "（SKU {skus}）"), or just the
/// placeholder outside one (the catalog keeps those for required identifiers).
pub(super) fn without_placeholder(mut template: String, placeholder: &str) -> String {
    const OPEN: [char; 2] = ['(', '（'];
    const CLOSE: [char; 2] = [')', '）'];
    while let Some(at) = template.find(placeholder) {
        let open = template[..at].rfind(OPEN).filter(|&o| !template[o..at].contains(CLOSE));
        let close = template[at..].find(CLOSE).map(|i| at + i);
        match (open, close) {
            (Some(open), Some(close)) => {
                let start = if template[..open].ends_with(' ') { open - 1 } else { open };
                let end = close + template[close..].chars().next().map_or(1, char::len_utf8);
                template.replace_range(start..end, "");
            }
            _ => template.replace_range(at..at + placeholder.len(), ""),
        }
    }
    template
}
