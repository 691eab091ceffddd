//! The seller's settings: how long Amazon is given to answer, and when a case
//! counts as at risk.

use serde::{Deserialize, Serialize};

/// Settings, with Amazon's usual times as defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Hours Amazon usually takes to answer a case.
    pub response_hours: u32,
    /// Hours before the due time from which a case is at risk.
    pub at_risk_hours: u32,
    /// Hours Amazon takes to answer an appeal ("within two days").
    pub appeal_hours: u32,
    /// The seller's store name, signed under every message (empty: no name).
    pub store_name: String,
}

/// Longest store name the sign-off takes.
pub const STORE_NAME_MAX: usize = 80;

impl Default for Settings {
    fn default() -> Settings {
        Settings { response_hours: 24, at_risk_hours: 4, appeal_hours: 48, store_name: String::new() }
    }
}

/// Longest window a setting accepts, in hours (30 days).
pub const MAX_HOURS: u32 = 720;

impl Settings {
    /// Checks the settings; each error names the field and what to do.
    pub fn errors(&self) -> Vec<(&'static str, String)> {
        let mut errors = Vec::new();
        for (field, value, what) in [
            ("response_hours", self.response_hours, "The response window"),
            ("appeal_hours", self.appeal_hours, "The appeal window"),
        ] {
            if value == 0 || value > MAX_HOURS {
                errors.push((field, format!("{what} must be between 1 and {MAX_HOURS} hours.")));
            }
        }
        let name = self.store_name.trim().chars().count();
        if name > STORE_NAME_MAX {
            errors.push(("store_name", format!("Shorten the store name to {STORE_NAME_MAX} characters or fewer (it has {name}).")));
        }
        if self.at_risk_hours >= self.response_hours {
            errors.push(("at_risk_hours", "The at-risk warning must start before the window ends: use fewer hours than the response window.".into()));
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_amazons_usual_times_and_valid() {
        let s = Settings::default();
        assert_eq!((s.response_hours, s.at_risk_hours, s.appeal_hours), (24, 4, 48));
        assert!(s.errors().is_empty());
        let partial: Settings = serde_json::from_str(r#"{"response_hours":12}"#).unwrap();
        assert_eq!(partial, Settings { response_hours: 12, ..Settings::default() });
    }

    #[test]
    fn out_of_range_settings_are_explained() {
        let s = Settings { response_hours: 0, at_risk_hours: 4, appeal_hours: 1000, ..Settings::default() };
        let fields: Vec<_> = s.errors().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["response_hours", "appeal_hours", "at_risk_hours"]);
        let s = Settings { response_hours: 4, at_risk_hours: 4, appeal_hours: 48, ..Settings::default() };
        assert_eq!(s.errors()[0].0, "at_risk_hours");
    }
}
