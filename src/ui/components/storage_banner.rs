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
            {move || problem.get().map(|p| view! {
                <p class="banner banner-error">
                    <strong>"Not saved. "</strong>
                    {p.message()}
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
                                "They are kept in this browser exactly as they were; the other cases \
                                 loaded normally. Don't clear this site's data: a later version of \
                                 Case Desk, or support, can recover them."
                            </p>
                            <ul>
                                {entries.into_iter().map(|e| view! {
                                    <li><code>{e.key}</code>" — "{e.error.to_string()}</li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                })
            }}
        </div>
    }
}
