//! The seller's settings in `localStorage` (`case-desk:settings`).

use super::local::{read, write};
use crate::domain::settings::Settings;
use crate::domain::StorageProblem;

/// The key of the settings.
pub const SETTINGS_KEY: &str = "case-desk:settings";

/// The saved settings; defaults when none are saved or they cannot be read
/// (the unreadable text stays in storage until the seller saves new settings).
pub fn load_settings() -> Settings {
    read(SETTINGS_KEY).ok().flatten().and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default()
}

/// Saves the settings.
pub fn save_settings(settings: &Settings) -> Result<(), StorageProblem> {
    let text = serde_json::to_string(settings).unwrap_or_default();
    write(SETTINGS_KEY, &text)
}
