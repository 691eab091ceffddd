//! `/`: every case the seller is following, most recent activity first.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::contact_us::ContactUsDraft;
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
        <DraftList/>
        {move || {
            if log.with(|l| l.is_empty()) {
                return view! { <EmptyCaseLog/> }.into_any();
            }
            let rows = log.with(|l| {
                l.by_recent_activity().into_iter().map(|case| case_row(case, &paths)).collect_view()
            });
            let count = log.with(|l| l.len());
            view! {
                <section aria-labelledby="cases-title">
                    <h2 id="cases-title">{if count == 1 { "1 case".to_string() } else { format!("{count} cases") }}</h2>
                    <ul class="case-list">{rows}</ul>
                </section>
            }
            .into_any()
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
                {case.urgent.then(|| view! { <span class="tag tag-urgent">"Urgent"</span> })}
                <span>{case.problem_type.label()}</span>
                {case.amazon_case_id.clone().map(|id| view! { <span>"Amazon case " {id}</span> })}
                <span>"Last activity " <LocalTime at=case.last_activity()/></span>
            </div>
        </li>
    }
}

/// Unfinished Contact Us drafts: resume or discard (after a confirmation).
#[component]
fn DraftList() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let paths = expect_context::<AppPaths>();
    let drafts = book.drafts();
    move || {
        let mut list = drafts.get();
        if list.is_empty() {
            return None;
        }
        list.sort_by(|a, b| b.updated_at.cmp(&a.updated_at));
        let paths = paths.clone();
        Some(view! {
            <section class="drafts" aria-labelledby="drafts-title">
                <h2 id="drafts-title">{format!("Drafts ({})", list.len())}</h2>
                <ul class="case-list">
                    {list.into_iter().map(|d| draft_row(d, &paths, book)).collect_view()}
                </ul>
            </section>
        })
    }
}

fn draft_row(draft: ContactUsDraft, paths: &AppPaths, book: CaseBook) -> impl IntoView {
    let title = draft_title(&draft);
    let step = draft.first_open_step();
    let href = paths.href(&format!("/new/{}/{}", draft.id, step.slug()));
    let id = draft.id.clone();
    let confirm_text = format!("Discard the draft \"{title}\"? What you typed in it will be deleted.");
    let discard = move |_| {
        let confirmed = web_sys::window().and_then(|w| w.confirm_with_message(&confirm_text).ok()).unwrap_or(false);
        if confirmed {
            book.discard_draft(&id);
        }
    };
    view! {
        <li class="case-row draft-row">
            <span class="case-row-subject">{title.clone()}</span>
            <div class="case-row-meta">
                <span class="tag">"Draft"</span>
                <span>{format!("Next: {}", step.label())}</span>
                {draft.updated_at.map(|at| view! { <span>"Edited " <LocalTime at=at/></span> })}
            </div>
            <div class="row-actions">
                <A href=href attr:class="button button-small" attr:aria-label=format!("Resume draft: {title}")>"Resume"</A>
                <button type="button" class="button button-small button-quiet" aria-label=format!("Discard draft: {title}")
                    on:click=discard>"Discard"</button>
            </div>
        </li>
    }
}

/// What a seller calls a draft: its subject, else its problem, else "Untitled draft".
fn draft_title(draft: &ContactUsDraft) -> String {
    let subject = draft.subject.trim();
    if !subject.is_empty() {
        return subject.to_string();
    }
    draft
        .problem()
        .map(|p| p.title.to_string())
        .or_else(|| draft.problem_type.map(|t| t.label().to_string()))
        .unwrap_or_else(|| "Untitled draft".to_string())
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
