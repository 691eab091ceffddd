//! The broad kinds of problem a seller brings to Selling Partner Support,
//! mirroring the first choice in Seller Central's Help → Contact Us.

use serde::{Deserialize, Serialize};

use crate::domain::{Lang, Text};

/// The type of problem a case is about (the first step of Contact Us).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemType {
    /// An order gone wrong, a return, a refund request from a buyer.
    OrdersAndReturns,
    /// Account health, policy warnings, suspensions.
    AccountHealth,
    /// Listings that are suppressed, wrong or missing from the catalog.
    ListingsAndCatalog,
    /// FBA inventory and inbound shipments.
    FbaInventory,
    /// Reimbursement for stock lost or damaged by Amazon.
    Reimbursements,
    /// Held payments, disbursements, fees.
    Payments,
    /// Brand registry, counterfeit and intellectual-property complaints.
    BrandAndIp,
    /// Sponsored products and other advertising.
    Advertising,
    /// Tax settings, invoices and documents.
    Tax,
    /// Anything that fits none of the above.
    Other,
}

impl ProblemType {
    /// Every problem type, in the order Contact Us lists them.
    pub const ALL: [ProblemType; 10] = [
        ProblemType::OrdersAndReturns,
        ProblemType::AccountHealth,
        ProblemType::ListingsAndCatalog,
        ProblemType::FbaInventory,
        ProblemType::Reimbursements,
        ProblemType::Payments,
        ProblemType::BrandAndIp,
        ProblemType::Advertising,
        ProblemType::Tax,
        ProblemType::Other,
    ];

    /// The name a seller reads.
    pub fn label(self, lang: Lang) -> &'static str {
        self.name().get(lang)
    }

    fn name(self) -> Text {
        match self {
            ProblemType::OrdersAndReturns => Text::new("Orders and returns", "订单和退货"),
            ProblemType::AccountHealth => Text::new("Account health and suspension", "账户状况和账户暂停"),
            ProblemType::ListingsAndCatalog => Text::new("Listings and catalog", "商品信息和目录"),
            ProblemType::FbaInventory => Text::new("FBA inventory and shipments", "亚马逊物流库存和货件"),
            ProblemType::Reimbursements => {
                Text::new("Reimbursements for lost or damaged stock", "丢失或损坏库存的赔偿")
            }
            ProblemType::Payments => Text::new("Payments and disbursements", "付款和转账"),
            ProblemType::BrandAndIp => Text::new("Brand and intellectual property", "品牌和知识产权"),
            ProblemType::Advertising => Text::new("Advertising", "广告"),
            ProblemType::Tax => Text::new("Tax", "税务"),
            ProblemType::Other => Text::new("Something else", "其他问题"),
        }
    }

    /// A stable, URL- and form-safe name; the same string the stored format uses.
    pub fn slug(self) -> &'static str {
        match self {
            ProblemType::OrdersAndReturns => "orders_and_returns",
            ProblemType::AccountHealth => "account_health",
            ProblemType::ListingsAndCatalog => "listings_and_catalog",
            ProblemType::FbaInventory => "fba_inventory",
            ProblemType::Reimbursements => "reimbursements",
            ProblemType::Payments => "payments",
            ProblemType::BrandAndIp => "brand_and_ip",
            ProblemType::Advertising => "advertising",
            ProblemType::Tax => "tax",
            ProblemType::Other => "other",
        }
    }

    /// The problem type with this slug, if any.
    pub fn from_slug(slug: &str) -> Option<ProblemType> {
        ProblemType::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_round_trips_and_is_unique() {
        for p in ProblemType::ALL {
            assert_eq!(ProblemType::from_slug(p.slug()), Some(p));
            let same = ProblemType::ALL.iter().filter(|q| q.slug() == p.slug()).count();
            assert_eq!(same, 1, "slug {} is shared", p.slug());
        }
        assert_eq!(ProblemType::from_slug(""), None);
        assert_eq!(ProblemType::from_slug("Orders and returns"), None);
    }

    // The stored format and the form both use the slug: they must never drift apart.
    #[test]
    fn serde_name_is_the_slug() {
        for p in ProblemType::ALL {
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.slug()));
        }
    }

    #[test]
    fn labels_are_unique_and_readable() {
        for lang in Lang::ALL {
            for p in ProblemType::ALL {
                assert!(!p.label(lang).is_empty());
                assert_eq!(ProblemType::ALL.iter().filter(|q| q.label(lang) == p.label(lang)).count(), 1);
            }
        }
        assert_eq!(ProblemType::FbaInventory.label(Lang::En), "FBA inventory and shipments");
        assert_eq!(ProblemType::FbaInventory.label(Lang::Zh), "亚马逊物流库存和货件");
    }
}
