//! The app's routes, and how they map onto the sub-path the site is served
//! under (`/` for `trunk serve`, `/case-desk/` on GitHub Pages).
//!
//! The base comes from `<base href>` at run time, which Trunk fills in from
//! `--public-url`, so one build of the code serves at any sub-path. Every
//! in-app address, for links and navigation alike, is built here.

use crate::domain::contact_us::Step;

/// The sub-path the app is served under, without a trailing slash (`""` at the root).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppPaths {
    base: String,
}

impl AppPaths {
    /// Builds from the `href` of the page's `<base>` element (`None` when absent).
    ///
    /// Accepts a path (`/case-desk/`) or an absolute URL (`https://x.github.io/case-desk/`).
    pub fn from_base_href(href: Option<&str>) -> AppPaths {
        let href = href.unwrap_or("/").trim();
        let path = match href.find("://") {
            Some(scheme_end) => {
                let after_host = &href[scheme_end + 3..];
                after_host.find('/').map_or("/", |i| &after_host[i..])
            }
            None => href,
        };
        let path = path.split(['?', '#']).next().unwrap_or("");
        let base = path.trim_matches('/');
        AppPaths { base: if base.is_empty() { String::new() } else { format!("/{base}") } }
    }

    /// The base for the router: `""` or `/case-desk`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// An in-app route (`/new`) as a link under the base (`/case-desk/new`).
    pub fn href(&self, route: &str) -> String {
        let route = route.trim_start_matches('/');
        format!("{}/{}", self.base, route)
    }

    /// The case log.
    pub fn case_log(&self) -> String {
        self.href(routes::CASE_LOG)
    }

    /// The new-case form.
    pub fn new_case(&self) -> String {
        self.href(routes::NEW_CASE)
    }

    /// One case's page.
    pub fn case(&self, id: &str) -> String {
        self.href(&format!("/cases/{id}"))
    }

    /// One step of a Contact Us draft.
    pub fn new_case_step(&self, draft_id: &str, step: Step) -> String {
        self.href(&format!("/new/{draft_id}/{}", step.slug()))
    }

    /// The import/export page.
    pub fn data(&self) -> String {
        self.href(routes::DATA)
    }

    /// The settings page.
    pub fn settings(&self) -> String {
        self.href(routes::SETTINGS)
    }
}

/// Route paths relative to the base, as the router matches them.
pub mod routes {
    /// The case log.
    pub const CASE_LOG: &str = "/";
    /// The new-case form.
    pub const NEW_CASE: &str = "/new";
    /// The data page (import, export).
    pub const DATA: &str = "/data";
    /// The settings page.
    pub const SETTINGS: &str = "/settings";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_and_missing_base_mean_no_prefix() {
        for href in [None, Some("/"), Some(""), Some("  /  ")] {
            let paths = AppPaths::from_base_href(href);
            assert_eq!(paths.base(), "", "{href:?}");
            assert_eq!(paths.new_case(), "/new");
            assert_eq!(paths.case_log(), "/");
        }
    }

    #[test]
    fn a_sub_path_prefixes_every_link() {
        for href in ["/case-desk/", "/case-desk", "case-desk/", "https://seller.github.io/case-desk/"] {
            let paths = AppPaths::from_base_href(Some(href));
            assert_eq!(paths.base(), "/case-desk", "{href}");
            assert_eq!(paths.case_log(), "/case-desk/");
            assert_eq!(paths.new_case(), "/case-desk/new");
            assert_eq!(paths.data(), "/case-desk/data");
            assert_eq!(paths.case("3f1c"), "/case-desk/cases/3f1c");
            assert_eq!(paths.new_case_step("d1", Step::Details), "/case-desk/new/d1/details");
            assert_eq!(paths.settings(), "/case-desk/settings");
        }
    }

    #[test]
    fn nested_sub_paths_and_stray_query_are_handled() {
        let paths = AppPaths::from_base_href(Some("https://example.org/tools/case-desk/?v=2#top"));
        assert_eq!(paths.base(), "/tools/case-desk");
        assert_eq!(AppPaths::from_base_href(Some("https://example.org")).base(), "");
    }
}
