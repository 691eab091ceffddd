//! The log's search and filters, shared by the case log and the overview: both
//! read the query from the address and write it back there, so a filter set on
//! one page holds on the other.

use leptos::prelude::*;

use crate::domain::insight::log_query::{LogQuery, SortOrder};
use crate::domain::{CaseStatus, ProblemType};
use crate::paths::AppPaths;
use crate::ui::i18n::{lang, tr, trf};
use crate::ui::navigation::{How, Navigator};

/// The query in the address (tracked).
pub fn address_query() -> Memo<LogQuery> {
    let navigator = Navigator::get();
    Memo::new(move |_| navigator.with_query(|get| LogQuery::from_params(get)))
}

/// Search words, status and problem type (and the sort, where rows are listed).
#[component]
pub fn LogFilters(
    /// The query shown, from [`address_query`].
    query: Memo<LogQuery>,
    /// Every status with its number of cases, for the status options.
    counts: Memo<Vec<(CaseStatus, usize)>>,
    /// The address of this page for a query, such as [`AppPaths::case_log_for`].
    href: fn(&AppPaths, &LogQuery) -> String,
    /// Offers the sort order (the log lists rows; the overview has none to sort).
    #[prop(optional)]
    sort: bool,
) -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    let navigator = Navigator::get();
    let set_query = StoredValue::new(move |change: &dyn Fn(&mut LogQuery)| {
        let mut q = query.get_untracked();
        change(&mut q);
        navigator.go(&href(&paths, &q), How::ReplaceKeepScroll);
    });
    view! {
        <form class="log-controls" class:log-controls-no-sort=!sort role="search" on:submit=|ev| ev.prevent_default()>
            <div class="field log-search">
                <label for="case-search">{tr!(log.search_label)}</label>
                <input id="case-search" type="search" autocomplete="off"
                    placeholder=tr!(log.search_placeholder)
                    prop:value=move || query.get().text
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        set_query.with_value(|f| f(&|q| q.text = text.clone()));
                    }/>
            </div>
            <div class="field">
                <label for="status-filter">{tr!(log.status_label)}</label>
                <select id="status-filter" prop:value=move || query.get().status.map(|s| s.slug()).unwrap_or("")
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set_query.with_value(|f| f(&|q| q.status = CaseStatus::ALL.into_iter().find(|s| s.slug() == v)));
                    }>
                    <option value="">{tr!(log.all_statuses)}</option>
                    {move || counts.get().into_iter().map(|(s, n)| view! {
                        <option value=s.slug()>{trf!(log.status_option, status = s.label(lang()), count = n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="type-filter">{tr!(log.type_label)}</label>
                <select id="type-filter" prop:value=move || query.get().problem_type.map(|t| t.slug()).unwrap_or("")
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set_query.with_value(|f| f(&|q| q.problem_type = ProblemType::from_slug(&v)));
                    }>
                    <option value="">{tr!(log.all_types)}</option>
                    {ProblemType::ALL.into_iter().map(|t| view! { <option value=t.slug()>{move || t.label(lang())}</option> }).collect_view()}
                </select>
            </div>
            {sort.then(|| view! {
                <div class="field">
                    <label for="sort-order">{tr!(log.sort_label)}</label>
                    <select id="sort-order" prop:value=move || query.get().sort.slug()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set_query.with_value(|f| f(&|q| q.sort = SortOrder::from_slug(&v).unwrap_or_default()));
                        }>
                        {SortOrder::ALL.into_iter().map(|s| view! { <option value=s.slug()>{move || s.label(lang())}</option> }).collect_view()}
                    </select>
                </div>
            })}
        </form>
    }
}
