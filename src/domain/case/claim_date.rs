//! The date a seller records on a money case (the loss, the refund, the
//! removal order) and which claim window it starts; checked against the
//! case's problem and the seller's calendar.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::catalog::claim_policy::{kinds_for, ClaimKind};
use crate::domain::text::lower_first;
use crate::domain::time::calendar_day;
use crate::domain::Lang;

/// The date a seller entered on a case and which window it starts.
/// Stored as `{"window": "customer_return", "date": "2026-11-27"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimDate {
    /// Which window the date starts.
    pub window: ClaimKind,
    /// The seller's calendar day, as Seller Central shows it.
    #[serde(with = "crate::domain::time::day")]
    pub date: NaiveDate,
}

impl ClaimDate {
    /// The timeline's line when the seller records it: "Recorded the date of
    /// the refund: 27 Nov 2026" / "已记录退款日期：2026年11月27日".
    pub fn summary(&self, lang: Lang) -> String {
        let label = self.window.date_label(lang);
        let day = calendar_day(&self.date, lang);
        match lang {
            Lang::En => format!("Recorded the {}: {day}", lower_first(label)),
            Lang::Zh => format!("已记录{label}：{day}"),
        }
    }
}

/// No date before this is taken (a mistyped year): Fulfillment by Amazon is younger.
const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(day) => day,
    None => panic!("a valid day"),
};

/// Why a claim date cannot be recorded on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimDateError {
    /// The case's problem has no window of that kind.
    NoSuchWindow,
    /// The date is after the seller's today.
    InTheFuture,
    /// The date is before 2000 (a mistyped year).
    BeforeFirstDay,
}

impl ClaimDateError {
    /// What is wrong, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            ClaimDateError::NoSuchWindow => {
                lang.pick("This problem has no such claim window.", "此问题没有这种索赔期限。")
            }
            ClaimDateError::InTheFuture => lang.pick("The date cannot be after today.", "日期不能晚于今天。"),
            ClaimDateError::BeforeFirstDay => {
                lang.pick("Check the year: the date is before 2000.", "请检查年份：该日期早于 2000 年。")
            }
        }
    }
}

impl ClaimDate {
    /// Whether this date may be recorded on a case of `problem` (its catalog
    /// slug) on the seller's `today`: its window must be one of the problem's,
    /// and the day neither after today nor before 2000.
    pub fn check(&self, problem: Option<&str>, today: NaiveDate) -> Result<(), ClaimDateError> {
        if !problem.map_or(&[][..], kinds_for).contains(&self.window) {
            return Err(ClaimDateError::NoSuchWindow);
        }
        if self.date > today {
            return Err(ClaimDateError::InTheFuture);
        }
        if self.date < FIRST_DAY {
            return Err(ClaimDateError::BeforeFirstDay);
        }
        Ok(())
    }
}
