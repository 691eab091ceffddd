//! Calendar files (`.ics`): "Add to calendar" on a case and "Export due
//! dates" on the log. Each button is disabled, with the reason beside it,
//! when there is no date ahead to put in the file; the file itself is
//! written by `domain::transfer::calendar_file` at the moment of the click.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::domain::deadlines::milestone::upcoming;
use crate::domain::insight::log_query::{search_text, select, LogQuery};
use crate::domain::settings::Settings;
use crate::domain::transfer::calendar_file::{self, CalendarFile};
use crate::domain::{Case, CaseLog};
use crate::ui::case_book::CaseBook;
use crate::ui::clock::Clock;
use crate::ui::components::local_offset;
use crate::ui::i18n::{lang, locale, td_string};
use crate::ui::transfer::{download_as, DownloadError};

/// Whether `case` has a date ahead at `now` (what a calendar file would hold).
fn has_dates(case: &Case, settings: &Settings, now: DateTime<Utc>) -> bool {
    !upcoming(case, settings, local_offset(now), now).is_empty()
}

/// "Add to calendar" for the case shown.
#[component]
pub fn AddToCalendar(
    /// The case shown.
    case: Memo<Option<Case>>,
) -> impl IntoView {
    let settings = expect_context::<CaseBook>().settings();
    let minute = expect_context::<Clock>().minutes();
    let reason = Signal::derive(move || {
        case.with(|c| match c {
            Some(c) if c.sample => Some(td_string!(locale(), calendar.add_sample)),
            Some(c) if settings.with(|s| has_dates(c, s, minute.get())) => None,
            _ => Some(td_string!(locale(), calendar.add_none)),
        })
    });
    let file = move || {
        let now = Utc::now();
        case.with_untracked(|c| {
            c.as_ref().and_then(|c| {
                settings.with_untracked(|s| calendar_file::case_calendar(c, s, local_offset(now), now, lang()))
            })
        })
    };
    view! {
        <CalendarButton id="add-to-calendar" label=|| td_string!(locale(), calendar.add)
            hint=|| td_string!(locale(), calendar.add_hint) reason=reason
            none=|| td_string!(locale(), calendar.add_none) file=file/>
    }
}

/// "Export due dates" for the cases the log shows (`query`: its filters and words).
#[component]
pub fn ExportDueDates(
    /// The log's filters and search words, as in the address.
    query: Memo<LogQuery>,
) -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let (log, settings) = (book.log(), book.settings());
    let minute = expect_context::<Clock>().minutes();
    let reason = Memo::new(move |_| {
        let now = minute.get();
        let none =
            log.with(|l| settings.with(|s| query.with(|q| shown_with_dates(l, q, s, now, |shown| shown.is_empty()))));
        none.then(|| td_string!(locale(), calendar.export_none))
    });
    let file = move || {
        let now = Utc::now();
        log.with_untracked(|l| {
            settings.with_untracked(|s| {
                query.with_untracked(|q| {
                    shown_with_dates(l, q, s, now, |shown| {
                        calendar_file::due_dates_calendar(shown.iter().copied(), s, local_offset(now), now, lang())
                    })
                })
            })
        })
    };
    view! {
        <CalendarButton id="export-due-dates" label=|| td_string!(locale(), calendar.export)
            hint=|| td_string!(locale(), calendar.export_hint) reason=reason
            none=|| td_string!(locale(), calendar.export_none) file=file/>
    }
}

/// Runs `f` on the cases the log shows (as `log_query::select` picks them)
/// that have a date ahead. Search texts are made only for those: few cases
/// wait for a date, so this stays cheap with thousands in the log.
fn shown_with_dates<R>(
    log: &CaseLog,
    query: &LogQuery,
    settings: &Settings,
    now: DateTime<Utc>,
    f: impl FnOnce(&[&Case]) -> R,
) -> R {
    let searching = !query.text.trim().is_empty();
    let ahead: Vec<(&Case, String)> = log
        .iter()
        .filter(|c| has_dates(c, settings, now))
        .map(|c| (c, if searching { search_text(c) } else { String::new() }))
        .collect();
    let shown: Vec<&Case> = select(ahead.iter().map(|(c, text)| (*c, text.as_str())), query).collect();
    f(&shown)
}

/// A button that downloads a calendar file, with a hint (or, when disabled,
/// the reason) under it and what became of the download.
#[component]
fn CalendarButton(
    /// The hint's id.
    id: &'static str,
    /// The button's name in the interface language.
    label: fn() -> &'static str,
    /// What the file holds, in the interface language.
    hint: fn() -> &'static str,
    /// Why there is nothing to download, if so.
    #[prop(into)]
    reason: Signal<Option<&'static str>>,
    /// Said when the file turns out empty at the click (a date just passed).
    none: fn() -> &'static str,
    /// The file, written when clicked; `None` when nothing is ahead any more.
    file: impl Fn() -> Option<CalendarFile> + 'static,
) -> impl IntoView {
    // The downloaded file's name, or why it was not downloaded (`None`: nothing was ahead).
    let status = RwSignal::new(None::<Result<String, Option<DownloadError>>>);
    let hint_id = format!("{id}-hint");
    view! {
        <div class="calendar-download no-print">
            <button type="button" class="button" aria-describedby=hint_id.clone()
                disabled=move || reason.get().is_some()
                on:click=move |_| {
                    status.set(Some(match file() {
                        Some(f) => download_as(&f.name, &f.text, calendar_file::MIME_TYPE).map(|()| f.name).map_err(Some),
                        None => Err(None),
                    }));
                }>
                {move || label()}
            </button>
            <p class="field-hint" id=hint_id>{move || reason.get().unwrap_or_else(hint)}</p>
            <p class="form-status" role="status">{move || status.get().and_then(Result::ok).map(|name| {
                td_string!(locale(), calendar.saved, name = name).to_string()
            })}</p>
            <p class="field-error" role="alert">{move || status.get().and_then(Result::err).map(|e| e.map_or_else(none, DownloadError::message))}</p>
        </div>
    }
}
