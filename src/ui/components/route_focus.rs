//! Where keyboard focus goes when the page changes: to the new page's
//! heading, so a keyboard or screen-reader user starts reading the new
//! content instead of staying on the link they pressed (or falling to
//! `<body>` when the pressed button disappeared with the old step).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::navigation::Navigator;

/// The heading that names a step of the Contact Us flow, focused before the page's `<h1>`.
pub const STEP_HEADING_ID: &str = "step-title";

/// Moves focus to the new heading on every route change (not on the first load:
/// a seller arriving from a bookmark starts at the top as usual).
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let navigator = Navigator::get();
    Effect::new(move |previous: Option<String>| {
        let now = navigator.pathname();
        if previous.as_ref().is_some_and(|p| *p != now) {
            // After the new page has rendered.
            request_animation_frame(focus_heading);
        }
        now
    });
}

fn focus_heading() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let heading = document
        .get_element_by_id(STEP_HEADING_ID)
        .or_else(|| document.query_selector("main h1").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        // Focusable by script only, not a stop in the Tab order.
        heading.set_tab_index(-1);
        let _ = heading.focus();
    }
}
