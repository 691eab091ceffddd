//! The identifiers a case names (order IDs, ASINs, SKUs, FNSKUs, FBA shipment
//! IDs) and the contact details a seller gives, each with its validator.
//!
//! Validators trim, normalise (upper-case where Amazon does) and explain a
//! refusal in words a seller can act on, with an example of the right shape,
//! in the language asked for.

use serde::{Deserialize, Serialize};

use crate::domain::{Lang, Text};

/// A kind of identifier Amazon asks for in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    /// An order ID, `3-7-7` digits.
    OrderId,
    /// An ASIN, 10 letters or digits.
    Asin,
    /// The seller's own SKU, up to 40 characters.
    Sku,
    /// A fulfillment network SKU (FBA label), 10 characters, usually `X00…`.
    Fnsku,
    /// An FBA inbound shipment ID, `FBA` and letters/digits.
    ShipmentId,
}

impl IdentifierKind {
    /// Every kind, in the order forms show them.
    pub const ALL: [IdentifierKind; 5] = [
        IdentifierKind::OrderId,
        IdentifierKind::Asin,
        IdentifierKind::Sku,
        IdentifierKind::Fnsku,
        IdentifierKind::ShipmentId,
    ];

    /// The name a seller reads.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            IdentifierKind::OrderId => Text::new("Order ID", "订单编号"),
            IdentifierKind::Asin => Text::new("ASIN", "ASIN"),
            IdentifierKind::Sku => Text::new("SKU", "SKU"),
            IdentifierKind::Fnsku => Text::new("FNSKU", "FNSKU"),
            IdentifierKind::ShipmentId => Text::new("FBA shipment ID", "货件编号"),
        }
        .get(lang)
    }

    /// The plural, for lists and templates (Chinese has none: the label).
    pub fn plural(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                IdentifierKind::OrderId => "Order IDs",
                IdentifierKind::Asin => "ASINs",
                IdentifierKind::Sku => "SKUs",
                IdentifierKind::Fnsku => "FNSKUs",
                IdentifierKind::ShipmentId => "FBA shipment IDs",
            },
            Lang::Zh => self.label(lang),
        }
    }

    /// A stable, form- and URL-safe name.
    pub fn slug(self) -> &'static str {
        match self {
            IdentifierKind::OrderId => "order-id",
            IdentifierKind::Asin => "asin",
            IdentifierKind::Sku => "sku",
            IdentifierKind::Fnsku => "fnsku",
            IdentifierKind::ShipmentId => "shipment-id",
        }
    }

    /// An example of the right shape, shown as a hint.
    pub fn example(self) -> &'static str {
        match self {
            IdentifierKind::OrderId => "112-4738291-5047863",
            IdentifierKind::Asin => "B0C7XK2M9Q",
            IdentifierKind::Sku => "MUG-BLUE-350ML",
            IdentifierKind::Fnsku => "X001ABC2DE",
            IdentifierKind::ShipmentId => "FBA15ABCDE12",
        }
    }

    /// Checks one value of this kind; returns it normalised, or why not.
    pub fn validate(self, raw: &str) -> Result<String, IdentifierError> {
        match self {
            IdentifierKind::OrderId => validate_order_id(raw),
            IdentifierKind::Asin => validate_asin(raw),
            IdentifierKind::Sku => validate_sku(raw),
            IdentifierKind::Fnsku => validate_fnsku(raw),
            IdentifierKind::ShipmentId => validate_shipment_id(raw),
        }
    }
}

/// Why a value is not the identifier it was typed as; [`IdentifierError::message`]
/// says what the right shape is and where to copy it from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentifierError {
    /// Not three groups of 3, 7 and 7 digits.
    OrderId,
    /// Not 10 letters and digits (it has `length` characters).
    Asin {
        /// Characters typed.
        length: usize,
    },
    /// An empty SKU line.
    SkuEmpty,
    /// A SKU over 40 characters (it has `length`).
    SkuTooLong {
        /// Characters typed.
        length: usize,
    },
    /// A SKU with a line break or a tab.
    SkuNotOneLine,
    /// Not 10 letters and digits starting with X00 or B0.
    Fnsku,
    /// Not FBA and 5 to 12 letters and digits.
    ShipmentId,
    /// Not an email address Amazon can reply to.
    Email,
    /// Not + and 1 to 3 digits.
    CountryCode,
    /// Not 4 to 14 digits.
    PhoneNumber,
    /// Not 8 to 14 digits.
    AmazonCaseId,
}

impl IdentifierError {
    /// What the right shape is, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        match self {
            IdentifierError::OrderId => lang
                .pick(
                    "An order ID is 17 digits in three groups, 3-7-7, joined by hyphens (e.g. 112-4738291-5047863). Copy it from the order page.",
                    "订单编号为 17 位数字，按 3-7-7 分成三组，以连字符相连（例如 112-4738291-5047863）。请从订单页面复制。",
                )
                .into(),
            IdentifierError::Asin { length } => lang.pick(
                format!("An ASIN is exactly 10 letters and digits, with no spaces (e.g. B0C7XK2M9Q). This one has {length} characters."),
                format!("ASIN 由 10 个字母和数字组成，不含空格（例如 B0C7XK2M9Q）。当前输入有 {length} 个字符。"),
            ),
            IdentifierError::SkuEmpty => lang.pick("Enter the SKU, or remove this line.", "请输入 SKU，或删除此行。").into(),
            IdentifierError::SkuTooLong { length } => lang.pick(
                format!("A SKU has at most 40 characters; this one has {length}. Copy it from Manage Inventory."),
                format!("SKU 最多 40 个字符，当前输入有 {length} 个。请从“管理库存”中复制。"),
            ),
            IdentifierError::SkuNotOneLine => lang
                .pick(
                    "A SKU is one line of text: remove the line break or tab.",
                    "SKU 只能是一行文字：请删除换行符或制表符。",
                )
                .into(),
            IdentifierError::Fnsku => lang
                .pick(
                    "An FNSKU is 10 letters and digits starting with X00 (e.g. X001ABC2DE), as printed on the FBA label.",
                    "FNSKU 由 10 个字母和数字组成，以 X00 开头（例如 X001ABC2DE），与亚马逊物流标签上印的一致。",
                )
                .into(),
            IdentifierError::ShipmentId => lang
                .pick(
                    "An FBA shipment ID starts with FBA followed by 5 to 12 letters and digits (e.g. FBA15ABCDE12). Find it in Shipping Queue.",
                    "货件编号以 FBA 开头，后接 5 到 12 个字母和数字（例如 FBA15ABCDE12）。可在“货件处理进度”中找到。",
                )
                .into(),
            IdentifierError::Email => lang
                .pick(
                    "Enter an email address like name@example.com, where Amazon can reply.",
                    "请输入亚马逊可以回复的电子邮件地址，例如 name@example.com。",
                )
                .into(),
            IdentifierError::CountryCode => lang
                .pick(
                    "Enter the country calling code, like +1 (US, Canada), +44 (UK) or +49 (Germany).",
                    "请输入国家/地区代码，例如 +86（中国）、+1（美国、加拿大）或 +44（英国）。",
                )
                .into(),
            IdentifierError::PhoneNumber => lang
                .pick(
                    "Enter the phone number Amazon should call, digits only (spaces and hyphens are fine), without the country code.",
                    "请输入亚马逊应拨打的电话号码，只填数字（可含空格和连字符），不含国家/地区代码。",
                )
                .into(),
            IdentifierError::AmazonCaseId => lang
                .pick(
                    "Amazon's case ID is 8 to 14 digits, as shown in the confirmation email or under Case Log in Seller Central.",
                    "亚马逊的问题编号为 8 到 14 位数字，见确认电子邮件或卖家平台的“问题日志”。",
                )
                .into(),
        }
    }
}

fn is_alnum(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

/// An order ID: three groups of 3, 7 and 7 digits joined by hyphens.
pub fn validate_order_id(raw: &str) -> Result<String, IdentifierError> {
    let value = raw.trim();
    let groups: Vec<&str> = value.split('-').collect();
    let shape_ok = groups.len() == 3 && groups.iter().zip([3, 7, 7]).all(|(g, len)| g.len() == len && is_digits(g));
    shape_ok.then(|| value.to_string()).ok_or(IdentifierError::OrderId)
}

/// An ASIN: exactly 10 letters or digits (upper-cased).
pub fn validate_asin(raw: &str) -> Result<String, IdentifierError> {
    let value = raw.trim().to_ascii_uppercase();
    if value.len() == 10 && is_alnum(&value) {
        Ok(value)
    } else {
        Err(IdentifierError::Asin { length: value.chars().count() })
    }
}

/// A SKU: the seller's own code, 1 to 40 characters, no line breaks.
pub fn validate_sku(raw: &str) -> Result<String, IdentifierError> {
    let value = raw.trim();
    let length = value.chars().count();
    if length == 0 {
        Err(IdentifierError::SkuEmpty)
    } else if length > 40 {
        Err(IdentifierError::SkuTooLong { length })
    } else if value.chars().any(char::is_control) {
        Err(IdentifierError::SkuNotOneLine)
    } else {
        Ok(value.to_string())
    }
}

/// An FNSKU: 10 letters or digits, starting with `X00` (or an ASIN's `B0` when
/// the manufacturer barcode is used).
pub fn validate_fnsku(raw: &str) -> Result<String, IdentifierError> {
    let value = raw.trim().to_ascii_uppercase();
    let ok = value.len() == 10 && is_alnum(&value) && (value.starts_with("X00") || value.starts_with("B0"));
    ok.then_some(value).ok_or(IdentifierError::Fnsku)
}

/// An FBA shipment ID: `FBA` then 5 to 12 letters or digits (spaces ignored, upper-cased).
pub fn validate_shipment_id(raw: &str) -> Result<String, IdentifierError> {
    let value: String = raw.split_whitespace().collect::<String>().to_ascii_uppercase();
    let rest = value.strip_prefix("FBA").unwrap_or("");
    let ok = value.starts_with("FBA") && (5..=12).contains(&rest.len()) && is_alnum(rest);
    ok.then_some(value).ok_or(IdentifierError::ShipmentId)
}

/// An email address for Amazon's replies.
pub fn validate_email(raw: &str) -> Result<String, IdentifierError> {
    let value = raw.trim();
    let (local, domain) = value.split_once('@').ok_or(IdentifierError::Email)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    let local_ok = !local.is_empty() && !local.chars().any(|c| c.is_whitespace() || c == '@' || c.is_control());
    (local_ok && domain_ok && value.len() <= 254).then(|| value.to_string()).ok_or(IdentifierError::Email)
}

/// A country calling code: `+` and 1 to 3 digits (the `+` may be left out).
pub fn validate_country_code(raw: &str) -> Result<String, IdentifierError> {
    let value = raw.trim();
    let digits = value.strip_prefix('+').unwrap_or(value);
    let ok = is_digits(digits) && digits.len() <= 3 && !digits.starts_with('0');
    ok.then(|| format!("+{digits}")).ok_or(IdentifierError::CountryCode)
}

/// A phone number without its country code: 4 to 14 digits; spaces, dots,
/// hyphens and brackets are allowed between them and dropped.
pub fn validate_phone_number(raw: &str) -> Result<String, IdentifierError> {
    let value = raw.trim();
    let allowed = value.chars().all(|c| c.is_ascii_digit() || " .-()".contains(c));
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    (allowed && (4..=14).contains(&digits.len())).then_some(digits).ok_or(IdentifierError::PhoneNumber)
}

/// Amazon's own case ID, from the confirmation: 8 to 14 digits.
pub fn validate_amazon_case_id(raw: &str) -> Result<String, IdentifierError> {
    let value = raw.trim();
    (is_digits(value) && (8..=14).contains(&value.len()))
        .then(|| value.to_string())
        .ok_or(IdentifierError::AmazonCaseId)
}

/// A validated identifier on a case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Identifier {
    /// What it is.
    pub kind: IdentifierKind,
    /// The normalised value.
    pub value: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_id_edges() {
        assert_eq!(
            validate_order_id(" 112-4738291-5047863 ").map_err(|e| e.message(Lang::En)).as_deref(),
            Ok("112-4738291-5047863")
        );
        for bad in [
            "",
            "112-4738291-504786",
            "1124738291-5047863",
            "112 4738291 5047863",
            "112-4738291-50478634",
            "11a-4738291-5047863",
            "112-4738291-5047863-",
            "１１２-4738291-5047863",
        ] {
            let err = validate_order_id(bad).map_err(|e| e.message(Lang::En)).unwrap_err();
            assert!(err.contains("3-7-7"), "{bad}: {err}");
        }
    }

    #[test]
    fn asin_edges() {
        assert_eq!(validate_asin("b0c7xk2m9q").map_err(|e| e.message(Lang::En)).as_deref(), Ok("B0C7XK2M9Q"));
        assert_eq!(validate_asin("0306406152").map_err(|e| e.message(Lang::En)).as_deref(), Ok("0306406152")); // an ISBN-10 is an ASIN
        assert!(validate_asin("B0C7XK2M9").map_err(|e| e.message(Lang::En)).unwrap_err().contains("has 9 characters"));
        assert!(validate_asin("B0C7XK2M9QQ")
            .map_err(|e| e.message(Lang::En))
            .unwrap_err()
            .contains("has 11 characters"));
        assert!(validate_asin("B0C7-K2M9Q").map_err(|e| e.message(Lang::En)).is_err());
        assert!(validate_asin("B0C7 K2M9Q").map_err(|e| e.message(Lang::En)).is_err());
        assert!(validate_asin("").map_err(|e| e.message(Lang::En)).is_err());
    }

    #[test]
    fn sku_edges() {
        assert_eq!(validate_sku("  MUG-BLUE 350ml ").map_err(|e| e.message(Lang::En)).as_deref(), Ok("MUG-BLUE 350ml"));
        assert!(validate_sku(&"é".repeat(40)).map_err(|e| e.message(Lang::En)).is_ok());
        assert!(validate_sku(&"a".repeat(41)).map_err(|e| e.message(Lang::En)).unwrap_err().contains("41"));
        assert!(validate_sku("   ").map_err(|e| e.message(Lang::En)).is_err());
        assert!(validate_sku("two\tparts").map_err(|e| e.message(Lang::En)).is_err());
    }

    #[test]
    fn fnsku_edges() {
        assert_eq!(validate_fnsku("x001abc2de").map_err(|e| e.message(Lang::En)).as_deref(), Ok("X001ABC2DE"));
        assert!(validate_fnsku("B0C7XK2M9Q").map_err(|e| e.message(Lang::En)).is_ok());
        for bad in ["X001ABC2D", "X001ABC2DEF", "Y001ABC2DE", "X00-ABC2DE", ""] {
            assert!(validate_fnsku(bad).map_err(|e| e.message(Lang::En)).unwrap_err().contains("X00"), "{bad}");
        }
    }

    #[test]
    fn shipment_id_edges_are_lenient_about_case_and_spaces() {
        assert_eq!(validate_shipment_id("fba15abcde").map_err(|e| e.message(Lang::En)).as_deref(), Ok("FBA15ABCDE"));
        assert_eq!(validate_shipment_id("FBA 15AB CDE").map_err(|e| e.message(Lang::En)).as_deref(), Ok("FBA15ABCDE"));
        assert!(validate_shipment_id("FBA12345").map_err(|e| e.message(Lang::En)).is_ok()); // 5 after FBA
        assert!(validate_shipment_id("FBA123456789012").map_err(|e| e.message(Lang::En)).is_ok()); // 12 after FBA
        for bad in ["FBA1234", "FBA1234567890123", "15ABCDE", "FBX15ABCDE", "FBA15-ABCDE", "FBA"] {
            assert!(
                validate_shipment_id(bad).map_err(|e| e.message(Lang::En)).unwrap_err().contains("starts with FBA"),
                "{bad}"
            );
        }
    }

    #[test]
    fn email_edges() {
        for ok in ["a@b.co", " seller.name+cases@shop.example.com ", "Ünïcode@exämple.de"] {
            assert!(validate_email(ok).map_err(|e| e.message(Lang::En)).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "plain",
            "@shop.com",
            "me@",
            "me@shop",
            "me@.shop.com",
            "me@shop.com.",
            "me@sh..op.com",
            "me @shop.com",
            "me@shop .com",
            "a@b@c.com",
        ] {
            assert!(validate_email(bad).map_err(|e| e.message(Lang::En)).is_err(), "{bad}");
        }
        assert!(validate_email(&format!("{}@example.com", "a".repeat(250))).map_err(|e| e.message(Lang::En)).is_err());
    }

    #[test]
    fn country_code_edges() {
        assert_eq!(validate_country_code("+44").map_err(|e| e.message(Lang::En)).as_deref(), Ok("+44"));
        assert_eq!(validate_country_code("1").map_err(|e| e.message(Lang::En)).as_deref(), Ok("+1"));
        assert_eq!(validate_country_code(" +971 ").map_err(|e| e.message(Lang::En)).as_deref(), Ok("+971"));
        for bad in ["", "+", "+1234", "+0", "044", "+4a", "++44"] {
            assert!(validate_country_code(bad).map_err(|e| e.message(Lang::En)).is_err(), "{bad}");
        }
    }

    #[test]
    fn phone_number_edges() {
        assert_eq!(
            validate_phone_number("(030) 123-45.67").map_err(|e| e.message(Lang::En)).as_deref(),
            Ok("0301234567")
        );
        assert!(validate_phone_number("1234").map_err(|e| e.message(Lang::En)).is_ok());
        assert!(validate_phone_number("12345678901234").map_err(|e| e.message(Lang::En)).is_ok());
        for bad in ["", "123", "123456789012345", "555-CALL-NOW", "+44 20 7946 0958"] {
            assert!(validate_phone_number(bad).map_err(|e| e.message(Lang::En)).is_err(), "{bad}");
        }
    }

    #[test]
    fn amazon_case_id_edges() {
        assert!(validate_amazon_case_id("12345678").map_err(|e| e.message(Lang::En)).is_ok());
        assert!(validate_amazon_case_id(" 12345678901234 ").map_err(|e| e.message(Lang::En)).is_ok());
        for bad in ["1234567", "123456789012345", "1234-5678", "", "CASE12345678"] {
            assert!(
                validate_amazon_case_id(bad).map_err(|e| e.message(Lang::En)).unwrap_err().contains("8 to 14 digits"),
                "{bad}"
            );
        }
    }

    #[test]
    fn chinese_labels_and_refusals_are_chinese() {
        use crate::domain::catalog::specific_problem::tests::assert_chinese;
        // The shapes a refusal shows: examples, the "X00" and "FBA" an identifier starts with.
        let shapes =
            ["112-4738291-5047863", "B0C7XK2M9Q", "X001ABC2DE", "FBA15ABCDE12", "X00", "FBA", "name@example.com"];
        for kind in IdentifierKind::ALL {
            assert_chinese(kind.label(Lang::Zh), &[], &format!("{kind:?}"));
            assert_eq!(kind.plural(Lang::Zh), kind.label(Lang::Zh));
            let refusal = kind.validate("").unwrap_err().message(Lang::Zh);
            assert_chinese(&refusal, &shapes, &format!("{kind:?}"));
        }
        let refusals = [
            validate_sku("").map_err(|e| e.message(Lang::Zh)),
            validate_sku(&"a".repeat(41)).map_err(|e| e.message(Lang::Zh)),
            validate_sku("two\tparts").map_err(|e| e.message(Lang::Zh)),
            validate_email("plain").map_err(|e| e.message(Lang::Zh)),
            validate_country_code("").map_err(|e| e.message(Lang::Zh)),
            validate_phone_number("").map_err(|e| e.message(Lang::Zh)),
            validate_amazon_case_id("").map_err(|e| e.message(Lang::Zh)),
        ];
        for refusal in refusals {
            assert_chinese(&refusal.unwrap_err(), &shapes, "refusal");
        }
        assert!(validate_asin("B0C7XK2M9").map_err(|e| e.message(Lang::Zh)).unwrap_err().contains("有 9 个字符"));
        assert_eq!(IdentifierKind::ShipmentId.label(Lang::En), "FBA shipment ID");
    }

    #[test]
    fn every_refusal_shows_its_kinds_own_example() {
        // The messages write the examples out (no formatting code in the wasm for a constant).
        for (kind, error) in [
            (IdentifierKind::OrderId, IdentifierError::OrderId),
            (IdentifierKind::Asin, IdentifierError::Asin { length: 3 }),
            (IdentifierKind::Fnsku, IdentifierError::Fnsku),
            (IdentifierKind::ShipmentId, IdentifierError::ShipmentId),
        ] {
            for lang in [Lang::En, Lang::Zh] {
                assert!(error.message(lang).contains(kind.example()), "{kind:?} {lang:?}");
            }
        }
    }

    #[test]
    fn every_kind_accepts_its_own_example() {
        for kind in IdentifierKind::ALL {
            assert_eq!(kind.validate(kind.example()).as_deref(), Ok(kind.example()), "{kind:?}");
        }
    }
}
