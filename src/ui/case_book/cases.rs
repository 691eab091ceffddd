//! Changes to the seller's cases: each goes through the [`Desk`](crate::app_state::Desk),
//! which decides what is saved; a refusal comes back in the interface language.

use chrono::Utc;
use leptos::prelude::*;

use super::{blob_of, gone_app, new_id, CaseBook, READ_ONLY};
use crate::app_state::ChangeError;
use crate::domain::case::case_file::{Action, CaseError};
use crate::domain::case::claim_date::ClaimDate;
use crate::domain::evidence::{EvidenceFile, EvidenceKind};
use crate::domain::{Case, CaseId, EventId};
use crate::storage::EvidenceStore;
use crate::ui::i18n::{lang, locale, td_string};

impl CaseBook {
    /// Adds files to a case's evidence, with a timeline event; returns the refused ones.
    pub fn add_case_evidence(&self, id: &CaseId, files: Vec<EvidenceFile>) -> Vec<(String, String)> {
        let mut refused = Vec::new();
        let result = self.change_case(id, |case| {
            refused = case
                .add_evidence(files, EventId(new_id()), Utc::now())
                .into_iter()
                .map(|(name, reason)| (name, reason.message(lang())))
                .collect();
            Ok(())
        });
        if let Err(message) = result {
            refused.push((td_string!(locale(), components.these_files).to_string(), message));
        }
        refused
    }

    /// Changes what a file of a case proves.
    pub fn tag_case_evidence(&self, id: &CaseId, hash: &str, proves: EvidenceKind) {
        let _ = self.change_case(id, |case| {
            case.tag_evidence(hash, proves, Utc::now());
            Ok(())
        });
    }

    /// Adds the sample cases (and their evidence body) for a demo, written in `lang`.
    pub async fn load_samples(&self, lang: crate::domain::Lang) -> Result<usize, String> {
        let (cases, bodies) = crate::domain::transfer::samples::sample_cases(Utc::now(), lang);
        if let Ok(store) = EvidenceStore::open().await {
            for (file, bytes) in bodies {
                let blob = blob_of(&bytes, file.kind.mime());
                if let Some(blob) = blob {
                    let _ = store.put(&file.hash, &blob).await;
                }
            }
        }
        self.write_cases(cases, Vec::new())
    }

    /// Deletes one case (the seller confirmed), and the evidence bodies only it used.
    pub fn delete_case(&self, id: &CaseId) -> Result<(), String> {
        if self.is_read_only(id) {
            return Err(READ_ONLY.get(lang()).into());
        }
        self.write_cases(Vec::new(), vec![id.0.clone()])?;
        self.collect_unused_evidence();
        Ok(())
    }

    /// Removes every sample case in one go.
    pub fn remove_samples(&self) -> Result<usize, String> {
        let ids: Vec<String> =
            self.log.with_untracked(|l| l.iter().filter(|c| c.sample).map(|c| c.id.0.clone()).collect());
        let count = ids.len();
        self.write_cases(Vec::new(), ids)?;
        self.collect_unused_evidence();
        Ok(count)
    }

    /// Writes and removes cases all together (all or nothing), then updates the log.
    /// Cases saved by a newer Case Desk are left exactly as they are.
    pub fn write_cases(&self, cases: Vec<Case>, removed: Vec<String>) -> Result<usize, String> {
        self.on_desk(|desk, log| desk.write_cases(log, cases, removed), Result::is_ok)
            .map(|result| result.map_err(|problem| problem.message(lang())))
            .unwrap_or_else(|| Err(gone_app()))
    }

    /// Records Amazon's case ID on a case.
    pub fn record_amazon_case_id(&self, id: &CaseId, raw: &str) -> Result<(), String> {
        self.change_case(id, |case| case.record_amazon_case_id(raw, EventId(new_id()), Utc::now()))
    }

    /// Records (or removes, `None`) the date a case's claim window starts
    /// from, checked against the seller's own calendar day today.
    pub fn set_claim_date(&self, id: &CaseId, claim: Option<ClaimDate>) -> Result<(), String> {
        let now = Utc::now();
        let today = crate::domain::time::local_today(now, crate::ui::components::local_offset(now));
        self.change_case(id, |case| case.set_claim_date(claim, today, EventId(new_id()), now))
    }

    /// Records an action on a case (a reply, a resolution, a reopening, an appeal).
    pub fn apply(&self, id: &CaseId, action: Action) -> Result<(), String> {
        self.change_case(id, |case| case.apply(action, EventId(new_id()), Utc::now()))
    }

    /// Marks a case urgent or not.
    pub fn set_urgent(&self, id: &CaseId, urgent: bool) {
        let _ = self.change_case(id, |case| {
            case.set_urgent(urgent, EventId(new_id()), Utc::now());
            Ok(())
        });
    }

    /// Adds a note to a case's timeline.
    pub fn add_note(&self, id: &CaseId, text: &str) -> Result<(), String> {
        self.change_case(id, |case| case.add_note(text, EventId(new_id()), Utc::now()))
    }

    /// Records on a case's timeline that the seller sent Amazon this follow-up.
    pub fn record_follow_up(&self, id: &CaseId, text: &str) -> Result<(), String> {
        self.change_case(id, |case| case.record_follow_up(text, EventId(new_id()), Utc::now()))
    }

    /// Whether a case was saved by a newer Case Desk (shown read-only).
    pub fn is_read_only(&self, id: &CaseId) -> bool {
        self.desk.with_value(|d| d.is_read_only(id))
    }

    /// How many cases are read-only because a newer Case Desk saved them.
    pub fn read_only_count(&self) -> usize {
        self.desk.with_value(crate::app_state::Desk::read_only_count)
    }

    /// Changes one case through the desk; a refusal in the interface language.
    fn change_case(&self, id: &CaseId, change: impl FnOnce(&mut Case) -> Result<(), CaseError>) -> Result<(), String> {
        self.on_desk(|desk, log| desk.change_case(log, id, change), Result::is_ok)
            .map(|result| result.map_err(|error: ChangeError| error.message(lang())))
            .unwrap_or_else(|| Err(gone_app()))
    }
}
