//! Claim windows (`domain::deadlines::claim_window`) on the case page, the log and Settings:
//! the pages a window was read in, and the style of a warning.

use leptos::prelude::*;

use crate::domain::catalog::claim_policy::ClaimKind;
use crate::domain::deadlines::claim_window::ClaimStatus;
use crate::ui::i18n::{locale, td_string, tr};

/// The class of a claim countdown: `base`, plus the warning's style when
/// `domain::deadlines::claim_window::warning` gives one (closing soon, or closed).
pub fn claim_class(base: &'static str, warning: Option<ClaimStatus>) -> String {
    match warning {
        Some(ClaimStatus::Closed { .. }) => format!("{base} claim-closed"),
        Some(_) => format!("{base} claim-closing"),
        None => base.to_string(),
    }
}

/// The sources of one kind's window: links whose titles stay English
/// (`lang="en"`), after a plain word when the window is not confirmed on
/// Amazon's current help page.
#[component]
pub fn ClaimSources(
    /// The window whose sources are listed.
    kind: ClaimKind,
) -> impl IntoView {
    let policy = kind.policy();
    let one = policy.sources.len() == 1;
    let heading =
        move || if one { td_string!(locale(), claim.source_one) } else { td_string!(locale(), claim.source_many) };
    view! {
        <div class="claim-sources">
            {(!policy.verified).then(|| view! { <p class="claim-unverified">{tr!(claim.not_verified)}</p> })}
            <p class="claim-sources-title">{heading}</p>
            <ul>
                {policy.sources.iter().map(|source| view! {
                    <li>
                        <a href=source.url target="_blank" rel="noopener noreferrer">
                            <span lang="en">{source.title}</span>
                            <span class="visually-hidden">{tr!(claim.new_tab)}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}
