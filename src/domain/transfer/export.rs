//! The export file: every case (and, by default, the evidence bodies) in one
//! JSON envelope a seller can keep, move or hand over; and the import that
//! reads it back: refused with a reason that names the problem, previewed,
//! then merged all or nothing.

use std::collections::HashSet;

use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::case::case_file::Case;
use crate::domain::case::log::CaseLog;
use crate::domain::case::stored_format::reader_message;
use crate::domain::evidence::{content_hash, human_size};
use crate::domain::Lang;

/// The `format` every Case Desk export carries.
pub const EXPORT_FORMAT: &str = "case-desk";
/// The export version this build writes and the newest it reads.
pub const EXPORT_VERSION: u32 = 1;
/// Largest file an import reads (100 MB).
pub const IMPORT_LIMIT: usize = 100 * 1000 * 1000;

/// The export envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// The version that wrote it.
    pub version: u32,
    /// When it was written.
    #[serde(with = "crate::domain::time")]
    pub exported_at: DateTime<Utc>,
    /// The cases.
    pub cases: Vec<Case>,
    /// Evidence bodies, when exported with them.
    #[serde(default)]
    pub evidence: Vec<EvidenceBody>,
}

/// One evidence body in an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceBody {
    /// SHA-256 of the content.
    pub hash: String,
    /// The MIME type.
    pub mime: String,
    /// The content, base64.
    pub base64: String,
}

impl EvidenceBody {
    /// A body from its bytes.
    pub fn from_bytes(mime: &str, bytes: &[u8]) -> EvidenceBody {
        EvidenceBody {
            hash: content_hash(bytes),
            mime: mime.to_string(),
            base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        }
    }

    /// The content, if the base64 is valid.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        base64::engine::general_purpose::STANDARD.decode(&self.base64).ok()
    }
}

/// The export file's text.
pub fn export_json(cases: Vec<Case>, evidence: Vec<EvidenceBody>, now: DateTime<Utc>) -> String {
    let export = Export { format: EXPORT_FORMAT.into(), version: EXPORT_VERSION, exported_at: now, cases, evidence };
    serde_json::to_string(&export).unwrap_or_else(|_| "{}".into())
}

/// The file name for an export made on this (local) day.
pub fn export_file_name(day: NaiveDate) -> String {
    format!("case-desk-{}.json", crate::domain::time::iso_day(&day))
}

/// Why a file cannot be imported. Nothing changes when one of these is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`IMPORT_LIMIT`].
    TooBig {
        /// Its size in bytes.
        size: usize,
    },
    /// Not JSON at all.
    NotJson {
        /// Line of the first error (1-based).
        line: usize,
        /// Column of the first error (1-based).
        column: usize,
    },
    /// JSON, but not a Case Desk export.
    NotCaseDesk,
    /// A Case Desk export from a newer version.
    NewerVersion {
        /// Its version.
        found: u64,
    },
    /// A Case Desk export with a field this version cannot read.
    BadField {
        /// Where.
        at: Place,
        /// What is wrong with it.
        detail: Detail,
    },
}

/// Where an export holds a field that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The export's `version`.
    Version,
    /// In case `n` of `of` (counted from 1), whose first bad field is at this
    /// line and column of the file.
    Case { n: usize, of: usize, line: usize, column: usize },
    /// In evidence file `n` of `of`, the same way.
    Evidence { n: usize, of: usize, line: usize, column: usize },
    /// At this line and column of the file, in no one case.
    Position { line: usize, column: usize },
    /// The id of case `case` (counted from 0, as in `cases[0].id`).
    CaseId { case: usize },
    /// The id of event `event` of case `case` (both counted from 0).
    EventId { case: usize, event: usize },
    /// The content of evidence file `file` (counted from 0).
    EvidenceContent { file: usize },
}

impl Place {
    /// "case 2 of 2 (line 40, column 17)", "cases[3].id"; "第 2 个问题（共 2 个；第 40 行，第 17 列）", "第 4 个问题的编号".
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Place::Version, Lang::En) => "version".into(),
            (Place::Version, Lang::Zh) => "版本号".into(),
            (Place::Case { n, of, line, column }, Lang::En) => {
                format!("case {n} of {of} (line {line}, column {column})")
            }
            (Place::Case { n, of, line, column }, Lang::Zh) => {
                format!("第 {n} 个问题（共 {of} 个；第 {line} 行，第 {column} 列）")
            }
            (Place::Evidence { n, of, line, column }, Lang::En) => {
                format!("evidence file {n} of {of} (line {line}, column {column})")
            }
            (Place::Evidence { n, of, line, column }, Lang::Zh) => {
                format!("第 {n} 个证据文件（共 {of} 个；第 {line} 行，第 {column} 列）")
            }
            (Place::Position { line, column }, Lang::En) => format!("line {line}, column {column}"),
            (Place::Position { line, column }, Lang::Zh) => format!("第 {line} 行，第 {column} 列"),
            (Place::CaseId { case }, Lang::En) => format!("cases[{case}].id"),
            (Place::CaseId { case }, Lang::Zh) => format!("第 {} 个问题的编号", case + 1),
            (Place::EventId { case, event }, Lang::En) => format!("cases[{case}].events[{event}].id"),
            (Place::EventId { case, event }, Lang::Zh) => {
                format!("第 {} 个问题第 {} 条时间线记录的编号", case + 1, event + 1)
            }
            (Place::EvidenceContent { file }, Lang::En) => format!("evidence[{file}].base64"),
            (Place::EvidenceContent { file }, Lang::Zh) => format!("第 {} 个证据文件的内容", file + 1),
        }
    }
}

/// What is wrong with a field of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// It is not there.
    Missing,
    /// The JSON reader's own words (English; see [`reader_message`]), without its position.
    Reader(String),
    /// A case id used twice.
    DuplicateCase,
    /// An event id used twice in one case.
    DuplicateEvent,
    /// An evidence body that is not base64.
    NotBase64,
    /// An evidence body whose content does not match its hash.
    HashMismatch,
}

impl Detail {
    /// What is wrong, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let fixed = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match self {
            Detail::Missing => fixed("missing", "缺失"),
            Detail::Reader(message) => reader_message(message, lang),
            Detail::DuplicateCase => fixed("the same case appears twice", "同一个问题出现了两次"),
            Detail::DuplicateEvent => fixed("the same event appears twice", "同一条时间线记录出现了两次"),
            Detail::NotBase64 => fixed("not valid base64", "内容编码无效"),
            Detail::HashMismatch => fixed(
                "the content does not match its hash (the file was changed or damaged)",
                "内容与其校验值不符（文件已被修改或损坏）",
            ),
        }
    }
}

impl ImportError {
    /// What the seller reads, in `lang`: what is wrong and what to do.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::TooBig { size }, _) => {
                let (size, limit) = (human_size(*size as u64, lang), human_size(IMPORT_LIMIT as u64, lang));
                match lang {
                    Lang::En => format!(
                        "This file is {size}, over the {limit} Case Desk imports. Export without evidence files, or import cases in parts."
                    ),
                    Lang::Zh => format!("此文件大小为 {size}，超过了 Case Desk 可导入的上限 {limit}。请导出时取消勾选“包含证据文件”，或分批导入问题。"),
                }
            }
            (ImportError::NotJson { line, column }, Lang::En) => format!(
                "This is not a Case Desk export: it is not valid JSON (first error at line {line}, column {column}). Choose the .json file that \"Export all\" downloaded."
            ),
            (ImportError::NotJson { line, column }, Lang::Zh) => format!(
                "这不是 Case Desk 导出文件：它不是有效的 JSON（第一处错误在第 {line} 行，第 {column} 列）。请选择“导出所有问题”下载的 JSON 文件。"
            ),
            (ImportError::NotCaseDesk, Lang::En) => "This JSON file was not made by Case Desk (it has no \"format\": \"case-desk\"). Choose a file that \"Export all\" downloaded.".into(),
            (ImportError::NotCaseDesk, Lang::Zh) => "此 JSON 文件不是由 Case Desk 生成的。请选择“导出所有问题”下载的文件。".into(),
            (ImportError::NewerVersion { found }, Lang::En) => format!(
                "This export was made by a newer version of Case Desk (format {found}; this one reads up to {EXPORT_VERSION}). Open it with the newer version, or update this one."
            ),
            (ImportError::NewerVersion { found }, Lang::Zh) => format!(
                "此导出文件由更新版本的 Case Desk 生成（格式 {found}；当前版本最高只能读取格式 {EXPORT_VERSION}）。请用更新的版本打开，或更新当前版本。"
            ),
            (ImportError::BadField { at, detail }, Lang::En) => format!(
                "This Case Desk export has a field that cannot be read at {}: {}. Nothing was imported.",
                at.describe(lang),
                detail.describe(lang)
            ),
            (ImportError::BadField { at, detail }, Lang::Zh) => format!(
                "此 Case Desk 导出文件中有无法读取的字段，位置：{}。原因：{}。未导入任何内容。",
                at.describe(lang),
                detail.describe(lang)
            ),
        }
    }
}

/// In English, for logs and tests; the seller reads [`ImportError::message`].
impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

/// Refuses a file that is not Case Desk's, or that a newer version wrote.
fn check_header(format: Option<&str>, version: Option<u64>) -> Result<(), ImportError> {
    if format != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotCaseDesk);
    }
    match version {
        Some(v) if v > u64::from(EXPORT_VERSION) => Err(ImportError::NewerVersion { found: v }),
        Some(_) => Ok(()),
        None => Err(ImportError::BadField { at: Place::Version, detail: Detail::Missing }),
    }
}

/// Reads an export file, checking everything before anything changes.
pub fn parse_import(bytes: &[u8]) -> Result<Export, ImportError> {
    if bytes.len() > IMPORT_LIMIT {
        return Err(ImportError::TooBig { size: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        ImportError::NotJson { line, column }
    })?;
    // One pass when the file is good; the slower diagnosis only when it is not.
    let export = match serde_json::from_str::<Export>(text) {
        Ok(export) => {
            check_header(Some(&export.format), Some(u64::from(export.version)))?;
            export
        }
        Err(error) => {
            serde_json::from_str::<serde::de::IgnoredAny>(text)
                .map_err(|e| ImportError::NotJson { line: e.line(), column: e.column() })?;
            let header: Header = serde_json::from_str(text).map_err(|_| ImportError::NotCaseDesk)?;
            check_header(header.format.as_deref(), header.version)?;
            return Err(locate_bad_field(text, &error));
        }
    };
    check_consistency(&export)?;
    Ok(export)
}

/// The export's lists, each item as its text: to find which item holds a bad field.
#[derive(Deserialize)]
struct Items<'a> {
    #[serde(borrow, default)]
    cases: Vec<&'a serde_json::value::RawValue>,
    #[serde(borrow, default)]
    evidence: Vec<&'a serde_json::value::RawValue>,
}

/// Names the field that could not be read: the case or evidence file it
/// belongs to and its line and column in the file (valid JSON, checked
/// before). `error` is the whole file's, used when no item is at fault.
fn locate_bad_field(text: &str, error: &serde_json::Error) -> ImportError {
    let detail = |e: &serde_json::Error| {
        let message = e.to_string();
        Detail::Reader(message.rsplit_once(" at line ").map_or(message.clone(), |(what, _)| what.to_string()))
    };
    // The item's line and column in the whole file.
    let position = |offset: usize, e: &serde_json::Error| {
        let before = &text[..offset];
        let line = before.matches('\n').count() + e.line();
        let start_column = if e.line() == 1 { before.len() - before.rfind('\n').map_or(0, |i| i + 1) } else { 0 };
        (line, start_column + e.column())
    };
    if let Ok(items) = serde_json::from_str::<Items>(text) {
        let offset = |raw: &serde_json::value::RawValue| raw.get().as_ptr() as usize - text.as_ptr() as usize;
        for (i, raw) in items.cases.iter().enumerate() {
            if let Err(e) = serde_json::from_str::<Case>(raw.get()) {
                let (line, column) = position(offset(raw), &e);
                let at = Place::Case { n: i + 1, of: items.cases.len(), line, column };
                return ImportError::BadField { at, detail: detail(&e) };
            }
        }
        for (i, raw) in items.evidence.iter().enumerate() {
            if let Err(e) = serde_json::from_str::<EvidenceBody>(raw.get()) {
                let (line, column) = position(offset(raw), &e);
                let at = Place::Evidence { n: i + 1, of: items.evidence.len(), line, column };
                return ImportError::BadField { at, detail: detail(&e) };
            }
        }
    }
    ImportError::BadField { at: Place::Position { line: error.line(), column: error.column() }, detail: detail(error) }
}

fn check_consistency(export: &Export) -> Result<(), ImportError> {
    let bad = |at: Place, detail: Detail| Err(ImportError::BadField { at, detail });
    let mut ids = HashSet::new();
    for (i, case) in export.cases.iter().enumerate() {
        if !ids.insert(&case.id) {
            return bad(Place::CaseId { case: i }, Detail::DuplicateCase);
        }
        let mut events = HashSet::new();
        for (j, event) in case.events.iter().enumerate() {
            if !events.insert(&event.id) {
                return bad(Place::EventId { case: i, event: j }, Detail::DuplicateEvent);
            }
        }
    }
    for (i, body) in export.evidence.iter().enumerate() {
        match body.bytes() {
            None => return bad(Place::EvidenceContent { file: i }, Detail::NotBase64),
            Some(bytes) if content_hash(&bytes) != body.hash => {
                return bad(Place::EvidenceContent { file: i }, Detail::HashMismatch)
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// What an import would do, shown before anything changes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// Cases this browser does not have.
    pub new: usize,
    /// Cases the file has in a later state than this browser.
    pub newer: usize,
    /// Cases exactly as this browser has them, or older there.
    pub unchanged: usize,
    /// Cases changed both here and in the file: merged event by event.
    pub conflicts: usize,
}

fn event_ids(case: &Case) -> HashSet<&str> {
    case.events.iter().map(|e| e.id.0.as_str()).collect()
}

enum Relation {
    New,
    Newer,
    Unchanged,
    Conflict,
}

fn relation(local: Option<&Case>, incoming: &Case) -> Relation {
    let Some(local) = local else { return Relation::New };
    if local == incoming {
        return Relation::Unchanged;
    }
    let (mine, theirs) = (event_ids(local), event_ids(incoming));
    if theirs.is_subset(&mine) && incoming.updated_at <= local.updated_at {
        Relation::Unchanged
    } else if mine.is_subset(&theirs) && incoming.updated_at >= local.updated_at {
        Relation::Newer
    } else {
        Relation::Conflict
    }
}

/// Counts what merging `incoming` into `log` would do.
pub fn preview(log: &CaseLog, incoming: &[Case]) -> ImportPreview {
    let mut p = ImportPreview::default();
    for case in incoming {
        match relation(log.get(&case.id), case) {
            Relation::New => p.new += 1,
            Relation::Newer => p.newer += 1,
            Relation::Unchanged => p.unchanged += 1,
            Relation::Conflict => p.conflicts += 1,
        }
    }
    p
}

/// Two states of one case merged: every event of both (by id, in time
/// order), and the fields of whichever changed last.
pub fn merge_case(local: &Case, incoming: &Case) -> Case {
    let mut merged = if incoming.updated_at > local.updated_at { incoming.clone() } else { local.clone() };
    let mut events = local.events.clone();
    let known: HashSet<String> = events.iter().map(|e| e.id.0.clone()).collect();
    events.extend(incoming.events.iter().filter(|e| !known.contains(&e.id.0)).cloned());
    crate::domain::text::sort_by_key(&mut events, |e| e.at);
    merged.events = events;
    for file in local.evidence.iter().chain(&incoming.evidence) {
        if !merged.evidence.iter().any(|f| f.hash == file.hash) {
            merged.evidence.push(file.clone());
        }
    }
    merged.updated_at = local.updated_at.max(incoming.updated_at);
    merged
}

/// The cases to write for a merge import: new ones, newer ones, merged conflicts.
pub fn merge(log: &CaseLog, incoming: Vec<Case>) -> Vec<Case> {
    incoming
        .into_iter()
        .filter_map(|case| match relation(log.get(&case.id), &case) {
            Relation::New | Relation::Newer => Some(case),
            Relation::Unchanged => None,
            Relation::Conflict => log.get(&case.id).map(|local| merge_case(local, &case)),
        })
        .collect()
}

/// After an import, marks each evidence file as kept in this browser exactly
/// when its body is `available` here (restored from the file just now, or
/// already stored): a body the browser refused to store is never claimed.
pub fn mark_stored(cases: &mut [Case], available: &HashSet<String>) {
    for file in cases.iter_mut().flat_map(|c| c.evidence.iter_mut()) {
        file.stored = available.contains(&file.hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::{at, sample};
    use crate::domain::case::case_file::Action;
    use crate::domain::EventId;
    use proptest::prelude::*;

    fn export_of(cases: Vec<Case>, evidence: Vec<EvidenceBody>) -> String {
        export_json(cases, evidence, at(12))
    }

    #[test]
    fn export_then_import_is_the_identity_evidence_included() {
        let cases = vec![sample("a", 9), sample("b", 10)];
        let evidence = vec![
            EvidenceBody::from_bytes("image/png", b"\x89PNG fake body"),
            EvidenceBody::from_bytes("text/plain", b""),
        ];
        let text = export_of(cases.clone(), evidence.clone());
        let back = parse_import(text.as_bytes()).unwrap();
        assert_eq!(back.cases, cases);
        assert_eq!(back.evidence, evidence);
        assert_eq!(back.evidence[0].bytes().unwrap(), b"\x89PNG fake body");
        assert_eq!((back.format.as_str(), back.version), (EXPORT_FORMAT, EXPORT_VERSION));
    }

    #[test]
    fn the_file_name_carries_the_day() {
        assert_eq!(export_file_name(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()), "case-desk-2026-11-26.json");
    }

    #[test]
    fn each_refusal_names_its_problem() {
        assert_eq!(parse_import(&vec![b' '; IMPORT_LIMIT + 1]), Err(ImportError::TooBig { size: IMPORT_LIMIT + 1 }));
        assert_eq!(
            parse_import(b"{\n  \"format\": \"case-desk\",\n  oops\n}"),
            Err(ImportError::NotJson { line: 3, column: 3 })
        );
        assert_eq!(parse_import(b"\xff\xfe not text"), Err(ImportError::NotJson { line: 1, column: 1 }));
        assert_eq!(parse_import(br#"{"name": "my todo list", "items": []}"#), Err(ImportError::NotCaseDesk));
        assert_eq!(parse_import(b"[1, 2, 3]"), Err(ImportError::NotCaseDesk));
        assert_eq!(
            parse_import(br#"{"format": "case-desk", "version": 7, "cases": "anything"}"#),
            Err(ImportError::NewerVersion { found: 7 })
        );
        let mut bad =
            serde_json::from_str::<serde_json::Value>(&export_of(vec![sample("a", 9), sample("b", 9)], vec![]))
                .unwrap();
        bad["cases"][1]["events"][0]["at"] = "last Tuesday".into();
        let text = serde_json::to_string_pretty(&bad).unwrap();
        let line = text.lines().position(|l| l.contains("last Tuesday")).unwrap() + 1;
        let column = text.lines().nth(line - 1).unwrap().find("last Tuesday").unwrap() + "last Tuesday".len() + 1;
        let err = parse_import(text.as_bytes()).unwrap_err();
        let expected = format!("case 2 of 2 (line {line}, column {column})");
        assert!(
            matches!(&err, ImportError::BadField { at, detail } if at.describe(Lang::En) == expected && detail.describe(Lang::En).contains("\"last Tuesday\" is not a date and time")),
            "{err:?}"
        );
        assert!(err.to_string().contains(&expected));
        // In Chinese, the same case, line and column, and the reader's words translated.
        let zh = err.message(Lang::Zh);
        assert!(zh.contains(&format!("位置：第 2 个问题（共 2 个；第 {line} 行，第 {column} 列）")), "{zh}");
        assert!(zh.contains("原因：\"last Tuesday\" 不是有效的日期和时间"), "{zh}");
        assert!(zh.ends_with("。未导入任何内容。"), "{zh}");
        // On one line, the column counts from the start of the file.
        let one_line = bad.to_string();
        let column = one_line.find("last Tuesday").unwrap() + "last Tuesday".len() + 1;
        let err = parse_import(one_line.as_bytes()).unwrap_err();
        assert!(
            matches!(&err, ImportError::BadField { at, .. } if at.describe(Lang::En) == format!("case 2 of 2 (line 1, column {column})")),
            "{err:?}"
        );
        bad["cases"][1]["events"][0]["at"] = bad["cases"][0]["events"][0]["at"].clone();
        bad["exported_at"] = 7.into();
        let err = parse_import(bad.to_string().as_bytes()).unwrap_err();
        assert!(
            matches!(&err, ImportError::BadField { at, detail } if at.describe(Lang::En).starts_with("line 1, column ") && detail.describe(Lang::En).contains("invalid type")),
            "{err:?}"
        );
    }

    #[test]
    fn duplicates_and_damaged_evidence_are_refused() {
        let dup = export_of(vec![sample("a", 9), sample("a", 10)], vec![]);
        assert!(
            matches!(parse_import(dup.as_bytes()), Err(ImportError::BadField { at, .. }) if at.describe(Lang::En) == "cases[1].id")
        );
        let mut body = EvidenceBody::from_bytes("image/png", b"real");
        body.base64 = base64::engine::general_purpose::STANDARD.encode(b"changed");
        let damaged = export_of(vec![], vec![body]);
        assert!(
            matches!(parse_import(damaged.as_bytes()), Err(ImportError::BadField { at, .. }) if at.describe(Lang::En) == "evidence[0].base64")
        );
    }

    #[test]
    fn messages_tell_the_seller_what_to_do() {
        for err in [
            ImportError::TooBig { size: 120_000_000 },
            ImportError::NotJson { line: 1, column: 2 },
            ImportError::NotCaseDesk,
            ImportError::NewerVersion { found: 2 },
            ImportError::BadField { at: Place::CaseId { case: 0 }, detail: Detail::DuplicateCase },
            ImportError::BadField { at: Place::EventId { case: 0, event: 2 }, detail: Detail::DuplicateEvent },
            ImportError::BadField { at: Place::EvidenceContent { file: 1 }, detail: Detail::HashMismatch },
            ImportError::BadField { at: Place::Version, detail: Detail::Missing },
        ] {
            assert!(err.to_string().len() > 60, "{err}");
            let zh = err.message(Lang::Zh);
            assert!(zh.chars().filter(|c| crate::domain::text::is_cjk(*c)).count() > 20, "{zh}");
            assert_eq!(crate::domain::text::english_words(&zh), Vec::<String>::new(), "{zh}");
        }
        assert!(ImportError::TooBig { size: 120_000_000 }
            .to_string()
            .starts_with("This file is 120 MB, over the 100 MB"));
        assert_eq!(
            ImportError::NotJson { line: 3, column: 7 }.message(Lang::Zh),
            "这不是 Case Desk 导出文件：它不是有效的 JSON（第一处错误在第 3 行，第 7 列）。请选择“导出所有问题”下载的 JSON 文件。"
        );
    }

    fn replied(mut case: Case, event: &str, hour: u32) -> Case {
        case.apply(
            Action::AmazonReply { text: format!("reply {event}"), asks_for_information: false, files: vec![] },
            EventId(event.into()),
            at(hour),
        )
        .unwrap();
        case
    }

    #[test]
    fn the_preview_sorts_cases_into_new_newer_unchanged_and_conflicts() {
        let base = sample("same", 9);
        let log = CaseLog::new(vec![
            base.clone(),
            sample("older-here", 9),
            replied(sample("newer-here", 9), "x1", 10),
            replied(sample("both", 9), "mine", 10),
        ]);
        let incoming = vec![
            sample("brand-new", 9),
            base,
            replied(sample("older-here", 9), "y1", 11),
            sample("newer-here", 9),
            replied(sample("both", 9), "theirs", 11),
        ];
        assert_eq!(preview(&log, &incoming), ImportPreview { new: 1, newer: 1, unchanged: 2, conflicts: 1 });
        let written = merge(&log, incoming);
        let ids: Vec<_> = written.iter().map(|c| c.id.0.as_str()).collect();
        assert_eq!(ids, ["brand-new", "older-here", "both"]);
        let both = &written[2];
        let events: Vec<_> = both.events.iter().map(|e| e.id.0.as_str()).collect();
        assert_eq!(events, ["both-e1", "mine", "theirs"], "neither side's events are lost");
        assert_eq!(both.updated_at, at(11));
    }

    proptest! {
        // Whatever a seller drops on the import, the importer answers and never panics.
        #[test]
        fn any_bytes_get_an_answer(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_import(&bytes);
        }

        #[test]
        fn any_json_ish_text_gets_an_answer(text in r#"\{"format": "case-desk", "version": 1, "exported_at": "2026-11-26T12:00:00Z", "cases": \[.{0,80}\]\}"#) {
            let _ = parse_import(text.as_bytes());
        }
    }

    // Regression: restoring an import left `stored: true` on a file whose body
    // the browser refused to store (`!have && store.is_none()` was just
    // `store.is_none()`), so the case claimed a preview it could not show.
    #[test]
    fn a_body_the_browser_refused_to_store_is_not_claimed_as_stored() {
        use crate::domain::transfer::samples::sample_cases;
        let (mut cases, bodies) = sample_cases(chrono::Utc::now(), crate::domain::Lang::En);
        let hash = bodies[0].0.hash.clone();
        assert!(cases.iter().flat_map(|c| &c.evidence).any(|f| f.hash == hash && f.stored));
        // The put failed: nothing available.
        mark_stored(&mut cases, &HashSet::new());
        assert!(cases.iter().flat_map(|c| &c.evidence).all(|f| !f.stored));
        // Restored (or already here): stored again.
        mark_stored(&mut cases, &HashSet::from([hash.clone()]));
        assert!(cases.iter().flat_map(|c| &c.evidence).filter(|f| f.hash == hash).all(|f| f.stored));
    }
}
