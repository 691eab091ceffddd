//! Chart primitives: a chart as plain data ([`Chart`]: [`Shape`]s and a
//! [`Table`]) and the one section that shows any chart ([`ChartSection`]).
//!
//! The drawings are `width="100%"` with no `viewBox`: lengths across are
//! percentages of the width (the domain's geometry, drawn 100 long), lengths
//! down are pixels, so text keeps its size from a phone to a desktop and
//! nothing is scaled.
//!
//! Kept small for the first load: each chart is plain data drawn by one view
//! for every chart (each distinct `view!` adds its own code to the wasm), and
//! numbers are printed from integers (no float formatting code).

use leptos::prelude::*;

use crate::domain::insight::overview::Axis;
use crate::ui::i18n::{locale, td_string, tr};

/// Height of the axis under a chart: its line and tick labels.
pub const AXIS: f64 = 24.0;

/// One chart as plain data (comparable, so a chart whose numbers did not change is not drawn again).
#[derive(Clone, PartialEq)]
pub struct Chart {
    /// Under the heading: how to read the chart.
    pub intro: Vec<String>,
    /// `None` when there is nothing to draw (then `intro` says so).
    pub drawing: Option<Drawing>,
    /// The same numbers as the drawing.
    pub table: Option<Table>,
}

/// What a chart draws, and how it is named to assistive technology.
#[derive(Clone, PartialEq)]
pub struct Drawing {
    /// The accessible name: the whole chart in a sentence or two.
    pub name: String,
    /// In pixels.
    pub height: f64,
    /// Drawn in order, later ones over earlier ones.
    pub shapes: Vec<Shape>,
}

/// A chart's section: heading, intro, drawing, and its table under "Show as a table" (kept open when redrawn).
#[component]
pub fn ChartSection(
    /// The heading's id (the same in every language).
    id: &'static str,
    /// The chart's name in the interface language, such as `tr!(overview.status_title)`.
    title: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    /// The chart for the numbers shown (tracked).
    chart: impl Fn() -> Chart + Send + Sync + 'static,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let chart = Memo::new(move |_| chart());
    view! {
        <section class="panel chart" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {move || chart.with(|c| c.intro.iter().map(|p| view! { <p class="chart-intro">{p.clone()}</p> }).collect_view())}
            {move || chart.with(|c| c.drawing.as_ref().map(|d| view! {
                <svg class="chart-drawing" width="100%" height=px(d.height) role="img" aria-label=d.name.clone()>
                    {d.shapes.iter().map(shape).collect_view()}
                </svg>
            }))}
            <Show when=move || chart.with(|c| c.table.is_some())>
                <details class="chart-table" prop:open=move || open.get()
                    on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                    <summary>
                        {tr!(overview.show_table)}
                        <span class="visually-hidden">{move || td_string!(locale(), overview.table_of, chart = title()).to_string()}</span>
                    </summary>
                    {move || chart.with(|c| c.table.clone().map(|t| table_view(t, title)))}
                </details>
            </Show>
        </section>
    }
}

/// What a chart draws: across in percent of the width, down in pixels.
#[derive(Clone, PartialEq)]
pub enum Shape {
    /// A line from `(x1, y1)` to `(x2, y2)`.
    Line { class: &'static str, x1: f64, x2: f64, y1: f64, y2: f64 },
    /// A rectangle from `(x, y)`, `width` across and `height` down.
    Rect { class: String, x: f64, width: f64, y: f64, height: f64 },
    /// Text placed as [`text`] says.
    Text { class: &'static str, x: f64, y: f64, anchor: &'static str, text: String },
}

/// One shape as SVG: the only SVG view of every chart.
fn shape(s: &Shape) -> AnyView {
    match s {
        Shape::Line { class, x1, x2, y1, y2 } => {
            view! { <line class=*class x1=pct(*x1) x2=pct(*x2) y1=px(*y1) y2=px(*y2)/> }.into_any()
        }
        Shape::Rect { class, x, width, y, height } => {
            view! { <rect class=class.clone() x=pct(*x) width=pct(*width) y=px(*y) height=px(*height)/> }.into_any()
        }
        Shape::Text { class, x, y, anchor, text } => {
            view! { <text class=*class x=pct(*x) y=px(*y) text-anchor=*anchor>{text.clone()}</text> }.into_any()
        }
    }
}

/// Text at `(x, y)`, starting there (`anchor` "start"), centred ("middle") or ending there ("end").
pub fn text(class: &'static str, x: f64, y: f64, anchor: &'static str, text: impl Into<String>) -> Shape {
    Shape::Text { class, x, y, anchor, text: text.into() }
}

/// A length across: a percentage to the hundredth, printed from an integer.
fn pct(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// A length down, in whole pixels.
fn px(value: f64) -> String {
    (value.round() as i64).to_string()
}

/// A tick's value as written (1, 2 or 5 times a power of ten), printed from an integer: up to three decimals.
pub fn tick(value: f64) -> String {
    let thousandths = (value * 1000.0).round() as i64;
    let (whole, fraction) = (thousandths / 1000, thousandths % 1000);
    if fraction == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{}", format!("{fraction:03}").trim_end_matches('0'))
    }
}

/// An axis across at `y`: its line, each tick's mark and label (`label` gets the value and whether it is the last).
pub fn axis_across(axis: &Axis, y: f64, label: impl Fn(&str, bool) -> String) -> Vec<Shape> {
    let last = axis.ticks.len().saturating_sub(1);
    let mut shapes = vec![Shape::Line { class: "chart-axis", x1: 0.0, x2: 100.0, y1: y, y2: y }];
    for (i, t) in axis.ticks.iter().enumerate() {
        let x = axis.length(*t, 100.0);
        let anchor = match i {
            0 => "start",
            i if i == last => "end",
            _ => "middle",
        };
        shapes.push(Shape::Line { class: "chart-axis", x1: x, x2: x, y1: y, y2: y + 5.0 });
        shapes.push(text("chart-tick", x, y + 18.0, anchor, label(&tick(*t), i == last)));
    }
    shapes
}

/// A table's cell: its text, and whether it is a number (aligned right).
#[derive(Clone, PartialEq)]
pub struct Cell {
    /// As shown.
    pub text: String,
    /// Aligned right.
    pub number: bool,
}

/// A cell of text.
pub fn cell(text: impl Into<String>) -> Cell {
    Cell { text: text.into(), number: false }
}

/// A cell with a count, aligned right.
pub fn number(n: usize) -> Cell {
    Cell { text: n.to_string(), number: true }
}

/// A table: column headers, rows (each named by its first cell), and a total.
#[derive(Clone, PartialEq)]
pub struct Table {
    /// The column headers.
    pub head: Vec<Cell>,
    /// The rows, each named by its first cell.
    pub rows: Vec<Vec<Cell>>,
    /// The total, if any.
    pub foot: Option<Vec<Cell>>,
    /// Too wide for a phone: scrolls sideways in its own box, which the keyboard can reach.
    pub wide: bool,
}

/// One table as HTML: the only table view of every chart.
fn table_view(table: Table, title: impl Fn() -> &'static str + Send + Sync + 'static) -> impl IntoView {
    let class = |c: &Cell| if c.number { "number" } else { "" };
    let row = move |cells: Vec<Cell>| {
        let mut cells = cells.into_iter();
        let name = cells.next().map(|c| c.text).unwrap_or_default();
        view! {
            <tr>
                <th scope="row">{name}</th>
                {cells.map(|c| view! { <td class=class(&c)>{c.text.clone()}</td> }).collect_view()}
            </tr>
        }
    };
    let wide = table.wide;
    view! {
        <div class=if wide { "table-scroll table-wide" } else { "table-scroll" } role=wide.then_some("region") tabindex=wide.then_some("0")
            aria-label=move || wide.then(|| td_string!(locale(), overview.table_label, chart = title()).to_string())>
            <table>
                <thead><tr>{table.head.iter().map(|c| view! { <th scope="col" class=class(c)>{c.text.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>{table.rows.into_iter().map(row).collect_view()}</tbody>
                {table.foot.map(|cells| view! { <tfoot>{row(cells)}</tfoot> })}
            </table>
        </div>
    }
}
