//! Where a case stands with Amazon. The rules for moving between statuses
//! arrive with the case lifecycle; here is what each status means to a seller.

use serde::{Deserialize, Serialize};

use crate::domain::{Lang, Text};

/// The status of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Sent to Amazon; waiting for their answer.
    Open,
    /// Amazon replied; the seller may respond.
    Answered,
    /// Amazon asks the seller for more information.
    NeedsAttention,
    /// Opened again after an answer that did not solve it.
    Reopened,
    /// Solved.
    Resolved,
    /// Closed without (further) action.
    Closed,
    /// Escalated to an appeal with a Plan of Action.
    Appeal,
}

impl CaseStatus {
    /// Every status, in lifecycle order.
    pub const ALL: [CaseStatus; 7] = [
        CaseStatus::Open,
        CaseStatus::Answered,
        CaseStatus::NeedsAttention,
        CaseStatus::Reopened,
        CaseStatus::Resolved,
        CaseStatus::Closed,
        CaseStatus::Appeal,
    ];

    /// The word shown beside the status colour (never colour alone).
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            CaseStatus::Open => Text::new("Waiting for Amazon", "等待亚马逊回复"),
            CaseStatus::Answered => Text::new("Answered", "已回复"),
            CaseStatus::NeedsAttention => Text::new("Needs your attention", "需要您处理"),
            CaseStatus::Reopened => Text::new("Reopened", "已重新打开"),
            CaseStatus::Resolved => Text::new("Resolved", "已解决"),
            CaseStatus::Closed => Text::new("Closed", "已关闭"),
            CaseStatus::Appeal => Text::new("Appeal in progress", "申诉处理中"),
        };
        text.get(lang)
    }

    /// A stable name for styling hooks and the stored format.
    pub fn slug(self) -> &'static str {
        match self {
            CaseStatus::Open => "open",
            CaseStatus::Answered => "answered",
            CaseStatus::NeedsAttention => "needs_attention",
            CaseStatus::Reopened => "reopened",
            CaseStatus::Resolved => "resolved",
            CaseStatus::Closed => "closed",
            CaseStatus::Appeal => "appeal",
        }
    }

    /// Whether the case is still being worked on (not resolved or closed).
    pub fn is_active(self) -> bool {
        !matches!(self, CaseStatus::Resolved | CaseStatus::Closed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_name_is_the_slug() {
        for s in CaseStatus::ALL {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.slug()));
        }
    }

    #[test]
    fn only_resolved_and_closed_are_finished() {
        let finished: Vec<_> = CaseStatus::ALL.into_iter().filter(|s| !s.is_active()).collect();
        assert_eq!(finished, vec![CaseStatus::Resolved, CaseStatus::Closed]);
    }

    #[test]
    fn labels_are_unique_in_each_language() {
        for lang in Lang::ALL {
            for s in CaseStatus::ALL {
                assert_eq!(CaseStatus::ALL.iter().filter(|t| t.label(lang) == s.label(lang)).count(), 1);
            }
        }
        assert_eq!(CaseStatus::Open.label(Lang::En), "Waiting for Amazon");
        assert_eq!(CaseStatus::Open.label(Lang::Zh), "等待亚马逊回复");
    }
}
