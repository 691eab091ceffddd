//! The numbers behind the Overview page, and the geometry of its charts.
//!
//! The overview counts exactly the cases the log shows for the same query
//! ([`select`]: status, problem type and search words; the sort
//! does not matter), sample cases included as the log includes them. For
//! them it gives:
//! - cases by status, every status in [`CaseStatus::ALL`]'s order (zeros kept,
//!   so the chart keeps its rows);
//! - Amazon's answer time by problem type: from the case being sent to
//!   Amazon's first reply ([`first_response`]), as a [`Spread`];
//! - whether Amazon's first reply came within the response window, late, or
//!   not yet ([`Timeliness`]): every case in exactly one group;
//! - cases opened per week ([`WeekCount`]).
//!
//! Each list adds up to [`Overview::total`] (the weeks with
//! [`Overview::weeks_earlier`]). The charts are drawn from [`Axis`]: the UI
//! only places what it computes.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Utc};

use crate::domain::deadlines::response_window::{first_response, window_before, Countdown, Window};
use crate::domain::insight::log_query::{select, LogQuery};
use crate::domain::settings::Settings;
use crate::domain::{Case, EventKind};
use crate::domain::{CaseStatus, Lang, ProblemType, Text};

/// Where a value falls among several: the five numbers of a box plot.
///
/// Quartiles and the median are read the way spreadsheets' `QUARTILE.INC`
/// (and `PERCENTILE.INC`, R's and NumPy's default) read them: with the
/// values sorted, the quantile `p` sits at position `p × (n − 1)` (counting
/// from 0), between the two values around it in proportion. So the median
/// of an even count is the mean of the middle two, and for 1, 2, 3, 4 the
/// quartiles are 1.75 and 3.25. Results are rounded to the millisecond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    /// How many values.
    pub count: usize,
    /// The smallest.
    pub min: Duration,
    /// A quarter of the values are at or below it.
    pub lower_quartile: Duration,
    /// The middle.
    pub median: Duration,
    /// Three quarters of the values are at or below it.
    pub upper_quartile: Duration,
    /// The largest.
    pub max: Duration,
}

impl Spread {
    /// The spread of `values` (in any order), or `None` for none.
    pub fn of(values: &[Duration]) -> Option<Spread> {
        let mut millis: Vec<i64> = values.iter().map(Duration::num_milliseconds).collect();
        crate::domain::text::sort_by(&mut millis, i64::cmp);
        let quartile = |k: usize| Duration::milliseconds(quartile(&millis, k));
        Some(Spread {
            count: millis.len(),
            min: Duration::milliseconds(*millis.first()?),
            lower_quartile: quartile(1),
            median: quartile(2),
            upper_quartile: quartile(3),
            max: Duration::milliseconds(*millis.last()?),
        })
    }

    /// The five numbers in order: min, lower quartile, median, upper quartile, max.
    pub fn five(&self) -> [Duration; 5] {
        [self.min, self.lower_quartile, self.median, self.upper_quartile, self.max]
    }

    /// Where the five numbers fall along an axis in hours drawn `width` long
    /// (whisker from the first to the last, box from the second to the
    /// fourth, a line at the middle one).
    pub fn positions(&self, axis: &Axis, width: f64) -> [f64; 5] {
        self.five().map(|d| axis.length(hours(d), width))
    }
}

/// The `k`-th quartile (0 to 4) of sorted, non-empty values, as [`Spread`] explains.
fn quartile(sorted: &[i64], k: usize) -> i64 {
    let Some(last) = sorted.len().checked_sub(1) else { return 0 };
    // The position is k × last / 4: a whole index and a remainder in quarters.
    let (index, quarters) = ((k * last) / 4, (k * last) % 4);
    match sorted.get(index + 1) {
        Some(&next) if quarters > 0 => {
            let here = sorted[index];
            // Sorted, so `next - here` is not negative: adding 2 rounds half up.
            here + ((next - here) * quarters as i64 + 2) / 4
        }
        _ => sorted[index],
    }
}

/// A duration in hours, for an axis.
pub fn hours(d: Duration) -> f64 {
    d.num_milliseconds() as f64 / 3_600_000.0
}

/// How Amazon's first answer to a case went, judged against the response
/// window running when it came (or running now, while there is none yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Timeliness {
    /// Amazon first answered before the window's due time.
    AnsweredInTime,
    /// Amazon first answered at or after the due time.
    AnsweredLate,
    /// No answer yet, and the window is still running.
    WaitingInTime,
    /// No answer yet, and the window has passed: the log shows it as late.
    WaitingOverdue,
    /// Resolved or closed without an answer from Amazon on the timeline.
    NoAnswer,
}

impl Timeliness {
    /// Every group, in the order the chart lists them.
    pub const ALL: [Timeliness; 5] = [
        Timeliness::AnsweredInTime,
        Timeliness::AnsweredLate,
        Timeliness::WaitingInTime,
        Timeliness::WaitingOverdue,
        Timeliness::NoAnswer,
    ];

    /// The group of a case at `now`.
    pub fn of(case: &Case, settings: &Settings, now: DateTime<Utc>) -> Timeliness {
        let first_reply = case.events.iter().position(|e| matches!(e.kind, EventKind::AmazonReplied { .. }));
        match first_reply {
            Some(i) => match window_before(case, settings, i) {
                // As the countdown does, a reply at the due time is late.
                Window::Running { due, .. } if case.events[i].at >= due => Timeliness::AnsweredLate,
                _ => Timeliness::AnsweredInTime,
            },
            None => match Countdown::of(case, settings, now) {
                Countdown::Left { .. } => Timeliness::WaitingInTime,
                Countdown::Overdue { .. } => Timeliness::WaitingOverdue,
                Countdown::Paused | Countdown::Finished => Timeliness::NoAnswer,
            },
        }
    }

    /// The name a seller reads.
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            Timeliness::AnsweredInTime => Text::new("Answered within the window", "在回复时限内回复"),
            Timeliness::AnsweredLate => Text::new("Answered late", "逾期回复"),
            Timeliness::WaitingInTime => Text::new("Waiting, within the window", "等待回复，尚在时限内"),
            Timeliness::WaitingOverdue => Text::new("Waiting, overdue", "等待回复，已逾期"),
            Timeliness::NoAnswer => Text::new("Finished without an answer logged", "已结束，未记录亚马逊的回复"),
        };
        text.get(lang)
    }

    /// A stable name for styling hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Timeliness::AnsweredInTime => "answered_in_time",
            Timeliness::AnsweredLate => "answered_late",
            Timeliness::WaitingInTime => "waiting_in_time",
            Timeliness::WaitingOverdue => "waiting_overdue",
            Timeliness::NoAnswer => "no_answer",
        }
    }
}

/// Amazon's answer times for one problem type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerTimes {
    /// The problem type.
    pub problem_type: ProblemType,
    /// From the case being sent to Amazon's first reply.
    pub spread: Spread,
}

/// How many cases were opened in one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekCount {
    /// The week's Monday, in the seller's time zone.
    pub monday: NaiveDate,
    /// Cases opened from that Monday to Sunday.
    pub count: usize,
}

impl WeekCount {
    /// The ISO week number (1 to 53).
    pub fn iso_week(&self) -> u32 {
        self.monday.iso_week().week()
    }

    /// Under a bar: "23 Nov" / "11月23日".
    pub fn short_label(&self, lang: Lang) -> String {
        crate::domain::time::day_month(&self.monday, lang)
    }

    /// In the table: "Week 48 (from 23 Nov 2026)" / "第 48 周（2026年11月23日起）".
    pub fn label(&self, lang: Lang) -> String {
        let (week, year) = (self.iso_week(), self.monday.year());
        match lang {
            Lang::En => format!("Week {week} (from {} {year})", self.short_label(lang)),
            Lang::Zh => format!("第 {week} 周（{year}年{}起）", self.short_label(lang)),
        }
    }
}

/// The numbers of the Overview page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    /// How many cases the query selects: as many as the log lists.
    pub total: usize,
    /// Cases by status, every status in [`CaseStatus::ALL`]'s order (zeros kept).
    pub by_status: Vec<(CaseStatus, usize)>,
    /// Answer times of the problem types Amazon answered at least once, in
    /// [`ProblemType::ALL`]'s order. Their counts add up to the answered groups of `timeliness`.
    pub answer_times: Vec<AnswerTimes>,
    /// Cases by how Amazon's first answer went, every group in [`Timeliness::ALL`]'s order.
    pub timeliness: Vec<(Timeliness, usize)>,
    /// Cases opened per week, oldest first, with no gap: from the week of the
    /// first case (or `max_weeks` weeks back) to this week (or the week of
    /// the latest case, if later). Empty when no case is selected.
    pub weeks: Vec<WeekCount>,
    /// Cases opened before the first week shown.
    pub weeks_earlier: usize,
}

impl Overview {
    /// An axis in hours for the answer-time chart (its longest whisker).
    pub fn answer_time_axis(&self) -> Axis {
        Axis::nice(self.answer_times.iter().map(|a| hours(a.spread.max)).fold(0.0, f64::max), false)
    }
}

/// The Monday of the week `at` falls in, in the seller's time zone.
fn week_of(at: DateTime<Utc>, offset_at: &impl Fn(DateTime<Utc>) -> FixedOffset) -> NaiveDate {
    let day = at.with_timezone(&offset_at(at)).date_naive();
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The overview of the cases `query` selects (each case with its search
/// text, as [`crate::domain::insight::log_query::arrange`] takes them; "" will do when the
/// query has no words) at `now`. `offset_at` gives the seller's UTC offset at
/// a moment (weeks start on Monday at midnight local time); `max_weeks` caps
/// the weeks listed (0 lists none).
pub fn overview<'a>(
    cases: impl Iterator<Item = (&'a Case, &'a str)>,
    query: &LogQuery,
    settings: &Settings,
    now: DateTime<Utc>,
    offset_at: impl Fn(DateTime<Utc>) -> FixedOffset,
    max_weeks: usize,
) -> Overview {
    let mut by_status: Vec<(CaseStatus, usize)> = CaseStatus::ALL.iter().map(|s| (*s, 0)).collect();
    let mut timeliness: Vec<(Timeliness, usize)> = Timeliness::ALL.iter().map(|t| (*t, 0)).collect();
    let mut answers: Vec<(ProblemType, Vec<Duration>)> = ProblemType::ALL.iter().map(|t| (*t, Vec::new())).collect();
    let mut mondays = Vec::new();
    for case in select(cases, query) {
        add_one(&mut by_status, case.status);
        add_one(&mut timeliness, Timeliness::of(case, settings, now));
        if let Some(time) = first_response(case) {
            // A reply logged before the sending (a clock put right since) counts as immediate.
            let time = time.max(Duration::zero());
            answers.iter_mut().filter(|(t, _)| *t == case.problem_type).for_each(|(_, times)| times.push(time));
        }
        mondays.push(week_of(case.created_at, &offset_at));
    }
    let answer_times = answers
        .into_iter()
        .filter_map(|(problem_type, times)| Spread::of(&times).map(|spread| AnswerTimes { problem_type, spread }))
        .collect();
    let (weeks, weeks_earlier) = weekly(&mondays, week_of(now, &offset_at), max_weeks);
    Overview { total: mondays.len(), by_status, answer_times, timeliness, weeks, weeks_earlier }
}

/// Adds one to `key`'s count.
fn add_one<K: PartialEq>(counts: &mut [(K, usize)], key: K) {
    counts.iter_mut().filter(|(k, _)| *k == key).for_each(|(_, n)| *n += 1);
}

/// The weeks to list for cases opened in the weeks of `mondays`, and how many
/// cases were opened before the first of them.
fn weekly(mondays: &[NaiveDate], this_week: NaiveDate, max_weeks: usize) -> (Vec<WeekCount>, usize) {
    let (Some(&first), Some(&last)) = (mondays.iter().min(), mondays.iter().max()) else { return (Vec::new(), 0) };
    let Some(back) = max_weeks.checked_sub(1) else { return (Vec::new(), mondays.len()) };
    let end = last.max(this_week);
    let start = first.max(end - Duration::weeks(back as i64));
    let len = (end - start).num_weeks() as usize + 1;
    let mut weeks: Vec<WeekCount> =
        (0..len).map(|i| WeekCount { monday: start + Duration::weeks(i as i64), count: 0 }).collect();
    let mut earlier = 0;
    for monday in mondays {
        match usize::try_from((*monday - start).num_weeks()) {
            Ok(i) if *monday >= start => weeks[i].count += 1,
            _ => earlier += 1,
        }
    }
    (weeks, earlier)
}

/// A chart's value axis from 0 to `max`, with a tick at each step: "nice"
/// steps of 1, 2 or 5 times a power of ten, at most five of them, the
/// smallest that reaches the largest value. Ticks print cleanly with `{}`
/// (0.6, not 0.6000000000000001).
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// The axis's end: the largest value or just above it.
    pub max: f64,
    /// The values of the ticks, from 0 to `max`.
    pub ticks: Vec<f64>,
}

/// Most steps an axis is cut into.
const MAX_STEPS: u32 = 5;

impl Axis {
    /// An axis for values up to `largest`; `whole` keeps the steps whole
    /// numbers (for counts). Nothing to show (0, negative, not a number)
    /// gives the axis 0 to 1.
    pub fn nice(largest: f64, whole: bool) -> Axis {
        if !(largest > 0.0 && largest.is_finite()) {
            return Axis { max: 1.0, ticks: vec![0.0, 1.0] };
        }
        let mut exponent = (largest / f64::from(MAX_STEPS)).log10().floor() as i32 - 1;
        if whole {
            exponent = exponent.max(0);
        }
        loop {
            for mantissa in [1u32, 2, 5] {
                let step = scaled(mantissa, exponent);
                // A hair under: 0.3 / 0.1 is 2.9999999999999996 or 3.0000000000000004.
                let steps = (largest / step - 1e-9).ceil().max(1.0) as u32;
                if steps <= MAX_STEPS {
                    let ticks = (0..=steps).map(|i| scaled(i * mantissa, exponent)).collect();
                    return Axis { max: scaled(steps * mantissa, exponent), ticks };
                }
            }
            exponent += 1;
        }
    }

    /// How far along an axis drawn `width` long a value falls (0 to `width`).
    pub fn length(&self, value: f64, width: f64) -> f64 {
        if value.is_nan() {
            return 0.0;
        }
        // Not `clamp`: its check of its bounds would bring float formatting
        // (about 9 KB gzip) into the wasm for its panic message.
        (value / self.max * width).max(0.0).min(width)
    }
}

/// `n × 10^exponent`, the nearest `f64` to the exact value (dividing by a
/// power of ten rather than multiplying by its inverse).
fn scaled(n: u32, exponent: i32) -> f64 {
    let power = 10f64.powi(exponent.abs());
    if exponent < 0 {
        f64::from(n) / power
    } else {
        f64::from(n) * power
    }
}

/// Bars for `values` on one axis drawn `width` long: the axis and each bar's
/// length. `whole` as in [`Axis::nice`].
pub fn bars(values: &[f64], width: f64, whole: bool) -> (Axis, Vec<f64>) {
    let axis = Axis::nice(values.iter().copied().fold(0.0, f64::max), whole);
    let lengths = values.iter().map(|v| axis.length(*v, width)).collect();
    (axis, lengths)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::{at, sample};
    use crate::domain::case::case_file::Action;
    use crate::domain::case::lifecycle::Solution;
    use crate::domain::insight::log_query::{arrange, search_text};
    use crate::domain::text::english_words;
    use crate::domain::EventId;
    use chrono::TimeZone;

    fn h(hours: f64) -> Duration {
        Duration::milliseconds((hours * 3_600_000.0).round() as i64)
    }

    fn five(values: &[f64]) -> [f64; 5] {
        Spread::of(&values.iter().map(|v| h(*v)).collect::<Vec<_>>()).expect("values").five().map(hours)
    }

    // Checked by hand, and against a spreadsheet's QUARTILE.INC.
    #[test]
    fn quartiles_of_small_samples() {
        assert_eq!(Spread::of(&[]), None);
        assert_eq!(five(&[5.0]), [5.0; 5]);
        assert_eq!(five(&[1.0, 3.0]), [1.0, 1.5, 2.0, 2.5, 3.0]);
        assert_eq!(five(&[1.0, 2.0, 3.0]), [1.0, 1.5, 2.0, 2.5, 3.0]);
        assert_eq!(five(&[1.0, 2.0, 3.0, 4.0]), [1.0, 1.75, 2.5, 3.25, 4.0]);
        assert_eq!(five(&[1.0, 2.0, 3.0, 4.0, 5.0]), [1.0, 2.0, 3.0, 4.0, 5.0]);
        assert_eq!(five(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), [1.0, 2.25, 3.5, 4.75, 6.0]);
        // Even counts: the median is the mean of the middle two; order does not matter.
        assert_eq!(five(&[10.0, 2.0, 30.0, 4.0]), [2.0, 3.5, 7.0, 15.0, 30.0]);
        assert_eq!(five(&[2.0, 2.0, 2.0, 8.0]), [2.0, 2.0, 2.0, 3.5, 8.0]);
        assert_eq!(Spread::of(&[h(1.0), h(2.0)]).unwrap().count, 2);
        // Rounded half up to the millisecond: a quarter of 1 ms.
        let ms = Spread::of(&[Duration::milliseconds(0), Duration::milliseconds(1)]).unwrap();
        assert_eq!(ms.five().map(|d| d.num_milliseconds()), [0, 0, 1, 1, 1]);
    }

    proptest::proptest! {
        #[test]
        fn quartiles_are_ordered_and_within_the_values(values in proptest::collection::vec(0i64..10_000_000, 1..40)) {
            let durations: Vec<Duration> = values.iter().map(|v| Duration::milliseconds(*v)).collect();
            let s = Spread::of(&durations).unwrap();
            let f = s.five();
            proptest::prop_assert!(f.windows(2).all(|w| w[0] <= w[1]), "{:?}", f);
            proptest::prop_assert_eq!(s.min, *durations.iter().min().unwrap());
            proptest::prop_assert_eq!(s.max, *durations.iter().max().unwrap());
            proptest::prop_assert_eq!(s.count, values.len());
            let at_or_below = |d: Duration| durations.iter().filter(|v| **v <= d).count();
            // At least half the values are at or below the median, and at least half at or above.
            proptest::prop_assert!(2 * at_or_below(s.median) >= values.len());
            proptest::prop_assert!(2 * durations.iter().filter(|v| **v >= s.median).count() >= values.len());
        }
    }

    #[test]
    fn nice_axes_for_counts_and_hours() {
        let axis = |largest, whole| Axis::nice(largest, whole);
        assert_eq!(axis(3.0, true), Axis { max: 3.0, ticks: vec![0.0, 1.0, 2.0, 3.0] });
        assert_eq!(axis(1.0, true), Axis { max: 1.0, ticks: vec![0.0, 1.0] });
        assert_eq!(axis(5.0, true).ticks, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        assert_eq!(axis(7.0, true), Axis { max: 8.0, ticks: vec![0.0, 2.0, 4.0, 6.0, 8.0] });
        assert_eq!(axis(10.0, true).max, 10.0);
        assert_eq!(axis(11.0, true), Axis { max: 15.0, ticks: vec![0.0, 5.0, 10.0, 15.0] });
        assert_eq!(axis(42.0, true), Axis { max: 50.0, ticks: vec![0.0, 10.0, 20.0, 30.0, 40.0, 50.0] });
        assert_eq!(axis(1234.0, true).ticks, [0.0, 500.0, 1000.0, 1500.0]);
        assert_eq!(axis(26.5, false), Axis { max: 30.0, ticks: vec![0.0, 10.0, 20.0, 30.0] });
        assert_eq!(axis(0.3, false), Axis { max: 0.3, ticks: vec![0.0, 0.1, 0.2, 0.3] });
        assert_eq!(axis(0.5, true), Axis { max: 1.0, ticks: vec![0.0, 1.0] }, "counts never step by halves");
        assert_eq!(axis(0.5, false).max, 0.5);
        let small = axis(0.55, false);
        assert_eq!(small.ticks.iter().map(|t| t.to_string()).collect::<Vec<_>>(), ["0", "0.2", "0.4", "0.6"]);
        for nothing in [0.0, -3.0, f64::NAN, f64::INFINITY] {
            assert_eq!(axis(nothing, true), Axis { max: 1.0, ticks: vec![0.0, 1.0] });
        }
    }

    proptest::proptest! {
        #[test]
        fn a_nice_axis_holds_the_largest_value_in_at_most_five_nice_steps(largest in 0.001f64..1e7, whole: bool) {
            let axis = Axis::nice(largest, whole);
            let steps = axis.ticks.len() - 1;
            proptest::prop_assert!((1..=5).contains(&steps), "{:?}", axis);
            proptest::prop_assert!(axis.max >= largest * (1.0 - 1e-9), "{:?} for {}", axis, largest);
            proptest::prop_assert_eq!(axis.ticks[0], 0.0);
            proptest::prop_assert_eq!(*axis.ticks.last().unwrap(), axis.max);
            let step = axis.ticks[1];
            let power = 10f64.powf(step.log10().floor());
            let mantissa = (step / power * 1000.0).round() / 1000.0;
            proptest::prop_assert!([1.0, 2.0, 5.0].contains(&mantissa), "step {}", step);
            if whole {
                proptest::prop_assert!(axis.ticks.iter().all(|t| t.fract() == 0.0), "{:?}", axis);
            }
            // The step before it would not have held the value in five steps, or the step is the smallest allowed.
            let below = axis.max - step;
            proptest::prop_assert!(below < largest * (1.0 + 1e-9), "{:?} for {}", axis, largest);
            // Ticks print as written, not as binary fractions.
            proptest::prop_assert!(axis.ticks.iter().all(|t| t.to_string().len() <= 12), "{:?}", axis);
        }
    }

    #[test]
    fn bars_and_box_plots_fit_the_width() {
        let (axis, lengths) = bars(&[3.0, 0.0, 7.0], 200.0, true);
        assert_eq!(axis.max, 8.0);
        assert_eq!(lengths, [75.0, 0.0, 175.0]);
        let (axis, lengths) = bars(&[], 200.0, true);
        assert_eq!((axis.max, lengths), (1.0, vec![]));
        let (_, lengths) = bars(&[0.0, 0.0], 200.0, true);
        assert_eq!(lengths, [0.0, 0.0], "all zeros: empty bars on a 0–1 axis");
        assert_eq!(axis.length(-1.0, 100.0), 0.0);
        assert_eq!(axis.length(5.0, 100.0), 100.0, "clamped to the width");
        assert_eq!(axis.length(f64::NAN, 100.0), 0.0);
        let spread = Spread::of(&[h(2.0), h(4.0), h(6.0), h(8.0), h(10.0)]).unwrap();
        assert_eq!(spread.positions(&Axis::nice(10.0, false), 100.0), [20.0, 40.0, 60.0, 80.0, 100.0]);
    }

    fn utc(_: DateTime<Utc>) -> FixedOffset {
        FixedOffset::east_opt(0).expect("an offset")
    }

    /// A case opened at `t` (a complete sample case, moved in time).
    fn opened(id: &str, t: DateTime<Utc>) -> Case {
        let mut case = sample(id, 0);
        case.events[0].at = t;
        case.created_at = t;
        case.updated_at = t;
        case
    }

    fn reply(case: &mut Case, n: u32, t: DateTime<Utc>) {
        let action = Action::AmazonReply { text: "We are on it".into(), asks_for_information: false, files: vec![] };
        case.apply(action, EventId(format!("r{n}")), t).expect("a reply");
    }

    fn of(cases: &[Case], query: &LogQuery, now: DateTime<Utc>) -> Overview {
        overview(cases.iter().map(|c| (c, "")), query, &Settings::default(), now, utc, 12)
    }

    #[test]
    fn no_cases_no_numbers() {
        let o = of(&[], &LogQuery::default(), at(9));
        assert_eq!(o.total, 0);
        assert_eq!(o.by_status, CaseStatus::ALL.map(|s| (s, 0)));
        assert_eq!(o.timeliness, Timeliness::ALL.map(|t| (t, 0)));
        assert!(o.answer_times.is_empty() && o.weeks.is_empty());
        assert_eq!(o.weeks_earlier, 0);
        assert_eq!(o.answer_time_axis(), Axis { max: 1.0, ticks: vec![0.0, 1.0] });
    }

    #[test]
    fn statuses_answer_times_and_timeliness_of_a_few_cases() {
        let t0 = at(0);
        let mut fast = opened("fast", t0);
        reply(&mut fast, 1, t0 + Duration::hours(2));
        let mut slow = opened("slow", t0);
        reply(&mut slow, 1, t0 + Duration::hours(30));
        let mut tax = opened("tax", t0);
        tax.problem_type = ProblemType::Tax;
        reply(&mut tax, 1, t0 + Duration::hours(24)); // at the due time: late
        let waiting = opened("waiting", t0 + Duration::hours(20));
        let overdue = opened("overdue", t0);
        let mut closed = opened("closed", t0);
        let close = Action::Close { no_further_action: false, note: String::new() };
        closed.apply(close, EventId("x".into()), t0 + Duration::hours(1)).unwrap();
        // Amazon's second answer does not change the first answer's time.
        let mut twice = opened("twice", t0);
        reply(&mut twice, 1, t0 + Duration::hours(6));
        twice
            .apply(Action::MyReply { text: "More".into(), files: vec![] }, EventId("m".into()), t0 + Duration::hours(7))
            .unwrap();
        reply(&mut twice, 2, t0 + Duration::hours(90));
        let now = t0 + Duration::hours(36);
        let o = of(&[fast, slow, tax, waiting, overdue, closed, twice], &LogQuery::default(), now);
        assert_eq!(o.total, 7);
        let count = |s| o.by_status.iter().find(|(t, _)| *t == s).unwrap().1;
        assert_eq!((count(CaseStatus::Open), count(CaseStatus::Answered), count(CaseStatus::Closed)), (2, 4, 1));
        assert_eq!(o.by_status.iter().map(|(s, _)| *s).collect::<Vec<_>>(), CaseStatus::ALL);
        assert_eq!(
            o.timeliness,
            [
                (Timeliness::AnsweredInTime, 2),
                (Timeliness::AnsweredLate, 2),
                (Timeliness::WaitingInTime, 1),
                (Timeliness::WaitingOverdue, 1),
                (Timeliness::NoAnswer, 1),
            ]
        );
        assert_eq!(o.answer_times.len(), 2);
        assert_eq!(o.answer_times[0].problem_type, ProblemType::OrdersAndReturns);
        assert_eq!(o.answer_times[0].spread.five(), [h(2.0), h(4.0), h(6.0), h(18.0), h(30.0)]);
        assert_eq!(
            o.answer_times[1],
            AnswerTimes { problem_type: ProblemType::Tax, spread: Spread::of(&[h(24.0)]).unwrap() }
        );
        assert_eq!(o.answer_time_axis().max, 30.0);
    }

    #[test]
    fn a_reply_is_judged_against_the_window_running_when_it_came() {
        let t0 = at(0);
        // The seller wrote again before Amazon answered: Amazon's clock restarted then.
        let mut restarted = opened("restarted", t0);
        restarted
            .apply(
                Action::MyReply { text: "More".into(), files: vec![] },
                EventId("m".into()),
                t0 + Duration::hours(20),
            )
            .unwrap();
        reply(&mut restarted, 1, t0 + Duration::hours(30));
        assert_eq!(
            Timeliness::of(&restarted, &Settings::default(), t0 + Duration::hours(40)),
            Timeliness::AnsweredInTime
        );
        // Its own, longer window.
        let mut longer = opened("longer", t0);
        longer.response_hours = Some(72);
        reply(&mut longer, 1, t0 + Duration::hours(50));
        assert_eq!(Timeliness::of(&longer, &Settings::default(), t0 + Duration::hours(60)), Timeliness::AnsweredInTime);
        // A follow-up does not restart it.
        let mut chased = opened("chased", t0);
        chased.record_follow_up("Any news?", EventId("f".into()), t0 + Duration::hours(25)).unwrap();
        reply(&mut chased, 1, t0 + Duration::hours(26));
        assert_eq!(Timeliness::of(&chased, &Settings::default(), t0 + Duration::hours(40)), Timeliness::AnsweredLate);
    }

    #[test]
    fn weeks_start_on_monday_in_the_sellers_time_zone_with_no_gaps() {
        // Sunday 29 Nov 2026, 20:00 UTC is already Monday 30 Nov in Shanghai.
        let sunday_evening = Utc.with_ymd_and_hms(2026, 11, 29, 20, 0, 0).unwrap();
        let thursday = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
        let later = Utc.with_ymd_and_hms(2026, 12, 17, 9, 0, 0).unwrap();
        let cases = [opened("a", sunday_evening), opened("b", thursday), opened("c", later)];
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let dec = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 12, 18, 9, 0, 0).unwrap();
        let weeks = |offset: fn(DateTime<Utc>) -> FixedOffset, max| {
            overview(cases.iter().map(|c| (c, "")), &LogQuery::default(), &Settings::default(), now, offset, max)
        };
        let o = weeks(utc, 12);
        let counts: Vec<(NaiveDate, usize)> = o.weeks.iter().map(|w| (w.monday, w.count)).collect();
        assert_eq!(counts, [(day(23), 2), (day(30), 0), (dec(7), 0), (dec(14), 1)]);
        fn shanghai(_: DateTime<Utc>) -> FixedOffset {
            FixedOffset::east_opt(8 * 3600).unwrap()
        }
        let o = weeks(shanghai, 12);
        let counts: Vec<usize> = o.weeks.iter().map(|w| w.count).collect();
        assert_eq!((o.weeks[0].monday, counts), (day(23), vec![1, 1, 0, 1]));
        // At most the last two weeks: the rest are counted as earlier.
        let o = weeks(utc, 2);
        assert_eq!(o.weeks.iter().map(|w| (w.monday, w.count)).collect::<Vec<_>>(), [(dec(7), 0), (dec(14), 1)]);
        assert_eq!(o.weeks_earlier, 2);
        let o = weeks(utc, 0);
        assert!(o.weeks.is_empty());
        assert_eq!(o.weeks_earlier, 3);
        // Up to this week, even with no case since.
        let o = overview(
            cases.iter().map(|c| (c, "")),
            &LogQuery::default(),
            &Settings::default(),
            now + Duration::weeks(2),
            utc,
            12,
        );
        assert_eq!(o.weeks.last().map(|w| (w.monday, w.count)), Some((dec(28), 0)));
        assert_eq!(o.weeks.len(), 6);
    }

    #[test]
    fn week_labels_in_both_languages() {
        let week = WeekCount { monday: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), count: 3 };
        assert_eq!((week.short_label(Lang::En), week.short_label(Lang::Zh)), ("23 Nov".into(), "11月23日".into()));
        assert_eq!(week.label(Lang::En), "Week 48 (from 23 Nov 2026)");
        assert_eq!(week.label(Lang::Zh), "第 48 周（2026年11月23日起）");
        // ISO week 1 of 2027 begins on Monday 4 January; 2026 has 53 weeks.
        let first = WeekCount { monday: NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(), count: 0 };
        assert_eq!(first.label(Lang::En), "Week 1 (from 4 Jan 2027)");
        let last = WeekCount { monday: NaiveDate::from_ymd_opt(2026, 12, 28).unwrap(), count: 0 };
        assert_eq!(last.iso_week(), 53);
        for lang in Lang::ALL {
            for t in Timeliness::ALL {
                assert_eq!(Timeliness::ALL.iter().filter(|u| u.label(lang) == t.label(lang)).count(), 1);
                assert_eq!(Timeliness::ALL.iter().filter(|u| u.slug() == t.slug()).count(), 1);
            }
        }
        for t in Timeliness::ALL {
            assert_eq!(english_words(t.label(Lang::Zh)), Vec::<String>::new());
        }
        assert_eq!(english_words(&week.label(Lang::Zh)), Vec::<String>::new());
    }

    #[test]
    fn sample_cases_count_as_the_log_shows_them() {
        let now = at(12);
        let (samples, _) = crate::domain::transfer::samples::sample_cases(now, Lang::En);
        let mut cases = samples.clone();
        cases.push(sample("mine", 9));
        let texts: Vec<String> = cases.iter().map(search_text).collect();
        for query in [
            LogQuery::default(),
            LogQuery { text: "sample".into(), ..LogQuery::default() },
            LogQuery { text: "mine".into(), ..LogQuery::default() },
        ] {
            let pairs = || cases.iter().zip(texts.iter().map(String::as_str));
            let log = arrange(pairs(), &query, &Settings::default(), now);
            let shown: Vec<&Case> = log.needs_you.iter().chain(&log.others).copied().collect();
            let o = overview(pairs(), &query, &Settings::default(), now, utc, 12);
            assert_eq!(o.total, shown.len(), "{query:?}");
            let samples_shown = shown.iter().filter(|c| c.sample).count();
            let samples_counted = select(pairs(), &query).filter(|c| c.sample).count();
            assert_eq!(samples_counted, samples_shown, "{query:?}");
        }
        let all = overview(
            cases.iter().zip(texts.iter().map(String::as_str)),
            &LogQuery::default(),
            &Settings::default(),
            now,
            utc,
            12,
        );
        assert_eq!(all.total, samples.len() + 1, "the samples are in, as on the log");
    }

    const WORDS: [&str; 3] = ["mug", "box", "tax"];

    /// A case from generated choices: when it opened, its type, a word in its
    /// subject, whether it is a sample, and what happened to it since.
    fn generated(i: usize, (hours, problem, word, is_sample, steps): &(i64, usize, usize, bool, Vec<u8>)) -> Case {
        let t = at(0) - Duration::hours(*hours);
        let mut case = opened(&format!("g{i}"), t);
        case.problem_type = ProblemType::ALL[*problem];
        case.subject = format!("Case about a {}", WORDS[*word]);
        case.sample = *is_sample;
        for (n, step) in steps.iter().enumerate() {
            let when = t + Duration::hours(5 * (n as i64 + 1));
            let action = match step % 6 {
                0 => Action::AmazonReply { text: "Answer".into(), asks_for_information: step % 2 == 0, files: vec![] },
                1 => Action::MyReply { text: "Reply".into(), files: vec![] },
                2 => Action::Resolve {
                    solution: Solution::Refund,
                    amount: None,
                    satisfied: step % 4 == 0,
                    note: String::new(),
                },
                3 => Action::Close { no_further_action: false, note: String::new() },
                4 => Action::Reopen { reason: "Again".into() },
                _ => {
                    let _ = case.record_follow_up("Any news?", EventId(format!("f{n}")), when);
                    continue;
                }
            };
            let _ = case.apply(action, EventId(format!("e{n}")), when);
        }
        case
    }

    proptest::proptest! {
        #[test]
        fn the_sums_equal_the_cases_the_log_shows(
            specs in proptest::collection::vec((0i64..24 * 120, 0usize..10, 0usize..3, proptest::bool::ANY, proptest::collection::vec(0u8..12, 0..5)), 0..25),
            status in proptest::option::of(0usize..7),
            problem in proptest::option::of(0usize..10),
            word in proptest::option::of(0usize..3),
            max_weeks in 0usize..20,
        ) {
            let cases: Vec<Case> = specs.iter().enumerate().map(|(i, s)| generated(i, s)).collect();
            let texts: Vec<String> = cases.iter().map(search_text).collect();
            let query = LogQuery {
                text: word.map(|w| WORDS[w].to_string()).unwrap_or_default(),
                status: status.map(|s| CaseStatus::ALL[s]),
                problem_type: problem.map(|p| ProblemType::ALL[p]),
                ..LogQuery::default()
            };
            let now = at(0);
            let pairs = || cases.iter().zip(texts.iter().map(String::as_str));
            let log = arrange(pairs(), &query, &Settings::default(), now);
            let o = overview(pairs(), &query, &Settings::default(), now, utc, max_weeks);
            let shown = log.needs_you.len() + log.others.len();
            proptest::prop_assert_eq!(o.total, shown);
            proptest::prop_assert_eq!(o.by_status.iter().map(|(_, n)| n).sum::<usize>(), shown);
            proptest::prop_assert_eq!(o.timeliness.iter().map(|(_, n)| n).sum::<usize>(), shown);
            proptest::prop_assert_eq!(o.weeks.iter().map(|w| w.count).sum::<usize>() + o.weeks_earlier, shown);
            proptest::prop_assert!(o.weeks.len() <= max_weeks);
            proptest::prop_assert!(o.weeks.windows(2).all(|w| w[1].monday - w[0].monday == Duration::weeks(1)), "no gaps");
            proptest::prop_assert!(o.weeks.iter().all(|w| w.monday.weekday() == chrono::Weekday::Mon));
            let answered: usize = o.timeliness.iter().filter(|(t, _)| matches!(t, Timeliness::AnsweredInTime | Timeliness::AnsweredLate)).map(|(_, n)| n).sum();
            proptest::prop_assert_eq!(o.answer_times.iter().map(|a| a.spread.count).sum::<usize>(), answered);
            // The overdue group is the log's late cases that Amazon never answered.
            let late_unanswered = log.needs_you.iter().filter(|c| Countdown::of(c, &Settings::default(), now).is_overdue() && crate::domain::deadlines::response_window::first_response(c).is_none()).count();
            proptest::prop_assert_eq!(o.timeliness[3].1, late_unanswered);
            for (status, n) in &o.by_status {
                let in_log = log.needs_you.iter().chain(&log.others).filter(|c| c.status == *status).count();
                proptest::prop_assert_eq!(*n, in_log);
            }
        }
    }
}
