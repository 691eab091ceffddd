//! The app shell: shared state, the router, the header and the routes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::case_book::CaseBook;
use super::components::{FocusOnNavigate, StorageBanner, UpdateBanner};
use super::i18n::{self, tr, LanguageSwitch};
use super::navigation::Navigator;
use super::pages::{
    CaseLogPage, CasePage, ContactUsPage, DataPage, NewCaseRedirect, NotFoundPage, OverviewPage, SettingsPage,
};
use crate::paths::{AppPaths, Route};

/// The whole app: provides [`AppPaths`], [`Navigator`] and [`CaseBook`], then shows the page.
#[component]
pub fn App() -> impl IntoView {
    i18n::provide();
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
    let route = Navigator::provide(paths.clone()).route();
    // `aria-current="page"` on the header's link to the page shown.
    let current = move |shown: fn(&Route) -> bool| move || route.with(shown).then_some("page");
    // Moving between the steps of a draft keeps its page (and what is typed in it).
    let page = Memo::new(move |_| route.with(Route::page));

    view! {
        <FocusOnNavigate/>
        <a class="skip-link" href="#main" on:click=skip_to_content>{tr!(common.skip_to_content)}</a>
        <header class="app-header">
            <a href=paths.case_log() class="brand" aria-current=current(|r| *r == Route::CaseLog)>
                <span class="brand-mark" aria-hidden="true">"CD"</span>
                "Case Desk"
            </a>
            <nav aria-label=tr!(common.nav_label)>
                <ul>
                    <li><a href=paths.case_log() aria-current=current(|r| *r == Route::CaseLog)>{tr!(common.nav_cases)}</a></li>
                    <li><a href=paths.overview(&Default::default()) aria-current=current(|r| *r == Route::Overview)>{tr!(common.nav_overview)}</a></li>
                    <li>
                        <a href=paths.new_case() aria-current=current(|r| matches!(r, Route::NewCase { .. }))>
                            {tr!(common.nav_new_case)}
                        </a>
                    </li>
                    <li><a href=paths.data() aria-current=current(|r| *r == Route::Data)>{tr!(common.nav_data)}</a></li>
                    <li><a href=paths.settings() aria-current=current(|r| *r == Route::Settings)>{tr!(common.nav_settings)}</a></li>
                </ul>
            </nav>
            <LanguageSwitch/>
        </header>
        <UpdateBanner/>
        <StorageBanner/>
        <super::reminders::Reminders/>
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Route::CaseLog => view! { <CaseLogPage/> }.into_any(),
                Route::Overview => view! { <OverviewPage/> }.into_any(),
                Route::NewCase { draft: None, .. } => view! { <NewCaseRedirect/> }.into_any(),
                Route::NewCase { draft: Some(draft), .. } => view! { <ContactUsPage draft/> }.into_any(),
                Route::Case { id } => view! { <CasePage id/> }.into_any(),
                Route::Data => view! { <DataPage/> }.into_any(),
                Route::Settings => view! { <SettingsPage/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
    }
}

/// Moves focus to the page's content. Done here, not by the browser: with
/// `<base href="/case-desk/">`, `#main` means the case log's address, so
/// following the link would leave any other page.
fn skip_to_content(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// The `href` of `<base>`, which Trunk sets from `--public-url`.
fn base_href() -> Option<String> {
    web_sys::window()?.document()?.query_selector("base").ok()??.get_attribute("href")
}
