//! A case: what the seller asked Amazon, where it stands, and everything that
//! happened to it since.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::contact::{Contact, ContactMethod};
use super::contact_us::{CaseRequest, Identifier};
use super::evidence::{fits_case, EvidenceFile};
use super::identifiers::validate_amazon_case_id;
use super::{CaseStatus, ProblemType};

/// Hours Amazon usually takes to answer, unless settings say otherwise.
pub const DEFAULT_RESPONSE_HOURS: u32 = 24;

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

/// What happened, in one entry of a case's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
}

impl EventKind {
    /// One line for the timeline.
    pub fn summary(&self) -> String {
        match self {
            EventKind::Submitted { method: Some(method) } => format!("Sent to Amazon by {}", method.label().to_lowercase()),
            EventKind::Submitted { method: None } => "Case opened".to_string(),
            EventKind::AmazonCaseIdRecorded { case_id } => format!("Amazon case ID recorded: {case_id}"),
            EventKind::NoteAdded { .. } => "Note added".to_string(),
            EventKind::EvidenceAdded { hashes } if hashes.len() == 1 => "1 file added as evidence".to_string(),
            EventKind::EvidenceAdded { hashes } => format!("{} files added as evidence", hashes.len()),
        }
    }
}

/// One entry of a case's append-only history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEvent {
    /// Unique within the case, so copies of a case can be merged by id.
    pub id: EventId,
    /// When it happened (UTC; shown in the seller's local time).
    pub at: DateTime<Utc>,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
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
    /// Files kept as evidence (metadata; bodies are in the evidence store).
    #[serde(default)]
    pub evidence: Vec<EvidenceFile>,
    /// Hours within which Amazon is expected to answer.
    #[serde(default = "default_response_hours")]
    pub response_hours: u32,
    /// Where the case stands.
    pub status: CaseStatus,
    /// When the case was opened.
    pub created_at: DateTime<Utc>,
    /// When anything about the case last changed.
    pub updated_at: DateTime<Utc>,
    /// Everything that happened, oldest first. Only ever appended to.
    pub events: Vec<CaseEvent>,
}

fn default_response_hours() -> u32 {
    DEFAULT_RESPONSE_HOURS
}

impl Case {
    /// Opens a case from a finished Contact Us draft: status open, one "submitted" event.
    pub fn open(request: CaseRequest, id: CaseId, first_event: EventId, now: DateTime<Utc>, response_hours: u32) -> Case {
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
            evidence: request.evidence,
            response_hours,
            status: CaseStatus::Open,
            created_at: now,
            updated_at: now,
            events: vec![CaseEvent { id: first_event, at: now, kind: EventKind::Submitted { method: Some(method) } }],
        }
    }

    /// When Amazon's first answer is due: the response window after submission.
    pub fn due_at(&self) -> DateTime<Utc> {
        self.created_at + Duration::hours(i64::from(self.response_hours))
    }

    /// Records Amazon's case ID (8–14 digits) as an event; refuses anything else with a reason.
    pub fn record_amazon_case_id(&mut self, raw: &str, event: EventId, now: DateTime<Utc>) -> Result<(), String> {
        let case_id = validate_amazon_case_id(raw)?;
        if self.amazon_case_id.as_deref() == Some(case_id.as_str()) {
            return Ok(());
        }
        self.amazon_case_id = Some(case_id.clone());
        self.push(EventKind::AmazonCaseIdRecorded { case_id }, event, now);
        Ok(())
    }

    /// Adds a note to the timeline; refuses an empty or overlong one.
    pub fn add_note(&mut self, text: &str, event: EventId, now: DateTime<Utc>) -> Result<(), String> {
        let text = text.trim();
        match text.chars().count() {
            0 => Err("Write the note first.".into()),
            n if n > NOTE_MAX => Err(format!("Shorten the note to {NOTE_MAX} characters or fewer (it has {n}).")),
            _ => {
                self.push(EventKind::NoteAdded { text: text.to_string() }, event, now);
                Ok(())
            }
        }
    }

    /// Adds files as evidence, with one timeline event; a file already attached
    /// or over the case's size limit is refused with a reason and the rest added.
    pub fn add_evidence(&mut self, files: Vec<EvidenceFile>, event: EventId, now: DateTime<Utc>) -> Vec<(String, String)> {
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
        Case::open(draft.finish().unwrap(), CaseId(id.into()), EventId(format!("{id}-e1")), at(hour), DEFAULT_RESPONSE_HOURS)
    }

    #[test]
    fn opening_a_case_records_its_submission() {
        let case = sample("c1", 9);
        assert_eq!(case.status, CaseStatus::Open);
        assert_eq!(case.created_at, at(9));
        assert_eq!(case.updated_at, at(9));
        assert_eq!(case.events.len(), 1);
        assert_eq!(case.events[0].kind, EventKind::Submitted { method: Some(ContactMethod::Email) });
        assert_eq!(case.events[0].kind.summary(), "Sent to Amazon by email");
        assert_eq!(case.events[0].at, at(9));
        assert_eq!(case.last_activity(), at(9));
        assert_eq!(case.specific_problem.as_deref(), Some("order-delivered-damaged"));
        assert!(case.message.starts_with("Hello Selling Partner Support"));
        assert_eq!(case.due_at(), at(9) + Duration::hours(24));
    }

    #[test]
    fn amazon_case_id_is_validated_and_recorded_once() {
        let mut case = sample("c1", 9);
        assert!(case.record_amazon_case_id("12-34", EventId("e2".into()), at(10)).unwrap_err().contains("8 to 14 digits"));
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
            proves: crate::domain::catalog::EvidenceKind::Invoice,
            added_at: at(9),
            pages: Some(1),
            stored: true,
        }
    }

    #[test]
    fn evidence_added_later_is_one_event_and_repeats_are_refused() {
        let mut case = sample("c1", 9);
        let refused = case.add_evidence(vec![file("a", 10), file("b", 10), file("a", 10)], EventId("e2".into()), at(10));
        assert_eq!(refused, vec![("a.pdf".to_string(), "already attached to this case".to_string())]);
        assert_eq!(case.evidence.len(), 2);
        assert_eq!(case.events[1].kind.summary(), "2 files added as evidence");
        let none = case.add_evidence(vec![file("a", 10)], EventId("e3".into()), at(11));
        assert_eq!(none.len(), 1);
        assert_eq!(case.events.len(), 2, "nothing added, no event");
        case.tag_evidence("b", crate::domain::catalog::EvidenceKind::Photo, at(12));
        assert_eq!(case.evidence[1].proves, crate::domain::catalog::EvidenceKind::Photo);
    }

    #[test]
    fn notes_are_appended_with_their_text() {
        let mut case = sample("c1", 9);
        assert!(case.add_note("  ", EventId("e2".into()), at(10)).is_err());
        assert!(case.add_note(&"n".repeat(NOTE_MAX + 1), EventId("e2".into()), at(10)).is_err());
        case.add_note(" Buyer sent more photos.\nSee attachment. ", EventId("e2".into()), at(10)).unwrap();
        assert_eq!(case.events[1].kind, EventKind::NoteAdded { text: "Buyer sent more photos.\nSee attachment.".into() });
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
