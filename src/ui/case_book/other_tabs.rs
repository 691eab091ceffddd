//! Another tab of Case Desk changed what is stored: cases are merged event
//! by event (the desk decides), drafts and settings are read again.

use leptos::prelude::*;

use super::CaseBook;
use crate::domain::CaseId;
use crate::storage;

impl CaseBook {
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
            self.on_desk(|desk, log| desk.take_external_case(log, id, new_value.as_deref()), |changed| *changed);
        } else if key.starts_with(storage::DRAFT_KEY_PREFIX) {
            if let Ok(drafts) = storage::load_drafts() {
                self.drafts.set(drafts);
            }
        } else if key == storage::SETTINGS_KEY {
            self.settings.set(storage::load_settings());
        }
    }
}
