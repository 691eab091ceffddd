//! The specific problems a seller can bring to Selling Partner Support, each
//! with what Amazon needs to act on it: identifiers, evidence, the contact
//! methods offered, a self-help hint and a message template.
//!
//! The data lives in [`catalog_data`](super::catalog_data); this file holds
//! the shapes and the questions asked of them.

use serde::{Deserialize, Serialize};

use super::catalog_data::PROBLEMS;
use super::contact::ContactMethod;
use super::identifiers::IdentifierKind;
use super::ProblemType;

/// What a piece of evidence is (the tag a seller gives an attached file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// An invoice or receipt.
    Invoice,
    /// Carrier tracking or proof of delivery.
    Tracking,
    /// A photo (damage, packaging, labels).
    Photo,
    /// A screenshot of Seller Central or a listing.
    Screenshot,
    /// Letters and emails (supplier, buyer, rights owner, Amazon).
    Correspondence,
    /// Anything else (business documents, statements, certificates).
    Other,
}

impl EvidenceKind {
    /// The name a seller reads.
    pub fn label(self) -> &'static str {
        match self {
            EvidenceKind::Invoice => "Invoice",
            EvidenceKind::Tracking => "Carrier tracking",
            EvidenceKind::Photo => "Photo",
            EvidenceKind::Screenshot => "Screenshot",
            EvidenceKind::Correspondence => "Correspondence",
            EvidenceKind::Other => "Other document",
        }
    }
}

/// One piece of evidence a problem calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceNeed {
    /// The kind of file that satisfies it.
    pub kind: EvidenceKind,
    /// What exactly, in the seller's words.
    pub what: &'static str,
}

/// One specific problem under a problem type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecificProblem {
    /// Stable id, also the URL and stored name.
    pub slug: &'static str,
    /// The problem type it sits under.
    pub problem_type: ProblemType,
    /// The name a seller reads.
    pub title: &'static str,
    /// Identifiers without which Amazon cannot act: at least one value each.
    pub required: &'static [IdentifierKind],
    /// Identifiers that help when the seller has them.
    pub recommended: &'static [IdentifierKind],
    /// Evidence that wins this kind of case.
    pub evidence: &'static [EvidenceNeed],
    /// How Amazon lets sellers contact it about this.
    pub methods: &'static [ContactMethod],
    /// What to check before opening a case.
    pub hint: &'static str,
    /// The hint done, as the seller tells Amazon when they tick that they did it.
    pub tried: &'static str,
    /// The message body; `{order_ids}`, `{asins}`, `{skus}`, `{fnskus}`,
    /// `{shipment_ids}` and `{details}` are filled from the form.
    pub template: &'static str,
}

impl SpecificProblem {
    /// Every identifier kind the form asks for: required first, then recommended.
    pub fn identifier_kinds(&self) -> impl Iterator<Item = IdentifierKind> + '_ {
        self.required.iter().chain(self.recommended).copied()
    }

    /// The one-line opening of the message, with identifier placeholders.
    pub fn about(&self) -> &'static str {
        self.template.split("\n\n").next().unwrap_or(self.template)
    }

    /// What sellers usually ask Amazon to do for this problem (the seller can change it).
    pub fn usual_ask(&self) -> &'static str {
        self.template.rsplit("\n\n").next().unwrap_or("")
    }

    /// Whether this kind is required for this problem.
    pub fn requires(&self, kind: IdentifierKind) -> bool {
        self.required.contains(&kind)
    }
}

/// Every specific problem, grouped by type in catalog order.
pub fn all() -> &'static [SpecificProblem] {
    PROBLEMS
}

/// The specific problems under one type.
pub fn problems_of(problem_type: ProblemType) -> impl Iterator<Item = &'static SpecificProblem> {
    PROBLEMS.iter().filter(move |p| p.problem_type == problem_type)
}

/// The specific problem with this slug.
pub fn find(slug: &str) -> Option<&'static SpecificProblem> {
    PROBLEMS.iter().find(|p| p.slug == slug)
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

/// The placeholder for the seller's own description.
pub const DETAILS_PLACEHOLDER: &str = "{details}";

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

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
            assert_eq!(problems_of(p.problem_type).filter(|q| q.title == p.title).count(), 1, "{}", p.title);
        }
        assert_eq!(find("no-such-problem"), None);
    }

    #[test]
    fn every_problem_has_a_method_a_hint_and_evidence() {
        for p in all() {
            assert!(!p.methods.is_empty(), "{}", p.slug);
            let unique: HashSet<_> = p.methods.iter().collect();
            assert_eq!(unique.len(), p.methods.len(), "{}", p.slug);
            assert!(p.hint.len() > 20 && !p.hint.contains('\n'), "{}", p.slug);
            assert!(!p.evidence.is_empty(), "{}", p.slug);
            for e in p.evidence {
                assert!(!e.what.is_empty());
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
            assert!(p.template.contains(DETAILS_PLACEHOLDER), "{} ignores the details", p.slug);
            // One line about it, the seller's words, one ask: the message is built from these.
            let paragraphs: Vec<&str> = p.template.split("\n\n").collect();
            assert_eq!(paragraphs.len(), 3, "{}", p.slug);
            assert_eq!(paragraphs[1], DETAILS_PLACEHOLDER, "{}", p.slug);
            assert!(!p.about().contains(DETAILS_PLACEHOLDER) && !p.usual_ask().contains('{'), "{}", p.slug);
            assert!(p.usual_ask().ends_with('?') || p.usual_ask().ends_with('.'), "{}", p.slug);
            let mut rest = p.template;
            while let Some(start) = rest.find('{') {
                let end = rest[start..].find('}').map(|e| start + e + 1).unwrap_or_else(|| panic!("{}: unclosed {{", p.slug));
                let name = &rest[start..end];
                let known = name == DETAILS_PLACEHOLDER || p.identifier_kinds().any(|k| placeholder(k) == name);
                assert!(known, "{}: {name} is not something this problem's form fills", p.slug);
                rest = &rest[end..];
            }
        }
    }
}
