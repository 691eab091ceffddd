//! An in-memory [`CaseStorage`] for the tests, shared by "tabs" through `Rc`,
//! that fails the way browsers do: no room left, every write refused, a
//! write refused part-way through a batch. Each tab writes through its own
//! [`TabStore`]; every write is queued as a storage event for the *other*
//! tabs, as browsers do.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use super::CaseStorage;
use crate::domain::{decode_case, encode_case, Case, CaseId, StorageProblem};

/// The shared storage of one browser profile.
#[derive(Debug, Default)]
pub struct MemoryStore {
    /// Case id → stored text.
    pub entries: RefCell<BTreeMap<String, String>>,
    /// Ids listed in the index.
    pub index: RefCell<Vec<String>>,
    /// Bytes the browser allows (all entries' text together); `None`: no limit.
    pub capacity: Cell<Option<usize>>,
    /// Writes that still succeed before every write is refused; `None`: no limit.
    pub writes_left: Cell<Option<usize>>,
    /// Per tab, the storage events not yet delivered: (id, new text or None when removed).
    inboxes: RefCell<Vec<Vec<StorageEvent>>>,
}

/// What a storage event says: this case's entry now holds this text (or is gone).
pub type StorageEvent = (CaseId, Option<String>);

/// One tab's handle on the shared store.
#[derive(Debug, Clone)]
pub struct TabStore {
    /// The profile's storage.
    pub shared: Rc<MemoryStore>,
    tab: usize,
}

impl TabStore {
    /// The storage events other tabs caused since the last call.
    pub fn take_events(&self) -> Vec<StorageEvent> {
        std::mem::take(&mut self.shared.inboxes.borrow_mut()[self.tab])
    }

    fn notify(&self, event: StorageEvent) {
        for (tab, inbox) in self.shared.inboxes.borrow_mut().iter_mut().enumerate() {
            if tab != self.tab {
                inbox.push(event.clone());
            }
        }
    }
}

impl MemoryStore {
    /// An empty store, shared.
    pub fn shared() -> Rc<MemoryStore> {
        Rc::new(MemoryStore::default())
    }

    /// A new tab on this store.
    pub fn connect(self: &Rc<Self>) -> TabStore {
        let mut inboxes = self.inboxes.borrow_mut();
        inboxes.push(Vec::new());
        TabStore { shared: self.clone(), tab: inboxes.len() - 1 }
    }

    /// The case stored under `id`, decoded.
    pub fn case(&self, id: &CaseId) -> Option<Case> {
        self.entries.borrow().get(&id.0).and_then(|t| decode_case(t).ok())
    }

    /// Puts raw text under an id, as another version or a damaged write would.
    pub fn put_raw(&self, id: &str, text: &str) {
        self.entries.borrow_mut().insert(id.to_string(), text.to_string());
    }
}

impl TabStore {
    fn write(&self, id: &str, text: String) -> Result<(), StorageProblem> {
        let store = &self.shared;
        if let Some(left) = store.writes_left.get() {
            if left == 0 {
                return Err(StorageProblem::Full);
            }
            store.writes_left.set(Some(left - 1));
        }
        if let Some(capacity) = store.capacity.get() {
            let used: usize =
                store.entries.borrow().iter().filter(|(k, _)| k.as_str() != id).map(|(_, t)| t.len()).sum();
            if used + text.len() > capacity {
                return Err(StorageProblem::Full);
            }
        }
        store.entries.borrow_mut().insert(id.to_string(), text.clone());
        self.notify((CaseId(id.to_string()), Some(text)));
        Ok(())
    }

    fn remove(&self, id: &str) {
        if self.shared.entries.borrow_mut().remove(id).is_some() {
            self.notify((CaseId(id.to_string()), None));
        }
    }
}

impl CaseStorage for TabStore {
    fn save(&self, case: &Case) -> Result<(), StorageProblem> {
        self.write(&case.id.0, encode_case(case))
    }

    fn save_new(&self, case: &Case) -> Result<(), StorageProblem> {
        self.save(case)?;
        self.shared.index.borrow_mut().push(case.id.0.clone());
        Ok(())
    }

    fn save_batch(&self, cases: &[Case], removed: &[String]) -> Result<(), StorageProblem> {
        let store = &self.shared;
        let before = (store.entries.borrow().clone(), store.index.borrow().clone(), store.inboxes.borrow().clone());
        let result = (|| {
            for id in removed {
                self.remove(id);
            }
            for case in cases {
                self.write(&case.id.0, encode_case(case))?;
            }
            let mut index: Vec<String> =
                store.index.borrow().iter().filter(|i| !removed.contains(i)).cloned().collect();
            index.extend(cases.iter().map(|c| c.id.0.clone()));
            *store.index.borrow_mut() = index;
            Ok(())
        })();
        if result.is_err() {
            // All or nothing, as the localStorage adapter puts every key back.
            *store.entries.borrow_mut() = before.0;
            *store.index.borrow_mut() = before.1;
            *store.inboxes.borrow_mut() = before.2;
        }
        result
    }

    fn forget_missing(&self, ids: &[String]) -> Result<(), StorageProblem> {
        self.shared.index.borrow_mut().retain(|i| !ids.contains(i));
        Ok(())
    }

    fn discard_unreadable(&self, entries: &[super::UnreadableCase]) -> Result<(), StorageProblem> {
        for entry in entries {
            let same = self.shared.entries.borrow().get(&entry.stored_at) == Some(&entry.text);
            if same {
                self.remove(&entry.stored_at);
            }
        }
        Ok(())
    }
}
