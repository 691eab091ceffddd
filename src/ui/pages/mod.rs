//! One file per route.

mod case;
mod case_log;
mod contact_us;
mod data;
mod not_found;
mod overview;
mod settings;

pub use case::CasePage;
pub use case_log::CaseLogPage;
pub use contact_us::{ContactUsPage, NewCaseRedirect};
pub use data::DataPage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use settings::SettingsPage;
