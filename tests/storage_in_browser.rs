//! The localStorage adapter in a real Chromium (wasm-bindgen-test): round
//! trips, unreadable entries left alone, full storage, refused storage.
#![cfg(target_arch = "wasm32")]
// clippy.toml's size rules are for what ships: a test may sort with std.
#![allow(clippy::disallowed_methods)]

use case_desk::app_state::CaseStorage;
use case_desk::domain::contact_method::ContactMethod;
use case_desk::domain::contact_us::draft::ContactUsDraft;
use case_desk::domain::{encode_case, Case, CaseId, DecodeError, EventId, ProblemType, StorageProblem};
use case_desk::storage::{
    delete_draft, load_drafts, read_bytes, save_draft, CaseStore, EvidenceStore, CASE_KEY_PREFIX, DRAFT_KEY_PREFIX,
};
use chrono::{TimeZone, Utc};
use std::collections::HashSet;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear() {
    storage().clear().unwrap();
}

fn draft(id: &str, subject: &str) -> ContactUsDraft {
    let mut draft = ContactUsDraft::new(id.into());
    draft.choose_problem_type(ProblemType::Reimbursements);
    draft.choose_problem("reimburse-damaged-warehouse");
    draft.method = Some(ContactMethod::Email);
    draft.contact.reply_to = "cases@shop.example".into();
    draft.subject = subject.into();
    draft.description = "Three units damaged in the warehouse.".into();
    draft.identifiers[0].value = "X001ABC2DE".into();
    draft
}

fn case(id: &str, subject: &str) -> Case {
    let request = draft(id, subject).finish().unwrap();
    Case::open(
        request,
        CaseId(id.into()),
        EventId(format!("{id}-e1")),
        Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap(),
    )
}

/// Fills localStorage in shrinking chunks until not even `smallest` characters fit.
fn fill_storage(smallest: usize) {
    let mut filler = 0;
    let mut chunk = 1 << 20;
    while chunk >= smallest {
        let text = "x".repeat(chunk);
        while storage().set_item(&format!("filler:{filler}"), &text).is_ok() {
            filler += 1;
        }
        chunk /= 4;
    }
}

fn run_js(source: &str) {
    js_sys::Function::new_no_args(source).call0(&wasm_bindgen::JsValue::NULL).unwrap();
}

#[wasm_bindgen_test]
fn a_saved_case_loads_back_identical() {
    clear();
    let store = CaseStore::open().unwrap();
    let original = case("a1", "Lost units at PHX7");
    store.save(&original).unwrap();
    let loaded = store.load().unwrap();
    assert_eq!(loaded.cases, vec![original]);
    assert!(loaded.unreadable.is_empty());
}

// One key per case: saving a case rewrites that case's key and no other.
#[wasm_bindgen_test]
fn saving_one_case_writes_only_its_key() {
    clear();
    let store = CaseStore::open().unwrap();
    store.save(&case("a1", "First")).unwrap();
    store.save(&case("b2", "Second")).unwrap();
    let before_b = storage().get_item(&format!("{CASE_KEY_PREFIX}b2")).unwrap();
    store.save(&case("a1", "First, edited")).unwrap();
    assert_eq!(storage().get_item(&format!("{CASE_KEY_PREFIX}b2")).unwrap(), before_b);
    let subjects: Vec<String> = store.load().unwrap().cases.into_iter().map(|c| c.subject).collect();
    assert_eq!(subjects, ["First, edited", "Second"]);
}

// Regression guard for the TodoMVC trap: unreadable data must never be
// replaced by an empty list and written back.
#[wasm_bindgen_test]
fn unreadable_entries_are_reported_and_left_untouched() {
    clear();
    let store = CaseStore::open().unwrap();
    store.save(&case("ok", "Readable")).unwrap();
    storage().set_item(&format!("{CASE_KEY_PREFIX}broken"), "{not json").unwrap();
    storage().set_item(&format!("{CASE_KEY_PREFIX}future"), r#"{"schema":99,"case":{}}"#).unwrap();

    let loaded = store.load().unwrap();
    assert_eq!(loaded.cases.len(), 1);
    assert_eq!(loaded.unreadable.len(), 2);
    let broken = loaded.unreadable.iter().find(|u| u.key.ends_with("broken")).unwrap();
    assert!(matches!(broken.error, DecodeError::Unreadable { .. }));
    let future = loaded.unreadable.iter().find(|u| u.key.ends_with("future")).unwrap();
    assert_eq!(future.error, DecodeError::NewerSchema { found: 99 });

    // The damaged one is moved aside, one copy; a newer version's entry stays
    // where it is (a tab of that version may be open).
    let quarantined = |k: &str| storage().get_item(&format!("case-desk:quarantine:{CASE_KEY_PREFIX}{k}")).unwrap();
    assert_eq!(storage().get_item(&format!("{CASE_KEY_PREFIX}broken")).unwrap(), None);
    assert_eq!(quarantined("broken").as_deref(), Some("{not json"));
    assert_eq!(quarantined("future"), None);
    assert_eq!(
        storage().get_item(&format!("{CASE_KEY_PREFIX}future")).unwrap().as_deref(),
        Some(r#"{"schema":99,"case":{}}"#)
    );
    store.save(&case("ok2", "Another")).unwrap();
    // Still reported on the next load, from where they are kept, and never missing.
    let again = store.load().unwrap();
    assert_eq!(again.unreadable.len(), 2);
    assert!(again.unreadable.iter().any(|u| u.key == format!("{CASE_KEY_PREFIX}broken") && u.text == "{not json"));
    assert!(again.missing.is_empty());
    assert_eq!(again.cases.len(), 2);
}

// Review finding: a case imported under a quarantined id was deleted by
// "Discard", and an old readable copy could overwrite the live case.
#[wasm_bindgen_test]
fn discarding_never_touches_a_case_written_there_since() {
    clear();
    let store = CaseStore::open().unwrap();
    storage().set_item(&format!("{CASE_KEY_PREFIX}x"), "{damaged").unwrap();
    let loaded = store.load().unwrap();
    assert_eq!(loaded.unreadable.len(), 1);
    // The seller imports a backup holding case x, then discards the damaged entry.
    store.save(&case("x", "Back from the backup")).unwrap();
    store.discard_unreadable(&loaded.unreadable).unwrap();
    let after = store.load().unwrap();
    assert_eq!(after.cases.iter().map(|c| c.subject.as_str()).collect::<Vec<_>>(), ["Back from the backup"]);
    assert!(after.unreadable.is_empty());
    // An old readable copy (an earlier version copied instead of moving) never replaces the live case.
    let old = encode_case(&case("x", "Old copy"));
    storage().set_item(&format!("case-desk:quarantine:{CASE_KEY_PREFIX}x"), &old).unwrap();
    let again = store.load().unwrap();
    assert_eq!(again.cases.iter().map(|c| c.subject.as_str()).collect::<Vec<_>>(), ["Back from the backup"]);
}

// Regression: every unreadable entry was copied aside and kept, doubling its
// footprint; with many of them the next edit found storage full.
#[wasm_bindgen_test]
fn a_store_full_of_unreadable_entries_still_saves_new_work() {
    clear();
    let store = CaseStore::open().unwrap();
    // Entries smaller than a case, so copies could eat the free room to the last byte.
    let damaged = format!("{{damaged {}", "x".repeat(300));
    let mut n = 0;
    while storage().set_item(&format!("{CASE_KEY_PREFIX}damaged-{n}"), &damaged).is_ok() {
        n += 1;
    }
    // Half the storage is free again; the other half is unreadable entries.
    for i in (0..n).step_by(2) {
        storage().remove_item(&format!("{CASE_KEY_PREFIX}damaged-{i}")).unwrap();
    }
    let kept = n / 2;
    let loaded = store.load().unwrap();
    assert_eq!(loaded.unreadable.len(), kept);
    assert!(store.save(&case("new", "Typed after the load")).is_ok(), "room is left for new work");
    // Nothing was lost: every entry is somewhere.
    assert_eq!(store.load().unwrap().unreadable.len(), kept);
}

#[wasm_bindgen_test]
fn drafts_are_saved_loaded_and_deleted_one_key_each() {
    clear();
    save_draft(&draft("d1", "First draft")).unwrap();
    save_draft(&draft("d2", "Second draft")).unwrap();
    storage().set_item(&format!("{DRAFT_KEY_PREFIX}broken"), "{oops").unwrap();
    let subjects: Vec<String> = load_drafts().unwrap().into_iter().map(|d| d.subject).collect();
    assert_eq!(subjects, ["First draft", "Second draft"]);
    delete_draft("d1").unwrap();
    let ids: Vec<String> = load_drafts().unwrap().into_iter().map(|d| d.id).collect();
    assert_eq!(ids, ["d2"]);
    // An unreadable draft is skipped, never removed.
    assert_eq!(storage().get_item(&format!("{DRAFT_KEY_PREFIX}broken")).unwrap().as_deref(), Some("{oops"));
}

#[wasm_bindgen_test]
fn other_apps_keys_are_ignored() {
    clear();
    storage().set_item("someone-else", "{}").unwrap();
    storage().set_item("case-desk:settings", "{}").unwrap();
    let loaded = CaseStore::open().unwrap().load().unwrap();
    assert!(loaded.cases.is_empty());
    assert!(loaded.unreadable.is_empty());
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full() {
    clear();
    let store = CaseStore::open().unwrap();
    fill_storage(1);
    let result = store.save(&case("late", "Saved on a full disk"));
    clear();
    assert_eq!(result, Err(StorageProblem::Full));
}

#[wasm_bindgen_test]
fn refused_storage_is_unavailable_not_a_panic() {
    // localStorage is an own accessor of window in Chromium: keep it to put it back.
    run_js(
        "window.__realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
           get() { throw new DOMException('denied', 'SecurityError'); } });",
    );
    let opened = CaseStore::open();
    run_js("Object.defineProperty(window, 'localStorage', window.__realStorage);");
    assert!(matches!(opened, Err(StorageProblem::Unavailable)));
    // Restored: storage works again for the other tests.
    assert!(CaseStore::open().is_ok());
}

fn blob(bytes: &[u8]) -> web_sys::Blob {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::Blob::new_with_u8_array_sequence(&parts).unwrap()
}

#[wasm_bindgen_test]
async fn evidence_bodies_are_put_got_and_deduplicated_by_hash() {
    let store = EvidenceStore::open().await.unwrap();
    store.delete_unreferenced(&HashSet::new()).await.unwrap();
    store.put("hash-a", &blob(b"first body")).await.unwrap();
    // The same hash again keeps the first body and stores nothing new.
    store.put("hash-a", &blob(b"other bytes, same key")).await.unwrap();
    store.put("hash-b", &blob(b"second body")).await.unwrap();
    let a = store.get("hash-a").await.unwrap().unwrap();
    assert_eq!(read_bytes(&a).await.unwrap(), b"first body");
    let mut hashes = store.hashes().await.unwrap();
    hashes.sort();
    assert_eq!(hashes, ["hash-a", "hash-b"]);
    assert!(store.get("missing").await.unwrap().is_none());
}

#[wasm_bindgen_test]
async fn unreferenced_bodies_are_deleted_and_referenced_ones_kept() {
    let store = EvidenceStore::open().await.unwrap();
    store.delete_unreferenced(&HashSet::new()).await.unwrap();
    for hash in ["keep", "drop-1", "drop-2"] {
        store.put(hash, &blob(hash.as_bytes())).await.unwrap();
    }
    let referenced: HashSet<String> = ["keep".to_string()].into();
    assert_eq!(store.delete_unreferenced(&referenced).await.unwrap(), 2);
    assert_eq!(store.hashes().await.unwrap(), ["keep"]);
    assert_eq!(store.delete_unreferenced(&referenced).await.unwrap(), 0);
}

// Every thumbnail used to open the database again: now the app holds one handle.
#[wasm_bindgen_test]
async fn the_evidence_database_is_opened_once() {
    EvidenceStore::close();
    run_js(
        "window.__opens = 0; window.__realOpen = IDBFactory.prototype.open; \
         IDBFactory.prototype.open = function (...a) { window.__opens += 1; return window.__realOpen.apply(this, a); };",
    );
    for _ in 0..3 {
        assert!(EvidenceStore::open().await.is_ok());
    }
    let opens = js_sys::Reflect::get(&js_sys::global(), &"__opens".into()).ok().and_then(|v| v.as_f64());
    run_js("IDBFactory.prototype.open = window.__realOpen;");
    assert_eq!(opens, Some(1.0));
}

#[wasm_bindgen_test]
async fn no_indexed_db_is_unavailable_not_a_panic() {
    // A browser without IndexedDB never had a handle.
    EvidenceStore::close();
    run_js(
        "window.__realIdb = Object.getOwnPropertyDescriptor(window, 'indexedDB'); \
         Object.defineProperty(window, 'indexedDB', { configurable: true, get() { return undefined; } });",
    );
    let opened = EvidenceStore::open().await;
    run_js("Object.defineProperty(window, 'indexedDB', window.__realIdb);");
    assert!(matches!(opened, Err(StorageProblem::Unavailable)));
    assert!(EvidenceStore::open().await.is_ok());
}

// An import into a full storage must leave every key exactly as it was.
#[wasm_bindgen_test]
fn a_batch_that_does_not_fit_is_rolled_back_entirely() {
    clear();
    let store = CaseStore::open().unwrap();
    store.save(&case("kept", "Kept as it was")).unwrap();
    let kept_before = storage().get_item(&format!("{CASE_KEY_PREFIX}kept")).unwrap();
    // Only a little room is left.
    fill_storage(1024);
    let mut big = case("big", "Too big to fit");
    big.description = "d".repeat(200_000);
    let batch = vec![case("small", "Would fit"), case("kept", "Changed by the import"), big];
    let result = store.save_batch(&batch, &[]);
    let small_after = storage().get_item(&format!("{CASE_KEY_PREFIX}small")).unwrap();
    let kept_after = storage().get_item(&format!("{CASE_KEY_PREFIX}kept")).unwrap();
    clear();
    assert_eq!(result, Err(StorageProblem::Full));
    assert_eq!(small_after, None, "the part that fitted was taken back");
    assert_eq!(kept_after, kept_before, "the existing case is as it was");
}

// A case the index lists but storage lost is reported, never silently forgotten.
#[wasm_bindgen_test]
fn a_case_gone_from_storage_is_reported_missing() {
    clear();
    let store = CaseStore::open().unwrap();
    store.save_new(&case("stays", "Still here")).unwrap();
    store.save_new(&case("lost", "Cleared by the browser")).unwrap();
    storage().remove_item(&format!("{CASE_KEY_PREFIX}lost")).unwrap();
    let loaded = store.load().unwrap();
    assert_eq!(loaded.cases.len(), 1);
    assert_eq!(loaded.missing, ["lost"]);
    store.forget_missing(&loaded.missing).unwrap();
    assert!(store.load().unwrap().missing.is_empty());
}
