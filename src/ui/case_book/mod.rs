//! The seller's cases and drafts as the UI sees them: signals over the
//! in-memory [`CaseLog`], drafts and settings. Every decision about saving
//! (retries, read-only cases, all-or-nothing batches, another tab's changes)
//! is the [`Desk`]'s, in `app_state`, tested natively; this only calls it and
//! publishes what changed.
//!
//! By concern: [`cases`] (changes to cases, samples, deletions), [`drafts`]
//! (the Contact Us drafts and turning one into a case), [`settings`], and
//! [`other_tabs`] (another tab's changes taken in).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app_state::{referenced_evidence, Desk, LoadedCases, UnreadableCase};
use crate::domain::contact_us::draft::ContactUsDraft;
use crate::domain::settings::Settings;
use crate::domain::{CaseId, CaseLog, StorageProblem};
use crate::storage::{self, CaseStore, EvidenceStore};
use crate::ui::i18n::{lang, locale, td_string};

mod cases;
mod drafts;
mod other_tabs;
mod settings;

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
        if let Some(notice) = notice {
            self.notice.set(Some(notice.message(lang())));
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
