//! Sample cases for offline demos: about eight realistic cases across every
//! status (one late, one in appeal, one with evidence), marked as samples,
//! written in the seller's language (the same cases in both).

use chrono::{DateTime, Duration, Utc};

use crate::domain::case::case_file::{Action, Case};
use crate::domain::case::lifecycle::{PlanOfAction, Solution};
use crate::domain::contact_method::ContactMethod;
use crate::domain::contact_us::draft::ContactUsDraft;
use crate::domain::evidence::EvidenceKind;
use crate::domain::evidence::{content_hash, EvidenceFile, FileKind};
use crate::domain::{CaseId, EventId, Lang, ProblemType, Text};

/// The text body of the sample's evidence file.
pub const SAMPLE_TRACKING: Text = Text::new(
    "UPS tracking 1Z999AA10123456784\n2026-11-03 08:12 Departed facility, Louisville KY\n2026-11-04 14:40 Delivered, front door\n",
    "承运人追踪编号 1Z999AA10123456784\n2026-11-03 08:12 已离开转运中心（美国肯塔基州路易斯维尔）\n2026-11-04 14:40 已送达，放在前门\n",
);

/// The name of the sample's evidence file.
const SAMPLE_TRACKING_NAME: Text = Text::new("sample-tracking-history.txt", "示例追踪记录.txt");

struct Spec {
    problem_type: ProblemType,
    problem: &'static str,
    subject: Text,
    identifier: &'static str,
    description: Text,
    hours_ago: i64,
}

fn open(n: usize, spec: &Spec, lang: Lang, now: DateTime<Utc>) -> Option<Case> {
    let mut draft = ContactUsDraft::new(format!("sample-{n}"));
    draft.choose_problem_type(spec.problem_type);
    draft.choose_problem(spec.problem);
    draft.method = Some(ContactMethod::Email);
    draft.contact.reply_to = "seller@example.com".into();
    draft.message_lang = lang;
    draft.subject = spec.subject.get(lang).into();
    draft.description = spec.description.get(lang).into();
    if let Some(first) = draft.identifiers.first_mut() {
        first.value = spec.identifier.into();
    }
    let request = draft.finish().ok()?;
    let mut case = Case::open(
        request,
        CaseId(format!("sample-{n}")),
        EventId(format!("sample-{n}-e1")),
        now - Duration::hours(spec.hours_ago),
    );
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

/// The sample cases in `lang`, as of `now`, and the evidence body one of them uses.
pub fn sample_cases(now: DateTime<Utc>, lang: Lang) -> (Vec<Case>, Vec<(EvidenceFile, Vec<u8>)>) {
    let specs = [
        Spec {
            problem_type: ProblemType::OrdersAndReturns, problem: "order-not-delivered", identifier: "112-4738291-5047863", hours_ago: 3,
            subject: Text::new("Sample: order 112-4738291-5047863 shows delivered, buyer has nothing", "示例：订单 112-4738291-5047863 显示已送达，买家却未收到"),
            description: Text::new(
                "The carrier marked the parcel delivered on 4 November; the buyer says it never arrived. Tracking attached.",
                "承运人于11月4日将包裹标记为已送达，但买家表示从未收到。已附上追踪信息。",
            ),
        },
        Spec {
            problem_type: ProblemType::FbaInventory, problem: "fba-shipment-discrepancy", identifier: "FBA15ABCDE", hours_ago: 30,
            subject: Text::new("Sample: shipment FBA15ABCDE received 47 of 50 units", "示例：货件 FBA15ABCDE 的 50 件商品只接收了 47 件"),
            description: Text::new(
                "Proof of delivery shows 5 cartons of 10 units; 47 were checked in. Please investigate.",
                "送达证明显示共 5 箱，每箱 10 件，但只接收了 47 件。请协助调查。",
            ),
        },
        Spec {
            problem_type: ProblemType::Reimbursements, problem: "reimburse-lost-warehouse", identifier: "X001ABC2DE", hours_ago: 50,
            subject: Text::new("Sample: 3 units of X001ABC2DE lost at PHX7", "示例：X001ABC2DE 有 3 件商品在运营中心 PHX7 丢失"),
            description: Text::new(
                "The Inventory Ledger shows 3 units lost on 2 November with no reimbursement.",
                "库存分类账显示11月2日有 3 件商品丢失，但没有获得赔偿。",
            ),
        },
        Spec {
            problem_type: ProblemType::ListingsAndCatalog, problem: "listing-suppressed", identifier: "B0C7XK2M9Q", hours_ago: 72,
            subject: Text::new("Sample: listing B0C7XK2M9Q suppressed", "示例：商品信息 B0C7XK2M9Q 被禁止显示"),
            description: Text::new(
                "The listing was suppressed for a missing image although the main image is there.",
                "该商品信息因缺少图片被禁止显示，但主图其实已经上传。",
            ),
        },
        Spec {
            problem_type: ProblemType::Payments, problem: "disbursement-held", identifier: "", hours_ago: 120,
            subject: Text::new("Sample: disbursement on hold since 12 November", "示例：转账自11月12日起被暂停"),
            description: Text::new("My disbursement has been held for two weeks; verification is complete.", "我的转账已被暂停两周，而验证早已完成。"),
        },
        Spec {
            problem_type: ProblemType::AccountHealth, problem: "policy-warning", identifier: "", hours_ago: 96,
            subject: Text::new("Sample: authenticity warning for ASIN B0D2PQ7R8S", "示例：ASIN B0D2PQ7R8S 收到真实性警告"),
            description: Text::new(
                "A policy warning about product authenticity; I have the supplier invoices.",
                "收到一条关于商品真实性的政策警告；我有供应商发票。",
            ),
        },
        Spec {
            problem_type: ProblemType::Tax, problem: "tax-interview", identifier: "", hours_ago: 200,
            subject: Text::new("Sample: VAT number not validated", "示例：增值税号未通过验证"),
            description: Text::new(
                "The tax interview keeps rejecting my VAT number although it is valid in VIES.",
                "税务信息调查一直拒绝我的增值税号，但该税号在欧盟增值税号验证系统中是有效的。",
            ),
        },
        Spec {
            problem_type: ProblemType::Advertising, problem: "ads-not-serving", identifier: "", hours_ago: 100,
            subject: Text::new("Sample: campaign not serving for three days", "示例：广告活动已三天未投放"),
            description: Text::new(
                "Sponsored Products campaign enabled, budget available, no impressions since Monday.",
                "商品推广广告活动已启用，预算充足，但自周一以来没有任何展示。",
            ),
        },
    ];
    let mut cases: Vec<Case> = specs.iter().enumerate().filter_map(|(i, s)| open(i + 1, s, lang, now)).collect();
    let reply = |text: Text, asks| Action::AmazonReply {
        text: text.get(lang).into(),
        asks_for_information: asks,
        files: vec![],
    };
    let ago = |h: i64| now - Duration::hours(h);
    // 1: open, with evidence. 2: open and late (30 h).
    let body = SAMPLE_TRACKING.get(lang).as_bytes().to_vec();
    let file = EvidenceFile {
        hash: content_hash(&body),
        name: SAMPLE_TRACKING_NAME.get(lang).into(),
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
    story(
        &mut cases,
        3,
        vec![(
            reply(
                Text::new(
                    "We are reconciling the units; expect an update within 5 days.",
                    "我们正在核对这些商品，预计 5 天内会有最新进展。",
                ),
                false,
            ),
            ago(20),
        )],
    );
    story(
        &mut cases,
        4,
        vec![(
            reply(Text::new("Please send a screenshot of the image settings.", "请发送图片设置的截图。"), true),
            ago(40),
        )],
    );
    // 5: resolved, satisfied.
    story(
        &mut cases,
        5,
        vec![
            (reply(Text::new("The hold is released.", "暂停已解除。"), false), ago(100)),
            (
                Action::Resolve {
                    solution: Solution::Other,
                    amount: None,
                    satisfied: true,
                    note: Text::new("Funds arrived.", "款项已到账。").get(lang).into(),
                },
                ago(90),
            ),
        ],
    );
    // 6: appeal in progress.
    let plan = PlanOfAction {
        root_cause: Text::new(
            "A new supplier shipped units without brand labels.",
            "一家新供应商发出的商品没有品牌标签。",
        )
        .get(lang)
        .into(),
        corrective_actions: Text::new(
            "We removed the units and refunded every buyer.",
            "我们已移除这些商品，并为每位买家办理了退款。",
        )
        .get(lang)
        .into(),
        preventive_measures: Text::new(
            "Each delivery is now checked against the invoice before it is listed.",
            "现在每批到货在上架前都会与发票逐一核对。",
        )
        .get(lang)
        .into(),
    };
    story(
        &mut cases,
        6,
        vec![
            (
                reply(
                    Text::new("Please provide invoices and a Plan of Action.", "请提供发票和行动计划（POA）。"),
                    true,
                ),
                ago(80),
            ),
            (Action::Appeal { plan }, ago(10)),
        ],
    );
    // 7: closed. 8: reopened.
    story(
        &mut cases,
        7,
        vec![
            (reply(Text::new("Your VAT number is now validated.", "您的增值税号现已通过验证。"), false), ago(150)),
            (Action::Close { no_further_action: false, note: String::new() }, ago(140)),
        ],
    );
    story(
        &mut cases,
        8,
        vec![
            (reply(Text::new("The campaign is serving again.", "该广告活动已恢复投放。"), false), ago(60)),
            (
                Action::Resolve { solution: Solution::Other, amount: None, satisfied: false, note: String::new() },
                ago(50),
            ),
            (
                Action::Reopen {
                    reason: Text::new("Impressions stopped again after one day.", "一天后展示再次停止。")
                        .get(lang)
                        .into(),
                },
                ago(2),
            ),
        ],
    );
    (cases, vec![(file, body)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::at;
    use crate::domain::deadlines::response_window::Countdown;
    use crate::domain::settings::Settings;
    use crate::domain::{CaseStatus, EventKind};

    #[test]
    fn samples_cover_every_status_and_are_marked() {
        let now = at(12);
        let (cases, evidence) = sample_cases(now, Lang::En);
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

    // The Chinese samples are the English ones told in Chinese: same cases,
    // same stories, only the words differ.
    #[test]
    fn chinese_samples_are_the_same_cases_in_chinese() {
        use crate::domain::catalog::specific_problem::tests::assert_chinese;
        let now = at(12);
        let (en, en_files) = sample_cases(now, Lang::En);
        let (zh, zh_files) = sample_cases(now, Lang::Zh);
        assert_eq!(zh.len(), en.len());
        let shape = |c: &Case| {
            let events: Vec<String> =
                c.events.iter().map(|e| format!("{:?}", std::mem::discriminant(&e.kind))).collect();
            (
                c.id.clone(),
                c.status,
                c.problem_type,
                c.specific_problem.clone(),
                c.identifiers.clone(),
                c.evidence.len(),
                events,
            )
        };
        assert_eq!(zh.iter().map(shape).collect::<Vec<_>>(), en.iter().map(shape).collect::<Vec<_>>());
        let ids = [
            "112-4738291-5047863",
            "FBA15ABCDE",
            "X001ABC2DE",
            "PHX7",
            "B0C7XK2M9Q",
            "B0D2PQ7R8S",
            "1Z999AA10123456784",
        ];
        for case in &zh {
            assert!(case.sample && case.subject.starts_with("示例："), "{}", case.subject);
            assert_chinese(&case.subject, &ids, &case.id.0);
            assert_chinese(&case.description, &ids, &case.id.0);
            assert_chinese(&case.message, &ids, &case.id.0);
            for event in &case.events {
                let texts: Vec<&str> = match &event.kind {
                    EventKind::AmazonReplied { text, .. } => vec![text],
                    EventKind::Resolved { note, .. } | EventKind::Closed { note, .. } => vec![note],
                    EventKind::Reopened { reason } => vec![reason],
                    EventKind::AppealSubmitted { plan } => {
                        vec![&plan.root_cause, &plan.corrective_actions, &plan.preventive_measures]
                    }
                    _ => vec![],
                };
                for text in texts.into_iter().filter(|t| !t.is_empty()) {
                    assert_chinese(text, &ids, &case.id.0);
                }
            }
        }
        assert_chinese(SAMPLE_TRACKING.zh, &ids, "tracking");
        assert_chinese(SAMPLE_TRACKING_NAME.zh, &["txt"], "tracking file name");
        assert_eq!(zh_files.len(), en_files.len());
        assert_eq!(content_hash(&zh_files[0].1), zh_files[0].0.hash);
        assert_eq!(zh_files[0].1, SAMPLE_TRACKING.zh.as_bytes());
    }
}
