//! The case lifecycle: what a seller can do to a case in each status, and
//! where it leads. Every (status, action) pair is either allowed with its
//! resulting status or refused with a reason; the UI offers only what is allowed.

use serde::{Deserialize, Serialize};

use super::CaseStatus;

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
    pub fn label(self) -> &'static str {
        match self {
            ActionKind::AmazonReply => "Log Amazon's reply",
            ActionKind::MyReply => "Log my reply",
            ActionKind::Resolve => "Mark resolved",
            ActionKind::Close => "Close the case",
            ActionKind::Reopen => "Reopen",
            ActionKind::Appeal => "Escalate to an appeal",
        }
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

/// Where an action leads from a status, or why it is refused.
///
/// `asks_for_information` only matters for Amazon's reply: it leads to
/// "needs your attention" instead of "answered".
pub fn next_status(
    status: CaseStatus,
    action: ActionKind,
    facts: LifecycleFacts,
    asks_for_information: bool,
) -> Result<CaseStatus, &'static str> {
    use ActionKind as A;
    use CaseStatus as S;
    let reply_status = if asks_for_information { S::NeedsAttention } else { S::Answered };
    match (status, action) {
        // Amazon answers an active case.
        (S::Open | S::Answered | S::NeedsAttention | S::Reopened | S::Appeal, A::AmazonReply) => Ok(reply_status),
        (S::Resolved | S::Closed, A::AmazonReply) => {
            Err("The case is finished. If Amazon wrote again about it, reopen it first.")
        }
        // The seller writes: the case waits on Amazon again.
        (S::Open | S::Answered | S::NeedsAttention, A::MyReply) => Ok(S::Open),
        (S::Reopened, A::MyReply) => Ok(S::Reopened),
        (S::Appeal, A::MyReply) => Ok(S::Appeal),
        (S::Resolved | S::Closed, A::MyReply) => Err("The case is finished: reopen it to write to Amazon again."),
        // Resolving and closing.
        (S::Resolved, A::Resolve) => Err("The case is already resolved."),
        (S::Closed, A::Resolve) => Err("The case is closed: reopen it if it was solved after all."),
        (_, A::Resolve) => Ok(S::Resolved),
        (S::Closed, A::Close) => Err("The case is already closed."),
        (_, A::Close) => Ok(S::Closed),
        // Reopening, only what is finished and may be reopened.
        (S::Closed, A::Reopen) if facts.no_further_action => Err(
            "Amazon closed this case with \"no further action\": reopening it again counts against you. Escalate to an appeal instead.",
        ),
        (S::Resolved | S::Closed, A::Reopen) => Ok(S::Reopened),
        (S::Appeal, A::Reopen) => Err("The appeal is still in progress."),
        (_, A::Reopen) => Err("The case is still open: log a reply instead of reopening it."),
        // Appeals: after an unsatisfying resolution, a request for information, or "no further action".
        (S::NeedsAttention, A::Appeal) => Ok(S::Appeal),
        (S::Resolved, A::Appeal) if facts.unsatisfied => Ok(S::Appeal),
        (S::Closed, A::Appeal) if facts.no_further_action => Ok(S::Appeal),
        (S::Resolved, A::Appeal) => Err("You marked the solution as satisfying: there is nothing to appeal."),
        (S::Appeal, A::Appeal) => Err("An appeal is already in progress."),
        (_, A::Appeal) => Err(
            "Appeal once Amazon has answered: when the solution did not satisfy you, Amazon asks for more information, or closes the case with no further action.",
        ),
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
    pub fn label(self) -> &'static str {
        match self {
            Solution::Refund => "Refund",
            Solution::Replacement => "Replacement",
            Solution::Reimbursement => "Reimbursement",
            Solution::PermissionsRestored => "Account permissions restored",
            Solution::ListingFixed => "Listing fixed",
            Solution::Other => "Other",
        }
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

impl PlanOfAction {
    /// The parts with their titles, in Amazon's order.
    pub fn parts(&self) -> [(&'static str, &str); 3] {
        [
            ("Root cause", &self.root_cause),
            ("Corrective actions taken", &self.corrective_actions),
            ("Preventive measures", &self.preventive_measures),
        ]
    }

    /// Errors per part (index 0–2), empty when every part is written and within the limit.
    pub fn errors(&self) -> Vec<(usize, String)> {
        self.parts()
            .iter()
            .enumerate()
            .filter_map(|(i, (title, text))| match text.trim().chars().count() {
                0 => Some((i, format!("Write the {}: Amazon rejects a plan with a part missing.", title.to_ascii_lowercase()))),
                n if n > PLAN_PART_MAX => Some((i, format!("Shorten this part to {PLAN_PART_MAX} characters or fewer (it has {n})."))),
                _ => None,
            })
            .collect()
    }

    /// The whole plan as one text, ready to paste into the appeal.
    pub fn as_text(&self) -> String {
        self.parts()
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
                        assert!(reason.len() > 20, "{status:?} + {action:?}: a reason a seller can act on");
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
        assert!(next_status(S::Resolved, A::Appeal, NONE, false).unwrap_err().contains("satisfying"));
        let nfa = LifecycleFacts { no_further_action: true, ..NONE };
        assert_eq!(next_status(S::Closed, A::Appeal, nfa, false), Ok(S::Appeal));
        assert!(next_status(S::Closed, A::Reopen, nfa, false).unwrap_err().contains("no further action"));
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
        assert_eq!(plan.errors().iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1, 2]);
        plan.root_cause = "A supplier sent unbranded units.".into();
        plan.corrective_actions = "Removed the units and refunded buyers.".into();
        plan.preventive_measures = "Every delivery is now inspected.".into();
        assert!(plan.errors().is_empty());
        assert_eq!(
            plan.as_text(),
            "Root cause\nA supplier sent unbranded units.\n\nCorrective actions taken\nRemoved the units and refunded buyers.\n\nPreventive measures\nEvery delivery is now inspected."
        );
        plan.preventive_measures = "x".repeat(PLAN_PART_MAX + 1);
        assert_eq!(plan.errors()[0].0, 2);
    }
}
