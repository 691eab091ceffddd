//! The broad kinds of problem a seller brings to Selling Partner Support,
//! mirroring the first choice in Seller Central's Help → Contact Us.

use serde::{Deserialize, Serialize};

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
    pub fn label(self) -> &'static str {
        match self {
            ProblemType::OrdersAndReturns => "Orders and returns",
            ProblemType::AccountHealth => "Account health and suspension",
            ProblemType::ListingsAndCatalog => "Listings and catalog",
            ProblemType::FbaInventory => "FBA inventory and shipments",
            ProblemType::Reimbursements => "Reimbursements for lost or damaged stock",
            ProblemType::Payments => "Payments and disbursements",
            ProblemType::BrandAndIp => "Brand and intellectual property",
            ProblemType::Advertising => "Advertising",
            ProblemType::Tax => "Tax",
            ProblemType::Other => "Something else",
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
        for p in ProblemType::ALL {
            assert!(!p.label().is_empty());
            assert_eq!(ProblemType::ALL.iter().filter(|q| q.label() == p.label()).count(), 1);
        }
    }
}
