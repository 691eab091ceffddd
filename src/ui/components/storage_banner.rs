//! A lasting banner when the browser will not keep the seller's data, or when
//! stored entries could not be read. It explains; it never deletes anything.

use leptos::prelude::*;

use crate::ui::case_book::CaseBook;
use crate::ui::i18n::{lang, locale, td_string, tr};

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
                    <button type="button" class="button button-small" on:click=move |_| notice.set(None)>{tr!(components.storage.ok)}</button>
                </div>
            })}
        </div>
        <div role="alert" class="banners">
            {move || {
                let n = book.missing().with(Vec::len);
                (n > 0).then(|| view! {
                    <div class="banner banner-error">
                        <p>
                            <strong>{match n {
                                1 => td_string!(locale(), components.storage.missing_single).to_string(),
                                n => td_string!(locale(), components.storage.missing_several, count = n).to_string(),
                            }}</strong>
                            {tr!(components.storage.missing_text)}
                        </p>
                        <button type="button" class="button button-small" on:click=move |_| book.forget_missing()>
                            {tr!(components.storage.understand)}
                        </button>
                    </div>
                })
            }}
            {move || (book.read_only_count() > 0).then(|| view! {
                <p class="banner banner-warning">
                    {move || match book.read_only_count() {
                        1 => td_string!(locale(), components.storage.read_only_single).to_string(),
                        n => td_string!(locale(), components.storage.read_only_several, count = n).to_string(),
                    }}
                </p>
            })}
            {move || problem.get().map(|p| view! {
                <p class="banner banner-error">
                    <strong>{tr!(components.storage.not_saved)}</strong>
                    {move || p.message(lang())}
                </p>
            })}
            {move || book.evidence_problem().get().map(|p| view! {
                <p class="banner banner-error">
                    <strong>{tr!(components.storage.files_not_kept)}</strong>
                    {move || crate::ui::evidence::not_stored(&p)}
                </p>
            })}
            {move || {
                let entries = unreadable.get();
                (!entries.is_empty()).then(|| {
                    let count = entries.len();
                    view! {
                        <div class="banner banner-warning">
                            <p>
                                <strong>{move || match count {
                                    1 => td_string!(locale(), components.storage.unreadable_single).to_string(),
                                    n => td_string!(locale(), components.storage.unreadable_several, count = n).to_string(),
                                }}</strong>
                                {tr!(components.storage.unreadable_text)}
                            </p>
                            <ul>
                                {entries.iter().cloned().map(|e| view! {
                                    <li><code>{e.key}</code>" — "{move || e.error.message(lang())}</li>
                                }).collect_view()}
                            </ul>
                            <div class="row-actions">
                                <button type="button" class="button button-small" on:click=move |_| download_raw()>
                                    {tr!(components.storage.download_raw)}
                                </button>
                                <button type="button" class="button button-small button-quiet" on:click=move |_| {
                                    let sure = crate::ui::components::confirm(td_string!(locale(), components.storage.discard_confirm));
                                    if sure {
                                        book.discard_unreadable();
                                    }
                                }>{tr!(components.storage.discard)}</button>
                            </div>
                        </div>
                    }
                })
            }}
        </div>
    }
}
