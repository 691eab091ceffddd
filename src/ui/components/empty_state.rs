//! What a page with no case yet shows: the two ways to start.

use leptos::prelude::*;

use crate::paths::AppPaths;
use crate::ui::components::{LoadSamplesButton, SampleNews};
use crate::ui::i18n::{self, Key};

/// A page with no case yet (the log, the overview): what it will show, and
/// the two ways to start, opening a case or loading the sample cases.
#[component]
pub fn NoCaseYet(
    /// The heading's id.
    id: &'static str,
    title: Key,
    text: Key,
    /// The link to the Contact Us flow.
    open: Key,
) -> impl IntoView {
    let paths = expect_context::<AppPaths>();
    let status = RwSignal::new(None::<SampleNews>);
    view! {
        <section class="empty-state" aria-labelledby=id>
            <h2 id=id>{i18n::text(title)}</h2>
            <p>{i18n::text(text)}</p>
            <div class="row-actions row-actions-center">
                <a href=paths.new_case() class="button button-primary">{i18n::text(open)}</a>
                <LoadSamplesButton status=status/>
            </div>
            <p class="form-status" role="status">{move || status.with(|s| s.as_ref().map(SampleNews::text))}</p>
        </section>
    }
}
