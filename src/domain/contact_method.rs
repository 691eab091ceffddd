//! How the seller asks Amazon to answer: email, phone or chat, each with its
//! own details.

use serde::{Deserialize, Serialize};

use crate::domain::identifiers::{validate_country_code, validate_email, validate_phone_number};
use crate::domain::{Lang, Text};

/// A way to contact Selling Partner Support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    /// A written case; Amazon replies by email and in Case Log.
    Email,
    /// Amazon calls the seller back.
    Phone,
    /// A live chat in Seller Central.
    Chat,
}

impl ContactMethod {
    /// Every method, in the order Contact Us shows them.
    pub const ALL: [ContactMethod; 3] = [ContactMethod::Email, ContactMethod::Phone, ContactMethod::Chat];

    /// The name a seller reads.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ContactMethod::Email => Text::new("Email", "电子邮件"),
            ContactMethod::Phone => Text::new("Phone", "电话"),
            ContactMethod::Chat => Text::new("Chat", "在线聊天"),
        }
        .get(lang)
    }

    /// What choosing it means.
    pub fn explanation(self, lang: Lang) -> &'static str {
        match self {
            ContactMethod::Email => Text::new(
                "Write the case; Amazon answers by email and in Case Log, usually within 24 hours.",
                "以书面形式提交问题；亚马逊会通过电子邮件和问题日志回复，通常在 24 小时内。",
            ),
            ContactMethod::Phone => Text::new(
                "Amazon calls you back at the number you give, in the window you choose.",
                "亚马逊会在您选择的时段内回拨您提供的电话号码。",
            ),
            ContactMethod::Chat => Text::new(
                "Talk to an associate in Seller Central now; keep the case ID they give you.",
                "立即在卖家平台与客服人员在线沟通；请记下对方提供的问题编号。",
            ),
        }
        .get(lang)
    }

    /// A stable, form- and URL-safe name.
    pub fn slug(self) -> &'static str {
        match self {
            ContactMethod::Email => "email",
            ContactMethod::Phone => "phone",
            ContactMethod::Chat => "chat",
        }
    }

    /// The method with this slug, if any.
    pub fn from_slug(slug: &str) -> Option<ContactMethod> {
        ContactMethod::ALL.into_iter().find(|m| m.slug() == slug)
    }
}

/// When the seller would like Amazon's call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallbackWindow {
    /// As soon as possible.
    #[default]
    Now,
    /// 9:00–12:00 local time.
    Morning,
    /// 12:00–17:00 local time.
    Afternoon,
    /// 17:00–20:00 local time.
    Evening,
}

impl CallbackWindow {
    /// Every window, in time order.
    pub const ALL: [CallbackWindow; 4] =
        [CallbackWindow::Now, CallbackWindow::Morning, CallbackWindow::Afternoon, CallbackWindow::Evening];

    /// The name a seller reads.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            CallbackWindow::Now => Text::new("As soon as possible", "尽快"),
            CallbackWindow::Morning => Text::new("Morning (9:00–12:00)", "上午（9:00–12:00）"),
            CallbackWindow::Afternoon => Text::new("Afternoon (12:00–17:00)", "下午（12:00–17:00）"),
            CallbackWindow::Evening => Text::new("Evening (17:00–20:00)", "晚上（17:00–20:00）"),
        }
        .get(lang)
    }

    /// A stable, form-safe name.
    pub fn slug(self) -> &'static str {
        match self {
            CallbackWindow::Now => "now",
            CallbackWindow::Morning => "morning",
            CallbackWindow::Afternoon => "afternoon",
            CallbackWindow::Evening => "evening",
        }
    }

    /// The window with this slug, if any.
    pub fn from_slug(slug: &str) -> Option<CallbackWindow> {
        CallbackWindow::ALL.into_iter().find(|w| w.slug() == slug)
    }
}

/// The contact details as typed, for every method (switching method keeps them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    /// Email: where Amazon replies.
    pub reply_to: String,
    /// Phone: country calling code.
    pub country_code: String,
    /// Phone: the number without country code.
    pub phone: String,
    /// Phone: preferred callback window.
    pub callback_window: CallbackWindow,
    /// Chat: the name to show the associate.
    pub display_name: String,
}

/// A field of the contact details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContactField {
    /// Email reply-to address.
    ReplyTo,
    /// Phone country code.
    CountryCode,
    /// Phone number.
    Phone,
    /// Chat display name.
    DisplayName,
}

/// Validated contact details for the chosen method, as stored on a case
/// (`"method":"email","reply_to":…`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Contact {
    /// Email, with the reply-to address.
    Email {
        /// Where Amazon replies.
        reply_to: String,
    },
    /// Phone callback.
    Phone {
        /// `+` and 1–3 digits.
        country_code: String,
        /// Digits only.
        number: String,
        /// When to call.
        callback_window: CallbackWindow,
    },
    /// Chat.
    Chat {
        /// The name shown to the associate.
        display_name: String,
    },
}

/// Stored contact details as fields, read in one pass then checked against
/// `method` (serde's derive for a tagged enum buffers through a generic tree).
#[derive(Deserialize)]
struct StoredContact {
    method: String,
    reply_to: Option<String>,
    country_code: Option<String>,
    number: Option<String>,
    callback_window: Option<CallbackWindow>,
    display_name: Option<String>,
}

impl<'de> Deserialize<'de> for Contact {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use crate::domain::stored_field::needs;
        use serde::de::Error;
        let c = StoredContact::deserialize(deserializer)?;
        Ok(match c.method.as_str() {
            "email" => Contact::Email { reply_to: needs(c.reply_to, "reply_to")? },
            "phone" => Contact::Phone {
                country_code: needs(c.country_code, "country_code")?,
                number: needs(c.number, "number")?,
                callback_window: needs(c.callback_window, "callback_window")?,
            },
            "chat" => Contact::Chat { display_name: needs(c.display_name, "display_name")? },
            other => return Err(D::Error::unknown_variant(other, &["email", "phone", "chat"])),
        })
    }
}

impl Contact {
    /// The method these details belong to.
    pub fn method(&self) -> ContactMethod {
        match self {
            Contact::Email { .. } => ContactMethod::Email,
            Contact::Phone { .. } => ContactMethod::Phone,
            Contact::Chat { .. } => ContactMethod::Chat,
        }
    }

    /// One line for the review step and the case page.
    pub fn summary(&self, lang: Lang) -> String {
        match self {
            Contact::Email { reply_to } => {
                lang.pick(format!("Email, replies to {reply_to}"), format!("电子邮件，回复至 {reply_to}"))
            }
            Contact::Phone { country_code, number, callback_window } => {
                let window = callback_window.label(lang);
                lang.pick(
                    format!("Phone callback to {country_code} {number}, {}", window.to_ascii_lowercase()),
                    format!("电话回拨至 {country_code} {number}，{window}"),
                )
            }
            Contact::Chat { display_name } => {
                lang.pick(format!("Chat as {display_name}"), format!("在线聊天，显示名称为 {display_name}"))
            }
        }
    }
}

impl ContactForm {
    /// Validates the fields the method needs; errors, in `lang`, are listed in form order.
    pub fn validate(&self, method: ContactMethod, lang: Lang) -> Result<Contact, Vec<(ContactField, String)>> {
        let mut errors = Vec::new();
        let mut check = |field, result: Result<String, String>| match result {
            Ok(value) => Some(value),
            Err(message) => {
                errors.push((field, message));
                None
            }
        };
        let contact = match method {
            ContactMethod::Email => {
                check(ContactField::ReplyTo, validate_email(&self.reply_to).map_err(|e| e.message(lang)))
                    .map(|reply_to| Contact::Email { reply_to })
            }
            ContactMethod::Phone => {
                let code = check(
                    ContactField::CountryCode,
                    validate_country_code(&self.country_code).map_err(|e| e.message(lang)),
                );
                let number =
                    check(ContactField::Phone, validate_phone_number(&self.phone).map_err(|e| e.message(lang)));
                code.zip(number).map(|(country_code, number)| Contact::Phone {
                    country_code,
                    number,
                    callback_window: self.callback_window,
                })
            }
            ContactMethod::Chat => {
                let name = self.display_name.trim();
                let result = match name.chars().count() {
                    0 => Err(lang
                        .pick("Enter the name the associate should call you by.", "请输入客服人员称呼您时使用的名字。")
                        .to_string()),
                    1..=60 => Ok(name.to_string()),
                    n => Err(lang.pick(
                        format!("Use a shorter name: at most 60 characters (this one has {n})."),
                        format!("请使用较短的名字：最多 60 个字符（当前为 {n} 个）。"),
                    )),
                };
                check(ContactField::DisplayName, result).map(|display_name| Contact::Chat { display_name })
            }
        };
        contact.ok_or(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ContactForm {
        ContactForm {
            reply_to: "cases@shop.example".into(),
            country_code: "44".into(),
            phone: "20 7946 0958".into(),
            callback_window: CallbackWindow::Morning,
            display_name: " Priya ".into(),
        }
    }

    #[test]
    fn each_method_takes_only_its_own_fields() {
        assert_eq!(
            form().validate(ContactMethod::Email, Lang::En),
            Ok(Contact::Email { reply_to: "cases@shop.example".into() })
        );
        assert_eq!(
            form().validate(ContactMethod::Phone, Lang::En),
            Ok(Contact::Phone {
                country_code: "+44".into(),
                number: "2079460958".into(),
                callback_window: CallbackWindow::Morning
            })
        );
        assert_eq!(form().validate(ContactMethod::Chat, Lang::En), Ok(Contact::Chat { display_name: "Priya".into() }));
        // An empty email does not block a phone case.
        let phone_only = ContactForm { reply_to: String::new(), ..form() };
        assert!(phone_only.validate(ContactMethod::Phone, Lang::En).is_ok());
    }

    #[test]
    fn phone_reports_both_fields_in_order() {
        let errors = ContactForm::default().validate(ContactMethod::Phone, Lang::En).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, [ContactField::CountryCode, ContactField::Phone]);
    }

    #[test]
    fn chat_name_limits() {
        let long = ContactForm { display_name: "n".repeat(61), ..form() };
        assert!(long.validate(ContactMethod::Chat, Lang::En).unwrap_err()[0].1.contains("61"));
        let empty = ContactForm { display_name: "  ".into(), ..form() };
        assert_eq!(empty.validate(ContactMethod::Chat, Lang::En).unwrap_err()[0].0, ContactField::DisplayName);
    }

    #[test]
    fn slugs_round_trip() {
        for m in ContactMethod::ALL {
            assert_eq!(ContactMethod::from_slug(m.slug()), Some(m));
        }
        for w in CallbackWindow::ALL {
            assert_eq!(CallbackWindow::from_slug(w.slug()), Some(w));
        }
    }

    #[test]
    fn summaries_read_well() {
        let phone = form().validate(ContactMethod::Phone, Lang::En).unwrap();
        assert_eq!(phone.summary(Lang::En), "Phone callback to +44 2079460958, morning (9:00–12:00)");
        assert_eq!(phone.summary(Lang::Zh), "电话回拨至 +44 2079460958，上午（9:00–12:00）");
        assert_eq!(phone.method(), ContactMethod::Phone);
        assert_eq!(Contact::Chat { display_name: "Priya".into() }.summary(Lang::Zh), "在线聊天，显示名称为 Priya");
    }

    #[test]
    fn chinese_labels_and_errors_are_chinese() {
        use crate::domain::catalog::specific_problem::tests::assert_chinese;
        for m in ContactMethod::ALL {
            assert_chinese(m.label(Lang::Zh), &[], &format!("{m:?}"));
            assert_chinese(m.explanation(Lang::Zh), &[], &format!("{m:?}"));
        }
        for w in CallbackWindow::ALL {
            assert_chinese(w.label(Lang::Zh), &[], &format!("{w:?}"));
        }
        let empty = ContactForm { display_name: String::new(), ..form() };
        let long = ContactForm { display_name: "n".repeat(61), ..form() };
        for f in [empty, long] {
            let message = &f.validate(ContactMethod::Chat, Lang::Zh).unwrap_err()[0].1;
            assert_chinese(message, &[], "chat name");
        }
        assert_eq!(ContactMethod::Chat.label(Lang::En), "Chat");
    }
}
