//! The seller's unfinished Contact Us drafts: kept as they type (blank ones
//! never), thrown away, and turned into a case once sent.

use chrono::Utc;
use leptos::prelude::*;

use super::{new_id, CaseBook};
use crate::domain::contact_us::draft::ContactUsDraft;
use crate::domain::contact_us::step::Step;
use crate::domain::{Case, CaseId, EventId, StorageProblem};
use crate::storage;

impl CaseBook {
    /// A draft by id, as last saved.
    pub fn draft(&self, id: &str) -> Option<ContactUsDraft> {
        self.drafts.with_untracked(|d| d.iter().find(|d| d.id == id).cloned())
    }

    /// Keeps a draft (blank drafts are not kept: opening the form leaves no trace).
    pub fn save_draft(&self, mut draft: ContactUsDraft) {
        let unchanged = self.drafts.with_untracked(|drafts| {
            drafts
                .iter()
                .any(|d| d.id == draft.id && ContactUsDraft { updated_at: d.updated_at, ..draft.clone() } == *d)
        });
        if draft.is_blank() || unchanged {
            return;
        }
        draft.updated_at = Some(Utc::now());
        self.record(if self.has_store() { storage::save_draft(&draft) } else { Err(StorageProblem::Unavailable) });
        self.drafts.update(|drafts| match drafts.iter_mut().find(|d| d.id == draft.id) {
            Some(existing) => *existing = draft,
            None => drafts.push(draft),
        });
    }

    /// Throws a draft away (and the evidence bodies only it used).
    pub fn discard_draft(&self, id: &str) {
        if self.has_store() {
            self.record(storage::delete_draft(id));
        }
        self.drafts.update(|drafts| drafts.retain(|d| d.id != id));
        self.collect_unused_evidence();
    }

    /// Turns a finished draft into an open case; on an unfinished one, names the step to fix.
    ///
    /// The case is in the log even if the browser refuses to store it; the
    /// banner then says so, and the next save tries again.
    pub fn submit(&self, draft: &ContactUsDraft) -> Result<CaseId, Step> {
        let request = self.settings.with_untracked(|s| draft.finish_signed(&s.store_name))?;
        let case = Case::open(request, CaseId(new_id()), EventId(new_id()), Utc::now());
        let id = case.id.clone();
        if self.on_desk(|desk, log| desk.add_new(log, case), |_| true).is_none() {
            // The app is gone (unmounted): keep the draft.
            return Ok(id);
        }
        self.discard_draft(&draft.id);
        Ok(id)
    }
}
