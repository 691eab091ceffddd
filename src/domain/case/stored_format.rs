//! The stored form of one case: the case plus the schema version that wrote it.
//!
//! Storage adapters only move these strings; deciding whether a string is a
//! readable case happens here, so it is tested natively.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::domain::contact_us::draft::ContactUsDraft;
use crate::domain::{Case, Lang};

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
        /// Why, for the seller and for support.
        reason: ReadProblem,
    },
}

/// Why a stored text is not a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// It has no schema version.
    NoSchema,
    /// Its schema version is not a number.
    SchemaNotNumber,
    /// What the JSON reader said (its own English; see [`reader_message`]).
    Reader(String),
}

impl ReadProblem {
    /// The reason in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ReadProblem::NoSchema => lang.pick("no schema version", "没有格式版本号").into(),
            ReadProblem::SchemaNotNumber => {
                lang.pick("the schema version is not a number", "格式版本号不是数字").into()
            }
            ReadProblem::Reader(message) => reader_message(message, lang),
        }
    }
}

impl DecodeError {
    /// What the seller reads after the entry's name, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (DecodeError::NewerSchema { found }, Lang::En) => {
                format!(
                    "saved by a newer version of Case Desk (format {found}; this version reads up to {SCHEMA_VERSION})"
                )
            }
            (DecodeError::NewerSchema { found }, Lang::Zh) => {
                format!("由更新版本的 Case Desk 保存（格式 {found}；此版本最高只能读取格式 {SCHEMA_VERSION}）")
            }
            (DecodeError::Unreadable { reason }, Lang::En) => format!("could not be read: {}", reason.describe(lang)),
            (DecodeError::Unreadable { reason }, Lang::Zh) => format!("无法读取：{}", reason.describe(lang)),
        }
    }
}

/// In English, for logs and tests; the seller reads [`DecodeError::message`].
impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// What the JSON reader (serde_json) said about a text, in `lang`. English
/// as the reader wrote it; in Chinese, its usual messages translated, the
/// field names and values it quotes kept as they are, and its position
/// ("at line 3 column 5") written 第 3 行，第 5 列. Serde only speaks
/// English, so its messages are recognised by their fixed wording.
pub fn reader_message(message: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    let position = message.rsplit_once(" at line ").and_then(|(what, at)| Some((what, at.split_once(" column ")?)));
    match position {
        Some((what, (line, column))) => format!("{}（第 {line} 行，第 {column} 列）", reader_message_zh(what)),
        None => reader_message_zh(message),
    }
}

/// serde_json's message, without its position, in Chinese.
fn reader_message_zh(what: &str) -> String {
    // The part before ", expected …": the name or value the reader quotes.
    let quoted = |rest: &str| rest.split(", expected").next().unwrap_or_default().to_string();
    // `7` in "integer `7`", "abc" in `string "abc"`: the literal of an unexpected value, if it has one.
    let literal = |rest: &str| {
        let unexpected = quoted(rest);
        unexpected.find(['`', '"']).map(|i| format!(" {} ", &unexpected[i..])).unwrap_or_default()
    };
    if let Some(rest) = what.strip_prefix("missing field ") {
        format!("缺少字段 {rest}")
    } else if let Some(rest) = what.strip_prefix("unknown variant ") {
        format!("{} 不是可识别的取值", quoted(rest))
    } else if let Some(rest) = what.strip_prefix("unknown field ") {
        format!("未知字段 {}", quoted(rest))
    } else if let Some(rest) = what.strip_prefix("duplicate field ") {
        format!("字段 {rest} 重复")
    } else if let Some(rest) = what.strip_prefix("invalid type: ") {
        format!("值{}的类型不对", literal(rest))
    } else if let Some(rest) = what.strip_prefix("invalid value: ") {
        format!("值{}无效", literal(rest))
    } else if what.starts_with("invalid length ") {
        "条目数量不对".into()
    } else if let Some(value) = what.strip_suffix(" is not a date and time such as 2026-11-27T13:05:00Z") {
        // Written by `domain::time` for a timestamp it cannot read.
        format!("{value} 不是有效的日期和时间（格式如 2026-11-27T13:05:00Z）")
    } else if what.starts_with("EOF while parsing") {
        "内容在结尾之前中断了（文件可能不完整）".into()
    } else {
        // The reader's other messages are about JSON syntax.
        "不是有效的 JSON 内容".into()
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
    let unreadable = |reason: ReadProblem| DecodeError::Unreadable { reason };
    let reader = |e: serde_json::Error| unreadable(ReadProblem::Reader(e.to_string()));
    let header: Header = serde_json::from_str(text).map_err(reader)?;
    if header.schema.is_none() {
        return Err(unreadable(ReadProblem::NoSchema));
    }
    let schema = serde_json::from_str::<SchemaOnly>(text).map_err(|_| unreadable(ReadProblem::SchemaNotNumber))?.schema;
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(DecodeError::NewerSchema { found: u32::try_from(schema).unwrap_or(u32::MAX) });
    }
    let body = if field == "draft" {
        serde_json::from_str::<DraftIn<T>>(text).map(|r| r.draft)
    } else {
        serde_json::from_str::<CaseIn<T>>(text).map(|r| r.case)
    };
    body.map_err(reader)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::sample;

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
        assert_eq!(case.message_lang, Lang::En, "its message was written in English");
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
        let text = encode_case(&sample("c1", 9))
            .replacen("\"schema\":1", "\"schema\":2", 1)
            .replace("\"events\"", "\"new_field\":[1,2],\"events\"");
        assert_eq!(decode_case(&text), Err(DecodeError::NewerSchema { found: 2 }));
        assert_eq!(decode_newer_case(&text).map(|c| c.subject), Some("Case c1".to_string()));
        assert_eq!(decode_newer_case(r#"{"schema":9,"case":{"id":"x"}}"#), None);
    }

    #[test]
    fn damaged_text_is_unreadable_with_a_reason() {
        for text in ["", "{", "null", "[]", r#"{"case":{}}"#, r#"{"schema":"1"}"#, r#"{"schema":1,"case":{"id":"x"}}"#]
        {
            match decode_case(text) {
                Err(DecodeError::Unreadable { reason }) => assert!(!reason.describe(Lang::En).is_empty(), "{text}"),
                other => panic!("{text:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn the_reasons_read_in_chinese_with_their_position() {
        assert_eq!(decode_case(r#"{"case":{}}"#).unwrap_err().message(Lang::Zh), "无法读取：没有格式版本号");
        assert_eq!(
            DecodeError::NewerSchema { found: 7 }.message(Lang::Zh),
            "由更新版本的 Case Desk 保存（格式 7；此版本最高只能读取格式 1）"
        );
        let missing = decode_case(r#"{"schema":1,"case":{"id":"x"}}"#).unwrap_err();
        assert!(
            missing.to_string().starts_with("could not be read: missing field `subject` at line 1 column "),
            "{missing}"
        );
        assert!(
            missing.message(Lang::Zh).starts_with("无法读取：缺少字段 `subject`（第 1 行，第 "),
            "{}",
            missing.message(Lang::Zh)
        );
        let cut = decode_case(r#"{"schema":1,"case":{"id""#).unwrap_err().message(Lang::Zh);
        assert!(cut.starts_with("无法读取：内容在结尾之前中断了"), "{cut}");
        let zh = |message: &str| reader_message(message, Lang::Zh);
        assert_eq!(
            zh("invalid type: integer `7`, expected a string at line 2 column 14"),
            "值 `7` 的类型不对（第 2 行，第 14 列）"
        );
        assert_eq!(zh("invalid type: map, expected a string"), "值的类型不对");
        assert_eq!(zh("unknown variant `on_hold`, expected one of `open`, `answered`"), "`on_hold` 不是可识别的取值");
        assert_eq!(
            zh("\"last Tuesday\" is not a date and time such as 2026-11-27T13:05:00Z"),
            "\"last Tuesday\" 不是有效的日期和时间（格式如 2026-11-27T13:05:00Z）"
        );
        assert_eq!(zh("expected value"), "不是有效的 JSON 内容");
        assert_eq!(reader_message("expected value at line 1 column 1", Lang::En), "expected value at line 1 column 1");
    }

    #[test]
    fn drafts_round_trip_and_are_not_cases() {
        let draft = crate::domain::contact_us::draft::tests::complete_draft();
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
