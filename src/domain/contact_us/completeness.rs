//! The "detail and evidence" precaution: how complete a case is for its
//! problem, as a checklist the seller can work through.

use crate::domain::catalog::specific_problem::SpecificProblem;
use crate::domain::contact_us::draft::{ContactUsDraft, DESCRIPTION_USEFUL};
use crate::domain::Lang;

/// One item of the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What it asks for, in the seller's words (in the interface language).
    pub label: String,
    /// Whether it is done.
    pub done: bool,
    /// Whether Amazon cannot act without it.
    pub required: bool,
}

/// The checklist for a draft's problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    /// Every check, in form order.
    pub checks: Vec<Check>,
}

impl Completeness {
    /// Share of checks done, 0 to 100.
    pub fn percent(&self) -> u8 {
        if self.checks.is_empty() {
            return 100;
        }
        let done = self.checks.iter().filter(|c| c.done).count();
        // Rounded down so 100 % always means every check is done.
        u8::try_from(done * 100 / self.checks.len()).unwrap_or(100)
    }

    /// The checks still open.
    pub fn missing(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.done)
    }
}

/// How complete the draft is for this problem, with the checks worded in
/// `lang`. Evidence counts as done when a file tagged with its kind is
/// attached or the seller consciously skipped it.
pub fn assess(problem: &SpecificProblem, draft: &ContactUsDraft, lang: Lang) -> Completeness {
    let attached: Vec<_> = draft.evidence.iter().map(|f| f.proves).collect();
    let identifiers = draft.valid_identifiers();
    let mut checks = Vec::new();
    for kind in problem.identifier_kinds() {
        checks.push(Check {
            label: match lang {
                Lang::En => format!("{} given", kind.label(Lang::En)),
                Lang::Zh => format!("已填写{}", crate::domain::text::after_chinese(kind.label(Lang::Zh))),
            },
            done: identifiers.iter().any(|i| i.kind == kind),
            required: problem.requires(kind),
        });
    }
    // Counted as content: a Chinese character for three English ones. Before
    // anything is written, the Chinese interface expects Chinese.
    let chinese = draft.description.chars().any(crate::domain::text::is_cjk)
        || (lang == Lang::Zh && draft.description.trim().is_empty());
    let useful =
        if chinese { DESCRIPTION_USEFUL.div_ceil(crate::domain::text::CJK_WEIGHT) } else { DESCRIPTION_USEFUL };
    let label = match (lang, chinese) {
        (Lang::En, true) => {
            format!("Description of at least {useful} Chinese characters: what happened, when, and what you need")
        }
        (Lang::En, false) => {
            format!("Description of at least {useful} characters: what happened, when, and what you need")
        }
        (Lang::Zh, true) => format!("描述至少 {useful} 个汉字：发生了什么、何时发生、您需要什么"),
        (Lang::Zh, false) => format!("描述至少 {useful} 个字符：发生了什么、何时发生、您需要什么"),
    };
    checks.push(Check {
        label,
        done: crate::domain::text::content_length(&draft.description) >= DESCRIPTION_USEFUL,
        required: false,
    });
    for need in problem.evidence {
        let skipped = draft.skipped_evidence.iter().any(|s| s == need.what.en);
        checks.push(Check {
            label: need.what.get(lang).to_string(),
            done: skipped || attached.contains(&need.kind),
            required: false,
        });
    }
    Completeness { checks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog;
    use crate::domain::contact_us::draft::tests::complete_draft;
    use crate::domain::evidence::EvidenceKind;

    #[test]
    fn a_bare_draft_is_partly_complete_and_says_what_is_missing() {
        let draft = complete_draft(); // order ID given, short description, no evidence
        let problem = catalog::find("order-delivered-damaged").unwrap();
        let c = assess(problem, &draft, Lang::En);
        // Order ID, ASIN, SKU, description, photos, tracking.
        assert_eq!(c.checks.len(), 6);
        assert_eq!(c.percent(), 16);
        let missing: Vec<_> = c.missing().map(|m| m.label.as_str()).collect();
        assert_eq!(missing[0], "ASIN given");
        assert!(c.checks[0].required && !c.checks[1].required);
    }

    #[test]
    fn skipping_or_attaching_evidence_and_writing_more_completes_it() {
        let mut draft = complete_draft();
        let problem = catalog::find("order-delivered-damaged").unwrap();
        draft.identifiers[1].value = "B0C7XK2M9Q".into();
        draft.identifiers[2].value = "MUG-1".into();
        draft.description = "d".repeat(DESCRIPTION_USEFUL);
        draft.skipped_evidence.push(problem.evidence[1].what.en.to_string());
        draft.evidence.push(crate::domain::evidence::EvidenceFile {
            hash: "h".into(),
            name: "box.jpg".into(),
            kind: crate::domain::evidence::FileKind::Jpeg,
            size: 10,
            proves: EvidenceKind::Photo,
            added_at: chrono::DateTime::<chrono::Utc>::MIN_UTC,
            pages: None,
            stored: true,
        });
        let c = assess(problem, &draft, Lang::En);
        assert_eq!(c.percent(), 100, "{:?}", c.missing().collect::<Vec<_>>());
    }

    #[test]
    fn a_chinese_description_is_measured_fairly() {
        let mut draft = complete_draft();
        let problem = catalog::find("order-delivered-damaged").unwrap();
        let description =
            |c: &Completeness| c.checks.iter().find(|c| c.label.starts_with("Description")).unwrap().clone();
        // 34 Chinese characters say what 100 English ones do.
        draft.description = "货".repeat(33);
        let short = description(&assess(problem, &draft, Lang::En));
        assert!(!short.done);
        assert_eq!(
            short.label,
            "Description of at least 34 Chinese characters: what happened, when, and what you need"
        );
        draft.description = "货".repeat(34);
        assert!(description(&assess(problem, &draft, Lang::En)).done);
        // English is measured as before.
        draft.description = "d".repeat(DESCRIPTION_USEFUL - 1);
        let english = description(&assess(problem, &draft, Lang::En));
        assert!(!english.done && english.label.starts_with("Description of at least 100 characters"));
    }

    #[test]
    fn the_checklist_reads_in_chinese() {
        let mut draft = complete_draft();
        let problem = catalog::find("order-delivered-damaged").unwrap();
        let c = assess(problem, &draft, Lang::Zh);
        assert_eq!(c.checks[1].label, "已填写 ASIN");
        assert_eq!(c.checks[3].label, "描述至少 100 个字符：发生了什么、何时发生、您需要什么");
        draft.description = "货".repeat(10);
        assert_eq!(
            assess(problem, &draft, Lang::Zh).checks[3].label,
            "描述至少 34 个汉字：发生了什么、何时发生、您需要什么"
        );
        draft.description.clear();
        assert_eq!(
            assess(problem, &draft, Lang::Zh).checks[3].label,
            "描述至少 34 个汉字：发生了什么、何时发生、您需要什么"
        );
        assert!(assess(problem, &draft, Lang::En).checks[3]
            .label
            .starts_with("Description of at least 100 characters"));
    }

    #[test]
    fn percent_rounds_down_and_handles_no_checks() {
        let c = Completeness { checks: vec![] };
        assert_eq!(c.percent(), 100);
        let two_of_three = Completeness {
            checks: (0..3).map(|i| Check { label: i.to_string(), done: i < 2, required: false }).collect(),
        };
        assert_eq!(two_of_three.percent(), 66);
    }
}
