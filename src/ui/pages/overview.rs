//! `/overview`: the cases the log's filters select, in four charts drawn as
//! inline SVG (cases by status, Amazon's answer time by problem type, answered
//! within the window or late, cases opened per week), each with a summary as
//! its accessible name and the same numbers in a table under "Show as a table".
//!
//! Each chart is built here as plain data and drawn by the chart primitives
//! of [`crate::ui::components`] ([`ChartSection`]). Every bar carries its
//! label and number, so colour is never the only cue.

use leptos::prelude::*;

use crate::domain::deadlines::response_window::hours_minutes;
use crate::domain::insight::log_query::{search_text, status_counts};
use crate::domain::insight::overview::{bars, overview, Overview, Timeliness};
use crate::domain::Lang;
use crate::paths::AppPaths;
use crate::ui::case_book::CaseBook;
use crate::ui::clock::Clock;
use crate::ui::components::{
    address_query, axis_across, cell, local_offset, number, text, tick, Cell, Chart, ChartSection, Drawing, LogFilters,
    NoCaseYet, Shape, Table, AXIS,
};
use crate::ui::i18n::{lang, locale, td_string, tr};
use crate::ui::page_title::set_page_title;

/// Weeks the weekly chart shows; earlier cases are counted in its table.
const WEEKS: usize = 12;
/// Height of one row of a bar chart: its label, then its bar.
const ROW: f64 = 40.0;
/// Height of one row of the box plot: the problem type, the median, then the box.
const BOX_ROW: f64 = 62.0;

/// The overview, or what to do first when there is no case.
#[component]
pub fn OverviewPage() -> impl IntoView {
    set_page_title(|| td_string!(locale(), overview.title));
    let log = expect_context::<CaseBook>().log();
    let empty = Memo::new(move |_| log.with(|l| l.is_empty()));
    view! {
        <div class="page-heading"><h1>{tr!(overview.title)}</h1></div>
        {move || if empty.get() { view! {
            <NoCaseYet id="overview-empty-title" title=|l| td_string!(l, overview.empty_title)
                text=|l| td_string!(l, overview.empty_text) open=|l| td_string!(l, overview.open_case)/>
        }
        .into_any() } else { view! { <Charts/> }.into_any() }}
    }
}

/// The filters, the link back to the log with them, and the four charts.
#[component]
fn Charts() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let (log, settings) = (book.log(), book.settings());
    let minute = expect_context::<Clock>().minutes();
    let paths = expect_context::<AppPaths>();
    let query = address_query();
    let counts = Memo::new(move |_| log.with(|l| status_counts(l.iter())));
    // Search texts only once the seller searches, as the log builds them.
    let index = Memo::new(move |_| log.with(|l| l.iter().map(search_text).collect::<Vec<String>>()));
    let numbers = Memo::new(move |_| {
        let (q, s, now) = (query.get(), settings.get(), minute.get());
        log.with(|l| {
            let of = |texts: &[String]| {
                let texts = texts.iter().map(String::as_str).chain(std::iter::repeat(""));
                overview(l.iter().zip(texts), &q, &s, now, local_offset, WEEKS)
            };
            if q.text.trim().is_empty() {
                of(&[])
            } else {
                index.with(|texts| of(texts))
            }
        })
    });
    let total = Memo::new(move |_| numbers.with(|o| o.total));
    // Drawn again in the interface language and for new numbers (a search word, a new case).
    let chart = move |draw: fn(&Overview, Lang) -> Chart| move || numbers.with(|o| draw(o, lang()));
    view! {
        <p class="lead">{tr!(overview.intro)}</p>
        <LogFilters query counts href=AppPaths::overview/>
        <div class="overview-found">
            <p role="status">{move || match total.get() {
                1 => td_string!(locale(), log.found_single).to_string(),
                n => td_string!(locale(), log.found_several, count = n).to_string(),
            }}</p>
            <a href=move || paths.case_log_for(&query.get())>{tr!(overview.log_link)}</a>
        </div>
        <Show when=move || total.get() != 0 fallback=|| view! { <p class="empty-result">{tr!(log.no_match)}</p> }>
            <ChartSection id="chart-status" title=tr!(overview.status_title) chart=chart(status_chart)/>
            <ChartSection id="chart-answer-time" title=tr!(overview.answer_title) chart=chart(answer_chart)/>
            <ChartSection id="chart-timeliness" title=tr!(overview.timeliness_title) chart=chart(timeliness_chart)/>
            <ChartSection id="chart-weeks" title=tr!(overview.weeks_title) chart=chart(weeks_chart)/>
        </Show>
    }
}

/// "Waiting for Amazon: 2; Answered: 1" for an accessible name.
fn parts(rows: impl Iterator<Item = (String, usize)>) -> String {
    let parts: Vec<String> = rows
        .map(|(label, count)| td_string!(locale(), overview.part, label = label, count = count).to_string())
        .collect();
    parts.join(td_string!(locale(), overview.separator))
}

/// One bar of a bar chart.
struct Bar {
    label: &'static str,
    count: usize,
    /// Gives the colour (`color`, which the bar fills with): a status badge's, or `chart-late`.
    class: String,
    /// Drawn as an outline: cases still waiting.
    hollow: bool,
}

/// Horizontal bars, one row each (the label and the number above the bar),
/// over an axis of counts; its table lists the same under `header`, with the total.
fn bar_chart(name: String, header: &'static str, bars_: Vec<Bar>, total: usize) -> Chart {
    let counts: Vec<f64> = bars_.iter().map(|b| b.count as f64).collect();
    let (axis, lengths) = bars(&counts, 100.0, true);
    let bottom = bars_.len() as f64 * ROW + 2.0;
    let mut shapes = Vec::new();
    for (i, (bar, length)) in bars_.iter().zip(lengths).enumerate() {
        let y = i as f64 * ROW;
        shapes.push(text("", 0.0, y + 15.0, "start", bar.label));
        shapes.push(text("chart-value", 100.0, y + 15.0, "end", bar.count.to_string()));
        if length > 0.0 {
            let class = format!("chart-bar {}{}", bar.class, if bar.hollow { " chart-bar-hollow" } else { "" });
            shapes.push(Shape::Rect { class, x: 0.0, width: length, y: y + 21.0, height: 12.0 });
        }
    }
    shapes.push(Shape::Line { class: "chart-axis", x1: 0.0, x2: 0.0, y1: 18.0, y2: bottom });
    shapes.extend(axis_across(&axis, bottom, |t, _| t.to_string()));
    let rows = bars_.iter().map(|b| vec![cell(b.label), number(b.count)]).collect();
    let table = Table {
        head: vec![cell(header), Cell { text: td_string!(locale(), overview.cases_header).into(), number: true }],
        rows,
        foot: Some(vec![cell(td_string!(locale(), overview.all_cases)), number(total)]),
        wide: false,
    };
    Chart { intro: Vec::new(), drawing: Some(Drawing { name, height: bottom + AXIS, shapes }), table: Some(table) }
}

fn status_chart(o: &Overview, lang: Lang) -> Chart {
    let bars_: Vec<Bar> = o
        .by_status
        .iter()
        .map(|(s, n)| Bar { label: s.label(lang), count: *n, class: format!("status-{}", s.slug()), hollow: false })
        .collect();
    let parts = parts(bars_.iter().map(|b| (b.label.to_string(), b.count)));
    let name = td_string!(locale(), overview.status_summary, count = o.total, parts = parts).to_string();
    bar_chart(name, td_string!(locale(), overview.status_header), bars_, o.total)
}

fn timeliness_chart(o: &Overview, lang: Lang) -> Chart {
    let bars_: Vec<Bar> = o
        .timeliness
        .iter()
        .map(|(t, n)| {
            let (class, hollow) = match t {
                Timeliness::AnsweredInTime => ("status-resolved", false),
                Timeliness::AnsweredLate => ("chart-late", false),
                Timeliness::WaitingInTime => ("status-open", true),
                Timeliness::WaitingOverdue => ("chart-late", true),
                Timeliness::NoAnswer => ("status-closed", false),
            };
            Bar { label: t.label(lang), count: *n, class: class.to_string(), hollow }
        })
        .collect();
    let parts = parts(bars_.iter().map(|b| (b.label.to_string(), b.count)));
    let name = td_string!(locale(), overview.timeliness_summary, count = o.total, parts = parts).to_string();
    let mut chart = bar_chart(name, td_string!(locale(), overview.timeliness_header), bars_, o.total);
    chart.intro.push(td_string!(locale(), overview.timeliness_intro).into());
    chart
}

/// A box plot per problem type Amazon answered: the whisker from the fastest
/// answer to the slowest, the box over the middle half, a thick mark at the median.
fn answer_chart(o: &Overview, lang: Lang) -> Chart {
    if o.answer_times.is_empty() {
        let none = td_string!(locale(), overview.answer_none).to_string();
        return Chart { intro: vec![none], drawing: None, table: None };
    }
    // Times kept on one line each: a range breaks only after its dash.
    let time = |d| hours_minutes(d, lang).replace(' ', "\u{a0}");
    let range = |from, to| format!("{}\u{a0}– {}", time(from), time(to));
    let axis = o.answer_time_axis();
    let mut shapes = Vec::new();
    for (i, a) in o.answer_times.iter().enumerate() {
        let y = i as f64 * BOX_ROW;
        let s = &a.spread;
        let [min, low, median, high, max] = s.positions(&axis, 100.0);
        let middle = y + 44.0;
        shapes.push(text("", 0.0, y + 15.0, "start", a.problem_type.label(lang)));
        let detail = td_string!(locale(), overview.answer_detail, median = time(s.median), count = s.count);
        shapes.push(text("chart-tick", 0.0, y + 31.0, "start", detail.to_string()));
        // The axis's ticks again beside each box, so a box far from the axis reads as easily.
        for t in &axis.ticks {
            let x = axis.length(*t, 100.0);
            shapes.push(Shape::Line { class: "chart-grid", x1: x, x2: x, y1: middle - 12.0, y2: middle + 12.0 });
        }
        let line = |x1, x2, y1, y2| Shape::Line { class: "chart-whisker", x1, x2, y1, y2 };
        shapes.push(line(min, max, middle, middle));
        shapes.push(line(min, min, middle - 6.0, middle + 6.0));
        shapes.push(line(max, max, middle - 6.0, middle + 6.0));
        shapes.push(Shape::Rect {
            class: "chart-box".into(),
            x: low,
            width: high - low,
            y: middle - 8.0,
            height: 16.0,
        });
        shapes.push(Shape::Line {
            class: "chart-median",
            x1: median,
            x2: median,
            y1: middle - 10.0,
            y2: middle + 10.0,
        });
    }
    let bottom = o.answer_times.len() as f64 * BOX_ROW + 2.0;
    // The unit once, at the end: "0 10 20 30 40 50 h" fits a phone in both languages.
    let hours = |t: &str, last| {
        if last {
            td_string!(locale(), overview.hours_tick, hours = t).to_string()
        } else {
            t.to_string()
        }
    };
    shapes.extend(axis_across(&axis, bottom, hours));
    let parts: Vec<String> = o
        .answer_times
        .iter()
        .map(|a| {
            let (s, problem) = (&a.spread, a.problem_type.label(lang));
            let (median, min, max) = (time(s.median), time(s.min), time(s.max));
            td_string!(
                locale(),
                overview.answer_part,
                problem = problem,
                median = median,
                min = min,
                max = max,
                count = s.count
            )
            .to_string()
        })
        .collect();
    let name =
        td_string!(locale(), overview.answer_summary, parts = parts.join(td_string!(locale(), overview.separator)))
            .to_string();
    let header = |text: &'static str| cell(text);
    let table = Table {
        head: vec![
            header(td_string!(locale(), overview.type_header)),
            Cell { text: td_string!(locale(), overview.answers_header).into(), number: true },
            header(td_string!(locale(), overview.median_header)),
            header(td_string!(locale(), overview.middle_header)),
            header(td_string!(locale(), overview.range_header)),
        ],
        rows: o
            .answer_times
            .iter()
            .map(|a| {
                let s = &a.spread;
                let label = a.problem_type.label(lang);
                vec![
                    cell(label),
                    number(s.count),
                    cell(time(s.median)),
                    cell(range(s.lower_quartile, s.upper_quartile)),
                    cell(range(s.min, s.max)),
                ]
            })
            .collect(),
        foot: None,
        wide: true,
    };
    let intro = vec![td_string!(locale(), overview.answer_intro).to_string()];
    Chart { intro, drawing: Some(Drawing { name, height: bottom + AXIS, shapes }), table: Some(table) }
}

/// Columns over the weeks: a count axis up the left, a week under each
/// column (every few weeks on a narrow screen), the number above it.
fn weeks_chart(o: &Overview, lang: Lang) -> Chart {
    const TOP: f64 = 20.0;
    const PLOT: f64 = 140.0;
    /// Across, where the plot starts: the count labels are left of it.
    const LEFT: f64 = 8.0;
    let weeks = &o.weeks;
    let counts: Vec<f64> = weeks.iter().map(|w| w.count as f64).collect();
    let (axis, heights) = bars(&counts, PLOT, true);
    let slot = (100.0 - LEFT) / weeks.len().max(1) as f64;
    // Columns no wider than a tenth of the plot, however few the weeks.
    let column = (slot * 0.7).min(10.0);
    // On a narrow screen, a week's label under every `every`-th column only.
    let every = weeks.len().div_ceil(4).max(1);
    let base = TOP + PLOT;
    let mut shapes = Vec::new();
    for t in &axis.ticks {
        let y = base - axis.length(*t, PLOT);
        shapes.push(Shape::Line { class: "chart-grid", x1: LEFT, x2: 100.0, y1: y, y2: y });
        shapes.push(text("chart-tick", LEFT - 1.0, y + 4.0, "end", tick(*t)));
    }
    for (i, (w, h)) in weeks.iter().zip(heights).enumerate() {
        let centre = LEFT + slot * (i as f64 + 0.5);
        if w.count > 0 {
            shapes.push(Shape::Rect {
                class: "chart-column".into(),
                x: centre - column / 2.0,
                width: column,
                y: base - h,
                height: h,
            });
            shapes.push(text("chart-value", centre, base - h - 4.0, "middle", w.count.to_string()));
        }
        let class = if i % every == 0 { "chart-tick" } else { "chart-tick chart-minor" };
        shapes.push(text(class, centre, base + 18.0, "middle", w.short_label(lang)));
    }
    let label =
        |w: Option<&crate::domain::insight::overview::WeekCount>| w.map(|w| w.short_label(lang)).unwrap_or_default();
    let (first, last) = (label(weeks.first()), label(weeks.last()));
    let parts = parts(weeks.iter().map(|w| (w.short_label(lang), w.count)));
    let name = td_string!(locale(), overview.weeks_summary, first = first, last = last, parts = parts).to_string();
    let mut intro = vec![td_string!(locale(), overview.weeks_intro).to_string()];
    match o.weeks_earlier {
        0 => {}
        1 => intro.push(td_string!(locale(), overview.weeks_earlier_one, weeks = WEEKS).to_string()),
        n => intro.push(td_string!(locale(), overview.weeks_earlier, weeks = WEEKS, count = n).to_string()),
    }
    let earlier =
        (o.weeks_earlier > 0).then(|| vec![cell(td_string!(locale(), overview.earlier_row)), number(o.weeks_earlier)]);
    let table = Table {
        head: vec![
            cell(td_string!(locale(), overview.week_header)),
            Cell { text: td_string!(locale(), overview.cases_header).into(), number: true },
        ],
        rows: earlier.into_iter().chain(weeks.iter().map(|w| vec![cell(w.label(lang)), number(w.count)])).collect(),
        foot: Some(vec![cell(td_string!(locale(), overview.all_cases)), number(o.total)]),
        wide: false,
    };
    Chart { intro, drawing: Some(Drawing { name, height: base + AXIS, shapes }), table: Some(table) }
}
