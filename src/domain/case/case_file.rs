//! A case: what the seller asked Amazon, where it stands, and everything that
//! happened to it since.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::case::claim_date::{ClaimDate, ClaimDateError};
use crate::domain::case::event::{CaseEvent, EventId, EventKind};
use crate::domain::case::lifecycle::{
    can_follow_up, next_status, ActionKind, LifecycleFacts, PlanError, PlanOfAction, Solution,
};
use crate::domain::contact_method::Contact;
use crate::domain::contact_us::draft::CaseRequest;
use crate::domain::evidence::{fits_case, EvidenceError, EvidenceFile};
use crate::domain::identifiers::Identifier;
use crate::domain::identifiers::{validate_amazon_case_id, IdentifierError};
use crate::domain::{CaseStatus, Lang, ProblemType, Text};

/// Longest note, in characters.
pub const NOTE_MAX: usize = 4000;

/// Case Desk's own id for a case (not Amazon's case ID).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseId(pub String);

impl std::fmt::Display for CaseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
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

/// A text an action on a case needs, as its errors name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseText {
    /// A reply (Amazon's or the seller's).
    Reply,
    /// A note.
    Note,
    /// The reason for reopening.
    ReopenReason,
    /// The follow-up sent to Amazon.
    FollowUp,
}

impl CaseText {
    /// Its name inside a sentence: "reply" / "回复".
    fn name(self) -> Text {
        match self {
            CaseText::Reply => Text::new("reply", "回复"),
            CaseText::Note => Text::new("note", "备注"),
            CaseText::ReopenReason => Text::new("reason for reopening", "重新打开的原因"),
            CaseText::FollowUp => Text::new("follow-up", "跟进消息"),
        }
    }
}

/// Why a change to a case is refused; [`CaseError::message`] says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseError {
    /// The case's status does not allow it (the lifecycle's reason).
    NotAllowed(Text),
    /// The text is empty.
    TextMissing(CaseText),
    /// The text is over [`NOTE_MAX`] characters (it has `chars`).
    TextTooLong {
        /// Which text.
        what: CaseText,
        /// Its length in characters.
        chars: usize,
    },
    /// A reimbursement recorded without its amount.
    AmountMissing,
    /// The Plan of Action has a part missing or too long.
    Plan(PlanError),
    /// Not an Amazon case ID.
    AmazonCaseId(IdentifierError),
    /// The claim date cannot be recorded.
    ClaimDate(ClaimDateError),
}

impl CaseError {
    /// What is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CaseError::NotAllowed(reason) => reason.get(lang).into(),
            CaseError::TextMissing(what) => {
                let what = what.name().get(lang);
                match lang {
                    Lang::En => format!("Write the {what} first."),
                    Lang::Zh => format!("请先填写{what}。"),
                }
            }
            CaseError::TextTooLong { what, chars } => {
                let what = what.name().get(lang);
                match lang {
                    Lang::En => format!("Shorten the {what} to {NOTE_MAX} characters or fewer (it has {chars})."),
                    Lang::Zh => format!("请将{what}缩短到 {NOTE_MAX} 个字符以内（目前 {chars} 个）。"),
                }
            }
            CaseError::AmountMissing => lang
                .pick(
                    "Enter the amount reimbursed, as Amazon stated it (e.g. $42.50).",
                    "请按亚马逊告知的金额填写赔偿金额（例如 $42.50）。",
                )
                .into(),
            CaseError::Plan(error) => error.message(lang),
            CaseError::AmazonCaseId(error) => error.message(lang),
            CaseError::ClaimDate(error) => error.message(lang).into(),
        }
    }
}

/// The text trimmed, or why it cannot be kept.
fn required_text(text: &str, what: CaseText) -> Result<String, CaseError> {
    let text = text.trim();
    match text.chars().count() {
        0 => Err(CaseError::TextMissing(what)),
        chars if chars > NOTE_MAX => Err(CaseError::TextTooLong { what, chars }),
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
    /// moves the status.
    pub fn apply(&mut self, action: Action, event: EventId, now: DateTime<Utc>) -> Result<(), CaseError> {
        let asks = matches!(action, Action::AmazonReply { asks_for_information: true, .. });
        let status = next_status(self.status, action.kind(), self.facts(), asks).map_err(CaseError::NotAllowed)?;
        let kind = match action {
            Action::AmazonReply { text, asks_for_information, files } => EventKind::AmazonReplied {
                text: required_text(&text, CaseText::Reply)?,
                asks_for_information,
                files: self.keep_files(files),
            },
            Action::MyReply { text, files } => {
                EventKind::IReplied { text: required_text(&text, CaseText::Reply)?, files: self.keep_files(files) }
            }
            Action::Resolve { solution, amount, satisfied, note } => {
                let amount = amount.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
                if solution == Solution::Reimbursement && amount.is_none() {
                    return Err(CaseError::AmountMissing);
                }
                EventKind::Resolved { solution, amount, satisfied, note: note.trim().to_string() }
            }
            Action::Close { no_further_action, note } => {
                EventKind::Closed { no_further_action, note: note.trim().to_string() }
            }
            Action::Reopen { reason } => {
                EventKind::Reopened { reason: required_text(&reason, CaseText::ReopenReason)? }
            }
            Action::Appeal { plan } => {
                if let Some(error) = plan.errors().into_iter().next() {
                    return Err(CaseError::Plan(error));
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

    /// Records Amazon's case ID (8–14 digits) as an event; refuses anything else.
    pub fn record_amazon_case_id(&mut self, raw: &str, event: EventId, now: DateTime<Utc>) -> Result<(), CaseError> {
        let case_id = validate_amazon_case_id(raw).map_err(CaseError::AmazonCaseId)?;
        if self.amazon_case_id.as_deref() == Some(case_id.as_str()) {
            return Ok(());
        }
        self.amazon_case_id = Some(case_id.clone());
        self.push(EventKind::AmazonCaseIdRecorded { case_id }, event, now);
        Ok(())
    }

    /// Adds a note to the timeline; refuses an empty or overlong one.
    pub fn add_note(&mut self, text: &str, event: EventId, now: DateTime<Utc>) -> Result<(), CaseError> {
        let text = required_text(text, CaseText::Note)?;
        self.push(EventKind::NoteAdded { text }, event, now);
        Ok(())
    }

    /// Records that the seller sent Amazon the follow-up `text` (as sent,
    /// edits included). Only while the case waits for Amazon (open, reopened
    /// or in appeal); an empty or overlong text, or a case that does not wait
    /// for Amazon, is refused. The status and the response
    /// window stay as they are: see [`crate::domain::deadlines::follow_up`].
    pub fn record_follow_up(&mut self, text: &str, event: EventId, now: DateTime<Utc>) -> Result<(), CaseError> {
        can_follow_up(self.status).map_err(CaseError::NotAllowed)?;
        let text = required_text(text, CaseText::FollowUp)?;
        self.push(EventKind::FollowedUp { text }, event, now);
        Ok(())
    }

    /// Records the date the case's claim window starts from (`None` removes
    /// it), with a timeline event; the same date again adds nothing. `today`
    /// is the seller's calendar date; a date after it, before 2000, or for a
    /// window the problem does not have is refused.
    pub fn set_claim_date(
        &mut self,
        claim: Option<ClaimDate>,
        today: NaiveDate,
        event: EventId,
        now: DateTime<Utc>,
    ) -> Result<(), CaseError> {
        if let Some(claim) = &claim {
            claim.check(self.specific_problem.as_deref(), today).map_err(CaseError::ClaimDate)?;
        }
        if self.claim_date != claim {
            self.claim_date = claim;
            self.push(EventKind::ClaimDateSet { claim }, event, now);
        }
        Ok(())
    }

    /// Adds files as evidence, with one timeline event; a file already attached
    /// or over the case's size limit is refused (its name with the reason) and the rest added.
    pub fn add_evidence(
        &mut self,
        files: Vec<EvidenceFile>,
        event: EventId,
        now: DateTime<Utc>,
    ) -> Vec<(String, EvidenceError)> {
        let mut refused = Vec::new();
        let mut added = Vec::new();
        for file in files {
            match fits_case(&self.evidence, &file.hash, file.size) {
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
    pub fn tag_evidence(&mut self, hash: &str, proves: crate::domain::evidence::EvidenceKind, now: DateTime<Utc>) {
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
    use crate::domain::contact_method::ContactMethod;
    use chrono::TimeZone;

    pub(crate) fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 26, hour, 0, 0).unwrap()
    }

    pub(crate) fn sample(id: &str, hour: u32) -> Case {
        let mut draft = crate::domain::contact_us::draft::tests::complete_draft();
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
            .record_amazon_case_id("12-34", EventId("e2".into()), at(10))
            .unwrap_err()
            .message(Lang::En)
            .contains("8 to 14 digits"));
        assert_eq!(case.events.len(), 1);
        case.record_amazon_case_id(" 12345678901 ", EventId("e2".into()), at(10)).unwrap();
        case.record_amazon_case_id("12345678901", EventId("e3".into()), at(11)).unwrap();
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
            proves: crate::domain::evidence::EvidenceKind::Invoice,
            added_at: at(9),
            pages: Some(1),
            stored: true,
        }
    }

    #[test]
    fn evidence_added_later_is_one_event_and_repeats_are_refused() {
        let mut case = sample("c1", 9);
        let refused =
            case.add_evidence(vec![file("a", 10), file("b", 10), file("a", 10)], EventId("e2".into()), at(10));
        assert_eq!(refused, vec![("a.pdf".to_string(), EvidenceError::AlreadyAttached)]);
        assert_eq!(refused[0].1.message(Lang::En), "already attached to this case");
        assert_eq!(case.evidence.len(), 2);
        assert_eq!(case.events[1].kind.summary(Lang::En), "2 files added as evidence");
        let none = case.add_evidence(vec![file("a", 10)], EventId("e3".into()), at(11));
        assert_eq!(none.len(), 1);
        assert_eq!(case.events.len(), 2, "nothing added, no event");
        case.tag_evidence("b", crate::domain::evidence::EvidenceKind::Photo, at(12));
        assert_eq!(case.evidence[1].proves, crate::domain::evidence::EvidenceKind::Photo);
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
        assert!(case
            .apply(reply("  ", false), eid(2), at(10))
            .unwrap_err()
            .message(Lang::En)
            .contains("Write the reply"));
        case.apply(reply("Please send the invoice.", true), eid(2), at(10)).unwrap();
        assert_eq!(case.status, CaseStatus::NeedsAttention);
        assert!(case.allowed_actions().contains(&ActionKind::Appeal));
        case.apply(Action::MyReply { text: "Invoice attached.".into(), files: vec![file("inv", 5)] }, eid(3), at(11))
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
            .apply(resolve(Solution::Reimbursement, Some(" "), false), eid(4), at(12))
            .unwrap_err()
            .message(Lang::En)
            .contains("amount"));
        case.apply(resolve(Solution::Reimbursement, Some("$42.50"), false), eid(4), at(12)).unwrap();
        assert_eq!(case.status, CaseStatus::Resolved);
        assert_eq!(
            case.events.last().unwrap().kind.summary(Lang::En),
            "Resolved: reimbursement of $42.50 (not satisfied)"
        );
        assert_eq!(case.allowed_actions(), [ActionKind::Close, ActionKind::Reopen, ActionKind::Appeal]);
        assert!(case
            .apply(Action::Reopen { reason: "".into() }, eid(5), at(13))
            .unwrap_err()
            .message(Lang::En)
            .contains("reason"));
        case.apply(Action::Reopen { reason: "Only 2 of 3 units were reimbursed.".into() }, eid(5), at(13)).unwrap();
        assert_eq!(case.status, CaseStatus::Reopened);
        assert_eq!(case.facts(), LifecycleFacts::default(), "reopening clears the old verdict");
        case.apply(Action::Close { no_further_action: true, note: String::new() }, eid(6), at(14)).unwrap();
        assert!(case
            .apply(Action::Reopen { reason: "Again".into() }, eid(7), at(15))
            .unwrap_err()
            .message(Lang::En)
            .contains("no further action"));
        assert!(case.apply(Action::Appeal { plan: PlanOfAction::default() }, eid(7), at(15)).is_err());
        let plan =
            PlanOfAction { root_cause: "a".into(), corrective_actions: "b".into(), preventive_measures: "c".into() };
        case.apply(Action::Appeal { plan }, eid(7), at(15)).unwrap();
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
        assert!(case.add_note("  ", EventId("e2".into()), at(10)).is_err());
        assert!(case.add_note(&"n".repeat(NOTE_MAX + 1), EventId("e2".into()), at(10)).is_err());
        case.add_note(" Buyer sent more photos.\nSee attachment. ", EventId("e2".into()), at(10)).unwrap();
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
