//! The two languages Case Desk speaks: the interface's (chosen by the seller or
//! their browser) and the message's (chosen on the review step). Texts the
//! domain writes (the catalog, the checks, the message to Amazon) exist in
//! both, as a [`Text`] or a `match` on [`Lang`], so a missing translation is a
//! compile error rather than English on a Chinese page.

use serde::{Deserialize, Serialize};

/// English or Simplified Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    Zh,
}

impl Lang {
    /// Both, in the order the language switch offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The BCP 47 tag written to `<html lang>` and to storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "简体中文",
        }
    }

    /// Reads a stored tag (what [`Lang::tag`] wrote); anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

    /// The language for a first visit, from the browser's preferred languages
    /// (`navigator.languages`, most preferred first): the first one that is
    /// English or Chinese decides. Simplified Chinese (`zh`, `zh-CN`,
    /// `zh-Hans…`, `zh-SG`) gives Chinese; Traditional Chinese (`zh-TW`,
    /// `zh-HK`, `zh-MO`, `zh-Hant…`), which Case Desk does not have, and
    /// everything else give English.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in preferred {
            let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
            let mut parts = tag.split('-');
            match parts.next() {
                Some("en") => return Lang::En,
                Some("zh") => {
                    let rest: Vec<&str> = parts.collect();
                    let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                    let simplified = rest.iter().any(|p| matches!(*p, "hans" | "cn" | "sg" | "my"));
                    return if traditional && !simplified { Lang::En } else { Lang::Zh };
                }
                _ => {}
            }
        }
        Lang::En
    }
}

/// A text the domain shows, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub zh: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, zh: &'static str) -> Text {
        Text { en, zh }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }
}

/// Picks the English or the Chinese of two values; for texts with variables,
/// `lang.pick(format!(…), format!(…))` keeps both sentences side by side.
impl Lang {
    pub fn pick<T>(self, en: T, zh: T) -> T {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_languages_decide_the_first_visit() {
        for tags in [
            &["zh"][..],
            &["zh-CN"],
            &["zh-Hans"],
            &["zh-Hans-CN"],
            &["zh-SG"],
            &["zh_CN"],
            &["ZH-cn"],
            &["fr-FR", "zh-CN", "en"],
        ] {
            assert_eq!(Lang::from_browser(tags.iter().copied()), Lang::Zh, "{tags:?}");
        }
        for tags in [
            &[][..],
            &["en"],
            &["en-US", "zh-CN"],
            &["zh-TW"],
            &["zh-HK"],
            &["zh-Hant"],
            &["zh-Hant-TW"],
            &["fr", "de"],
            &[""],
        ] {
            assert_eq!(Lang::from_browser(tags.iter().copied()), Lang::En, "{tags:?}");
        }
    }

    #[test]
    fn tags_round_trip_and_names_are_in_their_own_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::En.name(), "English");
        assert_eq!(Lang::Zh.name(), "简体中文");
        assert_eq!(serde_json::to_string(&Lang::Zh).unwrap(), "\"zh-CN\"");
    }

    #[test]
    fn texts_pick_their_language() {
        const T: Text = Text::new("Cases", "问题");
        assert_eq!(T.get(Lang::En), "Cases");
        assert_eq!(T.get(Lang::Zh), "问题");
        assert_eq!(Lang::Zh.pick(1, 2), 2);
    }
}
