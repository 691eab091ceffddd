//! Taking files in: each is checked by content, hashed, kept in the evidence
//! store, and described for the case. One file at a time, so memory holds one
//! file's bytes at most (wasm memory never shrinks).

use chrono::Utc;
use web_sys::File;

use crate::domain::evidence::{
    check_file, check_size, content_hash, fits_case, pdf_page_count, EvidenceFile, FileKind,
};
use crate::domain::StorageProblem;
use crate::storage::{read_bytes, EvidenceStore};
use crate::ui::i18n::{lang, locale, td_string};

/// What happened to a batch of files.
#[derive(Debug, Default)]
pub struct Intake {
    /// Files accepted, in the order given.
    pub added: Vec<EvidenceFile>,
    /// Files refused: name and reason.
    pub refused: Vec<(String, String)>,
    /// Set when the evidence store could not keep a body (the metadata is still added).
    pub problem: Option<StorageProblem>,
}

/// Checks and keeps `files`, next to the case's or draft's `existing` files.
pub async fn take_in(files: Vec<File>, existing: &[EvidenceFile]) -> Intake {
    let mut intake = Intake::default();
    // Reasons for a refusal are written in the language shown when the files came in.
    let lang = lang();
    let store = EvidenceStore::open().await;
    let mut all = existing.to_vec();
    for file in files {
        let name = file.name();
        let size = file.size() as u64;
        // Size rules first: a file that is too big, or cannot fit the case, is refused unread.
        if let Err(reason) = check_size(size).and_then(|()| fits_case(&all, "", size)) {
            intake.refused.push((name, reason.message(lang)));
            continue;
        }
        let bytes = match read_bytes(&file).await {
            Ok(bytes) => bytes,
            Err(_) => {
                intake.refused.push((name, td_string!(locale(), evidence.unreadable_file).to_string()));
                continue;
            }
        };
        let kind = match check_file(&name, &file.type_(), &bytes) {
            Ok(kind) => kind,
            Err(reason) => {
                intake.refused.push((name, reason.message(lang)));
                continue;
            }
        };
        let hash = content_hash(&bytes);
        if let Err(reason) = fits_case(&all, &hash, size) {
            intake.refused.push((name, reason.message(lang)));
            continue;
        }
        let pages = if kind == FileKind::Pdf { pdf_page_count(&bytes) } else { None };
        drop(bytes);
        let stored = match &store {
            Ok(store) => match keep(store, &file, &hash, kind).await {
                Ok(()) => true,
                Err(problem) => {
                    intake.problem = Some(problem);
                    false
                }
            },
            Err(problem) => {
                intake.problem = Some(problem.clone());
                false
            }
        };
        let evidence =
            EvidenceFile { hash, name, kind, size, proves: kind.likely_proves(), added_at: Utc::now(), pages, stored };
        all.push(evidence.clone());
        intake.added.push(evidence);
    }
    intake
}

/// Stores the body typed by its content (not by the name's claim), without copying it.
async fn keep(store: &EvidenceStore, file: &File, hash: &str, kind: FileKind) -> Result<(), StorageProblem> {
    let typed = file
        .slice_with_f64_and_f64_and_content_type(0.0, file.size(), kind.mime())
        .map_err(|e| StorageProblem::Other { detail: format!("{e:?}") })?;
    store.put(hash, &typed).await
}
