//! A case: what the seller asked Amazon, where it stands, and everything that
//! happened to it since.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::claim::ClaimDate;
use super::contact::{Contact, ContactMethod};
use super::contact_us::{CaseRequest, Identifier};
use super::evidence::{fits_case, EvidenceFile};
use super::identifiers::validate_amazon_case_id;
use super::lifecycle::{next_status, ActionKind, LifecycleFacts, PlanOfAction, Solution};
use super::{CaseStatus, Lang, ProblemType, Text};

/// Longest note, in characters.
pub const NOTE_MAX: usize = 4000;

/// Case Desk's own id for a case (not Amazon's case ID).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseId(pub String);

/// A unique id for one event in a case's history.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub String);

impl std::fmt::Display for CaseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

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
    /// (`follow_up.rs`). Leaves the status and the response window as they are.
    FollowedUp {
        /// The follow-up as sent, line breaks kept.
        text: String,
    },
    /// The seller recorded (or removed, `None`) the date a claim window
    /// starts from: the loss, the refund… (`claim.rs`).
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

/// A field the stored kind needs, or serde's "missing field" error.
pub(super) fn needs<T, E: serde::de::Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
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

/// A case the seller follows until it is solved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Case Desk's id.
    pub id: CaseId,
    /// One line saying what went wrong.
    pub subject: String,
    /// The kind of problem.
    pub problem_type: ProblemType,
    /// The specific problem's catalog slug.
    #[serde(default)]
    pub specific_problem: Option<String>,
    /// The full story as sent to Amazon.
    pub description: String,
    /// How Amazon answers.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Order IDs, ASINs and the like the case is about.
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
    /// Marked urgent by the seller.
    #[serde(default)]
    pub urgent: bool,
    /// Amazon's case ID, once known.
    #[serde(default)]
    pub amazon_case_id: Option<String>,
    /// The message as sent to Amazon.
    #[serde(default)]
    pub message: String,
    /// The language the message was written in (picked on the review step);
    /// follow-ups to Amazon are written in it too. Cases saved before the
    /// choice existed were written in English.
    #[serde(default)]
    pub message_lang: Lang,
    /// Files kept as evidence (metadata; bodies are in the evidence store).
    #[serde(default)]
    pub evidence: Vec<EvidenceFile>,
    /// A sample case for demos (marked as such, removable in one click).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// This case's own response window in hours, overriding the settings.
    #[serde(default)]
    pub response_hours: Option<u32>,
    /// The date the seller entered for a money case's claim window (the
    /// loss, the refund…); absent until entered, and for other problems.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim_date: Option<ClaimDate>,
    /// Where the case stands.
    pub status: CaseStatus,
    /// When the case was opened.
    #[serde(with = "crate::domain::time")]
    pub created_at: DateTime<Utc>,
    /// When anything about the case last changed.
    #[serde(with = "crate::domain::time")]
    pub updated_at: DateTime<Utc>,
    /// Everything that happened, oldest first. Only ever appended to.
    pub events: Vec<CaseEvent>,
}

/// Something the seller records on a case, with what it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Amazon's reply.
    AmazonReply {
        /// The reply.
        text: String,
        /// Amazon asks for more information.
        asks_for_information: bool,
        /// Files that came with it.
        files: Vec<EvidenceFile>,
    },
    /// The seller's reply.
    MyReply {
        /// The reply.
        text: String,
        /// Files sent with it.
        files: Vec<EvidenceFile>,
    },
    /// The case is solved.
    Resolve {
        /// How.
        solution: Solution,
        /// The amount, required for a reimbursement.
        amount: Option<String>,
        /// Whether the seller is satisfied.
        satisfied: bool,
        /// A note.
        note: String,
    },
    /// The case is closed.
    Close {
        /// Amazon said "no further action".
        no_further_action: bool,
        /// A note.
        note: String,
    },
    /// Reopen, with the reason.
    Reopen {
        /// Why the answer did not solve it.
        reason: String,
    },
    /// Appeal with a Plan of Action.
    Appeal {
        /// The plan.
        plan: PlanOfAction,
    },
}

impl Action {
    /// The kind, for the lifecycle table.
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::AmazonReply { .. } => ActionKind::AmazonReply,
            Action::MyReply { .. } => ActionKind::MyReply,
            Action::Resolve { .. } => ActionKind::Resolve,
            Action::Close { .. } => ActionKind::Close,
            Action::Reopen { .. } => ActionKind::Reopen,
            Action::Appeal { .. } => ActionKind::Appeal,
        }
    }
}

const REPLY: Text = Text::new("reply", "回复");
const NOTE: Text = Text::new("note", "备注");
const REOPEN_REASON: Text = Text::new("reason for reopening", "重新打开的原因");
const FOLLOW_UP: Text = Text::new("follow-up", "跟进消息");

/// The text trimmed, or why it cannot be kept: `what` names it ("the reply").
fn required_text(text: &str, what: Text, lang: Lang) -> Result<String, String> {
    let text = text.trim();
    let what = what.get(lang);
    match (text.chars().count(), lang) {
        (0, Lang::En) => Err(format!("Write the {what} first.")),
        (0, Lang::Zh) => Err(format!("请先填写{what}。")),
        (n, Lang::En) if n > NOTE_MAX => {
            Err(format!("Shorten the {what} to {NOTE_MAX} characters or fewer (it has {n})."))
        }
        (n, Lang::Zh) if n > NOTE_MAX => Err(format!("请将{what}缩短到 {NOTE_MAX} 个字符以内（目前 {n} 个）。")),
        _ => Ok(text.to_string()),
    }
}

impl Case {
    /// Opens a case from a finished Contact Us draft: status open, one "submitted" event.
    pub fn open(request: CaseRequest, id: CaseId, first_event: EventId, now: DateTime<Utc>) -> Case {
        let method = request.contact.method();
        Case {
            id,
            subject: request.subject,
            problem_type: request.problem_type,
            specific_problem: Some(request.problem.slug.to_string()),
            description: request.description,
            contact: Some(request.contact),
            identifiers: request.identifiers,
            urgent: request.urgent,
            amazon_case_id: None,
            message: request.message,
            message_lang: request.message_lang,
            evidence: request.evidence,
            sample: false,
            response_hours: None,
            claim_date: None,
            status: CaseStatus::Open,
            created_at: now,
            updated_at: now,
            events: vec![CaseEvent { id: first_event, at: now, kind: EventKind::Submitted { method: Some(method) } }],
        }
    }

    /// What the lifecycle needs to know besides the status.
    pub fn facts(&self) -> LifecycleFacts {
        let mut facts = LifecycleFacts::default();
        for event in &self.events {
            match &event.kind {
                EventKind::Resolved { satisfied, .. } => facts.unsatisfied = !satisfied,
                EventKind::Closed { no_further_action, .. } => facts.no_further_action = *no_further_action,
                EventKind::Reopened { .. } | EventKind::AppealSubmitted { .. } => {
                    facts = LifecycleFacts::default();
                }
                _ => {}
            }
        }
        facts
    }

    /// The actions the seller may take now, in page order.
    pub fn allowed_actions(&self) -> Vec<ActionKind> {
        ActionKind::ALL.into_iter().filter(|a| next_status(self.status, *a, self.facts(), false).is_ok()).collect()
    }

    /// Records an action: checks it is allowed and complete, appends its event,
    /// moves the status. A refusal is worded in `lang`.
    pub fn apply(&mut self, action: Action, event: EventId, now: DateTime<Utc>, lang: Lang) -> Result<(), String> {
        let asks = matches!(action, Action::AmazonReply { asks_for_information: true, .. });
        let status = next_status(self.status, action.kind(), self.facts(), asks)
            .map_err(|reason| reason.get(lang).to_string())?;
        let kind = match action {
            Action::AmazonReply { text, asks_for_information, files } => EventKind::AmazonReplied {
                text: required_text(&text, REPLY, lang)?,
                asks_for_information,
                files: self.keep_files(files),
            },
            Action::MyReply { text, files } => {
                EventKind::IReplied { text: required_text(&text, REPLY, lang)?, files: self.keep_files(files) }
            }
            Action::Resolve { solution, amount, satisfied, note } => {
                let amount = amount.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
                if solution == Solution::Reimbursement && amount.is_none() {
                    return Err(lang
                        .pick(
                            "Enter the amount reimbursed, as Amazon stated it (e.g. $42.50).",
                            "请按亚马逊告知的金额填写赔偿金额（例如 $42.50）。",
                        )
                        .into());
                }
                EventKind::Resolved { solution, amount, satisfied, note: note.trim().to_string() }
            }
            Action::Close { no_further_action, note } => {
                EventKind::Closed { no_further_action, note: note.trim().to_string() }
            }
            Action::Reopen { reason } => EventKind::Reopened { reason: required_text(&reason, REOPEN_REASON, lang)? },
            Action::Appeal { plan } => {
                if let Some((_, message)) = plan.errors(lang).into_iter().next() {
                    return Err(message);
                }
                EventKind::AppealSubmitted { plan }
            }
        };
        self.status = status;
        self.push(kind, event, now);
        Ok(())
    }

    /// Adds reply files to the evidence (once each) and returns their hashes.
    fn keep_files(&mut self, files: Vec<EvidenceFile>) -> Vec<String> {
        let hashes = files.iter().map(|f| f.hash.clone()).collect();
        for file in files {
            if !self.evidence.iter().any(|f| f.hash == file.hash) {
                self.evidence.push(file);
            }
        }
        hashes
    }

    /// Marks the case urgent or not, as an event.
    pub fn set_urgent(&mut self, urgent: bool, event: EventId, now: DateTime<Utc>) {
        if self.urgent != urgent {
            self.urgent = urgent;
            self.push(EventKind::MarkedUrgent { urgent }, event, now);
        }
    }

    /// Records Amazon's case ID (8–14 digits) as an event; refuses anything else with a reason in `lang`.
    pub fn record_amazon_case_id(
        &mut self,
        raw: &str,
        event: EventId,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Result<(), String> {
        let case_id = validate_amazon_case_id(raw, lang)?;
        if self.amazon_case_id.as_deref() == Some(case_id.as_str()) {
            return Ok(());
        }
        self.amazon_case_id = Some(case_id.clone());
        self.push(EventKind::AmazonCaseIdRecorded { case_id }, event, now);
        Ok(())
    }

    /// Adds a note to the timeline; refuses an empty or overlong one (saying why in `lang`).
    pub fn add_note(&mut self, text: &str, event: EventId, now: DateTime<Utc>, lang: Lang) -> Result<(), String> {
        let text = required_text(text, NOTE, lang)?;
        self.push(EventKind::NoteAdded { text }, event, now);
        Ok(())
    }

    /// Records that the seller sent Amazon the follow-up `text` (as sent,
    /// edits included). Only while the case waits for Amazon (open, reopened
    /// or in appeal); an empty or overlong text, or a case that does not wait
    /// for Amazon, is refused saying why in `lang`. The status and the response
    /// window stay as they are: see [`super::follow_up`].
    pub fn record_follow_up(
        &mut self,
        text: &str,
        event: EventId,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Result<(), String> {
        super::follow_up::can_follow_up(self.status).map_err(|reason| reason.get(lang).to_string())?;
        let text = required_text(text, FOLLOW_UP, lang)?;
        self.push(EventKind::FollowedUp { text }, event, now);
        Ok(())
    }

    /// Records the date the case's claim window starts from (`None` removes
    /// it), with a timeline event; the same date again adds nothing. `today`
    /// is the seller's calendar date; a date after it, before 2000, or for a
    /// window the problem does not have is refused saying why in `lang`.
    pub fn set_claim_date(
        &mut self,
        claim: Option<ClaimDate>,
        today: NaiveDate,
        event: EventId,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Result<(), String> {
        if let Some(claim) = &claim {
            super::claim::check(self, claim, today, lang)?;
        }
        if self.claim_date != claim {
            self.claim_date = claim;
            self.push(EventKind::ClaimDateSet { claim }, event, now);
        }
        Ok(())
    }

    /// Adds files as evidence, with one timeline event; a file already attached
    /// or over the case's size limit is refused with a reason (in `lang`) and the rest added.
    pub fn add_evidence(
        &mut self,
        files: Vec<EvidenceFile>,
        event: EventId,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Vec<(String, String)> {
        let mut refused = Vec::new();
        let mut added = Vec::new();
        for file in files {
            match fits_case(&self.evidence, &file.hash, file.size, lang) {
                Ok(()) => {
                    added.push(file.hash.clone());
                    self.evidence.push(file);
                }
                Err(reason) => refused.push((file.name, reason)),
            }
        }
        if !added.is_empty() {
            self.push(EventKind::EvidenceAdded { hashes: added }, event, now);
        }
        refused
    }

    /// Changes what a file proves.
    pub fn tag_evidence(&mut self, hash: &str, proves: super::catalog::EvidenceKind, now: DateTime<Utc>) {
        if let Some(file) = self.evidence.iter_mut().find(|f| f.hash == hash) {
            file.proves = proves;
            self.updated_at = self.updated_at.max(now);
        }
    }

    fn push(&mut self, kind: EventKind, id: EventId, now: DateTime<Utc>) {
        self.events.push(CaseEvent { id, at: now, kind });
        self.updated_at = self.updated_at.max(now);
    }

    /// Whether it shares an identifier (same kind and value) with these.
    pub fn shares_identifier(&self, identifiers: &[Identifier]) -> bool {
        self.identifiers.iter().any(|i| identifiers.contains(i))
    }

    /// When the seller or Amazon last did something on this case.
    pub fn last_activity(&self) -> DateTime<Utc> {
        self.events.last().map_or(self.updated_at, |e| e.at.max(self.updated_at))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::TimeZone;

    pub(crate) fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 26, hour, 0, 0).unwrap()
    }

    pub(crate) fn sample(id: &str, hour: u32) -> Case {
        let mut draft = crate::domain::contact_us::tests::complete_draft();
        draft.subject = format!("Case {id}");
        Case::open(draft.finish().unwrap(), CaseId(id.into()), EventId(format!("{id}-e1")), at(hour))
    }

    #[test]
    fn opening_a_case_records_its_submission() {
        let case = sample("c1", 9);
        assert_eq!(case.status, CaseStatus::Open);
        assert_eq!(case.created_at, at(9));
        assert_eq!(case.updated_at, at(9));
        assert_eq!(case.events.len(), 1);
        assert_eq!(case.events[0].kind, EventKind::Submitted { method: Some(ContactMethod::Email) });
        assert_eq!(case.events[0].kind.summary(Lang::En), "Sent to Amazon by email");
        assert_eq!(case.events[0].at, at(9));
        assert_eq!(case.last_activity(), at(9));
        assert_eq!(case.specific_problem.as_deref(), Some("order-delivered-damaged"));
        assert!(case.message.starts_with("Hello Selling Partner Support"));
    }

    #[test]
    fn amazon_case_id_is_validated_and_recorded_once() {
        let mut case = sample("c1", 9);
        assert!(case
            .record_amazon_case_id("12-34", EventId("e2".into()), at(10), Lang::En)
            .unwrap_err()
            .contains("8 to 14 digits"));
        assert_eq!(case.events.len(), 1);
        case.record_amazon_case_id(" 12345678901 ", EventId("e2".into()), at(10), Lang::En).unwrap();
        case.record_amazon_case_id("12345678901", EventId("e3".into()), at(11), Lang::En).unwrap();
        assert_eq!(case.amazon_case_id.as_deref(), Some("12345678901"));
        assert_eq!(case.events.len(), 2, "recording the same ID again adds nothing");
        assert_eq!(case.updated_at, at(10));
    }

    fn file(hash: &str, size: u64) -> EvidenceFile {
        EvidenceFile {
            hash: hash.into(),
            name: format!("{hash}.pdf"),
            kind: crate::domain::evidence::FileKind::Pdf,
            size,
            proves: crate::domain::catalog::EvidenceKind::Invoice,
            added_at: at(9),
            pages: Some(1),
            stored: true,
        }
    }

    #[test]
    fn evidence_added_later_is_one_event_and_repeats_are_refused() {
        let mut case = sample("c1", 9);
        let refused = case.add_evidence(
            vec![file("a", 10), file("b", 10), file("a", 10)],
            EventId("e2".into()),
            at(10),
            Lang::En,
        );
        assert_eq!(refused, vec![("a.pdf".to_string(), "already attached to this case".to_string())]);
        assert_eq!(case.evidence.len(), 2);
        assert_eq!(case.events[1].kind.summary(Lang::En), "2 files added as evidence");
        let none = case.add_evidence(vec![file("a", 10)], EventId("e3".into()), at(11), Lang::En);
        assert_eq!(none.len(), 1);
        assert_eq!(case.events.len(), 2, "nothing added, no event");
        case.tag_evidence("b", crate::domain::catalog::EvidenceKind::Photo, at(12));
        assert_eq!(case.evidence[1].proves, crate::domain::catalog::EvidenceKind::Photo);
    }

    fn eid(n: u32) -> EventId {
        EventId(format!("e{n}"))
    }

    #[test]
    fn a_case_walks_through_reply_resolution_reopening_and_appeal() {
        let mut case = sample("c1", 9);
        assert_eq!(
            case.allowed_actions(),
            [ActionKind::AmazonReply, ActionKind::MyReply, ActionKind::Resolve, ActionKind::Close]
        );
        let reply =
            |text: &str, asks| Action::AmazonReply { text: text.into(), asks_for_information: asks, files: vec![] };
        assert!(case.apply(reply("  ", false), eid(2), at(10), Lang::En).unwrap_err().contains("Write the reply"));
        case.apply(reply("Please send the invoice.", true), eid(2), at(10), Lang::En).unwrap();
        assert_eq!(case.status, CaseStatus::NeedsAttention);
        assert!(case.allowed_actions().contains(&ActionKind::Appeal));
        case.apply(
            Action::MyReply { text: "Invoice attached.".into(), files: vec![file("inv", 5)] },
            eid(3),
            at(11),
            Lang::En,
        )
        .unwrap();
        assert_eq!(case.status, CaseStatus::Open);
        assert_eq!(case.evidence.len(), 1, "a reply's files join the evidence");
        let resolve = |solution, amount: Option<&str>, satisfied| Action::Resolve {
            solution,
            amount: amount.map(str::to_string),
            satisfied,
            note: String::new(),
        };
        assert!(case
            .apply(resolve(Solution::Reimbursement, Some(" "), false), eid(4), at(12), Lang::En)
            .unwrap_err()
            .contains("amount"));
        case.apply(resolve(Solution::Reimbursement, Some("$42.50"), false), eid(4), at(12), Lang::En).unwrap();
        assert_eq!(case.status, CaseStatus::Resolved);
        assert_eq!(
            case.events.last().unwrap().kind.summary(Lang::En),
            "Resolved: reimbursement of $42.50 (not satisfied)"
        );
        assert_eq!(case.allowed_actions(), [ActionKind::Close, ActionKind::Reopen, ActionKind::Appeal]);
        assert!(case
            .apply(Action::Reopen { reason: "".into() }, eid(5), at(13), Lang::En)
            .unwrap_err()
            .contains("reason"));
        case.apply(Action::Reopen { reason: "Only 2 of 3 units were reimbursed.".into() }, eid(5), at(13), Lang::En)
            .unwrap();
        assert_eq!(case.status, CaseStatus::Reopened);
        assert_eq!(case.facts(), LifecycleFacts::default(), "reopening clears the old verdict");
        case.apply(Action::Close { no_further_action: true, note: String::new() }, eid(6), at(14), Lang::En).unwrap();
        assert!(case
            .apply(Action::Reopen { reason: "Again".into() }, eid(7), at(15), Lang::En)
            .unwrap_err()
            .contains("no further action"));
        assert!(case.apply(Action::Appeal { plan: PlanOfAction::default() }, eid(7), at(15), Lang::En).is_err());
        let plan =
            PlanOfAction { root_cause: "a".into(), corrective_actions: "b".into(), preventive_measures: "c".into() };
        case.apply(Action::Appeal { plan }, eid(7), at(15), Lang::En).unwrap();
        assert_eq!(case.status, CaseStatus::Appeal);
        assert_eq!(case.events.len(), 7);
        let ids: std::collections::HashSet<_> = case.events.iter().map(|e| e.id.0.clone()).collect();
        assert_eq!(ids.len(), 7, "event ids are unique");
    }

    #[test]
    fn urgency_is_recorded_once_per_change() {
        let mut case = sample("c1", 9);
        case.set_urgent(true, eid(2), at(10));
        case.set_urgent(true, eid(3), at(10));
        case.set_urgent(false, eid(4), at(11));
        let summaries: Vec<_> = case.events.iter().skip(1).map(|e| e.kind.summary(Lang::En)).collect();
        assert_eq!(summaries, ["Marked urgent", "No longer urgent"]);
    }

    #[test]
    fn notes_are_appended_with_their_text() {
        let mut case = sample("c1", 9);
        assert!(case.add_note("  ", EventId("e2".into()), at(10), Lang::En).is_err());
        assert!(case.add_note(&"n".repeat(NOTE_MAX + 1), EventId("e2".into()), at(10), Lang::En).is_err());
        case.add_note(" Buyer sent more photos.\nSee attachment. ", EventId("e2".into()), at(10), Lang::En).unwrap();
        assert_eq!(
            case.events[1].kind,
            EventKind::NoteAdded { text: "Buyer sent more photos.\nSee attachment.".into() }
        );
        assert_eq!(case.last_activity(), at(10));
    }

    #[test]
    fn last_activity_follows_the_latest_change() {
        let mut case = sample("c1", 9);
        case.updated_at = at(11);
        assert_eq!(case.last_activity(), at(11));
    }

    // The event kind is written inline as `"kind": "submitted"`: readable in an export.
    #[test]
    fn events_serialise_flat_with_their_kind() {
        let case = sample("c1", 9);
        let json = serde_json::to_value(&case.events[0]).unwrap();
        assert_eq!(json["kind"], "submitted");
        assert_eq!(json["id"], "c1-e1");
        assert_eq!(json["at"], "2026-11-26T09:00:00Z");
    }
}

#[cfg(test)]
mod stored_format_tests {
    use super::*;
    use crate::domain::contact::CallbackWindow;
    use crate::domain::lifecycle::{PlanOfAction, Solution};

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
        let mut case = super::tests::sample("c1", 9);
        let at = super::tests::at;
        let reply = Action::AmazonReply { text: " ".into(), asks_for_information: false, files: vec![] };
        assert_eq!(case.apply(reply, EventId("e2".into()), at(10), Lang::Zh), Err("请先填写回复。".into()));
        let resolve =
            Action::Resolve { solution: Solution::Reimbursement, amount: None, satisfied: true, note: String::new() };
        assert_eq!(
            case.apply(resolve, EventId("e2".into()), at(10), Lang::Zh),
            Err("请按亚马逊告知的金额填写赔偿金额（例如 $42.50）。".into())
        );
        let long = "备".repeat(NOTE_MAX + 1);
        assert_eq!(
            case.add_note(&long, EventId("e2".into()), at(10), Lang::Zh),
            Err(format!("请将备注缩短到 {NOTE_MAX} 个字符以内（目前 {} 个）。", NOTE_MAX + 1))
        );
        case.apply(
            Action::Close { no_further_action: false, note: String::new() },
            EventId("e2".into()),
            at(10),
            Lang::Zh,
        )
        .unwrap();
        let again = Action::MyReply { text: "再次跟进".into(), files: vec![] };
        assert_eq!(
            case.apply(again, EventId("e3".into()), at(11), Lang::Zh),
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
