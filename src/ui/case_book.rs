//! The seller's cases and drafts as the UI sees them: signals over the
//! in-memory [`CaseLog`], drafts and settings. Every decision about saving
//! (retries, read-only cases, all-or-nothing batches, another tab's changes)
//! is the [`Desk`]'s, in `app_state`, tested natively; this only calls it and
//! publishes what changed.

use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app_state::{referenced_evidence, Desk, LoadedCases, UnreadableCase};
use crate::domain::case::Action;
use crate::domain::catalog::EvidenceKind;
use crate::domain::claim::ClaimDate;
use crate::domain::contact_us::{ContactUsDraft, Step};
use crate::domain::evidence::EvidenceFile;
use crate::domain::settings::Settings;
use crate::domain::{Case, CaseId, CaseLog, EventId, StorageProblem};
use crate::storage::{self, CaseStore, EvidenceStore};
use crate::ui::i18n::{lang, locale, td_string};

pub use crate::app_state::READ_ONLY;

/// Shared app state, provided once by [`super::App`]; get it with `expect_context::<CaseBook>()`.
#[derive(Clone, Copy)]
pub struct CaseBook {
    log: RwSignal<CaseLog>,
    drafts: RwSignal<Vec<ContactUsDraft>>,
    desk: StoredValue<Desk<CaseStore>>,
    /// The desk's last storage problem, published for the banner.
    problem: RwSignal<Option<StorageProblem>>,
    /// Why the last evidence files' contents were not kept (IndexedDB), for the banner.
    evidence_problem: RwSignal<Option<StorageProblem>>,
    unreadable: RwSignal<Vec<UnreadableCase>>,
    settings: RwSignal<Settings>,
    /// A note for the seller about changes from another tab.
    notice: RwSignal<Option<String>>,
    /// Ids the index lists whose case is gone from storage.
    missing: RwSignal<Vec<String>>,
}

impl CaseBook {
    /// Loads every readable case and draft; storage trouble is recorded, never fatal.
    pub fn load() -> CaseBook {
        let (store, loaded, mut problem) = match CaseStore::open() {
            Ok(store) => match store.load() {
                Ok(loaded) => (Some(store), loaded, None),
                Err(problem) => (Some(store), LoadedCases::default(), Some(problem)),
            },
            Err(problem) => (None, LoadedCases::default(), Some(problem)),
        };
        let LoadedCases { mut cases, unreadable, read_only, missing } = loaded;
        let read_only_ids: Vec<CaseId> = read_only.iter().map(|c| c.id.clone()).collect();
        cases.extend(read_only);
        let drafts = if store.is_some() {
            storage::load_drafts().unwrap_or_else(|p| {
                problem.get_or_insert(p);
                Vec::new()
            })
        } else {
            Vec::new()
        };
        let settings = if store.is_some() { storage::load_settings() } else { Settings::default() };
        CaseBook {
            log: RwSignal::new(CaseLog::new(cases)),
            drafts: RwSignal::new(drafts),
            desk: StoredValue::new(Desk::new(store, read_only_ids, problem.clone())),
            problem: RwSignal::new(problem),
            evidence_problem: RwSignal::new(None),
            unreadable: RwSignal::new(unreadable),
            settings: RwSignal::new(settings),
            notice: RwSignal::new(None),
            missing: RwSignal::new(missing),
        }
    }

    /// Runs `decide` on the desk and the log; the log's readers are notified
    /// only when `changed` says so, and the desk's problem and notice are published.
    ///
    /// `decide` runs while both the log and the desk are locked: it (and any
    /// case change passed into it) must not read `self.log()` or call back into
    /// the book, or it panics on the held lock.
    fn on_desk<R>(
        &self,
        decide: impl FnOnce(&mut Desk<CaseStore>, &mut CaseLog) -> R,
        changed: impl FnOnce(&R) -> bool,
    ) -> Option<R> {
        let desk = self.desk;
        let result = self.log.try_maybe_update(|log| {
            let result = desk.try_update_value(|desk| decide(desk, log));
            (result.as_ref().is_some_and(changed), result)
        })??;
        self.publish();
        Some(result)
    }

    /// Shows the desk's last problem and any note for the seller.
    fn publish(&self) {
        let (problem, notice) =
            self.desk.try_update_value(|d| (d.problem().cloned(), d.take_notice())).unwrap_or_default();
        if self.problem.get_untracked() != problem {
            self.problem.set(problem);
        }
        if notice.is_some() {
            self.notice.set(notice);
        }
    }

    /// Records the outcome of a draft or settings write, for the banner.
    fn record(&self, result: Result<(), StorageProblem>) {
        self.desk.update_value(|d| d.record(result));
        self.publish();
    }

    fn has_store(&self) -> bool {
        self.desk.with_value(Desk::has_store)
    }

    /// The cases, to read reactively.
    pub fn log(&self) -> ReadSignal<CaseLog> {
        self.log.read_only()
    }

    /// Unfinished Contact Us drafts, to read reactively.
    pub fn drafts(&self) -> ReadSignal<Vec<ContactUsDraft>> {
        self.drafts.read_only()
    }

    /// The latest storage problem, if the last save or load failed.
    pub fn problem(&self) -> ReadSignal<Option<StorageProblem>> {
        self.problem.read_only()
    }

    /// Why the last evidence files' contents were not kept, if they were not.
    pub fn evidence_problem(&self) -> ReadSignal<Option<StorageProblem>> {
        self.evidence_problem.read_only()
    }

    /// The outcome of keeping evidence bodies: a problem shows in the banner
    /// until files are kept again (a case save says nothing about IndexedDB).
    pub fn report_evidence(&self, problem: Option<StorageProblem>) {
        if self.evidence_problem.get_untracked() != problem {
            self.evidence_problem.set(problem);
        }
    }

    /// Stored entries that could not be read (kept in storage untouched).
    pub fn unreadable(&self) -> ReadSignal<Vec<UnreadableCase>> {
        self.unreadable.read_only()
    }

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

    /// Adds files to a case's evidence, with a timeline event; returns the refused ones.
    pub fn add_case_evidence(&self, id: &CaseId, files: Vec<EvidenceFile>) -> Vec<(String, String)> {
        let mut refused = Vec::new();
        let result = self.change_case(id, |case| {
            refused = case.add_evidence(files, EventId(new_id()), Utc::now(), lang());
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
        let (cases, bodies) = crate::domain::samples::sample_cases(Utc::now(), lang);
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
        self.on_desk(|desk, log| desk.write_cases(log, cases, removed, lang()), Result::is_ok)
            .unwrap_or_else(|| Err(gone_app()))
    }

    /// Deletes stored evidence bodies that no case or saved draft refers to.
    pub fn collect_unused_evidence(&self) {
        let referenced =
            self.log.with_untracked(|log| self.drafts.with_untracked(|drafts| referenced_evidence(log, drafts)));
        spawn_local(async move {
            if let Ok(store) = EvidenceStore::open().await {
                let _ = store.delete_unreferenced(&referenced).await;
            }
        });
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

    /// Records Amazon's case ID on a case.
    pub fn record_amazon_case_id(&self, id: &CaseId, raw: &str) -> Result<(), String> {
        self.change_case(id, |case| case.record_amazon_case_id(raw, EventId(new_id()), Utc::now(), lang()))
    }

    /// Records (or removes, `None`) the date a case's claim window starts
    /// from, checked against the seller's own calendar day today.
    pub fn set_claim_date(&self, id: &CaseId, claim: Option<ClaimDate>) -> Result<(), String> {
        let now = Utc::now();
        let today = crate::domain::claim::local_today(now, crate::ui::components::local_offset(now));
        self.change_case(id, |case| case.set_claim_date(claim, today, EventId(new_id()), now, lang()))
    }

    /// The seller's settings, to read reactively.
    pub fn settings(&self) -> ReadSignal<Settings> {
        self.settings.read_only()
    }

    /// Checks and saves the settings; returns the errors when they are not valid.
    pub fn save_settings(&self, settings: Settings) -> Result<(), Vec<(&'static str, String)>> {
        let errors = settings.errors(lang());
        if !errors.is_empty() {
            return Err(errors);
        }
        self.record(if self.has_store() {
            storage::save_settings(&settings)
        } else {
            Err(StorageProblem::Unavailable)
        });
        self.settings.set(settings);
        Ok(())
    }

    /// Records an action on a case (a reply, a resolution, a reopening, an appeal).
    pub fn apply(&self, id: &CaseId, action: Action) -> Result<(), String> {
        self.change_case(id, |case| case.apply(action, EventId(new_id()), Utc::now(), lang()))
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
        self.change_case(id, |case| case.add_note(text, EventId(new_id()), Utc::now(), lang()))
    }

    /// Records on a case's timeline that the seller sent Amazon this follow-up.
    pub fn record_follow_up(&self, id: &CaseId, text: &str) -> Result<(), String> {
        self.change_case(id, |case| case.record_follow_up(text, EventId(new_id()), Utc::now(), lang()))
    }

    /// Whether a case was saved by a newer Case Desk (shown read-only).
    pub fn is_read_only(&self, id: &CaseId) -> bool {
        self.desk.with_value(|d| d.is_read_only(id))
    }

    /// How many cases are read-only because a newer Case Desk saved them.
    pub fn read_only_count(&self) -> usize {
        self.desk.with_value(Desk::read_only_count)
    }

    fn change_case(&self, id: &CaseId, change: impl FnOnce(&mut Case) -> Result<(), String>) -> Result<(), String> {
        self.on_desk(|desk, log| desk.change_case(log, id, lang(), change), Result::is_ok)
            .unwrap_or_else(|| Err(gone_app()))
    }

    /// Deletes the unreadable entries (the seller confirmed) and forgets them.
    pub fn discard_unreadable(&self) {
        let entries = self.unreadable.get_untracked();
        self.desk.update_value(|d| d.discard_unreadable(&entries));
        self.publish();
        self.unreadable.set(Vec::new());
    }

    /// Cases the index lists that are gone from storage.
    pub fn missing(&self) -> ReadSignal<Vec<String>> {
        self.missing.read_only()
    }

    /// The seller has read about the missing cases: stop listing them.
    pub fn forget_missing(&self) {
        let missing = self.missing.get_untracked();
        self.desk.update_value(|d| d.forget_missing(&missing));
        self.publish();
        self.missing.set(Vec::new());
    }

    /// A note about changes made in another tab, if any.
    pub fn notice(&self) -> RwSignal<Option<String>> {
        self.notice
    }

    /// Another tab changed a stored key: take the change in. Cases are merged
    /// event by event, so neither tab's entries are lost; for the other
    /// fields the later change wins, and the seller is told.
    pub fn take_external_change(&self, key: &str, new_value: Option<String>) {
        if let Some(id) = key.strip_prefix(storage::CASE_KEY_PREFIX) {
            let id = CaseId(id.to_string());
            self.on_desk(
                |desk, log| desk.take_external_case(log, id, new_value.as_deref(), lang()),
                |changed| *changed,
            );
        } else if key.starts_with(storage::DRAFT_KEY_PREFIX) {
            if let Ok(drafts) = storage::load_drafts() {
                self.drafts.set(drafts);
            }
        } else if key == storage::SETTINGS_KEY {
            self.settings.set(storage::load_settings());
        }
    }
}

/// Said if the app's state is gone (a call after the app was unmounted).
fn gone_app() -> String {
    td_string!(locale(), components.gone_app).to_string()
}

/// A fresh id: 96 random bits as hex. `Math.random` is enough here: ids only
/// need to be unique in one seller's data, and it works on plain-http pages
/// where `crypto.randomUUID` does not.
pub fn new_id() -> String {
    (0..3).map(|_| format!("{:08x}", (js_sys::Math::random() * f64::from(u32::MAX)) as u32)).collect()
}

/// A blob of `bytes` typed `mime`.
pub fn blob_of(bytes: &[u8], mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()
}
