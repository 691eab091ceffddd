//! Moving between pages. Every address comes from [`AppPaths`](crate::paths::AppPaths)
//! with the base already in it, so the router is told not to resolve it again.

use leptos_router::NavigateOptions;

/// For an address from `AppPaths`: a new history entry.
pub fn push() -> NavigateOptions {
    NavigateOptions { resolve: false, ..Default::default() }
}

/// For an address from `AppPaths`: replaces the current entry (a redirect, a changed filter).
pub fn replace() -> NavigateOptions {
    NavigateOptions { resolve: false, replace: true, ..Default::default() }
}
