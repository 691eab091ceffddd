//! `/cases/:id`: one case, its details and its timeline.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::domain::{Case, CaseEvent, CaseId, EventKind};
use crate::paths::AppPaths;
use crate::ui::case_book::CaseBook;
use crate::ui::components::{LocalTime, StatusBadge};
use crate::ui::page_title::set_page_title;

/// The case named in the address, or a message that it is not in this browser.
#[component]
pub fn CasePage() -> impl IntoView {
    let params = use_params_map();
    let log = expect_context::<CaseBook>().log();
    let case = Memo::new(move |_| {
        let id = CaseId(params.read().get("id").unwrap_or_default());
        log.with(|l| l.get(&id).cloned())
    });
    Effect::new(move || match case.get() {
        Some(c) => set_page_title(&c.subject),
        None => set_page_title("Case not found"),
    });

    move || match case.get() {
        Some(c) => case_view(c).into_any(),
        None => view! { <CaseNotFound/> }.into_any(),
    }
}

fn case_view(case: Case) -> impl IntoView {
    view! {
        <article class="case" aria-labelledby="case-title">
            <header class="case-header">
                <h1 id="case-title">{case.subject.clone()}</h1>
                <StatusBadge status=case.status/>
            </header>
            <dl class="case-facts">
                <div><dt>"Problem"</dt><dd>{case.problem_type.label()}</dd></div>
                <div><dt>"Opened"</dt><dd><LocalTime at=case.created_at/></dd></div>
            </dl>
            <section aria-labelledby="description-title">
                <h2 id="description-title">"Description"</h2>
                <p class="preserve-lines">{case.description.clone()}</p>
            </section>
            <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">"Timeline"</h2>
                <ol class="timeline">
                    {case.events.into_iter().map(timeline_entry).collect_view()}
                </ol>
            </section>
        </article>
    }
}

fn timeline_entry(event: CaseEvent) -> impl IntoView {
    let what = match event.kind {
        EventKind::Submitted => "Case opened in Case Desk",
    };
    view! {
        <li class="timeline-entry">
            <LocalTime at=event.at/>
            <span>{what}</span>
        </li>
    }
}

#[component]
fn CaseNotFound() -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    view! {
        <section class="empty-state" aria-labelledby="case-missing-title">
            <h1 id="case-missing-title">"Case not found"</h1>
            <p>
                "This case is not in this browser. Cases live in the browser where they were \
                 opened: if it was opened on another device or browser, export it there and \
                 import it here."
            </p>
            <A href=paths.case_log() attr:class="button button-primary">"Go to your cases"</A>
        </section>
    }
}
