//! Small building blocks shared by several pages.

mod choice;
mod confirm;
mod countdown;
mod field;
mod local_time;
mod route_focus;
mod status_badge;
mod storage_banner;
mod update_banner;

pub use choice::Choice;
pub use countdown::{local_offset, CountdownView};
pub use confirm::confirm;
pub use field::{described_by, focus_by_id, Field, FieldError};
pub use local_time::LocalTime;
pub use route_focus::{FocusOnNavigate, STEP_HEADING_ID};
pub use status_badge::StatusBadge;
pub use storage_banner::StorageBanner;
pub use update_banner::UpdateBanner;
