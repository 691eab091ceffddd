//! Sample cases for offline demos: about eight realistic cases across every
//! status (one late, one in appeal, one with evidence), marked as samples.

use chrono::{DateTime, Duration, Utc};

use super::case::{Action, Case};
use super::catalog::EvidenceKind;
use super::contact::ContactMethod;
use super::contact_us::ContactUsDraft;
use super::evidence::{content_hash, EvidenceFile, FileKind};
use super::lifecycle::{PlanOfAction, Solution};
use super::{CaseId, EventId, ProblemType};

/// The text body of the sample's evidence file.
pub const SAMPLE_TRACKING: &str = "UPS tracking 1Z999AA10123456784\n2026-11-03 08:12 Departed facility, Louisville KY\n2026-11-04 14:40 Delivered, front door\n";

struct Spec {
    problem_type: ProblemType,
    problem: &'static str,
    subject: &'static str,
    identifier: &'static str,
    description: &'static str,
    hours_ago: i64,
}

fn open(n: usize, spec: &Spec, now: DateTime<Utc>) -> Option<Case> {
    let mut draft = ContactUsDraft::new(format!("sample-{n}"));
    draft.choose_problem_type(spec.problem_type);
    draft.choose_problem(spec.problem);
    draft.method = Some(ContactMethod::Email);
    draft.contact.reply_to = "seller@example.com".into();
    draft.subject = spec.subject.into();
    draft.description = spec.description.into();
    if let Some(first) = draft.identifiers.first_mut() {
        first.value = spec.identifier.into();
    }
    let request = draft.finish().ok()?;
    let mut case = Case::open(request, CaseId(format!("sample-{n}")), EventId(format!("sample-{n}-e1")), now - Duration::hours(spec.hours_ago));
    case.sample = true;
    Some(case)
}

/// Applies the story of sample `n` (the specs are valid by construction; the test checks every status appears).
fn story(cases: &mut [Case], n: usize, steps: Vec<(Action, DateTime<Utc>)>) {
    if let Some(case) = cases.iter_mut().find(|c| c.id.0 == format!("sample-{n}")) {
        for (i, (action, at)) in steps.into_iter().enumerate() {
            let _ = case.apply(action, EventId(format!("sample-{n}-e{}", i + 2)), at);
        }
    }
}

/// The sample cases, as of `now`, and the evidence body one of them uses.
pub fn sample_cases(now: DateTime<Utc>) -> (Vec<Case>, Vec<(EvidenceFile, Vec<u8>)>) {
    let specs = [
        Spec { problem_type: ProblemType::OrdersAndReturns, problem: "order-not-delivered", subject: "Sample: order 112-4738291-5047863 shows delivered, buyer has nothing", identifier: "112-4738291-5047863", description: "The carrier marked the parcel delivered on 4 November; the buyer says it never arrived. Tracking attached.", hours_ago: 3 },
        Spec { problem_type: ProblemType::FbaInventory, problem: "fba-shipment-discrepancy", subject: "Sample: shipment FBA15ABCDE received 47 of 50 units", identifier: "FBA15ABCDE", description: "Proof of delivery shows 5 cartons of 10 units; 47 were checked in. Please investigate.", hours_ago: 30 },
        Spec { problem_type: ProblemType::Reimbursements, problem: "reimburse-lost-warehouse", subject: "Sample: 3 units of X001ABC2DE lost at PHX7", identifier: "X001ABC2DE", description: "The Inventory Ledger shows 3 units lost on 2 November with no reimbursement.", hours_ago: 50 },
        Spec { problem_type: ProblemType::ListingsAndCatalog, problem: "listing-suppressed", subject: "Sample: listing B0C7XK2M9Q suppressed", identifier: "B0C7XK2M9Q", description: "The listing was suppressed for a missing image although the main image is there.", hours_ago: 72 },
        Spec { problem_type: ProblemType::Payments, problem: "disbursement-held", subject: "Sample: disbursement on hold since 12 November", identifier: "", description: "My disbursement has been held for two weeks; verification is complete.", hours_ago: 120 },
        Spec { problem_type: ProblemType::AccountHealth, problem: "policy-warning", subject: "Sample: authenticity warning for ASIN B0D2PQ7R8S", identifier: "", description: "A policy warning about product authenticity; I have the supplier invoices.", hours_ago: 96 },
        Spec { problem_type: ProblemType::Tax, problem: "tax-interview", subject: "Sample: VAT number not validated", identifier: "", description: "The tax interview keeps rejecting my VAT number although it is valid in VIES.", hours_ago: 200 },
        Spec { problem_type: ProblemType::Advertising, problem: "ads-not-serving", subject: "Sample: campaign not serving for three days", identifier: "", description: "Sponsored Products campaign enabled, budget available, no impressions since Monday.", hours_ago: 100 },
    ];
    let mut cases: Vec<Case> = specs.iter().enumerate().filter_map(|(i, s)| open(i + 1, s, now)).collect();
    let reply = |text: &str, asks| Action::AmazonReply { text: text.into(), asks_for_information: asks, files: vec![] };
    let ago = |h: i64| now - Duration::hours(h);
    // 1: open, with evidence. 2: open and late (30 h).
    let body = SAMPLE_TRACKING.as_bytes().to_vec();
    let file = EvidenceFile {
        hash: content_hash(&body),
        name: "sample-tracking-history.txt".into(),
        kind: FileKind::Text,
        size: body.len() as u64,
        proves: EvidenceKind::Tracking,
        added_at: ago(3),
        pages: None,
        stored: true,
    };
    if let Some(first) = cases.first_mut() {
        first.evidence.push(file.clone());
    }
    // 2 stays open and is late (30 hours old). 3: answered. 4: needs your attention.
    story(&mut cases, 3, vec![(reply("We are reconciling the units; expect an update within 5 days.", false), ago(20))]);
    story(&mut cases, 4, vec![(reply("Please send a screenshot of the image settings.", true), ago(40))]);
    // 5: resolved, satisfied.
    story(&mut cases, 5, vec![
        (reply("The hold is released.", false), ago(100)),
        (Action::Resolve { solution: Solution::Other, amount: None, satisfied: true, note: "Funds arrived.".into() }, ago(90)),
    ]);
    // 6: appeal in progress.
    let plan = PlanOfAction {
        root_cause: "A new supplier shipped units without brand labels.".into(),
        corrective_actions: "We removed the units and refunded every buyer.".into(),
        preventive_measures: "Each delivery is now checked against the invoice before it is listed.".into(),
    };
    story(&mut cases, 6, vec![
        (reply("Please provide invoices and a Plan of Action.", true), ago(80)),
        (Action::Appeal { plan }, ago(10)),
    ]);
    // 7: closed. 8: reopened.
    story(&mut cases, 7, vec![
        (reply("Your VAT number is now validated.", false), ago(150)),
        (Action::Close { no_further_action: false, note: String::new() }, ago(140)),
    ]);
    story(&mut cases, 8, vec![
        (reply("The campaign is serving again.", false), ago(60)),
        (Action::Resolve { solution: Solution::Other, amount: None, satisfied: false, note: String::new() }, ago(50)),
        (Action::Reopen { reason: "Impressions stopped again after one day.".into() }, ago(2)),
    ]);
    (cases, vec![(file, body)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::tests::at;
    use crate::domain::settings::Settings;
    use crate::domain::window::Countdown;
    use crate::domain::CaseStatus;

    #[test]
    fn samples_cover_every_status_and_are_marked() {
        let now = at(12);
        let (cases, evidence) = sample_cases(now);
        assert_eq!(cases.len(), 8);
        assert!(cases.iter().all(|c| c.sample && c.id.0.starts_with("sample-")));
        for status in CaseStatus::ALL {
            assert!(cases.iter().any(|c| c.status == status), "no sample is {status:?}");
        }
        assert!(cases.iter().any(|c| Countdown::of(c, &Settings::default(), now).is_overdue()), "one sample is late");
        assert_eq!(evidence.len(), 1);
        assert_eq!(content_hash(&evidence[0].1), evidence[0].0.hash);
        let subjects: Vec<_> = cases.iter().map(|c| c.subject.as_str()).collect();
        assert!(subjects.iter().all(|s| s.starts_with("Sample: ")), "{subjects:?}");
    }
}
