//! Case Desk: a seller's own desk for Amazon Selling Partner Support cases.
//!
//! - [`domain`] is the business in plain Rust (cases, problem types, validation,
//!   the stored format) and is tested natively with `cargo test`.
//! - [`app_state`] decides what is saved, retried, merged and never written,
//!   in plain Rust behind a storage trait, tested natively.
//! - [`paths`] maps the app's routes onto the sub-path it is hosted under.
//! - `storage` and `ui` talk to the browser and only exist in the wasm32 build.

// clippy.toml's size rules are for what ships: tests compare with std and chrono freely.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod app_state;
pub mod domain;
pub mod paths;

/// The rule build.rs applies to `locales/`, tested natively.
#[cfg(test)]
#[path = "../build_support/locale_check.rs"]
mod locale_check;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
