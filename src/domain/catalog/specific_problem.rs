//! The specific problems a seller can bring to Selling Partner Support, each
//! with what Amazon needs to act on it: identifiers, evidence, the contact
//! methods offered, a self-help hint and a message template.
//!
//! The data lives in `catalog::data`; this file holds
//! the shapes and the questions asked of them. Every text a seller reads is a
//! [`Text`] in English and Chinese; the English one is also the stable key
//! where a text is stored (a skipped piece of evidence).

use crate::domain::contact_method::ContactMethod;
use crate::domain::evidence::EvidenceKind;
use crate::domain::identifiers::IdentifierKind;
use crate::domain::{Lang, ProblemType, Text};

/// One piece of evidence a problem calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceNeed {
    /// The kind of file that satisfies it.
    pub kind: EvidenceKind,
    /// What exactly, in the seller's words. A skipped need is stored by its
    /// English text (`ContactUsDraft::skipped_evidence`), whatever the language.
    pub what: Text,
}

/// One specific problem under a problem type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecificProblem {
    /// Stable id, also the URL and stored name.
    pub slug: &'static str,
    /// The problem type it sits under.
    pub problem_type: ProblemType,
    /// The name a seller reads.
    pub title: Text,
    /// Identifiers without which Amazon cannot act: at least one value each.
    pub required: &'static [IdentifierKind],
    /// Identifiers that help when the seller has them.
    pub recommended: &'static [IdentifierKind],
    /// Evidence that wins this kind of case.
    pub evidence: &'static [EvidenceNeed],
    /// How Amazon lets sellers contact it about this.
    pub methods: &'static [ContactMethod],
    /// What to check before opening a case.
    pub hint: Text,
    /// The hint done, as the seller tells Amazon when they tick that they did it.
    pub tried: Text,
    /// The message body; `{order_ids}`, `{asins}`, `{skus}`, `{fnskus}`,
    /// `{shipment_ids}` and `{details}` are filled from the form. An optional
    /// identifier stands in a parenthesis (full-width in Chinese) that is left
    /// out whole when it is not given.
    pub template: Text,
}

/// Problems about several values of one kind being one thing: at least two
/// are asked for (a merge needs the ASIN of each duplicate detail page).
const COMPARED: &[(&str, IdentifierKind)] = &[("listing-merge", IdentifierKind::Asin)];

impl SpecificProblem {
    /// Every identifier kind the form asks for: required first, then recommended.
    pub fn identifier_kinds(&self) -> impl Iterator<Item = IdentifierKind> + '_ {
        self.required.iter().chain(self.recommended).copied()
    }

    /// How many values of `kind` the seller must give: two of the kind a
    /// problem compares, one of every other required kind, else none.
    pub fn values_needed(&self, kind: IdentifierKind) -> usize {
        if self.compares() == Some(kind) {
            2
        } else {
            usize::from(self.required.contains(&kind))
        }
    }

    /// The kind of which the problem is that several values are one thing
    /// (the ASINs of duplicate detail pages), if any.
    pub fn compares(&self) -> Option<IdentifierKind> {
        COMPARED.iter().find(|(slug, _)| *slug == self.slug).map(|(_, kind)| *kind)
    }

    /// The one-line opening of the message, with identifier placeholders.
    pub fn about(&self, lang: Lang) -> &'static str {
        let template = self.template.get(lang);
        template.split("\n\n").next().unwrap_or(template)
    }

    /// What sellers usually ask Amazon to do for this problem (the seller can change it).
    pub fn usual_ask(&self, lang: Lang) -> &'static str {
        self.template.get(lang).rsplit("\n\n").next().unwrap_or("")
    }

    /// Whether this kind is required for this problem.
    pub fn requires(&self, kind: IdentifierKind) -> bool {
        self.required.contains(&kind)
    }
}

/// The placeholder each identifier kind fills in a template.
pub fn placeholder(kind: IdentifierKind) -> &'static str {
    match kind {
        IdentifierKind::OrderId => "{order_ids}",
        IdentifierKind::Asin => "{asins}",
        IdentifierKind::Sku => "{skus}",
        IdentifierKind::Fnsku => "{fnskus}",
        IdentifierKind::ShipmentId => "{shipment_ids}",
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Where a template's second paragraph takes the seller's own description.
    const DETAILS_PLACEHOLDER: &str = "{details}";
    use crate::domain::catalog::{all, find, problems_of};
    use std::collections::HashSet;

    /// The Latin words Chinese text may hold (identifiers, brands, file
    /// formats; "POA" only as 行动计划（POA）), longest first.
    const ALLOWED_LATIN: &[&str] = &[
        "行动计划（POA）",
        "Case Desk",
        "A-to-z",
        "FNSKU",
        "ASIN",
        "SKU",
        "JSON",
        "JPEG",
        "WebP",
        "PDF",
        "PNG",
        "JPG",
        "GIF",
        "TXT",
        "CSV",
        "URL",
        "UTC",
        "GMT",
        "KB",
        "MB",
        "GB",
        "IP",
    ];

    /// Checks that `text` reads as Chinese: not empty, no Latin letter outside
    /// placeholders, the allowed words and the identifier examples in `also`,
    /// and full-width punctuation (no ASCII comma, semicolon, question or
    /// exclamation mark or parenthesis, no ": ").
    pub(crate) fn assert_chinese(text: &str, also: &[&str], context: &str) {
        assert!(!text.trim().is_empty(), "{context}: empty");
        let mut rest = text.to_string();
        while let Some(start) = rest.find('{') {
            let end = rest[start..].find('}').map_or(rest.len(), |e| start + e + 1);
            rest.replace_range(start..end, " ");
        }
        let mut allowed: Vec<&str> = ALLOWED_LATIN.iter().chain(also).copied().collect();
        allowed.sort_by_key(|w| std::cmp::Reverse(w.len()));
        for word in allowed {
            rest = rest.replace(word, " ");
        }
        assert!(!rest.chars().any(|c| c.is_ascii_alphabetic()), "{context}: Latin letters in {text:?}");
        assert!(
            !rest.contains([',', ';', '?', '!', '(', ')']) && !rest.contains(": "),
            "{context}: ASCII punctuation in {text:?}"
        );
    }

    /// Every text of the catalog, with where it comes from.
    fn texts() -> Vec<(String, Text)> {
        let mut out = Vec::new();
        for p in all() {
            for (field, text) in [("title", p.title), ("hint", p.hint), ("tried", p.tried), ("template", p.template)] {
                out.push((format!("{} {field}", p.slug), text));
            }
            out.extend(p.evidence.iter().map(|e| (format!("{} evidence", p.slug), e.what)));
        }
        out
    }

    /// The placeholders of a template, sorted.
    fn placeholders(template: &str) -> Vec<&str> {
        let mut found = Vec::new();
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            let end =
                rest[start..].find('}').map(|e| start + e + 1).unwrap_or_else(|| panic!("unclosed {{ in {template}"));
            found.push(&rest[start..end]);
            rest = &rest[end..];
        }
        found.sort_unstable();
        found
    }

    #[test]
    fn the_catalog_is_big_enough() {
        assert!(all().len() >= 40, "{} specific problems", all().len());
        for t in ProblemType::ALL {
            assert!(problems_of(t).count() >= 2, "{t:?} has fewer than 2 problems");
        }
    }

    #[test]
    fn slugs_and_titles_are_unique_and_url_safe() {
        let mut slugs = HashSet::new();
        for p in all() {
            assert!(slugs.insert(p.slug), "duplicate slug {}", p.slug);
            assert!(p.slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{}", p.slug);
            assert_eq!(find(p.slug), Some(p));
            for lang in Lang::ALL {
                let title = p.title.get(lang);
                assert_eq!(problems_of(p.problem_type).filter(|q| q.title.get(lang) == title).count(), 1, "{title}");
            }
        }
        assert_eq!(find("no-such-problem"), None);
    }

    #[test]
    fn every_problem_has_a_method_a_hint_and_evidence() {
        for p in all() {
            assert!(!p.methods.is_empty(), "{}", p.slug);
            let unique: HashSet<_> = p.methods.iter().collect();
            assert_eq!(unique.len(), p.methods.len(), "{}", p.slug);
            assert!(p.hint.en.len() > 20 && !p.hint.en.contains('\n'), "{}", p.slug);
            assert!(!p.hint.zh.is_empty() && !p.hint.zh.contains('\n'), "{}", p.slug);
            assert!(!p.evidence.is_empty(), "{}", p.slug);
            for e in p.evidence {
                assert!(!e.what.en.is_empty() && !e.what.zh.is_empty());
            }
        }
    }

    #[test]
    fn some_problems_are_email_only() {
        assert!(all().iter().any(|p| p.methods == [ContactMethod::Email]));
        assert!(all().iter().any(|p| p.methods.len() == 3));
    }

    #[test]
    fn identifier_lists_do_not_overlap() {
        for p in all() {
            let kinds: Vec<_> = p.identifier_kinds().collect();
            let unique: HashSet<_> = kinds.iter().collect();
            assert_eq!(unique.len(), kinds.len(), "{}", p.slug);
        }
    }

    // A template may only name identifiers its problem asks for, and must use
    // the seller's details: otherwise the message would say "(none given)" for
    // something the form never offered, or drop the seller's own words.
    #[test]
    fn templates_only_use_placeholders_the_form_fills() {
        for p in all() {
            for lang in Lang::ALL {
                let template = p.template.get(lang);
                let context = format!("{} in {lang:?}", p.slug);
                assert!(template.contains(DETAILS_PLACEHOLDER), "{context} ignores the details");
                // One line about it, the seller's words, one ask: the message is built from these.
                let paragraphs: Vec<&str> = template.split("\n\n").collect();
                assert_eq!(paragraphs.len(), 3, "{context}");
                assert_eq!(paragraphs[1], DETAILS_PLACEHOLDER, "{context}");
                assert!(!p.about(lang).contains(DETAILS_PLACEHOLDER) && !p.usual_ask(lang).contains('{'), "{context}");
                let stops = lang.pick(['?', '.'], ['？', '。']);
                assert!(p.usual_ask(lang).ends_with(stops), "{context}");
                for name in placeholders(template) {
                    let known = name == DETAILS_PLACEHOLDER || p.identifier_kinds().any(|k| placeholder(k) == name);
                    assert!(known, "{context}: {name} is not something this problem's form fills");
                }
            }
        }
    }

    #[test]
    fn chinese_templates_have_the_english_placeholders() {
        for p in all() {
            assert_eq!(placeholders(p.template.zh), placeholders(p.template.en), "{}", p.slug);
        }
    }

    // The message leaves out an identifier that was not given with the
    // parenthesis around it; one outside a parenthesis cannot be left out
    // gracefully, so only required identifiers may stand there.
    #[test]
    fn optional_identifiers_stand_in_a_parenthesis_in_both_languages() {
        for p in all() {
            for (lang, open, close) in [(Lang::En, '(', ')'), (Lang::Zh, '（', '）')] {
                let template = p.template.get(lang);
                for kind in p.recommended {
                    if let Some(at) = template.find(placeholder(*kind)) {
                        let inside = template[..at].rfind(open).is_some_and(|o| !template[o..at].contains(close));
                        assert!(inside, "{} in {lang:?}: {}", p.slug, placeholder(*kind));
                    }
                }
            }
        }
    }

    #[test]
    fn every_chinese_text_of_the_catalog_is_chinese() {
        for (context, text) in texts() {
            // The US tax form keeps its name.
            assert_chinese(text.zh, &["1099-K"], &context);
        }
        for t in ProblemType::ALL {
            assert_chinese(t.label(Lang::Zh), &[], &format!("{t:?}"));
        }
        for k in EvidenceKind::ALL {
            assert_chinese(k.label(Lang::Zh), &[], &format!("{k:?}"));
        }
    }

    // Skipped evidence is stored by its English text: an old draft must still match.
    #[test]
    fn stored_texts_stay_english() {
        let damaged = find("order-delivered-damaged").expect("in the catalog");
        assert_eq!(damaged.evidence[0].what.en, "Photos of the damaged item and packaging");
        assert_eq!(damaged.title.get(Lang::En), "Buyer received a damaged item");
        assert_eq!(EvidenceKind::Tracking.label(Lang::En), "Carrier tracking");
        assert_eq!(serde_json::to_string(&EvidenceKind::Tracking).unwrap(), "\"tracking\"");
    }
}
