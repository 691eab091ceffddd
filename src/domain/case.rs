//! A case: what the seller asked Amazon, where it stands, and everything that
//! happened to it since.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{CaseStatus, NewCase, ProblemType};

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
    Submitted,
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
    /// The full story as sent to Amazon.
    pub description: String,
    /// Where the case stands.
    pub status: CaseStatus,
    /// When the case was opened.
    pub created_at: DateTime<Utc>,
    /// When anything about the case last changed.
    pub updated_at: DateTime<Utc>,
    /// Everything that happened, oldest first. Only ever appended to.
    pub events: Vec<CaseEvent>,
}

impl Case {
    /// Opens a case from a validated draft: status open, one "submitted" event.
    pub fn open(new_case: NewCase, id: CaseId, first_event: EventId, now: DateTime<Utc>) -> Case {
        Case {
            id,
            subject: new_case.subject,
            problem_type: new_case.problem_type,
            description: new_case.description,
            status: CaseStatus::Open,
            created_at: now,
            updated_at: now,
            events: vec![CaseEvent { id: first_event, at: now, kind: EventKind::Submitted }],
        }
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
        let new_case = NewCase {
            subject: format!("Case {id}"),
            problem_type: ProblemType::FbaInventory,
            description: "Two units lost at the fulfilment centre.".into(),
        };
        Case::open(new_case, CaseId(id.into()), EventId(format!("{id}-e1")), at(hour))
    }

    #[test]
    fn opening_a_case_records_its_submission() {
        let case = sample("c1", 9);
        assert_eq!(case.status, CaseStatus::Open);
        assert_eq!(case.created_at, at(9));
        assert_eq!(case.updated_at, at(9));
        assert_eq!(case.events.len(), 1);
        assert_eq!(case.events[0].kind, EventKind::Submitted);
        assert_eq!(case.events[0].at, at(9));
        assert_eq!(case.last_activity(), at(9));
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
