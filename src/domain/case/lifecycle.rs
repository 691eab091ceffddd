//! The case lifecycle: what a seller can do to a case in each status, and
//! where it leads. Every (status, action) pair is either allowed with its
//! resulting status or refused with a reason; the UI offers only what is allowed.

use serde::{Deserialize, Serialize};

use crate::domain::{CaseStatus, Lang, Text};

/// The kinds of thing a seller records on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionKind {
    /// Log Amazon's reply (possibly asking for more information).
    AmazonReply,
    /// Log the seller's own reply.
    MyReply,
    /// Mark the case resolved, with the solution.
    Resolve,
    /// Close the case.
    Close,
    /// Reopen a resolved or closed case, with a reason.
    Reopen,
    /// Escalate to an appeal with a Plan of Action.
    Appeal,
}

impl ActionKind {
    /// Every action, in the order the case page offers them.
    pub const ALL: [ActionKind; 6] = [
        ActionKind::AmazonReply,
        ActionKind::MyReply,
        ActionKind::Resolve,
        ActionKind::Close,
        ActionKind::Reopen,
        ActionKind::Appeal,
    ];

    /// The button a seller presses.
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            ActionKind::AmazonReply => Text::new("Log Amazon's reply", "记录亚马逊的回复"),
            ActionKind::MyReply => Text::new("Log my reply", "记录我的回复"),
            ActionKind::Resolve => Text::new("Mark resolved", "标记为已解决"),
            ActionKind::Close => Text::new("Close the case", "关闭问题"),
            ActionKind::Reopen => Text::new("Reopen", "重新打开"),
            ActionKind::Appeal => Text::new("Escalate to an appeal", "升级为申诉"),
        };
        text.get(lang)
    }
}

/// What the lifecycle needs to know about a case besides its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LifecycleFacts {
    /// The last resolution left the seller unsatisfied.
    pub unsatisfied: bool,
    /// Amazon closed the case with "no further action".
    pub no_further_action: bool,
}

/// Where an action leads from a status, or why it is refused (in both languages).
///
/// `asks_for_information` only matters for Amazon's reply: it leads to
/// "needs your attention" instead of "answered".
pub fn next_status(
    status: CaseStatus,
    action: ActionKind,
    facts: LifecycleFacts,
    asks_for_information: bool,
) -> Result<CaseStatus, Text> {
    use ActionKind as A;
    use CaseStatus as S;
    let reply_status = if asks_for_information { S::NeedsAttention } else { S::Answered };
    match (status, action) {
        // Amazon answers an active case.
        (S::Open | S::Answered | S::NeedsAttention | S::Reopened | S::Appeal, A::AmazonReply) => Ok(reply_status),
        (S::Resolved | S::Closed, A::AmazonReply) => {
            Err(Text::new(
                "The case is finished. If Amazon wrote again about it, reopen it first.",
                "此问题已结束。如果亚马逊就此再次来信，请先重新打开。",
            ))
        }
        // The seller writes: the case waits on Amazon again.
        (S::Open | S::Answered | S::NeedsAttention, A::MyReply) => Ok(S::Open),
        (S::Reopened, A::MyReply) => Ok(S::Reopened),
        (S::Appeal, A::MyReply) => Ok(S::Appeal),
        (S::Resolved | S::Closed, A::MyReply) => Err(Text::new(
            "The case is finished: reopen it to write to Amazon again.",
            "此问题已结束：请重新打开后再给亚马逊写信。",
        )),
        // Resolving and closing.
        (S::Resolved, A::Resolve) => Err(Text::new("The case is already resolved.", "此问题已解决。")),
        (S::Closed, A::Resolve) => Err(Text::new(
            "The case is closed: reopen it if it was solved after all.",
            "此问题已关闭：如果它最终得到了解决，请先重新打开。",
        )),
        (_, A::Resolve) => Ok(S::Resolved),
        (S::Closed, A::Close) => Err(Text::new("The case is already closed.", "此问题已关闭。")),
        (_, A::Close) => Ok(S::Closed),
        // Reopening, only what is finished and may be reopened.
        (S::Closed, A::Reopen) if facts.no_further_action => Err(Text::new(
            "Amazon closed this case with \"no further action\": reopening it again counts against you. Escalate to an appeal instead.",
            "亚马逊已关闭此问题并表示“不再采取进一步行动”：再次重新打开会对您不利，请改用“升级为申诉”。",
        )),
        (S::Resolved | S::Closed, A::Reopen) => Ok(S::Reopened),
        (S::Appeal, A::Reopen) => Err(Text::new("The appeal is still in progress.", "申诉仍在处理中。")),
        (_, A::Reopen) => Err(Text::new(
            "The case is still open: log a reply instead of reopening it.",
            "此问题仍在处理中：请记录回复，无需重新打开。",
        )),
        // Appeals: after an unsatisfying resolution, a request for information, or "no further action".
        (S::NeedsAttention, A::Appeal) => Ok(S::Appeal),
        (S::Resolved, A::Appeal) if facts.unsatisfied => Ok(S::Appeal),
        (S::Closed, A::Appeal) if facts.no_further_action => Ok(S::Appeal),
        (S::Resolved, A::Appeal) => Err(Text::new(
            "You marked the solution as satisfying: there is nothing to appeal.",
            "您已将解决方案标记为满意：没有需要申诉的内容。",
        )),
        (S::Appeal, A::Appeal) => Err(Text::new("An appeal is already in progress.", "已有申诉正在处理中。")),
        (_, A::Appeal) => Err(Text::new(
            "Appeal once Amazon has answered: when the solution did not satisfy you, Amazon asks for more information, or closes the case with no further action.",
            "只有在亚马逊回复后才能申诉：即解决方案未能让您满意、亚马逊要求提供更多信息，或亚马逊关闭问题并表示“不再采取进一步行动”时。",
        )),
    }
}

/// How a case was solved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Solution {
    /// The buyer or seller was refunded.
    Refund,
    /// A replacement was sent.
    Replacement,
    /// Amazon reimbursed the seller (an amount is recorded).
    Reimbursement,
    /// Account permissions were restored.
    PermissionsRestored,
    /// The listing was fixed.
    ListingFixed,
    /// Something else.
    Other,
}

impl Solution {
    /// Every solution, in the order the form lists them.
    pub const ALL: [Solution; 6] = [
        Solution::Refund,
        Solution::Replacement,
        Solution::Reimbursement,
        Solution::PermissionsRestored,
        Solution::ListingFixed,
        Solution::Other,
    ];

    /// The name a seller reads.
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            Solution::Refund => Text::new("Refund", "退款"),
            Solution::Replacement => Text::new("Replacement", "换货"),
            Solution::Reimbursement => Text::new("Reimbursement", "赔偿"),
            Solution::PermissionsRestored => Text::new("Account permissions restored", "账户权限已恢复"),
            Solution::ListingFixed => Text::new("Listing fixed", "商品信息已修复"),
            Solution::Other => Text::new("Other", "其他"),
        };
        text.get(lang)
    }

    /// A stable, form-safe name.
    pub fn slug(self) -> &'static str {
        match self {
            Solution::Refund => "refund",
            Solution::Replacement => "replacement",
            Solution::Reimbursement => "reimbursement",
            Solution::PermissionsRestored => "permissions_restored",
            Solution::ListingFixed => "listing_fixed",
            Solution::Other => "other",
        }
    }

    /// The solution with this slug.
    pub fn from_slug(slug: &str) -> Option<Solution> {
        Solution::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// Whether a follow-up may be recorded on a case with this status: wherever
/// the seller may write to Amazon and Amazon has not answered yet (open,
/// reopened, in appeal). The refusal is in both languages.
pub fn can_follow_up(status: CaseStatus) -> Result<(), Text> {
    if matches!(status, CaseStatus::Answered | CaseStatus::NeedsAttention) {
        return Err(Text::new(
            "Amazon has answered this case: log your reply instead of a follow-up.",
            "亚马逊已回复此问题：请记录您的回复，无需再跟进。",
        ));
    }
    next_status(status, ActionKind::MyReply, LifecycleFacts::default(), false).map(|_| ())
}

/// The three parts of a Plan of Action that Amazon asks for in an appeal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOfAction {
    /// What caused the problem.
    pub root_cause: String,
    /// What the seller has already done about it.
    pub corrective_actions: String,
    /// What keeps it from happening again.
    pub preventive_measures: String,
}

/// Longest part of a Plan of Action, in characters.
pub const PLAN_PART_MAX: usize = 2000;

/// A part of a Plan of Action that is missing (`chars` 0) or over [`PLAN_PART_MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanError {
    /// The part: 0 root cause, 1 corrective actions, 2 preventive measures.
    pub part: usize,
    /// Characters written in it.
    pub chars: usize,
}

impl PlanError {
    /// What to do, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        let title = PlanOfAction::TITLES[self.part.min(2)].get(lang);
        match (self.chars, lang) {
            (0, Lang::En) => {
                format!("Write the {}: Amazon rejects a plan with a part missing.", title.to_ascii_lowercase())
            }
            (0, Lang::Zh) => format!("请填写{title}：缺少任何一部分的计划都会被亚马逊驳回。"),
            (n, Lang::En) => format!("Shorten this part to {PLAN_PART_MAX} characters or fewer (it has {n})."),
            (n, Lang::Zh) => format!("请将这部分缩短到 {PLAN_PART_MAX} 个字符以内（目前 {n} 个）。"),
        }
    }
}

impl PlanOfAction {
    /// The parts' titles in Amazon's order.
    const TITLES: [Text; 3] = [
        Text::new("Root cause", "根本原因"),
        Text::new("Corrective actions taken", "已采取的纠正措施"),
        Text::new("Preventive measures", "预防措施"),
    ];

    /// The parts with their titles in `lang`, in Amazon's order.
    pub fn parts(&self, lang: Lang) -> [(&'static str, &str); 3] {
        let [a, b, c] = PlanOfAction::TITLES.map(|t| t.get(lang));
        [(a, &self.root_cause), (b, &self.corrective_actions), (c, &self.preventive_measures)]
    }

    /// Errors per part, empty when every part is written and within the limit.
    pub fn errors(&self) -> Vec<PlanError> {
        self.parts(Lang::En)
            .iter()
            .enumerate()
            .filter_map(|(part, (_, text))| {
                let chars = text.trim().chars().count();
                (chars == 0 || chars > PLAN_PART_MAX).then_some(PlanError { part, chars })
            })
            .collect()
    }

    /// The whole plan as one text with its titles in `lang`, ready to paste into the appeal.
    pub fn as_text(&self, lang: Lang) -> String {
        self.parts(lang)
            .iter()
            .map(|(title, text)| format!("{title}\n{}", text.trim()))
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActionKind as A;
    use CaseStatus as S;

    const NONE: LifecycleFacts = LifecycleFacts { unsatisfied: false, no_further_action: false };

    /// The whole table, written out: (status, action) → result, for plain facts.
    fn expected(status: S, action: A) -> Option<S> {
        match (status, action) {
            (S::Open, A::AmazonReply) => Some(S::Answered),
            (S::Open, A::MyReply) => Some(S::Open),
            (S::Open, A::Resolve) => Some(S::Resolved),
            (S::Open, A::Close) => Some(S::Closed),
            (S::Answered, A::AmazonReply) => Some(S::Answered),
            (S::Answered, A::MyReply) => Some(S::Open),
            (S::Answered, A::Resolve) => Some(S::Resolved),
            (S::Answered, A::Close) => Some(S::Closed),
            (S::NeedsAttention, A::AmazonReply) => Some(S::Answered),
            (S::NeedsAttention, A::MyReply) => Some(S::Open),
            (S::NeedsAttention, A::Resolve) => Some(S::Resolved),
            (S::NeedsAttention, A::Close) => Some(S::Closed),
            (S::NeedsAttention, A::Appeal) => Some(S::Appeal),
            (S::Reopened, A::AmazonReply) => Some(S::Answered),
            (S::Reopened, A::MyReply) => Some(S::Reopened),
            (S::Reopened, A::Resolve) => Some(S::Resolved),
            (S::Reopened, A::Close) => Some(S::Closed),
            (S::Resolved, A::Close) => Some(S::Closed),
            (S::Resolved, A::Reopen) => Some(S::Reopened),
            (S::Closed, A::Reopen) => Some(S::Reopened),
            (S::Appeal, A::AmazonReply) => Some(S::Answered),
            (S::Appeal, A::MyReply) => Some(S::Appeal),
            (S::Appeal, A::Resolve) => Some(S::Resolved),
            (S::Appeal, A::Close) => Some(S::Closed),
            _ => None,
        }
    }

    #[test]
    fn every_status_and_action_pair_is_decided() {
        let mut allowed = 0;
        for status in S::ALL {
            for action in A::ALL {
                let result = next_status(status, action, NONE, false);
                match expected(status, action) {
                    Some(to) => {
                        assert_eq!(result, Ok(to), "{status:?} + {action:?}");
                        allowed += 1;
                    }
                    None => {
                        let reason = result.expect_err(&format!("{status:?} + {action:?} should be refused"));
                        assert!(reason.en.len() > 20, "{status:?} + {action:?}: a reason a seller can act on");
                        assert!(
                            reason.zh.chars().any(crate::domain::text::is_cjk),
                            "{status:?} + {action:?}: in Chinese too"
                        );
                        assert_eq!(crate::domain::text::english_words(reason.zh), Vec::<String>::new());
                    }
                }
            }
        }
        assert_eq!(allowed, 24);
    }

    #[test]
    fn amazon_asking_for_information_needs_the_seller() {
        for status in [S::Open, S::Answered, S::NeedsAttention, S::Reopened, S::Appeal] {
            assert_eq!(next_status(status, A::AmazonReply, NONE, true), Ok(S::NeedsAttention));
        }
    }

    #[test]
    fn appeals_follow_an_unsatisfying_answer_only() {
        let unsatisfied = LifecycleFacts { unsatisfied: true, ..NONE };
        assert_eq!(next_status(S::Resolved, A::Appeal, unsatisfied, false), Ok(S::Appeal));
        assert!(next_status(S::Resolved, A::Appeal, NONE, false).unwrap_err().en.contains("satisfying"));
        let nfa = LifecycleFacts { no_further_action: true, ..NONE };
        assert_eq!(next_status(S::Closed, A::Appeal, nfa, false), Ok(S::Appeal));
        assert!(next_status(S::Closed, A::Reopen, nfa, false).unwrap_err().en.contains("no further action"));
        assert!(next_status(S::Appeal, A::Appeal, unsatisfied, false).is_err());
        assert!(next_status(S::Open, A::Appeal, unsatisfied, false).is_err());
    }

    #[test]
    fn solutions_round_trip() {
        for s in Solution::ALL {
            assert_eq!(Solution::from_slug(s.slug()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.slug()));
        }
    }

    #[test]
    fn a_plan_needs_all_three_parts() {
        let mut plan = PlanOfAction::default();
        assert_eq!(plan.errors().iter().map(|e| e.part).collect::<Vec<_>>(), [0, 1, 2]);
        plan.root_cause = "A supplier sent unbranded units.".into();
        plan.corrective_actions = "Removed the units and refunded buyers.".into();
        plan.preventive_measures = "Every delivery is now inspected.".into();
        assert!(plan.errors().is_empty());
        assert_eq!(
            plan.as_text(Lang::En),
            "Root cause\nA supplier sent unbranded units.\n\nCorrective actions taken\nRemoved the units and refunded buyers.\n\nPreventive measures\nEvery delivery is now inspected."
        );
        plan.preventive_measures = "x".repeat(PLAN_PART_MAX + 1);
        assert_eq!(plan.errors()[0].part, 2);
    }

    #[test]
    fn labels_and_the_plan_read_in_chinese() {
        for texts in
            [ActionKind::ALL.map(|a| a.label(Lang::Zh)).to_vec(), Solution::ALL.map(|s| s.label(Lang::Zh)).to_vec()]
        {
            for text in texts {
                assert!(text.chars().any(crate::domain::text::is_cjk), "{text}");
            }
        }
        let plan = PlanOfAction {
            root_cause: "供应商发错货。".into(),
            corrective_actions: String::new(),
            preventive_measures: "x".repeat(PLAN_PART_MAX + 1),
        };
        let errors: Vec<_> = plan.errors().into_iter().map(|e| (e.part, e.message(Lang::Zh))).collect();
        assert_eq!(errors[0], (1, "请填写已采取的纠正措施：缺少任何一部分的计划都会被亚马逊驳回。".to_string()));
        assert_eq!(
            errors[1],
            (2, format!("请将这部分缩短到 {PLAN_PART_MAX} 个字符以内（目前 {} 个）。", PLAN_PART_MAX + 1))
        );
        assert!(plan.as_text(Lang::Zh).starts_with("根本原因\n供应商发错货。\n\n已采取的纠正措施\n"));
    }
}
