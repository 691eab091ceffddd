//! `/`: every case, the ones that need the seller first (late ones on top),
//! with search, filters and sort kept in the address.

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;

use crate::domain::contact_us::draft::ContactUsDraft;
use crate::domain::deadlines::claim_window::{warning, ClaimStatus, ClaimWindow};
use crate::domain::deadlines::response_window::{window, Countdown, Window};
use crate::domain::insight::log_query::{arrange, search_text, status_counts};
use crate::domain::settings::Settings;
use crate::domain::time::local_today;
use crate::domain::{Case, CaseId, CaseStatus, ProblemType};
use crate::paths::AppPaths;
use crate::ui::case_book::CaseBook;
use crate::ui::clock::Clock;
use crate::ui::components::{
    address_query, claim_class, confirm, local_offset, LocalTime, LogFilters, NoCaseYet, StatusBadge,
};
use crate::ui::i18n::{lang, locale, td_string, tr, trf};
use crate::ui::page_title::set_page_title;

/// Rows shown per group before "Show all": the log stays quick with thousands of cases.
const PAGE: usize = 100;

/// The case log, or what to do first when there is nothing in it.
#[component]
pub fn CaseLogPage() -> impl IntoView {
    set_page_title(|| td_string!(locale(), log.title));
    let book = expect_context::<CaseBook>();
    let paths = expect_context::<AppPaths>();
    let log = book.log();
    let new_case_href = paths.new_case();

    view! {
        <div class="page-heading">
            <h1>{tr!(log.title)}</h1>
            <Show when=move || !log.with(|l| l.is_empty())>
                <a href=new_case_href.clone() class="button button-primary">{tr!(log.open_new)}</a>
            </Show>
        </div>
        <DraftList/>
        {move || if log.with(|l| l.is_empty()) {
            view! {
                <NoCaseYet id="empty-title" title=|l| td_string!(l, log.empty_title)
                    text=|l| td_string!(l, log.empty_text) open=|l| td_string!(l, log.open_first)/>
            }
            .into_any()
        } else {
            view! { <CaseList/> }.into_any()
        }}
    }
}

/// Search, filters, counts and the two groups.
#[component]
fn CaseList() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let log = book.log();
    let settings = book.settings();
    let minute = expect_context::<Clock>().minutes();
    let query = address_query();
    // Search texts are built once per change of the cases, not per keystroke,
    // and only once the seller searches.
    let index = Memo::new(move |_| log.with(|l| l.iter().map(search_text).collect::<Vec<String>>()));
    // Built soon after the first rows are on screen, so the first keystroke does not wait for it.
    set_timeout(move || index.try_with_untracked(|_| ()).unwrap_or_default(), std::time::Duration::from_millis(300));
    // Groups and rows move once a minute: the list shows minutes.
    let show_all = RwSignal::new(false);
    let paths = expect_context::<AppPaths>();

    let counts = Memo::new(move |_| log.with(|l| status_counts(l.iter())));
    // Rows are made for the cases shown only (the first PAGE of each group
    // unless "Show all"), so a keystroke over thousands of cases stays cheap.
    let grouped = Memo::new(move |_| {
        let q = query.get();
        let at = minute.get();
        let s = settings.get();
        let shown = if show_all.get() { usize::MAX } else { PAGE };
        let today = local_today(at, local_offset(at));
        let rows = |g: crate::domain::insight::log_query::Grouped| {
            let group = |cases: &[&Case]| Shown {
                rows: cases.iter().take(shown).map(|c| Row::of(c, &s, today)).collect(),
                count: cases.len(),
            };
            (group(&g.needs_you), group(&g.others))
        };
        log.with(|l| {
            if q.text.trim().is_empty() {
                // No words to look for: the search texts are not needed (nor built, at start-up).
                rows(arrange(l.iter().map(|c| (c, "")), &q, &s, at))
            } else {
                index.with(|texts| rows(arrange(l.iter().zip(texts.iter().map(String::as_str)), &q, &s, at)))
            }
        })
    });

    let needs_you = Memo::new(move |_| grouped.with(|g| g.0.rows.clone()));
    let needs_you_count = Memo::new(move |_| grouped.with(|g| g.0.count));
    let others = Memo::new(move |_| grouped.with(|g| g.1.rows.clone()));
    let others_count = Memo::new(move |_| grouped.with(|g| g.1.count));
    let found = Memo::new(move |_| needs_you_count.get() + others_count.get());

    view! {
        <LogFilters query counts href=AppPaths::case_log_for sort=true/>
        <crate::ui::components::ExportDueDates query/>
        <SampleNotice/>
        <p class="status-counts">
            {move || counts.get().into_iter().map(|(s, n)| {
                let status = crate::domain::text::lower_first(s.label(lang()));
                td_string!(locale(), log.status_count, count = n, status = status).to_string()
            }).collect::<Vec<_>>().join(" · ")}
        </p>
        <p class="log-overview-link"><a href=move || paths.overview(&query.get())>{tr!(overview.charts_link)}</a></p>
        <p class="visually-hidden" role="status">{move || match found.get() {
            1 => td_string!(locale(), log.found_single).to_string(),
            n => td_string!(locale(), log.found_several, count = n).to_string(),
        }}</p>
        <Show when=move || { found.get() != 0 } fallback=|| view! {
            <p class="empty-result">{tr!(log.no_match)}</p>
        }>
            <RowGroup id="group-needs-you" title=tr!(log.needs_you) rows=needs_you count=needs_you_count/>
            <RowGroup id="group-other-cases" title=tr!(log.other_cases) rows=others count=others_count/>
            <Show when=move || { !show_all.get() && needs_you_count.get().max(others_count.get()) > PAGE }>
                <button type="button" class="button" on:click=move |_| show_all.set(true)>{tr!(log.show_all)}</button>
            </Show>
        </Show>
    }
}

/// While sample cases are shown: say so, with the one button that removes them.
#[component]
fn SampleNotice() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let samples = Memo::new(move |_| book.log().with(|l| l.iter().filter(|c| c.sample).count()));
    view! {
        <Show when=move || samples.get() != 0>
            <p class="sample-notice">
                {trf!(log.samples_shown, count = samples.get())}
                <button type="button" class="button button-small" on:click=move |_| {
                    // A refusal reaches the storage banner through the desk.
                    let _ = book.remove_samples();
                }>
                    {tr!(log.remove_samples)}
                </button>
            </p>
        </Show>
    }
}

/// One group as the log shows it: rows for the cases shown, and how many were found.
#[derive(Clone, PartialEq)]
struct Shown {
    rows: Vec<Row>,
    count: usize,
}

/// What a row shows of a case: a light copy, so regrouping thousands of cases stays cheap.
#[derive(Clone, PartialEq)]
struct Row {
    id: CaseId,
    subject: String,
    status: CaseStatus,
    urgent: bool,
    problem: ProblemType,
    amazon_case_id: Option<String>,
    last_activity: DateTime<Utc>,
    window: Window,
    sample: bool,
    /// The claim window's countdown, and its warning (closing soon or closed), on the day the rows were made.
    claim: Option<(ClaimStatus, Option<ClaimStatus>)>,
}

impl Row {
    fn of(case: &Case, settings: &Settings, today: NaiveDate) -> Row {
        Row {
            id: case.id.clone(),
            subject: case.subject.clone(),
            status: case.status,
            urgent: case.urgent,
            problem: case.problem_type,
            amazon_case_id: case.amazon_case_id.clone(),
            last_activity: case.last_activity(),
            window: window(case, settings),
            sample: case.sample,
            claim: ClaimWindow::of(case, settings).map(|w| (w.status(today), warning(case, settings, today))),
        }
    }
}

/// One group of the log: `count` cases found, `rows` of them shown. Rows are
/// keyed by case and last change, so a keystroke in the search only builds
/// the rows that were not shown before.
#[component]
fn RowGroup(
    /// The heading's id (the same in every language).
    id: &'static str,
    /// The group's name in the interface language, such as `tr!(log.needs_you)`.
    title: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    rows: Memo<Vec<Row>>,
    count: Memo<usize>,
) -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    // Looked up once per group, not once per row.
    let settings = expect_context::<CaseBook>().settings();
    let minute = expect_context::<Clock>().minutes();
    view! {
        <Show when=move || count.get() != 0>
            <section aria-labelledby=id class="log-group">
                <h2 id=id>{trf!(log.group_heading, group = title(), count = count.get())}</h2>
                <ul class="case-list">
                    <For
                        each=move || rows.get()
                        key=|row| (row.id.clone(), row.last_activity, row.status, row.claim)
                        children={
                            let paths = paths.clone();
                            move |row| case_row(row, &paths, settings, minute)
                        }
                    />
                </ul>
            </section>
        </Show>
    }
}

fn case_row(
    row: Row,
    paths: &AppPaths,
    settings: ReadSignal<Settings>,
    minute: ReadSignal<DateTime<Utc>>,
) -> impl IntoView {
    let Row {
        id,
        subject,
        status,
        urgent,
        problem,
        amazon_case_id: amazon_id,
        last_activity: last,
        window,
        sample,
        claim,
    } = row;
    let href = paths.case(&id);
    let countdown = move || Countdown::from_window(window, &settings.get(), minute.get());
    view! {
        <li class="case-row">
            <a href=href class="case-row-subject">{subject}</a>
            <div class="case-row-meta">
                <StatusBadge status=status/>
                {urgent.then(|| view! { <span class="tag tag-urgent">{tr!(components.tag_urgent)}</span> })}
                {sample.then(|| view! { <span class="tag">{tr!(components.tag_sample)}</span> })}
                {move || {
                    let c = countdown();
                    let class = match c {
                        Countdown::Overdue { .. } => "row-countdown row-overdue",
                        Countdown::Left { at_risk: true, .. } => "row-countdown row-at-risk",
                        _ => "row-countdown",
                    };
                    matches!(c, Countdown::Left { .. } | Countdown::Overdue { .. })
                        .then(|| view! { <span class=class>{c.short_label(local_offset, lang())}</span> })
                }}
                {claim.map(|(countdown, warning)| view! {
                    <span class=claim_class("row-claim", warning)>{move || countdown.label(lang())}</span>
                })}
                <span>{move || problem.label(lang())}</span>
                {amazon_id.map(|id| view! { <span>{trf!(log.amazon_case, id = &id)}</span> })}
                <span>{tr!(log.last_activity)} <LocalTime at=last/></span>
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
        crate::domain::text::sort_by(&mut list, |a, b| b.updated_at.cmp(&a.updated_at));
        let paths = paths.clone();
        let count = list.len();
        Some(view! {
            <section class="drafts" aria-labelledby="drafts-title">
                <h2 id="drafts-title">{trf!(log.drafts_heading, count = count)}</h2>
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
    let href = paths.new_case_step(&draft.id, step);
    let id = draft.id.clone();
    let discard = {
        let title = title.clone();
        move |_| {
            if confirm(&td_string!(locale(), log.discard_confirm, title = &title).to_string()) {
                book.discard_draft(&id);
            }
        }
    };
    let (resume_title, discard_title) = (title.clone(), title.clone());
    view! {
        <li class="case-row draft-row">
            <span class="case-row-subject">{title}</span>
            <div class="case-row-meta">
                <span class="tag">{tr!(log.draft_tag)}</span>
                <span>{trf!(log.draft_next, step = step.label(lang()))}</span>
                {draft.updated_at.map(|at| view! { <span>{tr!(log.draft_edited)} <LocalTime at=at/></span> })}
            </div>
            <div class="row-actions">
                <a href=href class="button button-small" aria-label=trf!(log.resume_label, title = &resume_title)>{tr!(log.resume)}</a>
                <button type="button" class="button button-small button-quiet" aria-label=trf!(log.discard_label, title = &discard_title)
                    on:click=discard>{tr!(log.discard)}</button>
            </div>
        </li>
    }
}

/// What a seller calls a draft: its subject, else its problem, else "Untitled draft"
/// (in the interface language: called while the draft list renders, which follows it).
fn draft_title(draft: &ContactUsDraft) -> String {
    let subject = draft.subject.trim();
    if !subject.is_empty() {
        return subject.to_string();
    }
    draft
        .problem()
        .map(|p| p.title.get(lang()).to_string())
        .or_else(|| draft.problem_type.map(|t| t.label(lang()).to_string()))
        .unwrap_or_else(|| td_string!(locale(), log.untitled_draft).to_string())
}
