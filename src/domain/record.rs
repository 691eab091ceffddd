//! The stored form of one case: the case plus the schema version that wrote it.
//!
//! Storage adapters only move these strings; deciding whether a string is a
//! readable case happens here, so it is tested natively.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::contact_us::ContactUsDraft;
use super::Case;

/// The schema version this build writes and the newest it can read.
pub const SCHEMA_VERSION: u32 = 1;

/// Why a stored case could not be read. The stored text is never discarded
/// because of one of these: the caller keeps it and tells the seller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Written by a newer Case Desk: this build must not touch it.
    NewerSchema {
        /// The version found in the record.
        found: u32,
    },
    /// Not a case record this build understands (damaged, or not ours).
    Unreadable {
        /// What the parser said, for the seller and for support.
        reason: String,
    },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NewerSchema { found } => write!(
                f,
                "saved by a newer version of Case Desk (format {found}; this version reads up to {SCHEMA_VERSION})"
            ),
            DecodeError::Unreadable { reason } => write!(f, "could not be read: {reason}"),
        }
    }
}

/// The stored text for a case, stamped with [`SCHEMA_VERSION`].
pub fn encode_case(case: &Case) -> String {
    encode_record("case", case)
}

/// Reads stored text back into a case, refusing what this build cannot read.
pub fn decode_case(text: &str) -> Result<Case, DecodeError> {
    decode_record(text, "case")
}

/// Reads a case written by a newer Case Desk as far as this version understands
/// it (newer fields are ignored), to show it read-only. `None` if even that fails.
pub fn decode_newer_case(text: &str) -> Option<Case> {
    serde_json::from_str::<CaseIn<Case>>(text).ok().map(|r| r.case)
}

/// The stored text for a Contact Us draft.
pub fn encode_draft(draft: &ContactUsDraft) -> String {
    encode_record("draft", draft)
}

/// Reads a stored draft back.
pub fn decode_draft(text: &str) -> Result<ContactUsDraft, DecodeError> {
    decode_record(text, "draft")
}

// Records are read and written straight from and to text: going through
// `serde_json::Value` would compile a second (de)serializer for every case
// type into the wasm (tens of KB).

#[derive(Serialize)]
struct RecordOut<'a, T> {
    schema: u32,
    #[serde(flatten)]
    body: Body<'a, T>,
}

#[derive(Serialize)]
enum Body<'a, T> {
    #[serde(rename = "case")]
    Case(&'a T),
    #[serde(rename = "draft")]
    Draft(&'a T),
}

#[derive(Deserialize)]
struct Header {
    schema: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: u64,
}

#[derive(Deserialize)]
struct CaseIn<T> {
    case: T,
}

#[derive(Deserialize)]
struct DraftIn<T> {
    draft: T,
}

/// `{"schema": N, "<field>": value}`.
fn encode_record<T: Serialize>(field: &str, value: &T) -> String {
    let body = if field == "draft" { Body::Draft(value) } else { Body::Case(value) };
    // Plain data with string keys cannot fail to serialise; an empty object is the safe fallback.
    serde_json::to_string(&RecordOut { schema: SCHEMA_VERSION, body }).unwrap_or_else(|_| "{}".into())
}

#[derive(Deserialize)]
struct WholeCase<T> {
    schema: u64,
    case: T,
}

#[derive(Deserialize)]
struct WholeDraft<T> {
    schema: u64,
    draft: T,
}

fn decode_record<T: DeserializeOwned>(text: &str, field: &str) -> Result<T, DecodeError> {
    // One pass for a good record (start-up reads thousands); the step-by-step
    // reading below only for one that does not read, to say why.
    let whole = if field == "draft" {
        serde_json::from_str::<WholeDraft<T>>(text).map(|r| (r.schema, r.draft))
    } else {
        serde_json::from_str::<WholeCase<T>>(text).map(|r| (r.schema, r.case))
    };
    match whole {
        Ok((schema, body)) if schema <= u64::from(SCHEMA_VERSION) => return Ok(body),
        Ok((schema, _)) => return Err(DecodeError::NewerSchema { found: u32::try_from(schema).unwrap_or(u32::MAX) }),
        Err(_) => {}
    }
    let unreadable = |reason: String| DecodeError::Unreadable { reason };
    let header: Header = serde_json::from_str(text).map_err(|e| unreadable(e.to_string()))?;
    if header.schema.is_none() {
        return Err(unreadable("no schema version".into()));
    }
    let schema = serde_json::from_str::<SchemaOnly>(text)
        .map_err(|_| unreadable("the schema version is not a number".into()))?
        .schema;
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(DecodeError::NewerSchema { found: u32::try_from(schema).unwrap_or(u32::MAX) });
    }
    let body = if field == "draft" {
        serde_json::from_str::<DraftIn<T>>(text).map(|r| r.draft)
    } else {
        serde_json::from_str::<CaseIn<T>>(text).map(|r| r.case)
    };
    body.map_err(|e| unreadable(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::tests::sample;

    #[test]
    fn encode_then_decode_is_the_identity() {
        let case = sample("c1", 9);
        assert_eq!(decode_case(&encode_case(&case)), Ok(case));
    }

    #[test]
    fn the_record_carries_the_schema_version() {
        let value: serde_json::Value = serde_json::from_str(&encode_case(&sample("c1", 9))).unwrap();
        assert_eq!(value["schema"], SCHEMA_VERSION);
        assert_eq!(value["case"]["id"], "c1");
    }

    // Frozen sample of a version-1 record: if this stops decoding, stored data
    // in sellers' browsers stops loading.
    #[test]
    fn a_frozen_version_1_record_still_reads() {
        let text = r#"{"schema":1,"case":{"id":"3f1c","subject":"Lost units","problem_type":"fba_inventory",
            "description":"Two units lost.","status":"open","created_at":"2026-11-26T09:00:00Z",
            "updated_at":"2026-11-26T09:00:00Z","events":[{"id":"e1","at":"2026-11-26T09:00:00Z","kind":"submitted"}]}}"#;
        let case = decode_case(text).unwrap();
        assert_eq!(case.subject, "Lost units");
        assert_eq!(case.problem_type, crate::domain::ProblemType::FbaInventory);
        assert_eq!(case.events.len(), 1);
    }

    #[test]
    fn a_newer_schema_is_refused_without_reading_the_rest() {
        // The body may be anything a future version invents.
        let text = r#"{"schema":7,"case":{"something":"new"}}"#;
        assert_eq!(decode_case(text), Err(DecodeError::NewerSchema { found: 7 }));
        assert!(DecodeError::NewerSchema { found: 7 }.to_string().contains("newer version"));
    }

    #[test]
    fn a_newer_record_with_a_readable_body_can_be_shown() {
        let text = encode_case(&sample("c1", 9)).replacen("\"schema\":1", "\"schema\":2", 1).replace("\"events\"", "\"new_field\":[1,2],\"events\"");
        assert_eq!(decode_case(&text), Err(DecodeError::NewerSchema { found: 2 }));
        assert_eq!(decode_newer_case(&text).map(|c| c.subject), Some("Case c1".to_string()));
        assert_eq!(decode_newer_case(r#"{"schema":9,"case":{"id":"x"}}"#), None);
    }

    #[test]
    fn damaged_text_is_unreadable_with_a_reason() {
        for text in ["", "{", "null", "[]", r#"{"case":{}}"#, r#"{"schema":"1"}"#, r#"{"schema":1,"case":{"id":"x"}}"#] {
            match decode_case(text) {
                Err(DecodeError::Unreadable { reason }) => assert!(!reason.is_empty(), "{text}"),
                other => panic!("{text:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn drafts_round_trip_and_are_not_cases() {
        let draft = crate::domain::contact_us::tests::complete_draft();
        let text = encode_draft(&draft);
        assert_eq!(decode_draft(&text), Ok(draft));
        assert!(matches!(decode_case(&text), Err(DecodeError::Unreadable { .. })));
    }

    #[test]
    fn an_unknown_status_is_unreadable_not_guessed() {
        let text = encode_case(&sample("c1", 9)).replace("\"open\"", "\"on_hold\"");
        assert!(matches!(decode_case(&text), Err(DecodeError::Unreadable { .. })));
    }
}
