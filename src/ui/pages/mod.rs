//! One file per route.

mod case_log;
mod case_page;
mod contact_us;
mod data;
mod not_found;

pub use case_log::CaseLogPage;
pub use case_page::CasePage;
pub use data::DataPage;
pub use contact_us::{ContactUsPage, NewCaseRedirect};
pub use not_found::NotFoundPage;
