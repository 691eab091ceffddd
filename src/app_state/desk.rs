//! [`Desk`]: every decision about saving the seller's cases. The case log
//! itself stays with the caller (the UI keeps it in a signal); the desk holds
//! what it needs to decide: the store, the cases whose save failed, the cases
//! a newer Case Desk saved, the last storage problem and a note for the seller.

use std::collections::HashSet;

use super::CaseStorage;
use crate::domain::case::case_file::CaseError;
use crate::domain::contact_us::draft::ContactUsDraft;
use crate::domain::transfer::export::merge_case;
use crate::domain::{decode_case, Case, CaseId, CaseLog, Lang, StorageProblem, Text};

/// Said when a seller tries to change a case a newer Case Desk saved.
pub const READ_ONLY: Text = Text::new(
    "This case was saved by a newer version of Case Desk, so it is read-only here: \
    open it in the newer version to change it.",
    "此问题由更新版本的 Case Desk 保存，因此在这里只能查看：请在更新的版本中打开以进行更改。",
);

/// Said when the case to change is gone (deleted in another tab, say).
const GONE: Text = Text::new("This case is no longer in this browser.", "此问题已不在此浏览器中。");

/// Why the desk refused a change to a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    /// A newer Case Desk saved the case: it is read-only here.
    ReadOnly,
    /// The case is no longer in this browser.
    Gone,
    /// The case itself refused the change.
    Case(CaseError),
}

impl ChangeError {
    /// What is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ChangeError::ReadOnly => READ_ONLY.get(lang).into(),
            ChangeError::Gone => GONE.get(lang).into(),
            ChangeError::Case(error) => error.message(lang),
        }
    }
}

impl From<CaseError> for ChangeError {
    fn from(error: CaseError) -> ChangeError {
        ChangeError::Case(error)
    }
}

/// Another tab changed the details of a case this tab changed at the same time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcurrentChange {
    /// The case's subject after the merge.
    pub subject: String,
}

impl ConcurrentChange {
    /// What the seller is told, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let subject = &self.subject;
        match lang {
            Lang::En => format!(
                "\"{subject}\" was changed in another tab at the same time. Entries from both tabs are kept; for the other details the later change was kept."
            ),
            Lang::Zh => format!(
                "问题“{subject}”同时在另一个标签页中被更改。两个标签页中的时间线记录均已保留；其他内容以较晚的更改为准。"
            ),
        }
    }
}

/// The saving half of the app's state.
#[derive(Debug)]
pub struct Desk<S> {
    /// `None` when the browser refuses storage: every change stays in memory and the seller is told.
    store: Option<S>,
    /// Cases changed in memory whose last save failed: retried with the next save.
    unsaved: Vec<CaseId>,
    /// Cases saved by a newer Case Desk: shown, never written, never replaced.
    read_only: Vec<CaseId>,
    /// The outcome of the last storage call, for the banner.
    problem: Option<StorageProblem>,
    /// A note about another tab's change to the same case.
    notice: Option<ConcurrentChange>,
}

impl<S: CaseStorage> Desk<S> {
    /// A desk over `store` (or none), with the read-only ids and the problem the load found.
    pub fn new(store: Option<S>, read_only: Vec<CaseId>, problem: Option<StorageProblem>) -> Desk<S> {
        Desk { store, unsaved: Vec::new(), read_only, problem, notice: None }
    }

    /// The last storage problem, if the last save or load failed.
    pub fn problem(&self) -> Option<&StorageProblem> {
        self.problem.as_ref()
    }

    /// Records the outcome of a storage call made elsewhere (drafts, settings).
    /// A success does not clear the banner while a case change still waits to be saved.
    pub fn record(&mut self, result: Result<(), StorageProblem>) {
        match result {
            Err(problem) => self.problem = Some(problem),
            Ok(()) if self.unsaved.is_empty() => self.problem = None,
            Ok(()) => {}
        }
    }

    /// Whether there is a store at all.
    pub fn has_store(&self) -> bool {
        self.store.is_some()
    }

    /// The note about another tab's change, taken (shown once).
    pub fn take_notice(&mut self) -> Option<ConcurrentChange> {
        self.notice.take()
    }

    /// Whether a case was saved by a newer Case Desk.
    pub fn is_read_only(&self, id: &CaseId) -> bool {
        self.read_only.contains(id)
    }

    /// How many cases are read-only.
    pub fn read_only_count(&self) -> usize {
        self.read_only.len()
    }

    /// Cases whose last save failed.
    pub fn unsaved(&self) -> &[CaseId] {
        &self.unsaved
    }

    /// Changes one case in `log` and saves it (retrying earlier failed saves first).
    /// A read-only or missing case is refused; a refused change leaves `log` as it was.
    pub fn change_case(
        &mut self,
        log: &mut CaseLog,
        id: &CaseId,
        change: impl FnOnce(&mut Case) -> Result<(), CaseError>,
    ) -> Result<(), ChangeError> {
        if self.is_read_only(id) {
            return Err(ChangeError::ReadOnly);
        }
        let mut case = log.get(id).cloned().ok_or(ChangeError::Gone)?;
        change(&mut case)?;
        self.save_case(log, &case);
        log.upsert(case);
        Ok(())
    }

    /// Adds a newly opened case. It joins `log` even when the browser refuses
    /// to store it: the banner says so and the next save tries again.
    pub fn add_new(&mut self, log: &mut CaseLog, case: Case) {
        let result = match &self.store {
            Some(store) => store.save_new(&case),
            None => Err(StorageProblem::Unavailable),
        };
        let saved = result.is_ok();
        if !saved && self.store.is_some() && !self.unsaved.contains(&case.id) {
            self.unsaved.push(case.id.clone());
        }
        self.problem = result.err();
        log.upsert(case);
        if saved && !self.unsaved.is_empty() {
            // Room again: what was waiting goes too (and the banner says how that went).
            self.save_pending(log, None);
        }
    }

    /// Writes and removes cases all together (an import, samples, a delete):
    /// all or nothing, and `log` changes only when the store took it. Cases
    /// saved by a newer Case Desk are neither replaced nor removed.
    /// A refusal is the storage problem.
    pub fn write_cases(
        &mut self,
        log: &mut CaseLog,
        mut cases: Vec<Case>,
        mut removed: Vec<String>,
    ) -> Result<usize, StorageProblem> {
        cases.retain(|c| !self.read_only.contains(&c.id));
        removed.retain(|id| !self.read_only.iter().any(|p| &p.0 == id));
        let count = cases.len();
        if let Some(store) = &self.store {
            if let Err(problem) = store.save_batch(&cases, &removed) {
                self.problem = Some(problem.clone());
                return Err(problem);
            }
        }
        for id in &removed {
            log.remove(&CaseId(id.clone()));
            self.unsaved.retain(|u| &u.0 != id);
        }
        for case in cases {
            self.unsaved.retain(|u| *u != case.id);
            log.upsert(case);
        }
        // The store took a write: a good moment for what is still waiting (and the banner's verdict).
        if self.store.is_some() {
            self.save_pending(log, None);
        }
        Ok(count)
    }

    /// Another tab stored `new_value` (or removed the entry) for case `id`.
    /// Events of both tabs are kept; when this tab had events the other lacked,
    /// the union is written back, and the seller is told if both changed the
    /// case's details. Returns whether `log` changed.
    pub fn take_external_case(&mut self, log: &mut CaseLog, id: CaseId, new_value: Option<&str>) -> bool {
        let Some(text) = new_value else {
            log.remove(&id);
            self.unsaved.retain(|u| *u != id);
            return true;
        };
        // An entry this version cannot read (or a newer version's) is left to the next load.
        let Ok(theirs) = decode_case(text) else { return false };
        let mine = log.get(&id).cloned();
        let merged = match &mine {
            Some(mine) if *mine != theirs => merge_case(mine, &theirs),
            _ => theirs.clone(),
        };
        if merged != theirs {
            self.save_case(log, &merged);
            if let Some(mine) = &mine {
                if mine.subject != theirs.subject || mine.status != theirs.status || mine.urgent != theirs.urgent {
                    self.notice = Some(ConcurrentChange { subject: merged.subject.clone() });
                }
            }
        } else {
            // The other tab's copy holds everything this one had: nothing left to retry.
            self.unsaved.retain(|u| *u != id);
        }
        let changed = mine.as_ref() != Some(&merged);
        log.upsert(merged);
        changed
    }

    /// Stops listing cases that went missing (the seller was told).
    pub fn forget_missing(&mut self, ids: &[String]) {
        if let Some(store) = &self.store {
            self.problem = store.forget_missing(ids).err();
        }
    }

    /// Deletes unreadable entries (the seller confirmed).
    pub fn discard_unreadable(&mut self, entries: &[super::UnreadableCase]) {
        if let Some(store) = &self.store {
            self.problem = store.discard_unreadable(entries).err();
        }
    }

    /// Saves `case`; cases whose earlier save failed are retried first, so
    /// nothing typed in this tab is lost once there is room again.
    fn save_case(&mut self, log: &CaseLog, case: &Case) {
        self.save_pending(log, Some(case));
    }

    /// Retries every case whose save failed, then saves `case` if given; the
    /// outcome is the banner's.
    fn save_pending(&mut self, log: &CaseLog, case: Option<&Case>) {
        let Some(store) = &self.store else {
            self.problem = Some(StorageProblem::Unavailable);
            return;
        };
        let mut failed: Vec<CaseId> = Vec::new();
        let mut result = Ok(());
        for id in std::mem::take(&mut self.unsaved) {
            if case.is_some_and(|c| c.id == id) {
                continue;
            }
            if let Some(earlier) = log.get(&id) {
                // As a new case: one refused when it was opened is not in the index yet.
                if let Err(problem) = store.save_new(earlier) {
                    failed.push(id);
                    result = Err(problem);
                }
            }
        }
        if let Some(case) = case {
            if let Err(problem) = store.save(case) {
                failed.push(case.id.clone());
                result = Err(problem);
            }
        }
        self.unsaved = failed;
        self.problem = result.err();
    }
}

/// Every evidence body a case or a saved draft still refers to: the others can go.
pub fn referenced_evidence(log: &CaseLog, drafts: &[ContactUsDraft]) -> HashSet<String> {
    log.iter()
        .flat_map(|c| c.evidence.iter())
        .chain(drafts.iter().flat_map(|d| d.evidence.iter()))
        .map(|f| f.hash.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use chrono::{DateTime, Duration, TimeZone, Utc};
    use proptest::prelude::*;

    use super::*;
    use crate::app_state::memory_store::{MemoryStore, TabStore};
    use crate::domain::transfer::samples::sample_cases;
    use crate::domain::EventId;

    type Tab = (Desk<TabStore>, CaseLog);

    fn t0() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
    }

    fn samples() -> Vec<Case> {
        sample_cases(t0(), crate::domain::Lang::En).0
    }

    /// A tab that loaded everything in `store`.
    fn tab(store: &Rc<MemoryStore>) -> Tab {
        let cases: Vec<Case> = store.entries.borrow().values().filter_map(|t| decode_case(t).ok()).collect();
        (Desk::new(Some(store.connect()), Vec::new(), None), CaseLog::new(cases))
    }

    /// A store holding the sample cases, and a tab on it.
    fn stocked() -> (Rc<MemoryStore>, Tab) {
        let store = MemoryStore::shared();
        let (mut desk, mut log) = tab(&store);
        desk.write_cases(&mut log, samples(), Vec::new()).unwrap();
        (store, (desk, log))
    }

    fn note(tab: &mut Tab, id: &CaseId, text: &str, minute: i64) -> Result<(), ChangeError> {
        let (desk, log) = tab;
        desk.change_case(log, id, |c| {
            c.add_note(text, EventId(format!("{text}-event")), t0() + Duration::minutes(minute))
        })
    }

    fn notes(case: &Case) -> Vec<String> {
        let mut all: Vec<String> =
            case.events.iter().map(|e| e.id.0.clone()).filter(|id| id.ends_with("-event")).collect();
        all.sort();
        all
    }

    /// Delivers the storage events other tabs caused to `to`.
    fn deliver(to: &mut Tab) {
        let events = to.0.store.as_ref().map(TabStore::take_events).unwrap_or_default();
        for (id, text) in events {
            to.0.take_external_case(&mut to.1, id, text.as_deref());
        }
    }

    // Regression: a note typed while storage was full was lost once space came
    // back if the next change was to another case.
    #[test]
    fn a_change_refused_by_full_storage_is_written_with_the_next_change_once_there_is_room() {
        let (store, mut tab) = stocked();
        let ids: Vec<CaseId> = tab.1.iter().map(|c| c.id.clone()).collect();
        store.capacity.set(Some(0));
        note(&mut tab, &ids[0], "while full", 1).unwrap();
        assert_eq!(tab.0.problem(), Some(&StorageProblem::Full));
        assert_eq!(tab.0.unsaved(), &[ids[0].clone()]);
        assert!(notes(tab.1.get(&ids[0]).unwrap()).contains(&"while full-event".to_string()), "kept in memory");
        assert!(notes(&store.case(&ids[0]).unwrap()).is_empty(), "not in storage yet");

        store.capacity.set(None);
        note(&mut tab, &ids[1], "after space was freed", 2).unwrap();
        assert_eq!(tab.0.problem(), None);
        assert!(tab.0.unsaved().is_empty());
        assert_eq!(notes(&store.case(&ids[0]).unwrap()), vec!["while full-event".to_string()]);
        assert_eq!(notes(&store.case(&ids[1]).unwrap()), vec!["after space was freed-event".to_string()]);
    }

    // Regression: after a refused write, a batch that went through (removing
    // the samples) left the "Not saved" banner up, and the refused change waiting.
    #[test]
    fn a_batch_that_goes_through_clears_the_banner_and_writes_what_was_waiting() {
        let (store, mut tab) = stocked();
        let ids: Vec<CaseId> = tab.1.iter().map(|c| c.id.clone()).collect();
        store.writes_left.set(Some(0));
        note(&mut tab, &ids[0], "waiting", 1).unwrap();
        assert_eq!(tab.0.problem(), Some(&StorageProblem::Full));
        store.writes_left.set(None);
        tab.0.write_cases(&mut tab.1, Vec::new(), vec![ids[1].0.clone()]).unwrap();
        assert_eq!(tab.0.problem(), None);
        assert!(tab.0.unsaved().is_empty());
        assert_eq!(notes(&store.case(&ids[0]).unwrap()), vec!["waiting-event".to_string()]);
    }

    // Review finding: a draft saved fine cleared the "Not saved" banner while a
    // refused note still waited, so the seller could close the tab and lose it.
    #[test]
    fn the_banner_stays_while_a_change_waits_to_be_saved() {
        let (store, mut tab) = stocked();
        let id = tab.1.iter().next().unwrap().id.clone();
        store.writes_left.set(Some(0));
        note(&mut tab, &id, "waiting", 1).unwrap();
        store.writes_left.set(None);
        tab.0.record(Ok(()));
        assert_eq!(tab.0.problem(), Some(&StorageProblem::Full), "a draft write says nothing about the waiting note");
        // A new case going through takes the waiting note with it.
        let mut fresh = samples().remove(1);
        fresh.id = CaseId("fresh".into());
        tab.0.add_new(&mut tab.1, fresh);
        assert_eq!(tab.0.problem(), None);
        assert!(tab.0.unsaved().is_empty());
        assert_eq!(notes(&store.case(&id).unwrap()), vec!["waiting-event".to_string()]);
    }

    #[test]
    fn a_new_case_refused_by_storage_stays_on_screen_and_is_retried() {
        let (store, mut tab) = stocked();
        let mut extra = samples().remove(0);
        extra.id = CaseId("opened-while-full".into());
        store.writes_left.set(Some(0));
        tab.0.add_new(&mut tab.1, extra.clone());
        assert!(tab.1.get(&extra.id).is_some());
        assert_eq!(tab.0.unsaved(), &[extra.id.clone()]);
        store.writes_left.set(None);
        let other = tab.1.iter().map(|c| c.id.clone()).find(|id| *id != extra.id).unwrap();
        note(&mut tab, &other, "next", 1).unwrap();
        assert!(store.case(&extra.id).is_some(), "written with the next change");
        assert!(store.index.borrow().contains(&extra.id.0), "and listed in the index, as a new case");
    }

    #[test]
    fn without_storage_every_change_stays_in_memory_and_says_why() {
        let mut desk: Desk<TabStore> = Desk::new(None, Vec::new(), Some(StorageProblem::Unavailable));
        let mut log = CaseLog::new(samples());
        let id = log.iter().next().unwrap().id.clone();
        desk.change_case(&mut log, &id, |c| c.add_note("kept here", EventId("n".into()), t0())).unwrap();
        assert_eq!(desk.problem(), Some(&StorageProblem::Unavailable));
        assert_eq!(desk.write_cases(&mut log, Vec::new(), vec![id.0.clone()]), Ok(0));
        assert!(log.get(&id).is_none());
    }

    #[test]
    fn a_case_saved_by_a_newer_version_is_never_written_nor_replaced_nor_removed() {
        let store = MemoryStore::shared();
        let newer = samples().remove(0);
        store.put_raw(&newer.id.0, "{\"schema\":99,\"case\":\"from the future\"}");
        let mut desk = Desk::new(Some(store.connect()), vec![newer.id.clone()], None);
        let mut log = CaseLog::new(vec![newer.clone()]);

        let refused = desk.change_case(&mut log, &newer.id, |c| c.add_note("no", EventId("x".into()), t0()));
        assert_eq!(refused, Err(ChangeError::ReadOnly));
        assert_eq!(ChangeError::ReadOnly.message(Lang::En), READ_ONLY.en);
        let mut imported = newer.clone();
        imported.subject = "Replaced by an import".into();
        assert_eq!(desk.write_cases(&mut log, vec![imported], Vec::new()), Ok(0));
        assert_eq!(desk.write_cases(&mut log, Vec::new(), vec![newer.id.0.clone()]), Ok(0));
        assert_eq!(
            store.entries.borrow().get(&newer.id.0).map(String::as_str),
            Some("{\"schema\":99,\"case\":\"from the future\"}")
        );
        assert_eq!(log.get(&newer.id), Some(&newer));
        assert!(desk.is_read_only(&newer.id));
    }

    #[test]
    fn an_import_refused_part_way_changes_nothing_and_reaches_the_banner() {
        let (store, mut tab) = stocked();
        let before_store = store.entries.borrow().clone();
        let before_log: Vec<Case> = tab.1.iter().cloned().collect();
        let mut incoming = samples();
        for c in &mut incoming {
            c.subject = format!("{} (imported)", c.subject);
        }
        store.writes_left.set(Some(3));
        let removed: Vec<String> = before_log.iter().map(|c| c.id.0.clone()).collect();
        let result = tab.0.write_cases(&mut tab.1, incoming, removed);
        assert_eq!(result, Err(StorageProblem::Full));
        assert_eq!(tab.0.problem(), Some(&StorageProblem::Full), "the banner hears of it");
        assert_eq!(*store.entries.borrow(), before_store);
        assert_eq!(tab.1.iter().cloned().collect::<Vec<_>>(), before_log);
    }

    #[test]
    fn two_tabs_writing_notes_on_the_same_case_lose_neither_and_the_seller_is_told_when_details_differ() {
        let (store, mut a) = stocked();
        let mut b = tab(&store);
        let id = a.1.iter().next().unwrap().id.clone();
        note(&mut a, &id, "from A", 1).unwrap();
        // B had not heard of A's note yet when it wrote its own (A's event still queued).
        b.0.change_case(&mut b.1, &id, |c| {
            c.set_urgent(true, EventId("urgent-in-B".into()), t0() + Duration::minutes(2));
            c.add_note("from B", EventId("from B-event".into()), t0() + Duration::minutes(2))
        })
        .unwrap();
        deliver(&mut b);
        deliver(&mut a);
        deliver(&mut b);
        for case in [a.1.get(&id).unwrap(), b.1.get(&id).unwrap(), &store.case(&id).unwrap()] {
            assert_eq!(notes(case), vec!["from A-event".to_string(), "from B-event".to_string()]);
        }
        assert!(a.0.take_notice().is_some(), "A is told B changed the details too");
    }

    #[test]
    fn two_tabs_on_different_cases_simply_see_each_other() {
        let (store, mut a) = stocked();
        let mut b = tab(&store);
        let ids: Vec<CaseId> = a.1.iter().map(|c| c.id.clone()).collect();
        note(&mut a, &ids[0], "A's", 1).unwrap();
        deliver(&mut b);
        note(&mut b, &ids[1], "B's", 2).unwrap();
        deliver(&mut a);
        let pending = |t: &Tab| t.0.store.as_ref().map(TabStore::take_events).unwrap_or_default();
        assert!(pending(&a).is_empty() && pending(&b).is_empty(), "no write-back was needed");
        assert_eq!(a.1.iter().cloned().collect::<Vec<_>>(), b.1.iter().cloned().collect::<Vec<_>>());
        assert!(a.0.take_notice().is_none() && b.0.take_notice().is_none());
    }

    #[test]
    fn a_case_removed_in_another_tab_leaves_this_one_too() {
        let (store, mut a) = stocked();
        let mut b = tab(&store);
        let id = a.1.iter().next().unwrap().id.clone();
        a.0.write_cases(&mut a.1, Vec::new(), vec![id.0.clone()]).unwrap();
        deliver(&mut b);
        assert!(b.1.get(&id).is_none());
        assert_eq!(note(&mut b, &id, "too late", 3), Err(ChangeError::Gone));
        assert_eq!(ChangeError::Gone.message(Lang::En), GONE.en);
    }

    #[test]
    fn deleting_a_case_keeps_evidence_another_case_or_a_draft_still_uses() {
        let (cases, bodies) = sample_cases(t0(), crate::domain::Lang::En);
        let (shared, _) = bodies.first().cloned().expect("the samples carry one evidence body");
        let mut log = CaseLog::new(cases);
        let holders: Vec<CaseId> =
            log.iter().filter(|c| c.evidence.iter().any(|f| f.hash == shared.hash)).map(|c| c.id.clone()).collect();
        assert!(!holders.is_empty());
        let mut other = log.iter().find(|c| !holders.contains(&c.id)).unwrap().clone();
        other.evidence.push(shared.clone());
        log.upsert(other.clone());
        for id in &holders {
            log.remove(id);
        }
        assert!(referenced_evidence(&log, &[]).contains(&shared.hash), "still used by another case");
        log.remove(&other.id);
        assert!(!referenced_evidence(&log, &[]).contains(&shared.hash), "now free to go");
        let mut draft = ContactUsDraft::new("d".into());
        draft.evidence.push(shared.clone());
        assert!(referenced_evidence(&log, &[draft]).contains(&shared.hash), "a draft keeps it too");
    }

    proptest! {
        // Whatever the order of notes and storage events between two tabs, and
        // wherever storage was full for a while, every note ends up in both tabs
        // and in storage once the tabs have heard from each other.
        #[test]
        fn no_note_is_lost_between_two_tabs(steps in proptest::collection::vec((any::<bool>(), 0usize..3, any::<bool>(), any::<bool>()), 1..24)) {
            let (store, mut a) = stocked();
            let mut b = tab(&store);
            let ids: Vec<CaseId> = a.1.iter().map(|c| c.id.clone()).take(3).collect();
            let mut written: Vec<(CaseId, String)> = Vec::new();
            for (n, (in_a, case, full, deliver_now)) in steps.into_iter().enumerate() {
                store.writes_left.set(if full { Some(0) } else { None });
                let text = format!("note {n}");
                let tab = if in_a { &mut a } else { &mut b };
                note(tab, &ids[case], &text, n as i64).unwrap();
                written.push((ids[case].clone(), format!("{text}-event")));
                store.writes_left.set(None);
                if deliver_now {
                    let other = if in_a { &mut b } else { &mut a };
                    deliver(other);
                }
            }
            // Room again: one more change in each tab flushes what either kept, then both hear it all.
            let last = ids[0].clone();
            note(&mut a, &last, "flush A", 100).unwrap();
            deliver(&mut b);
            note(&mut b, &last, "flush B", 101).unwrap();
            deliver(&mut a);
            deliver(&mut b);
            for (id, event) in written {
                prop_assert!(notes(a.1.get(&id).unwrap()).contains(&event), "{event} missing in A");
                prop_assert!(notes(b.1.get(&id).unwrap()).contains(&event), "{event} missing in B");
                prop_assert!(notes(&store.case(&id).unwrap()).contains(&event), "{event} missing in storage");
            }
        }
    }
}
