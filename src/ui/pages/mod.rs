//! One file per route.

mod case_log;
mod case_page;
mod data;
mod new_case;
mod not_found;

pub use case_log::CaseLogPage;
pub use case_page::CasePage;
pub use data::DataPage;
pub use new_case::NewCasePage;
pub use not_found::NotFoundPage;
