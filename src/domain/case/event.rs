//! One entry of a case's append-only history: what happened and when,
//! stored with a `kind` tag and read back in one pass.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::case::claim_date::ClaimDate;
use crate::domain::case::lifecycle::{PlanOfAction, Solution};
use crate::domain::contact_method::ContactMethod;
use crate::domain::stored_field::needs;
use crate::domain::Lang;

/// A unique id for one event in a case's history.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub String);

/// What happened, in one entry of a case's history. Stored inside its
/// [`CaseEvent`] with a `kind` tag (`"kind":"note_added","text":…`); read back
/// by [`CaseEvent`]'s own `Deserialize`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// The case was written and sent to Amazon.
    Submitted {
        /// How it was sent (absent in cases from before contact methods).
        #[serde(default)]
        method: Option<ContactMethod>,
    },
    /// The seller recorded Amazon's case ID.
    AmazonCaseIdRecorded {
        /// The ID, 8–14 digits.
        case_id: String,
    },
    /// The seller added a note (for example instead of opening a duplicate case).
    NoteAdded {
        /// The note, line breaks kept.
        text: String,
    },
    /// Files were added as evidence after the case was opened.
    EvidenceAdded {
        /// The files' hashes, in the order added.
        hashes: Vec<String>,
    },
    /// Amazon replied.
    AmazonReplied {
        /// The reply, line breaks kept.
        text: String,
        /// Amazon asks the seller for more information.
        #[serde(default)]
        asks_for_information: bool,
        /// Files that came with the reply (hashes; the files are in the case's evidence).
        #[serde(default)]
        files: Vec<String>,
    },
    /// The seller replied.
    IReplied {
        /// The reply, line breaks kept.
        text: String,
        /// Files sent with it (hashes).
        #[serde(default)]
        files: Vec<String>,
    },
    /// The case was solved.
    Resolved {
        /// How.
        solution: Solution,
        /// The amount, for a reimbursement or refund (as the seller wrote it, e.g. "$42.50").
        #[serde(default)]
        amount: Option<String>,
        /// Whether the seller is satisfied with it.
        satisfied: bool,
        /// A note.
        #[serde(default)]
        note: String,
    },
    /// The case was closed.
    Closed {
        /// Amazon closed it with "no further action".
        #[serde(default)]
        no_further_action: bool,
        /// A note.
        #[serde(default)]
        note: String,
    },
    /// The case was reopened.
    Reopened {
        /// Why.
        reason: String,
    },
    /// An appeal was submitted with a Plan of Action.
    AppealSubmitted {
        /// The plan.
        plan: PlanOfAction,
    },
    /// The seller marked the case urgent, or not urgent any more.
    MarkedUrgent {
        /// The new flag.
        urgent: bool,
    },
    /// The seller sent Amazon a follow-up because the answer is late
    /// (`deadlines::follow_up`). Leaves the status and the response window as they are.
    FollowedUp {
        /// The follow-up as sent, line breaks kept.
        text: String,
    },
    /// The seller recorded (or removed, `None`) the date a claim window
    /// starts from: the loss, the refund… (`case::claim_date`).
    ClaimDateSet {
        /// The date and which window it starts.
        claim: Option<ClaimDate>,
    },
}

impl EventKind {
    /// One line for the timeline.
    pub fn summary(&self, lang: Lang) -> String {
        let fixed = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match (self, lang) {
            (EventKind::Submitted { method: Some(method) }, Lang::En) => {
                format!("Sent to Amazon by {}", method.label(Lang::En).to_ascii_lowercase())
            }
            (EventKind::Submitted { method: Some(method) }, Lang::Zh) => {
                format!("已通过{}发送给亚马逊", method.label(Lang::Zh))
            }
            (EventKind::Submitted { method: None }, _) => fixed("Case opened", "已提交问题"),
            (EventKind::AmazonCaseIdRecorded { case_id }, Lang::En) => format!("Amazon case ID recorded: {case_id}"),
            (EventKind::AmazonCaseIdRecorded { case_id }, Lang::Zh) => format!("已记录亚马逊问题编号：{case_id}"),
            (EventKind::NoteAdded { .. }, _) => fixed("Note added", "已添加备注"),
            (EventKind::EvidenceAdded { hashes }, Lang::En) if hashes.len() == 1 => {
                "1 file added as evidence".to_string()
            }
            (EventKind::EvidenceAdded { hashes }, Lang::En) => format!("{} files added as evidence", hashes.len()),
            (EventKind::EvidenceAdded { hashes }, Lang::Zh) => format!("已添加 {} 个证据文件", hashes.len()),
            (EventKind::AmazonReplied { asks_for_information: true, .. }, _) => {
                fixed("Amazon replied and asks for more information", "亚马逊已回复，要求提供更多信息")
            }
            (EventKind::AmazonReplied { .. }, _) => fixed("Amazon replied", "亚马逊已回复"),
            (EventKind::IReplied { .. }, _) => fixed("I replied", "我已回复"),
            (EventKind::Resolved { solution, amount, satisfied, .. }, Lang::En) => {
                let amount = amount.as_deref().map(|a| format!(" of {a}")).unwrap_or_default();
                let mood = if *satisfied { "satisfied" } else { "not satisfied" };
                format!("Resolved: {}{amount} ({mood})", solution.label(lang).to_ascii_lowercase())
            }
            (EventKind::Resolved { solution, amount, satisfied, .. }, Lang::Zh) => {
                let amount = amount.as_deref().map(|a| format!("，金额 {a}")).unwrap_or_default();
                let mood = if *satisfied { "满意" } else { "不满意" };
                format!("已解决：{}{amount}（{mood}）", solution.label(lang))
            }
            (EventKind::Closed { no_further_action: true, .. }, _) => {
                fixed("Closed by Amazon with no further action", "亚马逊已关闭此问题，不再采取进一步行动")
            }
            (EventKind::Closed { .. }, _) => fixed("Closed", "已关闭"),
            (EventKind::Reopened { .. }, _) => fixed("Reopened", "已重新打开"),
            (EventKind::AppealSubmitted { .. }, _) => {
                fixed("Appeal submitted with a Plan of Action", "已提交申诉及行动计划（POA）")
            }
            (EventKind::MarkedUrgent { urgent: true }, _) => fixed("Marked urgent", "已标记为紧急"),
            (EventKind::MarkedUrgent { urgent: false }, _) => fixed("No longer urgent", "已取消紧急标记"),
            (EventKind::FollowedUp { .. }, _) => fixed("Followed up with Amazon", "已向亚马逊发送跟进消息"),
            (EventKind::ClaimDateSet { claim: Some(claim) }, _) => claim.summary(lang),
            (EventKind::ClaimDateSet { claim: None }, _) => fixed("Removed the claim date", "已删除索赔日期"),
        }
    }

    /// The text the event carries, if any (replies, notes, reasons, the plan
    /// with its titles in `lang`).
    pub fn text(&self, lang: Lang) -> Option<String> {
        match self {
            EventKind::NoteAdded { text }
            | EventKind::AmazonReplied { text, .. }
            | EventKind::IReplied { text, .. }
            | EventKind::FollowedUp { text } => Some(text.clone()),
            EventKind::Resolved { note, .. } | EventKind::Closed { note, .. } if !note.is_empty() => Some(note.clone()),
            EventKind::Reopened { reason } => Some(reason.clone()),
            EventKind::AppealSubmitted { plan } => Some(plan.as_text(lang)),
            _ => None,
        }
    }

    /// Files the event brought (hashes).
    pub fn files(&self) -> &[String] {
        match self {
            EventKind::EvidenceAdded { hashes } => hashes,
            EventKind::AmazonReplied { files, .. } | EventKind::IReplied { files, .. } => files,
            _ => &[],
        }
    }
}

/// One entry of a case's append-only history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseEvent {
    /// Unique within the case, so copies of a case can be merged by id.
    pub id: EventId,
    /// When it happened (UTC; shown in the seller's local time).
    #[serde(with = "crate::domain::time")]
    pub at: DateTime<Utc>,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// A stored event as its fields, whatever its kind. Read in one pass and
/// then checked against its `kind`: serde's derive for a flattened, tagged
/// enum buffers every event through a generic tree first, which cost the
/// first load more than any other function.
#[derive(Deserialize)]
struct StoredEvent {
    id: EventId,
    #[serde(with = "crate::domain::time")]
    at: DateTime<Utc>,
    kind: String,
    #[serde(default)]
    method: Option<ContactMethod>,
    case_id: Option<String>,
    text: Option<String>,
    hashes: Option<Vec<String>>,
    #[serde(default)]
    asks_for_information: bool,
    #[serde(default)]
    files: Vec<String>,
    solution: Option<Solution>,
    #[serde(default)]
    amount: Option<String>,
    satisfied: Option<bool>,
    #[serde(default)]
    note: String,
    #[serde(default)]
    no_further_action: bool,
    reason: Option<String>,
    plan: Option<PlanOfAction>,
    urgent: Option<bool>,
    claim: Option<ClaimDate>,
}

const EVENT_KINDS: &[&str] = &[
    "submitted",
    "amazon_case_id_recorded",
    "note_added",
    "evidence_added",
    "amazon_replied",
    "i_replied",
    "resolved",
    "closed",
    "reopened",
    "appeal_submitted",
    "marked_urgent",
    "followed_up",
    "claim_date_set",
];

impl<'de> Deserialize<'de> for CaseEvent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let e = StoredEvent::deserialize(deserializer)?;
        let kind = match e.kind.as_str() {
            "submitted" => EventKind::Submitted { method: e.method },
            "amazon_case_id_recorded" => EventKind::AmazonCaseIdRecorded { case_id: needs(e.case_id, "case_id")? },
            "note_added" => EventKind::NoteAdded { text: needs(e.text, "text")? },
            "evidence_added" => EventKind::EvidenceAdded { hashes: needs(e.hashes, "hashes")? },
            "amazon_replied" => EventKind::AmazonReplied {
                text: needs(e.text, "text")?,
                asks_for_information: e.asks_for_information,
                files: e.files,
            },
            "i_replied" => EventKind::IReplied { text: needs(e.text, "text")?, files: e.files },
            "resolved" => EventKind::Resolved {
                solution: needs(e.solution, "solution")?,
                amount: e.amount,
                satisfied: needs(e.satisfied, "satisfied")?,
                note: e.note,
            },
            "closed" => EventKind::Closed { no_further_action: e.no_further_action, note: e.note },
            "reopened" => EventKind::Reopened { reason: needs(e.reason, "reason")? },
            "appeal_submitted" => EventKind::AppealSubmitted { plan: needs(e.plan, "plan")? },
            "marked_urgent" => EventKind::MarkedUrgent { urgent: needs(e.urgent, "urgent")? },
            "followed_up" => EventKind::FollowedUp { text: needs(e.text, "text")? },
            "claim_date_set" => EventKind::ClaimDateSet { claim: e.claim },
            other => return Err(D::Error::unknown_variant(other, EVENT_KINDS)),
        };
        Ok(CaseEvent { id: e.id, at: e.at, kind })
    }
}

#[cfg(test)]
mod stored_format_tests {
    use super::*;
    use crate::domain::case::case_file::{Action, NOTE_MAX};
    use crate::domain::case::lifecycle::{PlanOfAction, Solution};
    use crate::domain::contact_method::{CallbackWindow, Contact};

    /// One event of every kind, and each contact method.
    fn every_kind() -> (Vec<CaseEvent>, Vec<Contact>) {
        let at = "2026-11-26T09:00:00Z".parse().expect("a time");
        let kinds = vec![
            EventKind::Submitted { method: Some(ContactMethod::Phone) },
            EventKind::Submitted { method: None },
            EventKind::AmazonCaseIdRecorded { case_id: "12345678901".into() },
            EventKind::NoteAdded { text: "Line one\nline two".into() },
            EventKind::EvidenceAdded { hashes: vec!["aa".into(), "bb".into()] },
            EventKind::AmazonReplied {
                text: "Send the invoice.".into(),
                asks_for_information: true,
                files: vec!["cc".into()],
            },
            EventKind::IReplied { text: "Attached.".into(), files: vec![] },
            EventKind::Resolved {
                solution: Solution::Reimbursement,
                amount: Some("$42.50".into()),
                satisfied: true,
                note: "Paid.".into(),
            },
            EventKind::Resolved { solution: Solution::Other, amount: None, satisfied: false, note: String::new() },
            EventKind::Closed { no_further_action: true, note: "No further action.".into() },
            EventKind::Reopened { reason: "Not paid after all.".into() },
            EventKind::AppealSubmitted {
                plan: PlanOfAction {
                    root_cause: "A".into(),
                    corrective_actions: "B".into(),
                    preventive_measures: "C".into(),
                },
            },
            EventKind::MarkedUrgent { urgent: true },
        ];
        let events = kinds
            .into_iter()
            .enumerate()
            .map(|(i, kind)| CaseEvent { id: EventId(format!("e{i}")), at, kind })
            .collect();
        let contacts = vec![
            Contact::Email { reply_to: "cases@shop.example".into() },
            Contact::Phone {
                country_code: "+44".into(),
                number: "2071234567".into(),
                callback_window: CallbackWindow::Morning,
            },
            Contact::Chat { display_name: "Mia".into() },
        ];
        (events, contacts)
    }

    // Frozen text of every event kind and contact method as version 1 stores
    // them: sellers' browsers hold exactly this, so it must read back, and what
    // is written must not change.
    const FROZEN_EVENTS: &str = r#"[{"id":"e0","at":"2026-11-26T09:00:00Z","kind":"submitted","method":"phone"},{"id":"e1","at":"2026-11-26T09:00:00Z","kind":"submitted","method":null},{"id":"e2","at":"2026-11-26T09:00:00Z","kind":"amazon_case_id_recorded","case_id":"12345678901"},{"id":"e3","at":"2026-11-26T09:00:00Z","kind":"note_added","text":"Line one\nline two"},{"id":"e4","at":"2026-11-26T09:00:00Z","kind":"evidence_added","hashes":["aa","bb"]},{"id":"e5","at":"2026-11-26T09:00:00Z","kind":"amazon_replied","text":"Send the invoice.","asks_for_information":true,"files":["cc"]},{"id":"e6","at":"2026-11-26T09:00:00Z","kind":"i_replied","text":"Attached.","files":[]},{"id":"e7","at":"2026-11-26T09:00:00Z","kind":"resolved","solution":"reimbursement","amount":"$42.50","satisfied":true,"note":"Paid."},{"id":"e8","at":"2026-11-26T09:00:00Z","kind":"resolved","solution":"other","amount":null,"satisfied":false,"note":""},{"id":"e9","at":"2026-11-26T09:00:00Z","kind":"closed","no_further_action":true,"note":"No further action."},{"id":"e10","at":"2026-11-26T09:00:00Z","kind":"reopened","reason":"Not paid after all."},{"id":"e11","at":"2026-11-26T09:00:00Z","kind":"appeal_submitted","plan":{"root_cause":"A","corrective_actions":"B","preventive_measures":"C"}},{"id":"e12","at":"2026-11-26T09:00:00Z","kind":"marked_urgent","urgent":true}]"#;
    const FROZEN_CONTACTS: &str = r#"[{"method":"email","reply_to":"cases@shop.example"},{"method":"phone","country_code":"+44","number":"2071234567","callback_window":"morning"},{"method":"chat","display_name":"Mia"}]"#;

    #[test]
    fn every_event_kind_and_contact_method_reads_and_writes_as_frozen() {
        let (events, contacts) = every_kind();
        assert_eq!(serde_json::from_str::<Vec<CaseEvent>>(FROZEN_EVENTS).unwrap(), events);
        assert_eq!(serde_json::to_string(&events).unwrap(), FROZEN_EVENTS);
        assert_eq!(serde_json::from_str::<Vec<Contact>>(FROZEN_CONTACTS).unwrap(), contacts);
        assert_eq!(serde_json::to_string(&contacts).unwrap(), FROZEN_CONTACTS);
    }

    #[test]
    fn every_event_reads_in_chinese() {
        let (events, _) = every_kind();
        for event in &events {
            let zh = event.kind.summary(Lang::Zh);
            assert!(zh.chars().any(crate::domain::text::is_cjk), "{zh}");
            assert_eq!(crate::domain::text::english_words(&zh), Vec::<String>::new(), "{zh}");
        }
        assert_eq!(events[4].kind.summary(Lang::Zh), "已添加 2 个证据文件");
        assert_eq!(events[7].kind.summary(Lang::Zh), "已解决：赔偿，金额 $42.50（满意）");
        assert_eq!(events[8].kind.summary(Lang::Zh), "已解决：其他（不满意）");
        assert!(events[11].kind.text(Lang::Zh).unwrap().starts_with("根本原因\nA"));
    }

    #[test]
    fn refusals_read_in_chinese() {
        let mut case = crate::domain::case::case_file::tests::sample("c1", 9);
        let at = crate::domain::case::case_file::tests::at;
        let reply = Action::AmazonReply { text: " ".into(), asks_for_information: false, files: vec![] };
        assert_eq!(
            case.apply(reply, EventId("e2".into()), at(10)).map_err(|e| e.message(Lang::Zh)),
            Err("请先填写回复。".into())
        );
        let resolve =
            Action::Resolve { solution: Solution::Reimbursement, amount: None, satisfied: true, note: String::new() };
        assert_eq!(
            case.apply(resolve, EventId("e2".into()), at(10)).map_err(|e| e.message(Lang::Zh)),
            Err("请按亚马逊告知的金额填写赔偿金额（例如 $42.50）。".into())
        );
        let long = "备".repeat(NOTE_MAX + 1);
        assert_eq!(
            case.add_note(&long, EventId("e2".into()), at(10)).map_err(|e| e.message(Lang::Zh)),
            Err(format!("请将备注缩短到 {NOTE_MAX} 个字符以内（目前 {} 个）。", NOTE_MAX + 1))
        );
        case.apply(Action::Close { no_further_action: false, note: String::new() }, EventId("e2".into()), at(10))
            .unwrap();
        let again = Action::MyReply { text: "再次跟进".into(), files: vec![] };
        assert_eq!(
            case.apply(again, EventId("e3".into()), at(11)).map_err(|e| e.message(Lang::Zh)),
            Err("此问题已结束：请重新打开后再给亚马逊写信。".into())
        );
    }

    #[test]
    fn a_stored_event_or_contact_missing_what_its_kind_needs_is_refused_by_name() {
        let error = |text: &str| serde_json::from_str::<CaseEvent>(text).unwrap_err().to_string();
        assert!(
            error(r#"{"id":"e","at":"2026-11-26T09:00:00Z","kind":"note_added"}"#).starts_with("missing field `text`")
        );
        assert!(error(r#"{"id":"e","at":"2026-11-26T09:00:00Z","kind":"teleported"}"#)
            .starts_with("unknown variant `teleported`"));
        assert!(error(r#"{"id":"e","at":"2026-11-26T09:00:00Z"}"#).starts_with("missing field `kind`"));
        let contact = |text: &str| serde_json::from_str::<Contact>(text).unwrap_err().to_string();
        assert!(contact(r#"{"method":"phone","country_code":"+44","number":"1"}"#)
            .starts_with("missing field `callback_window`"));
        assert!(contact(r#"{"method":"fax"}"#).starts_with("unknown variant `fax`"));
    }
}
