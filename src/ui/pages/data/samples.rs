//! Samples panel: loads sample cases so the seller can try Case Desk, and
//! removes them again.

use leptos::prelude::*;

use crate::ui::case_book::CaseBook;
use crate::ui::components::{LoadSamplesButton, SampleNews};
use crate::ui::i18n::{tr, trf};

#[component]
pub fn SamplePanel() -> impl IntoView {
    let book = expect_context::<CaseBook>();
    let samples = move || book.log().with(|l| l.iter().filter(|c| c.sample).count());
    let status = RwSignal::new(None::<SampleNews>);
    view! {
        <section class="panel" aria-labelledby="samples-title">
            <h2 id="samples-title">{tr!(data.samples_title)}</h2>
            <p>{tr!(data.samples_intro)}</p>
            <div class="row-actions">
                <LoadSamplesButton status=status/>
                <Show when=move || samples() != 0>
                    <button type="button" class="button" on:click=move |_| {
                        status.set(Some(match book.remove_samples() {
                            Ok(n) => SampleNews::Removed(n),
                            Err(reason) => SampleNews::Failed(reason),
                        }));
                    }>{trf!(data.samples_remove, count = samples())}</button>
                </Show>
            </div>
            <p class="form-status" role="status">{move || status.with(|s| s.as_ref().map(SampleNews::text))}</p>
        </section>
    }
}
