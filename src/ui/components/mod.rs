//! Small building blocks shared by several pages.

mod local_time;
mod status_badge;
mod storage_banner;

pub use local_time::LocalTime;
pub use status_badge::StatusBadge;
pub use storage_banner::StorageBanner;
