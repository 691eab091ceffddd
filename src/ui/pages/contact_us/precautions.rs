//! The four precautions, checked on the draft: detail and evidence
//! (completeness), respect (tone), Amazon's rules (duplicates) and patience.

use leptos::prelude::*;
use crate::ui::navigation::{How, Navigator};

use super::Flow;
use crate::domain::completeness::assess;
use crate::domain::tone::check_tone;
use crate::domain::CaseId;
use crate::paths::AppPaths;
use crate::ui::case_book::CaseBook;

/// How complete the case is for its problem, with what is still missing.
#[component]
pub fn CompletenessMeter() -> impl IntoView {
    let flow = expect_context::<Flow>();
    let completeness = Memo::new(move |_| flow.draft.with(|d| d.problem().map(|p| assess(p, d))));
    move || {
        completeness.get().map(|c| {
            let percent = c.percent();
            view! {
                <section class="panel meter" aria-labelledby="completeness-title">
                    <h2 id="completeness-title">"Detail and evidence"</h2>
                    <label for="completeness">{format!("Case completeness: {percent} %")}</label>
                    <progress id="completeness" max="100" value=percent>{format!("{percent} %")}</progress>
                    <ul class="checklist">
                        {c.checks.into_iter().map(|check| view! {
                            <li class:done=check.done>
                                <span class="check-mark" aria-hidden="true">{if check.done { "✓" } else { "○" }}</span>
                                <span class="visually-hidden">{if check.done { "Done: " } else { "Missing: " }}</span>
                                {check.label}
                                {check.required.then_some(" (required)")}
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
    let has_text = Memo::new(move |_| flow.draft.with(|d| !d.subject.trim().is_empty() || !d.description.trim().is_empty()));
    move || {
        let warnings = warnings.get();
        if warnings.is_empty() && !has_text.get() {
            return ().into_any();
        }
        if warnings.is_empty() {
            return view! {
                <p class="tone-ok"><span aria-hidden="true">"✓ "</span>"Respectful wording: nothing to reconsider."</p>
            }
            .into_any();
        }
        view! {
            <section class="panel panel-warning" aria-labelledby="tone-title">
                <h2 id="tone-title">{format!("Wording to reconsider ({})", warnings.len())}</h2>
                <p>"Polite, factual cases are answered faster. You can still send it as it is."</p>
                <ul class="tone-list">
                    {warnings.into_iter().map(|w| view! {
                        <li>
                            <q class="tone-phrase">{w.phrase.clone()}</q>
                            " — " {w.why()}
                            <br/><span class="tone-instead">"Instead: " {w.instead}</span>
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
        let href = paths.case(&id.0);
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
                <h2 id="duplicate-title">"You already have an open case about this"</h2>
                <p>
                    <a href=href>{subject}</a>
                    " is about the same problem and identifier. Amazon treats duplicate cases as abuse \
                     and may close both: add what is new to the open case instead."
                </p>
                <button type="button" class="button" on:click=add_note>"Add my description as a note there instead"</button>
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
            <h2 id="rules-title">"Amazon's rules and patience"</h2>
            <ul>
                <li>"One case per issue: put every order and product of the same problem in this one case."</li>
                <li>"If Amazon's answer does not solve it, reopen that case instead of opening a new one."</li>
                <li>"Don't reopen a case Amazon closed with \"no further action\": appeal with a Plan of Action instead."</li>
                <li>{format!(
                    "Amazon usually answers within {hours} hours. Case Desk counts down from when you \
                     save the case; following up sooner does not speed it up."
                )}</li>
            </ul>
        </section>
    }
}
