//! A text to copy into Seller Central: its heading, a Copy button with what
//! became of the copy, and the text (the review step's message and subject,
//! the follow-up's).

use leptos::prelude::*;

use crate::domain::Lang;
use crate::ui::browser::Clipboard;
use crate::ui::i18n::{self, locale, Key};

/// What a copy block says, in the interface language.
#[derive(Clone, Copy)]
pub struct CopyWords {
    /// The heading's id (the text is labelled by it).
    pub id: &'static str,
    pub title: Key,
    pub copy: Key,
    pub copied: Key,
    /// Said when the copy is refused (see [`CopyBlock`]'s `refusal`).
    pub not_copied: Key,
}

#[component]
pub fn CopyBlock(
    words: CopyWords,
    /// The text, as it stands.
    text: Signal<String>,
    /// The language the text is written in, if it is the message's.
    #[prop(optional, into)]
    lang: Option<Signal<Lang>>,
    /// Why the text must not be copied as it is (shown beside the block), if so.
    #[prop(optional, into)]
    refusal: Option<Signal<Option<String>>>,
    /// More actions beside Copy; the page then shows the text itself.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let clipboard = Clipboard::new();
    let copied = clipboard.copied;
    let refused = RwSignal::new(false);
    let refusing = move || refusal.is_some_and(|r| r.with(Option::is_some));
    let CopyWords { id, title, copy, copied: said_copied, not_copied } = words;
    let shows_itself = children.is_none();
    view! {
        <div class="copy-block">
            <div class="copy-head">
                <h3 id=id>{i18n::text(title)}</h3>
                <button type="button" class="button button-small"
                    disabled=!Clipboard::supported()
                    on:click=move |_| {
                        refused.set(refusing());
                        if !refusing() {
                            clipboard.copy(&text.get_untracked());
                        }
                    }>
                    {i18n::text(copy)}
                </button>
                {children.map(|c| c())}
                <span class="copy-status" role="status">
                    {move || match (refused.get() && refusing(), copied.get()) {
                        (true, _) => Some(not_copied(locale())),
                        (false, true) => Some(said_copied(locale())),
                        (false, false) => None,
                    }}
                </span>
            </div>
            {shows_itself.then(|| view! {
                <pre class="copy-text" aria-labelledby=id tabindex="0" lang=move || lang.map(|l| l.get().tag())>{text}</pre>
            })}
        </div>
    }
}
