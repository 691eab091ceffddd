//! Moving between pages: the address as a signal, in-app links and
//! Back/Forward handled in the page, and [`Navigator::go`] for the code.
//!
//! Case Desk has six pages and one query (the log's filters), so it keeps its
//! own small router instead of leptos_router: that crate's nested routes and
//! their generic view code cost about 14 KB gzip of the first load (issue 12).
//! Which page an address shows is decided in [`AppPaths::route`], plain Rust
//! tested natively; this module is the browser side of it. Every address comes
//! from [`AppPaths`], with the base already in it.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::paths::{query_value, AppPaths, Route};

/// How a navigation treats the browser's history and the scroll position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A new history entry, at the top of the new page.
    Push,
    /// Replaces the current entry (a redirect), at the top of the page.
    Replace,
    /// Replaces the current entry and keeps the scroll position (a changed filter).
    ReplaceKeepScroll,
}

/// The current address; provided by the app shell, read with [`Navigator::get`].
#[derive(Clone, Copy)]
pub struct Navigator {
    here: RwSignal<Here>,
    route: Memo<Route>,
}

/// The parts of `location` the app reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Here {
    pathname: String,
    search: String,
}

impl Here {
    fn current() -> Here {
        let location = web_sys::window().map(|w| w.location());
        let read = |part: fn(&web_sys::Location) -> Result<String, JsValue>| {
            location.as_ref().and_then(|l| part(l).ok()).unwrap_or_default()
        };
        Here { pathname: read(web_sys::Location::pathname), search: read(web_sys::Location::search) }
    }
}

impl Navigator {
    /// Starts following the address: in-app link clicks and Back/Forward.
    pub fn provide(paths: AppPaths) -> Navigator {
        let here = RwSignal::new(Here::current());
        let base = paths.base().to_string();
        let route = Memo::new(move |_| here.with(|h| paths.route(&h.pathname)));
        let navigator = Navigator { here, route };
        provide_context(navigator);
        let _ = window_event_listener(leptos::ev::popstate, move |_| here.set(Here::current()));
        let _ = window_event_listener(leptos::ev::click, move |ev| {
            if let Some(href) = in_app_link(&ev, &base) {
                ev.prevent_default();
                navigator.go(&href, How::Push);
            }
        });
        navigator
    }

    /// The navigator provided by the app shell.
    pub fn get() -> Navigator {
        expect_context::<Navigator>()
    }

    /// The page the address shows.
    pub fn route(self) -> Memo<Route> {
        self.route
    }

    /// The path of the address, base included (tracked).
    pub fn pathname(self) -> String {
        self.here.with(|h| h.pathname.clone())
    }

    /// Reads the query's values (tracked): `get(key)` is the decoded value of `key`.
    pub fn with_query<T>(self, read: impl FnOnce(&dyn Fn(&str) -> Option<String>) -> T) -> T {
        self.here.with(|h| read(&|key| query_value(&h.search, key)))
    }

    /// Goes to `href`, an address from [`AppPaths`]. Pushing the address
    /// already shown replaces it, so Back does not stay on the same page.
    pub fn go(self, href: &str, how: How) {
        let Some(window) = web_sys::window() else { return };
        if let Ok(history) = window.history() {
            let shown = self.here.with_untracked(|h| format!("{}{}", h.pathname, h.search));
            let _ = if how == How::Push && shown != href {
                history.push_state_with_url(&JsValue::NULL, "", Some(href))
            } else {
                history.replace_state_with_url(&JsValue::NULL, "", Some(href))
            };
        }
        // Read back from the browser: it resolves and encodes the address.
        self.here.set(Here::current());
        if how != How::ReplaceKeepScroll {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
}

/// The address to show in the page for a plain click on a link to a page of
/// the app. Left to the browser: modified or non-primary clicks, links that
/// open elsewhere or download, other sites and paths outside the base, and a
/// link to a place on the page shown, which the browser scrolls to.
fn in_app_link(ev: &web_sys::MouseEvent, base: &str) -> Option<String> {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.alt_key() || ev.ctrl_key() || ev.shift_key() {
        return None;
    }
    let link: web_sys::HtmlAnchorElement =
        ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("a[href]").ok()??.dyn_into().ok()?;
    let rel_external = link.rel().split_ascii_whitespace().any(|r| r == "external");
    if !link.target().is_empty() || link.has_attribute("download") || rel_external {
        return None;
    }
    let location = web_sys::window()?.location();
    let pathname = link.pathname();
    let within_base = base.is_empty() || pathname == base || pathname.starts_with(&format!("{base}/"));
    if link.origin() != location.origin().ok()? || !within_base {
        return None;
    }
    let same_page = location.pathname().ok()? == pathname && location.search().ok()? == link.search();
    if same_page && !link.hash().is_empty() {
        return None;
    }
    Some(format!("{pathname}{}{}", link.search(), link.hash()))
}
