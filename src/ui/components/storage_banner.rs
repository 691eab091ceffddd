//! A lasting banner when the browser will not keep the seller's data, or when
//! stored entries could not be read. It explains; it never deletes anything.

use leptos::prelude::*;

use crate::ui::case_book::CaseBook;

/// Shows storage problems until they are gone.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let problem = book.problem();
    let unreadable = book.unreadable();
    let notice = book.notice();
    let download_raw = move || {
        let entries = unreadable.get_untracked();
        let raw: std::collections::BTreeMap<String, String> = entries.into_iter().map(|e| (e.key, e.text)).collect();
        let text = serde_json::to_string(&raw).unwrap_or_default();
        let _ = crate::ui::transfer::download("case-desk-unreadable-data.json", &text);
    };

    view! {
        <div role="status" class="banners">
            {move || notice.get().map(|m| view! {
                <div class="banner banner-warning">
                    <p>{m}</p>
                    <button type="button" class="button button-small" on:click=move |_| notice.set(None)>"OK"</button>
                </div>
            })}
        </div>
        <div role="alert" class="banners">
            {move || {
                let n = book.missing().with(Vec::len);
                (n > 0).then(|| view! {
                    <div class="banner banner-error">
                        <p>
                            <strong>{if n == 1 { "1 case is missing. ".to_string() } else { format!("{n} cases are missing. ") }}</strong>
                            "This browser had them, but its storage no longer does (it may have been cleared in part). \
                             Import your latest export on the Your data page to bring them back."
                        </p>
                        <button type="button" class="button button-small" on:click=move |_| book.forget_missing()>"I understand"</button>
                    </div>
                })
            }}
            {move || (book.read_only_count() > 0).then(|| view! {
                <p class="banner banner-warning">
                    {match book.read_only_count() {
                        1 => "1 saved case was written by a newer version of Case Desk. It is shown read-only and \
                              never changed here; update Case Desk to work on it."
                            .to_string(),
                        n => format!(
                            "{n} saved cases were written by a newer version of Case Desk. They are shown read-only \
                             and never changed here; update Case Desk to work on them."
                        ),
                    }}
                </p>
            })}
            {move || problem.get().map(|p| view! {
                <p class="banner banner-error">
                    <strong>"Not saved. "</strong>
                    {p.message()}
                </p>
            })}
            {move || book.evidence_problem().get().map(|p| view! {
                <p class="banner banner-error">
                    <strong>"Files not kept. "</strong>
                    {match p {
                        crate::domain::StorageProblem::Full => crate::ui::evidence::NOT_STORED_FULL,
                        _ => crate::ui::evidence::NOT_STORED,
                    }}
                </p>
            })}
            {move || {
                let entries = unreadable.get();
                (!entries.is_empty()).then(|| {
                    let count = entries.len();
                    let noun = if count == 1 { "case" } else { "cases" };
                    view! {
                        <div class="banner banner-warning">
                            <p>
                                <strong>{format!("{count} saved {noun} could not be read. ")}</strong>
                                "They are kept in this browser exactly as they were, set aside from your cases; \
                                 the other cases loaded normally. Download the raw data to keep it safe, \
                                 or discard it if you no longer need it."
                            </p>
                            <ul>
                                {entries.iter().cloned().map(|e| view! {
                                    <li><code>{e.key}</code>" — "{e.error.to_string()}</li>
                                }).collect_view()}
                            </ul>
                            <div class="row-actions">
                                <button type="button" class="button button-small" on:click=move |_| download_raw()>
                                    "Download the raw data"
                                </button>
                                <button type="button" class="button button-small button-quiet" on:click=move |_| {
                                    let sure = crate::ui::components::confirm(
                                        "Delete the saved entries Case Desk could not read? This cannot be undone. Download the raw data first if you may need it.",
                                    );
                                    if sure {
                                        book.discard_unreadable();
                                    }
                                }>"Discard them"</button>
                            </div>
                        </div>
                    }
                })
            }}
        </div>
    }
}
