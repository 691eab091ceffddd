//! `/`: every case the seller is following, most recent activity first.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::Case;
use crate::paths::AppPaths;
use crate::ui::case_book::CaseBook;
use crate::ui::components::{LocalTime, StatusBadge};
use crate::ui::page_title::set_page_title;

/// The case log, or what to do first when there is nothing in it.
#[component]
pub fn CaseLogPage() -> impl IntoView {
    set_page_title("Your cases");
    let book = expect_context::<CaseBook>();
    let paths = expect_context::<AppPaths>();
    let log = book.log();
    let new_case_href = paths.new_case();

    view! {
        <div class="page-heading">
            <h1>"Your cases"</h1>
            <Show when=move || !log.with(|l| l.is_empty())>
                <A href=new_case_href.clone() attr:class="button button-primary">"Open a new case"</A>
            </Show>
        </div>
        {move || {
            if log.with(|l| l.is_empty()) {
                return view! { <EmptyCaseLog/> }.into_any();
            }
            let rows = log.with(|l| {
                l.by_recent_activity().into_iter().map(|case| case_row(case, &paths)).collect_view()
            });
            view! { <ul class="case-list">{rows}</ul> }.into_any()
        }}
    }
}

fn case_row(case: &Case, paths: &AppPaths) -> impl IntoView {
    let subject = case.subject.clone();
    view! {
        <li class="case-row">
            <A href=paths.case(&case.id.0) attr:class="case-row-subject">{subject}</A>
            <div class="case-row-meta">
                <StatusBadge status=case.status/>
                <span>{case.problem_type.label()}</span>
                <span>"Last activity " <LocalTime at=case.last_activity()/></span>
            </div>
        </li>
    }
}

/// What a seller sees before their first case: what Case Desk does and the one button to start.
#[component]
fn EmptyCaseLog() -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    view! {
        <section class="empty-state" aria-labelledby="empty-title">
            <h2 id="empty-title">"No cases yet"</h2>
            <p>
                "When an order goes wrong, a listing is suppressed, stock goes missing or a payment \
                 is held, open the case here first. Case Desk keeps the details and the evidence in \
                 this browser, and tracks when Amazon's answer is due."
            </p>
            <A href=paths.new_case() attr:class="button button-primary">"Open your first case"</A>
        </section>
    }
}
