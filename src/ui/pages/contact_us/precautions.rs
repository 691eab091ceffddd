//! The four precautions, checked on the draft: detail and evidence
//! (completeness), respect (tone), Amazon's rules (duplicates) and patience.

use crate::ui::navigation::{How, Navigator};
use leptos::prelude::*;

use super::Flow;
use crate::domain::contact_us::completeness::assess;
use crate::domain::contact_us::tone::check_tone;
use crate::domain::CaseId;
use crate::paths::AppPaths;
use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{lang, tr, trf};

/// How complete the case is for its problem, with what is still missing.
#[component]
pub fn CompletenessMeter() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let completeness = Memo::new(move |_| {
        let lang = lang();
        flow.draft.with(|d| d.problem().map(|p| assess(p, d, lang)))
    });
    move || {
        completeness.get().map(|c| {
            let percent = c.percent();
            view! {
                <section class="panel meter" aria-labelledby="completeness-title">
                    <h2 id="completeness-title">{tr!(precautions.completeness_title)}</h2>
                    <label for="completeness">{trf!(precautions.completeness_label, percent = percent)}</label>
                    <progress id="completeness" max="100" value=percent>{trf!(precautions.percent, percent = percent)}</progress>
                    <ul class="checklist">
                        {c.checks.into_iter().map(|check| view! {
                            <li class:done=check.done>
                                <span class="check-mark" aria-hidden="true">{if check.done { "✓" } else { "○" }}</span>
                                <span class="visually-hidden">
                                    {move || if check.done { tr!(precautions.done)() } else { tr!(precautions.missing)() }}
                                </span>
                                {check.label}
                                {move || check.required.then(tr!(precautions.required))}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// Wording in the subject or description that may hurt the case. Warns, never blocks.
#[component]
pub fn ToneWarnings() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let warnings = Memo::new(move |_| {
        flow.draft.with(|d| {
            let mut all = check_tone(&d.subject);
            all.extend(check_tone(&d.description));
            // The seller's own request is their words too.
            all.extend(d.ask.as_deref().map(check_tone).unwrap_or_default());
            all.extend(d.edited_message.as_deref().map(check_tone).unwrap_or_default());
            all
        })
    });
    let has_text =
        Memo::new(move |_| flow.draft.with(|d| !d.subject.trim().is_empty() || !d.description.trim().is_empty()));
    move || {
        let warnings = warnings.get();
        let count = warnings.len();
        if warnings.is_empty() && !has_text.get() {
            return ().into_any();
        }
        if warnings.is_empty() {
            return view! {
                <p class="tone-ok"><span aria-hidden="true">"✓ "</span>{tr!(precautions.tone_ok)}</p>
            }
            .into_any();
        }
        view! {
            <section class="panel panel-warning" aria-labelledby="tone-title">
                <h2 id="tone-title">{trf!(precautions.tone_title, count = count)}</h2>
                <p>{tr!(precautions.tone_lead)}</p>
                <ul class="tone-list">
                    {warnings.into_iter().map(|w| view! {
                        <li>
                            <q class="tone-phrase">{w.phrase.clone()}</q>
                            {tr!(precautions.tone_separator)} {w.why(lang())}
                            <br/><span class="tone-instead">{tr!(precautions.tone_instead)} {w.instead(lang())}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any()
    }
}

/// An open case about the same problem and identifier: warn, link, and offer a note there instead.
#[component]
pub fn DuplicateWarning() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let book = expect_context::<CaseBook>();
    let paths = expect_context::<AppPaths>();
    let navigator = Navigator::get();
    let log = book.log();
    let duplicates = Memo::new(move |_| {
        flow.draft.with(|d| match d.problem() {
            Some(p) => log.with(|l| {
                l.possible_duplicates(p.slug, &d.valid_identifiers())
                    .into_iter()
                    .map(|c| (c.id.clone(), c.subject.clone()))
                    .collect::<Vec<_>>()
            }),
            None => Vec::new(),
        })
    });
    let note_error = RwSignal::new(None::<String>);

    move || {
        let found = duplicates.get();
        let (id, subject) = found.first().cloned()?;
        let href = paths.case(&id);
        let case_href = href.clone();
        let add_note = move |_| {
            let (draft_id, text) = flow.draft.with_untracked(|d| (d.id.clone(), d.description.clone()));
            let case_id: CaseId = id.clone();
            match book.add_note(&case_id, &text) {
                Ok(()) => {
                    flow.mark_finished();
                    book.discard_draft(&draft_id);
                    navigator.go(&case_href, How::Push);
                }
                Err(message) => note_error.set(Some(message)),
            }
        };
        Some(view! {
            <section class="panel panel-warning" aria-labelledby="duplicate-title">
                <h2 id="duplicate-title">{tr!(precautions.duplicate_title)}</h2>
                <p>
                    <a href=href>{subject}</a>
                    {tr!(precautions.duplicate_text)}
                </p>
                <button type="button" class="button" on:click=add_note>{tr!(precautions.duplicate_add_note)}</button>
                {move || note_error.get().map(|m| view! { <p class="field-error">{m}</p> })}
            </section>
        })
    }
}

/// Amazon's contact rules and when to expect an answer.
#[component]
pub fn ContactRules() -> impl IntoView {
    let hours = expect_context::<CaseBook>().settings().get_untracked().response_hours;
    view! {
        <section class="panel" aria-labelledby="rules-title">
            <h2 id="rules-title">{tr!(precautions.rules_title)}</h2>
            <ul>
                <li>{tr!(precautions.rule_one_case)}</li>
                <li>{tr!(precautions.rule_reopen)}</li>
                <li>{tr!(precautions.rule_no_further_action)}</li>
                <li>{trf!(precautions.rule_patience, hours = hours)}</li>
            </ul>
        </section>
    }
}
