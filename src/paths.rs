//! The app's routes, and how they map onto the sub-path the site is served
//! under (`/` for `trunk serve`, `/case-desk/` on GitHub Pages).
//!
//! The base comes from `<base href>` at run time, which Trunk fills in from
//! `--public-url`, so one build of the code serves at any sub-path. Every
//! in-app address, for links and navigation alike, is built here.

use crate::domain::contact_us::step::Step;
use crate::domain::insight::log_query::LogQuery;
use crate::domain::CaseId;

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

    /// The link to `route` under the base: `/case-desk/cases/3f1c`.
    pub fn link(&self, route: &Route) -> String {
        format!("{}{}", self.base, route.path())
    }

    /// The case log.
    pub fn case_log(&self) -> String {
        self.link(&Route::CaseLog)
    }

    /// The case log showing `query` (its filters, search words and sort).
    pub fn case_log_for(&self, query: &LogQuery) -> String {
        // The full address with its trailing slash: "/case-desk?q=…" would lose the query
        // when the host redirects it to "/case-desk/".
        format!("{}{}", self.case_log(), query_string(query))
    }

    /// The overview of the cases `query` selects: the log's parameters, so
    /// the two pages share their filters (and the sort comes back to the log).
    pub fn overview(&self, query: &LogQuery) -> String {
        format!("{}{}", self.link(&Route::Overview), query_string(query))
    }

    /// The new-case form (a fresh draft).
    pub fn new_case(&self) -> String {
        self.link(&Route::NewCase { draft: None, step: None })
    }

    /// One case's page.
    pub fn case(&self, id: &CaseId) -> String {
        self.link(&Route::Case { id: id.clone() })
    }

    /// One step of a Contact Us draft.
    pub fn new_case_step(&self, draft: &str, step: Step) -> String {
        self.link(&Route::NewCase { draft: Some(draft.to_string()), step: Some(step) })
    }

    /// The import/export page.
    pub fn data(&self) -> String {
        self.link(&Route::Data)
    }

    /// The settings page.
    pub fn settings(&self) -> String {
        self.link(&Route::Settings)
    }

    /// The page at `pathname` (as `location.pathname` gives it: with the base,
    /// percent-encoded). A trailing slash is allowed.
    pub fn route(&self, pathname: &str) -> Route {
        let Some(rest) = pathname.strip_prefix(self.base.as_str()) else { return Route::NotFound };
        if !(rest.is_empty() || rest.starts_with('/')) {
            return Route::NotFound;
        }
        let segments: Vec<String> = rest.split('/').filter(|s| !s.is_empty()).map(percent_decode).collect();
        Route::from_segments(&segments.iter().map(String::as_str).collect::<Vec<_>>())
    }
}

/// A page of the app. [`Route::path`] writes it and [`Route::from_segments`]
/// reads it, side by side, so a link always leads back to its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: the case log.
    CaseLog,
    /// `/overview`: charts of the cases the log's filters select.
    Overview,
    /// `/new` (a fresh draft: no draft, no step) or `/new/:draft/:step`: the
    /// Contact Us flow. A step the address does not name rightly is `None`:
    /// the page sends the seller to the draft's first open step.
    NewCase {
        /// The draft's id.
        draft: Option<String>,
        /// The step shown.
        step: Option<Step>,
    },
    /// `/cases/:id`: one case.
    Case {
        /// Case Desk's id of the case.
        id: CaseId,
    },
    /// `/data`: import and export.
    Data,
    /// `/settings`.
    Settings,
    /// Any other address, or one outside the base.
    NotFound,
}

impl Route {
    /// The route's path under the base, each segment percent-encoded
    /// (`NotFound` has none of its own: the case log's).
    pub fn path(&self) -> String {
        match self {
            Route::CaseLog | Route::NotFound => "/".into(),
            Route::Overview => "/overview".into(),
            Route::NewCase { draft: None, .. } => "/new".into(),
            Route::NewCase { draft: Some(draft), step } => {
                let step = step.unwrap_or(Step::ProblemType).slug();
                format!("/new/{}/{step}", percent_encode(draft))
            }
            Route::Case { id } => format!("/cases/{}", percent_encode(&id.0)),
            Route::Data => "/data".into(),
            Route::Settings => "/settings".into(),
        }
    }

    /// The route of an address's decoded segments under the base.
    pub fn from_segments(segments: &[&str]) -> Route {
        match *segments {
            [] => Route::CaseLog,
            ["overview"] => Route::Overview,
            ["new"] => Route::NewCase { draft: None, step: None },
            ["new", draft, step] => Route::NewCase { draft: Some(draft.into()), step: Step::from_slug(step) },
            ["cases", id] => Route::Case { id: CaseId(id.into()) },
            ["data"] => Route::Data,
            ["settings"] => Route::Settings,
            _ => Route::NotFound,
        }
    }

    /// The page without what changes inside it (the step of a draft): moving
    /// between steps keeps the page, another draft or case is another page.
    pub fn page(&self) -> Route {
        match self {
            Route::NewCase { draft, .. } => Route::NewCase { draft: draft.clone(), step: None },
            other => other.clone(),
        }
    }
}

/// The value of `key` in a query string (`a=1&b=x%20y`, with or without the
/// leading `?`), percent-decoded, `+` read as a space; the first one wins.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(&k.replace('+', " ")) == key).then(|| percent_decode(&v.replace('+', " ")))
    })
}

/// `?q=lost%20box&type=…` for a query's parameters (`""` for the default query),
/// each value encoded as `encodeURIComponent` does.
fn query_string(query: &LogQuery) -> String {
    let params: Vec<String> =
        query.to_params().into_iter().map(|(k, v)| format!("{k}={}", percent_encode(&v))).collect();
    if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    }
}

/// Every byte but `A–Z a–z 0–9 - _ . ! ~ * ' ( )` as `%XX` (UTF-8), as `encodeURIComponent` does.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `%XX` sequences to bytes, read as UTF-8 (a broken sequence is kept as written).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
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
            assert_eq!(paths.case(&CaseId("3f1c".into())), "/case-desk/cases/3f1c");
            assert_eq!(paths.new_case_step("d1", Step::Details), "/case-desk/new/d1/details");
            assert_eq!(paths.settings(), "/case-desk/settings");
            assert_eq!(paths.overview(&LogQuery::default()), "/case-desk/overview");
        }
    }

    #[test]
    fn every_link_leads_back_to_its_route() {
        let routes = [
            Route::CaseLog,
            Route::Overview,
            Route::NewCase { draft: None, step: None },
            Route::Case { id: CaseId("3f1c".into()) },
            Route::Case { id: CaseId("a b/案?".into()) },
            Route::Data,
            Route::Settings,
        ]
        .into_iter()
        .chain(Step::ALL.map(|step| Route::NewCase { draft: Some("d 1/é".into()), step: Some(step) }));
        for href in ["/", "/case-desk/"] {
            let paths = AppPaths::from_base_href(Some(href));
            for route in routes.clone() {
                assert_eq!(paths.route(&paths.link(&route)), route, "{route:?} under {href}");
            }
            assert_eq!(paths.route(&paths.case_log()), Route::CaseLog);
            assert_eq!(paths.route(&paths.new_case()), Route::NewCase { draft: None, step: None });
            assert_eq!(paths.route(&paths.overview(&LogQuery::default())), Route::Overview);
            assert_eq!(
                paths.route(&paths.new_case_step("d1", Step::Details)),
                Route::NewCase { draft: Some("d1".into()), step: Some(Step::Details) }
            );
        }
    }

    #[test]
    fn a_step_the_flow_does_not_have_is_read_as_none() {
        let paths = AppPaths::from_base_href(Some("/case-desk/"));
        assert_eq!(
            paths.route("/case-desk/new/d1/nope"),
            Route::NewCase { draft: Some("d1".into()), step: None },
            "the page then sends the seller to the draft's first open step"
        );
    }

    #[test]
    fn routes_allow_a_trailing_slash_and_decode_segments() {
        let paths = AppPaths::from_base_href(Some("/case-desk/"));
        assert_eq!(paths.route("/case-desk"), Route::CaseLog);
        assert_eq!(paths.route("/case-desk/data/"), Route::Data);
        assert_eq!(paths.route("/case-desk/cases/a%20b"), Route::Case { id: CaseId("a b".into()) });
        assert_eq!(paths.route("/case-desk/cases/%E6%A1%88"), Route::Case { id: CaseId("案".into()) });
        assert_eq!(paths.route("/case-desk/cases/%zz"), Route::Case { id: CaseId("%zz".into()) });
    }

    #[test]
    fn other_addresses_are_not_found() {
        let paths = AppPaths::from_base_href(Some("/case-desk/"));
        for path in [
            "/",
            "/data",
            "/case-desk-old/",
            "/case-deskdata",
            "/case-desk/cases",
            "/case-desk/cases/a/b",
            "/case-desk/new/d1",
            "/case-desk/nope",
        ] {
            assert_eq!(paths.route(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn a_step_change_keeps_the_page() {
        let at = |draft: &str, step| Route::NewCase { draft: Some(draft.into()), step: Some(step) };
        assert_eq!(at("d1", Step::Details).page(), at("d1", Step::Review).page());
        assert_ne!(at("d1", Step::Details).page(), at("d2", Step::Details).page());
        let case = Route::Case { id: CaseId("x".into()) };
        assert_eq!(case.page(), case);
    }

    #[test]
    fn query_values_are_decoded() {
        assert_eq!(query_value("?q=112-4738291&status=open", "status").as_deref(), Some("open"));
        assert_eq!(query_value("q=lost%20box&q=second", "q").as_deref(), Some("lost box"));
        assert_eq!(query_value("q=lost+box", "q").as_deref(), Some("lost box"));
        assert_eq!(query_value("q=%E4%B8%A2%E5%A4%B1", "q").as_deref(), Some("丢失"));
        assert_eq!(query_value("flag&x=1", "flag").as_deref(), Some(""));
        assert_eq!(query_value("", "q"), None);
        assert_eq!(query_value("?status=open", "q"), None);
    }

    #[test]
    fn the_log_and_the_overview_share_their_query() {
        use crate::domain::insight::log_query::SortOrder;
        use crate::domain::{CaseStatus, ProblemType};
        let paths = AppPaths::from_base_href(Some("/case-desk/"));
        assert_eq!(paths.case_log_for(&LogQuery::default()), "/case-desk/");
        assert_eq!(paths.route("/case-desk/overview/"), Route::Overview);
        let query = LogQuery {
            text: "lost box / 丢失 & 100% 'ok'".into(),
            status: Some(CaseStatus::Answered),
            problem_type: Some(ProblemType::Tax),
            sort: SortOrder::ALL[1],
        };
        let overview = paths.overview(&query);
        let log = paths.case_log_for(&query);
        let (path, search) = overview.split_once('?').expect("a query");
        assert_eq!(path, "/case-desk/overview");
        assert_eq!(paths.route(path), Route::Overview);
        assert!(log.starts_with("/case-desk/?"), "{log}");
        assert_eq!(log.split_once('?').map(|(_, s)| s), Some(search), "the same parameters");
        // Encoded as encodeURIComponent does, and read back as the pages read it.
        assert!(search.starts_with("q=lost%20box%20%2F%20%E4%B8%A2%E5%A4%B1%20%26%20100%25%20'ok'&"), "{search}");
        assert_eq!(LogQuery::from_params(|key| query_value(search, key)), query);
        // Default parts are left out; empty words are no words.
        let typed = LogQuery { problem_type: Some(ProblemType::Tax), text: "  ".into(), ..LogQuery::default() };
        assert_eq!(paths.overview(&typed), "/case-desk/overview?type=tax");
    }

    #[test]
    fn nested_sub_paths_and_stray_query_are_handled() {
        let paths = AppPaths::from_base_href(Some("https://example.org/tools/case-desk/?v=2#top"));
        assert_eq!(paths.base(), "/tools/case-desk");
        assert_eq!(AppPaths::from_base_href(Some("https://example.org")).base(), "");
    }
}
