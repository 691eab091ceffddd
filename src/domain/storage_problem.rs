//! What can go wrong when the browser keeps a seller's data, and what the
//! seller is told. Adapters classify browser errors with [`StorageProblem::from_dom_error`].

use crate::domain::Lang;

/// A reason the browser would not keep (or give back) the seller's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// Storage is switched off or refused (blocked cookies, some private modes).
    Unavailable,
    /// Storage is full.
    Full,
    /// Any other failure, with the browser's own words.
    Other {
        /// The error's name and message as the browser gave them.
        detail: String,
    },
}

impl StorageProblem {
    /// Classifies a DOMException by its name and legacy numeric code.
    ///
    /// Chrome and Safari say `QuotaExceededError` (code 22), old Firefox
    /// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014); a refusal is a `SecurityError`.
    pub fn from_dom_error(name: &str, code: u16, message: &str) -> StorageProblem {
        match (name, code) {
            ("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED", _) | (_, 22 | 1014) => StorageProblem::Full,
            ("SecurityError", _) | (_, 18) => StorageProblem::Unavailable,
            _ => StorageProblem::Other { detail: format!("{name}: {message}") },
        }
    }

    /// What the seller reads: what happened, that nothing typed is lost, what to do.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (StorageProblem::Unavailable, Lang::En) => "This browser is not letting Case Desk save anything \
                (storage is switched off, or this is a private window). You can keep working, \
                but your cases will be gone when you close this tab. Allow site data for this page, \
                or use a normal window."
                .into(),
            (StorageProblem::Unavailable, Lang::Zh) => "此浏览器不允许 Case Desk 保存任何内容\
                （存储功能已关闭，或这是无痕窗口）。您可以继续操作，但关闭此标签页后，您的问题将会丢失。\
                请允许此网页保存网站数据，或使用普通窗口。"
                .into(),
            (StorageProblem::Full, Lang::En) => "The browser's storage for Case Desk is full, so the last change \
                was not saved. Nothing you typed in this tab is lost while it stays open: export now \
                (Your data → Export all cases), then free some space. Case Desk saves everything again \
                with your next change."
                .into(),
            (StorageProblem::Full, Lang::Zh) => "浏览器为 Case Desk 提供的存储空间已满，所以最后一次更改没有保存。\
                只要此标签页保持打开，您输入的内容就不会丢失：请立即导出（您的数据 → 导出所有问题），\
                然后释放一些空间。您下次更改时，Case Desk 会重新保存所有内容。"
                .into(),
            (StorageProblem::Other { detail }, Lang::En) => format!(
                "The browser refused to save the last change ({detail}). Nothing you typed in this \
                 tab is lost while it stays open; try again, or reload the page if it keeps happening."
            ),
            (StorageProblem::Other { detail }, Lang::Zh) => format!(
                "浏览器拒绝保存最后一次更改（{detail}）。只要此标签页保持打开，您输入的内容就不会丢失；\
                 请重试，如果问题反复出现，请重新加载页面。"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_browser_spelling_of_full_storage_is_full() {
        assert_eq!(StorageProblem::from_dom_error("QuotaExceededError", 22, ""), StorageProblem::Full);
        assert_eq!(StorageProblem::from_dom_error("NS_ERROR_DOM_QUOTA_REACHED", 1014, ""), StorageProblem::Full);
        assert_eq!(StorageProblem::from_dom_error("Error", 22, ""), StorageProblem::Full);
        assert_eq!(StorageProblem::from_dom_error("Error", 1014, ""), StorageProblem::Full);
    }

    #[test]
    fn a_security_error_means_storage_is_refused() {
        assert_eq!(StorageProblem::from_dom_error("SecurityError", 18, "denied"), StorageProblem::Unavailable);
    }

    #[test]
    fn anything_else_keeps_the_browser_words() {
        let problem = StorageProblem::from_dom_error("InvalidStateError", 11, "the tab is closing");
        assert_eq!(problem, StorageProblem::Other { detail: "InvalidStateError: the tab is closing".into() });
        assert!(problem.message(Lang::En).contains("the tab is closing"));
        assert!(problem.message(Lang::Zh).contains("the tab is closing"), "the browser's own words, as they are");
    }

    #[test]
    fn every_message_tells_the_seller_what_to_do() {
        for p in [StorageProblem::Unavailable, StorageProblem::Full, StorageProblem::Other { detail: "x".into() }] {
            let m = p.message(Lang::En);
            assert!(m.len() > 60, "{m}");
            assert!(m.contains("tab"), "{m}");
            let zh = p.message(Lang::Zh);
            assert!(zh.contains("标签页"), "{zh}");
            // Only the browser's own words ("x" here) are left as they are.
            assert!(crate::domain::text::english_words(&zh).iter().all(|w| w == "x"), "{zh}");
        }
    }
}
