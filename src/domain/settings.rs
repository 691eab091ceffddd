//! The seller's settings: how long Amazon is given to answer, when a case
//! counts as at risk, the name signed under messages, reminders, and the
//! seller's own claim windows; each refusal typed by the field it is about.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::catalog::claim_policy::{ClaimDays, ClaimKind, MAX_CLAIM_DAYS};
use crate::domain::{Lang, Text};

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
    /// risk, overdue or reaches a date (see `deadlines::milestone`). The browser's
    /// permission is asked for only then; off in settings saved before.
    pub reminders: bool,
    /// The seller's own claim windows, replacing Amazon's (`catalog::claim_policy::POLICIES`)
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

/// A field of the Settings form, as an error names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettingsField {
    /// Hours Amazon usually takes to answer.
    ResponseHours,
    /// Hours before the due time from which a case is at risk.
    AtRiskHours,
    /// Hours Amazon takes to answer an appeal.
    AppealHours,
    /// The store name signed under messages.
    StoreName,
    /// The first day of a claim window, in days after its start date.
    ClaimEarliest(ClaimKind),
    /// The last day of a claim window, in days after its start date.
    ClaimLast(ClaimKind),
}

impl SettingsField {
    /// The form field's id in the page (stable: end-to-end tests find fields by label, not id).
    pub fn id(self) -> &'static str {
        match self {
            SettingsField::ResponseHours => "response_hours",
            SettingsField::AtRiskHours => "at_risk_hours",
            SettingsField::AppealHours => "appeal_hours",
            SettingsField::StoreName => "store_name",
            SettingsField::ClaimEarliest(kind) => match kind {
                ClaimKind::FulfilmentCentre => "claim_fulfilment_centre_earliest",
                ClaimKind::InboundShipment => "claim_inbound_shipment_earliest",
                ClaimKind::CustomerReturn => "claim_customer_return_earliest",
                ClaimKind::RemovalLost => "claim_removal_lost_earliest",
                ClaimKind::RemovalDelivered => "claim_removal_delivered_earliest",
            },
            SettingsField::ClaimLast(kind) => match kind {
                ClaimKind::FulfilmentCentre => "claim_fulfilment_centre_last",
                ClaimKind::InboundShipment => "claim_inbound_shipment_last",
                ClaimKind::CustomerReturn => "claim_customer_return_last",
                ClaimKind::RemovalLost => "claim_removal_lost_last",
                ClaimKind::RemovalDelivered => "claim_removal_delivered_last",
            },
        }
    }
}

/// Why Settings refuses what was typed; [`SettingsError::field`] says where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsError {
    /// The response or appeal window is 0 or more than [`MAX_HOURS`].
    HoursOutOfRange(SettingsField),
    /// The store name is longer than [`STORE_NAME_MAX`] (it has `chars`).
    StoreNameTooLong {
        /// Characters in the trimmed name.
        chars: usize,
    },
    /// The at-risk warning would start at or after the window's end.
    AtRiskNotBeforeEnd,
    /// A claim window's days are not a whole number of zero or more.
    NotWholeDays(SettingsField),
    /// A claim window's last day is 0 or more than [`MAX_CLAIM_DAYS`] days after its start.
    ClaimLastOutOfRange(ClaimKind),
    /// A claim window would open on or after its last day.
    ClaimOpensAfterLast(ClaimKind),
}

impl SettingsError {
    /// The field the error is about.
    pub fn field(&self) -> SettingsField {
        match *self {
            SettingsError::HoursOutOfRange(field) | SettingsError::NotWholeDays(field) => field,
            SettingsError::StoreNameTooLong { .. } => SettingsField::StoreName,
            SettingsError::AtRiskNotBeforeEnd => SettingsField::AtRiskHours,
            SettingsError::ClaimLastOutOfRange(kind) => SettingsField::ClaimLast(kind),
            SettingsError::ClaimOpensAfterLast(kind) => SettingsField::ClaimEarliest(kind),
        }
    }

    /// What is wrong and what to do, in `lang`; a claim window's errors name
    /// the window and which end first.
    pub fn message(&self, lang: Lang) -> String {
        match *self {
            SettingsError::HoursOutOfRange(field) => {
                let what = match field {
                    SettingsField::AppealHours => Text::new("The appeal window", "申诉回复时限"),
                    _ => Text::new("The response window", "回复时限"),
                }
                .get(lang);
                match lang {
                    Lang::En => format!("{what} must be between 1 and {MAX_HOURS} hours."),
                    Lang::Zh => format!("{what}必须在 1 到 {MAX_HOURS} 小时之间。"),
                }
            }
            SettingsError::StoreNameTooLong { chars } => match lang {
                Lang::En => format!("Shorten the store name to {STORE_NAME_MAX} characters or fewer (it has {chars})."),
                Lang::Zh => format!("请将店铺名称缩短到 {STORE_NAME_MAX} 个字符以内（目前 {chars} 个）。"),
            },
            SettingsError::AtRiskNotBeforeEnd => lang
                .pick(
                    "The at-risk warning must start before the window ends: use fewer hours than the response window.",
                    "即将逾期提醒必须在回复时限结束前开始：请填写比回复时限更少的小时数。",
                )
                .into(),
            SettingsError::NotWholeDays(field) => {
                let what = lang.pick("Enter a whole number of days, 0 or more.", "请填写 0 或以上的整数天数。");
                match field {
                    SettingsField::ClaimEarliest(kind) => about_claim_field(kind, false, what, lang),
                    SettingsField::ClaimLast(kind) => about_claim_field(kind, true, what, lang),
                    _ => what.into(),
                }
            }
            SettingsError::ClaimLastOutOfRange(kind) => {
                let start = kind.start(lang);
                let what = match lang {
                    Lang::En => format!("The last day must be 1 to {MAX_CLAIM_DAYS} days after {start}."),
                    Lang::Zh => format!("最后索赔日必须在{start}后 1 到 {MAX_CLAIM_DAYS} 天之间。"),
                };
                about_claim_field(kind, true, &what, lang)
            }
            SettingsError::ClaimOpensAfterLast(kind) => {
                let what = lang.pick(
                    "The window must open before its last day: use fewer days than the last day.",
                    "索赔期限必须在最后索赔日之前开始：请填写比最后索赔日更少的天数。",
                );
                about_claim_field(kind, false, what, lang)
            }
        }
    }
}

/// A message about one claim window field, named first: "Customer refunded,
/// return not received, last day: {message}" / "已向买家退款，但未收到退货——最后索赔日：{message}".
fn about_claim_field(kind: ClaimKind, last: bool, message: &str, lang: Lang) -> String {
    let name = kind.name(lang);
    match (lang, last) {
        (Lang::En, false) => format!("{name}, earliest day: {message}"),
        (Lang::En, true) => format!("{name}, last day: {message}"),
        (Lang::Zh, false) => format!("{name}——最早索赔日：{message}"),
        (Lang::Zh, true) => format!("{name}——最后索赔日：{message}"),
    }
}

/// Reads a number of days typed for one end of a claim window; anything but
/// a whole number of zero or more is refused, naming the field.
pub fn parse_claim_days(text: &str, kind: ClaimKind, last: bool) -> Result<u32, SettingsError> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        let field = if last { SettingsField::ClaimLast(kind) } else { SettingsField::ClaimEarliest(kind) };
        return Err(SettingsError::NotWholeDays(field));
    }
    // More digits than a u32 holds is absurd too: say so as Settings would.
    Ok(text.parse::<u32>().unwrap_or(u32::MAX))
}

impl Settings {
    /// Checks the settings: every error, in the form's order.
    pub fn errors(&self) -> Vec<SettingsError> {
        let mut errors = Vec::new();
        for (field, value) in
            [(SettingsField::ResponseHours, self.response_hours), (SettingsField::AppealHours, self.appeal_hours)]
        {
            if value == 0 || value > MAX_HOURS {
                errors.push(SettingsError::HoursOutOfRange(field));
            }
        }
        let chars = self.store_name.trim().chars().count();
        if chars > STORE_NAME_MAX {
            errors.push(SettingsError::StoreNameTooLong { chars });
        }
        if self.at_risk_hours >= self.response_hours {
            errors.push(SettingsError::AtRiskNotBeforeEnd);
        }
        for (&kind, &ClaimDays { earliest, last }) in &self.claim_windows {
            if last == 0 || last > MAX_CLAIM_DAYS {
                errors.push(SettingsError::ClaimLastOutOfRange(kind));
            } else if earliest >= last {
                errors.push(SettingsError::ClaimOpensAfterLast(kind));
            }
        }
        errors
    }

    /// The days in force for a kind of claim: the seller's override, or Amazon's.
    pub fn claim_days(&self, kind: ClaimKind) -> ClaimDays {
        self.claim_windows.get(&kind).copied().unwrap_or(kind.policy().days)
    }

    /// Sets a kind's days; days equal to Amazon's remove the override, so
    /// settings follow a later update of the policy data.
    pub fn set_claim_days(&mut self, kind: ClaimKind, days: ClaimDays) {
        if days == kind.policy().days {
            self.claim_windows.remove(&kind);
        } else {
            self.claim_windows.insert(kind, days);
        }
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
        let fields: Vec<_> = s.errors().iter().map(|e| e.field().id()).collect();
        assert_eq!(fields, ["response_hours", "appeal_hours", "at_risk_hours"]);
        let s = Settings { response_hours: 4, at_risk_hours: 4, appeal_hours: 48, ..Settings::default() };
        assert_eq!(s.errors(), [SettingsError::AtRiskNotBeforeEnd]);
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
        let messages: Vec<String> = s.errors().iter().map(|e| e.message(Lang::Zh)).collect();
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
