//! The seller's settings: checked, saved, published.

use leptos::prelude::*;

use super::CaseBook;
use crate::domain::settings::{Settings, SettingsError};
use crate::domain::StorageProblem;
use crate::storage;

impl CaseBook {
    /// The seller's settings, to read reactively.
    pub fn settings(&self) -> ReadSignal<Settings> {
        self.settings.read_only()
    }

    /// Checks and saves the settings; returns the errors when they are not valid.
    pub fn save_settings(&self, settings: Settings) -> Result<(), Vec<SettingsError>> {
        let errors = settings.errors();
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
}
