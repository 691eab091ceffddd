//! Small building blocks shared by several pages.

mod calendar;
mod chart;
mod choice;
mod claim;
mod confirm;
mod copy_block;
mod countdown;
mod empty_state;
mod field;
mod load_samples;
mod local_time;
mod log_filters;
mod route_focus;
mod status_badge;
mod storage_banner;
mod update_banner;

pub use calendar::{AddToCalendar, ExportDueDates};
pub use chart::{axis_across, cell, number, text, tick, Cell, Chart, ChartSection, Drawing, Shape, Table, AXIS};
pub use choice::Choice;
pub use claim::{claim_class, ClaimSources};
pub use confirm::confirm;
pub use copy_block::{CopyBlock, CopyWords};
pub use countdown::{local_offset, CountdownView};
pub use empty_state::NoCaseYet;
pub use field::{described_by, focus_by_id, Field, FieldError};
pub use load_samples::{LoadSamplesButton, SampleNews};
pub use local_time::LocalTime;
pub use log_filters::{address_query, LogFilters};
pub use route_focus::{FocusOnNavigate, STEP_HEADING_ID};
pub use status_badge::StatusBadge;
pub use storage_banner::StorageBanner;
pub use update_banner::UpdateBanner;
