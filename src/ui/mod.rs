//! The user interface: pages and components that render state and turn a
//! seller's actions into domain calls.

mod app;
mod browser;
mod case_book;
mod clock;
mod components;
mod evidence;
pub mod i18n;
mod navigation;
mod page_title;
mod pages;
mod reminders;
mod transfer;

pub use app::App;

/// Replaces the static loading shell of `index.html` with the running app.
pub fn mount() {
    console_error_panic_hook::set_once();
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("loading-shell"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(App);
}
