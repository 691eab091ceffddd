//! The seller's settings: how long Amazon is given to answer, and when a case
//! counts as at risk.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::claim::{ClaimDays, ClaimKind};
use super::{Lang, Text};

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
    /// The seller turned reminders on: system notifications when a case is at
    /// risk, overdue or reaches a date (see `milestone`). The browser's
    /// permission is asked for only then; off in settings saved before.
    pub reminders: bool,
    /// The seller's own claim windows, replacing Amazon's (`claim::POLICIES`)
    /// for the kinds listed; empty, and not written, when none is changed.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub claim_windows: BTreeMap<ClaimKind, ClaimDays>,
}

/// Longest store name the sign-off takes.
pub const STORE_NAME_MAX: usize = 80;

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            response_hours: 24,
            at_risk_hours: 4,
            appeal_hours: 48,
            store_name: String::new(),
            reminders: false,
            claim_windows: BTreeMap::new(),
        }
    }
}

/// Longest window a setting accepts, in hours (30 days).
pub const MAX_HOURS: u32 = 720;

impl Settings {
    /// Checks the settings; each error names the field and says in `lang` what to do.
    pub fn errors(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let mut errors = Vec::new();
        for (field, value, what) in [
            ("response_hours", self.response_hours, Text::new("The response window", "回复时限")),
            ("appeal_hours", self.appeal_hours, Text::new("The appeal window", "申诉回复时限")),
        ] {
            if value == 0 || value > MAX_HOURS {
                let what = what.get(lang);
                errors.push((
                    field,
                    match lang {
                        Lang::En => format!("{what} must be between 1 and {MAX_HOURS} hours."),
                        Lang::Zh => format!("{what}必须在 1 到 {MAX_HOURS} 小时之间。"),
                    },
                ));
            }
        }
        let name = self.store_name.trim().chars().count();
        if name > STORE_NAME_MAX {
            errors.push((
                "store_name",
                match lang {
                    Lang::En => {
                        format!("Shorten the store name to {STORE_NAME_MAX} characters or fewer (it has {name}).")
                    }
                    Lang::Zh => format!("请将店铺名称缩短到 {STORE_NAME_MAX} 个字符以内（目前 {name} 个）。"),
                },
            ));
        }
        if self.at_risk_hours >= self.response_hours {
            let message = lang.pick(
                "The at-risk warning must start before the window ends: use fewer hours than the response window.",
                "即将逾期提醒必须在回复时限结束前开始：请填写比回复时限更少的小时数。",
            );
            errors.push(("at_risk_hours", message.into()));
        }
        errors.extend(super::claim::override_errors(&self.claim_windows, lang));
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
        assert!(s.errors(Lang::En).is_empty());
        let partial: Settings = serde_json::from_str(r#"{"response_hours":12}"#).unwrap();
        assert_eq!(partial, Settings { response_hours: 12, ..Settings::default() });
    }

    #[test]
    fn out_of_range_settings_are_explained() {
        let s = Settings { response_hours: 0, at_risk_hours: 4, appeal_hours: 1000, ..Settings::default() };
        let fields: Vec<_> = s.errors(Lang::En).iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["response_hours", "appeal_hours", "at_risk_hours"]);
        let s = Settings { response_hours: 4, at_risk_hours: 4, appeal_hours: 48, ..Settings::default() };
        assert_eq!(s.errors(Lang::En)[0].0, "at_risk_hours");
    }

    #[test]
    fn errors_read_in_chinese() {
        let s = Settings {
            response_hours: 0,
            at_risk_hours: 4,
            appeal_hours: 48,
            store_name: "店".repeat(STORE_NAME_MAX + 1),
            ..Settings::default()
        };
        let messages: Vec<String> = s.errors(Lang::Zh).into_iter().map(|(_, m)| m).collect();
        assert_eq!(
            messages,
            [
                format!("回复时限必须在 1 到 {MAX_HOURS} 小时之间。"),
                format!("请将店铺名称缩短到 {STORE_NAME_MAX} 个字符以内（目前 {} 个）。", STORE_NAME_MAX + 1),
                "即将逾期提醒必须在回复时限结束前开始：请填写比回复时限更少的小时数。".to_string(),
            ]
        );
    }
}
