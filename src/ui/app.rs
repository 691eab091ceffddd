//! The app shell: shared state, the router, the header and the routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use super::case_book::CaseBook;
use super::components::{FocusOnNavigate, StorageBanner, UpdateBanner};
use super::pages::{CaseLogPage, CasePage, ContactUsPage, DataPage, NewCaseRedirect, NotFoundPage, SettingsPage};
use crate::paths::AppPaths;

/// The whole app: provides [`AppPaths`] and [`CaseBook`], then routes.
#[component]
pub fn App() -> impl IntoView {
    let paths = AppPaths::from_base_href(base_href().as_deref());
    provide_context(paths.clone());
    let book = CaseBook::load();
    provide_context(book);
    // Another tab of Case Desk changed something: show it here without a reload.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key() {
            book.take_external_change(&key, ev.new_value());
        }
    });
    super::clock::provide_clock();

    view! {
        <Router base=paths.base().to_string()>
            <FocusOnNavigate/>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="app-header">
                <A href=paths.case_log() exact=true attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">"CD"</span>
                    "Case Desk"
                </A>
                <nav aria-label="Main">
                    <ul>
                        <li><A href=paths.case_log() exact=true>"Cases"</A></li>
                        <li><A href=paths.new_case()>"New case"</A></li>
                        <li><A href=paths.data()>"Your data"</A></li>
                        <li><A href=paths.settings()>"Settings"</A></li>
                    </ul>
                </nav>
            </header>
            <UpdateBanner/>
            <StorageBanner/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=CaseLogPage/>
                    <Route path=path!("/new") view=NewCaseRedirect/>
                    <Route path=path!("/new/:draft/:step") view=ContactUsPage/>
                    <Route path=path!("/cases/:id") view=CasePage/>
                    <Route path=path!("/data") view=DataPage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                </Routes>
            </main>
        </Router>
    }
}

/// The `href` of `<base>`, which Trunk sets from `--public-url`.
fn base_href() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("base")
        .ok()??
        .get_attribute("href")
}
