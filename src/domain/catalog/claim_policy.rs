//! Claim windows for money cases: how long Amazon accepts a reimbursement
//! claim after units were lost or damaged, after a refund, or after a removal
//! shipment, kept as data with the source each rule was read in and the day
//! it was checked, overridable in Settings.
//!
//! # Days, not times
//!
//! A window is counted in calendar days: the date the seller enters (as
//! Seller Central shows it in the report or the tracking) plus the policy's
//! days. The first and the last day are both inside the window: a claim on
//! the last day is on time, the next day it is late. "Today" is the seller's
//! own calendar date, which the UI passes in ([`local_today`](crate::domain::time::local_today) turns `now`
//! and the seller's UTC offset into it): nothing here reads a clock or a
//! time zone. Amazon may count in its marketplace's time zone (Pacific time
//! in the United States), so a seller far east of it can see the last day end
//! some hours before their midnight; the warning [`CLOSING_SOON_DAYS`] ahead
//! leaves room for that.
//!
//! # The rules
//!
//! The United States marketplace's windows, checked on [`CHECKED`]
//! (27 November 2026). Each [`Policy`] says whether it was read on Amazon's
//! current help page ([`Policy::verified`]) or rests on an announcement, and
//! names its sources. Amazon changes these windows (it cut most of them from
//! 18 months to about 60 days on 23 October 2024) and other marketplaces
//! differ, so a seller can replace any window's days in Settings
//! ([`Settings::claim_windows`](crate::domain::settings::Settings)).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::time::calendar_day;
use crate::domain::{Lang, Text};

/// A kind of reimbursement claim, each with its own window and its own start date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Units lost or damaged in a fulfillment center ("fulfillment center operations claim").
    FulfilmentCentre,
    /// Units missing from a shipment sent to Amazon.
    InboundShipment,
    /// A customer was refunded and the return never came back ("customer return claim").
    CustomerReturn,
    /// A removal shipment lost on its way to the seller.
    RemovalLost,
    /// A removal shipment delivered damaged, incomplete or with other items.
    RemovalDelivered,
}

/// How many days after its start date a window opens and closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimDays {
    /// The first day a claim is accepted, in days after the start date (0: from the start date).
    pub earliest: u32,
    /// The last day a claim is accepted, in days after the start date.
    pub last: u32,
}

/// A page a rule was read in. Titles are the pages' own (English) names:
/// the UI shows them as links marked `lang="en"`, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The page's title as published.
    pub title: &'static str,
    /// Where it is.
    pub url: &'static str,
    /// Published by Amazon (Seller Central help or Seller Forums), not a third party.
    pub amazon: bool,
}

/// Amazon's window for one kind of claim, as researched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// The kind of claim.
    pub kind: ClaimKind,
    /// The window in days after the start date.
    pub days: ClaimDays,
    /// Read on Amazon's current Seller Central help page for this claim. When
    /// false the rule rests on an announcement or a secondary source, and
    /// [`Policy::note`] says which: the UI says so beside the date.
    pub verified: bool,
    /// What the rule rests on and where marketplaces differ.
    pub note: Text,
    /// The pages it was read in, the most authoritative first.
    pub sources: &'static [Source],
    /// The day the sources were checked.
    pub checked: NaiveDate,
}

/// The day every window below was checked against its sources.
pub const CHECKED: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 27) {
    Some(day) => day,
    None => panic!("a valid day"),
};

/// From this many days before the last day a window is closing soon (the last
/// week, the last day included): enough to gather an invoice or a proof of
/// delivery and write the claim, and more than any time-zone difference.
pub const CLOSING_SOON_DAYS: u32 = 7;

/// Longest window a setting accepts, in days (two years: Amazon's longest
/// window before October 2024 was 18 months).
pub const MAX_CLAIM_DAYS: u32 = 730;

/// Amazon's announcement of 24 July 2024 (in force on 23 October 2024) and a
/// trade paper quoting it word for word: the stored copy of the announcement
/// holds its introduction but not its list of windows.
const ANNOUNCEMENT_2024: &[Source] = &[
    Source {
        title: "Seller Forums: Amazon's announcement of new reimbursement claim windows (24 July 2024)",
        url: "https://sellercentral.amazon.com/seller-forums/discussions/t/6605eede-df8e-4498-803f-cb612d95d7ce",
        amazon: true,
    },
    Source {
        title: "Amazon Cuts Claims Window for Lost Inventory",
        url: "https://www.ecommercebytes.com/6dtn",
        amazon: false,
    },
];

/// Every window, in [`ClaimKind`] order.
pub const POLICIES: [Policy; 5] = [
    Policy {
        kind: ClaimKind::FulfilmentCentre,
        days: ClaimDays { earliest: 0, last: 60 },
        verified: false,
        note: Text::new(
            "From Amazon's announcement of 24 July 2024, in force since 23 October 2024 (quoted in the sources below); Amazon's announcements for Europe and the United Arab Emirates give the same 60 days. Amazon's current help page for this claim could not be checked. Amazon now reimburses most of these units on its own: a claim is for those it missed.",
            "依据亚马逊于 2024年7月24日发布、自 2024年10月23日起生效的公告（原文见下方来源）；亚马逊针对欧洲和阿联酋发布的公告也规定为 60 天。未能核对亚马逊目前针对此类索赔的帮助页面。亚马逊现已自动赔偿大多数此类商品，索赔仅针对被遗漏的商品。",
        ),
        sources: ANNOUNCEMENT_2024,
        checked: CHECKED,
    },
    Policy {
        kind: ClaimKind::InboundShipment,
        days: ClaimDays { earliest: 15, last: 60 },
        verified: false,
        note: Text::new(
            "Not confirmed for the United States: this follows Amazon's announcement for the United Arab Emirates (in force since 5 September 2024) and a 2026 guide for sellers; older help pages allowed six to nine months after delivery. Case Desk uses the shorter window so that you are warned in time: check the shipment's Reconcile tab in Seller Central.",
            "尚未针对美国商城得到确认：此期限依据亚马逊针对阿联酋发布的公告（自 2024年9月5日起生效）以及 2026 年的一份卖家指南；较早的帮助页面允许在送达后六至九个月内索赔。Case Desk 采用较短的期限，以便及时提醒您：请在卖家平台中查看该货件的“核对”选项卡。",
        ),
        sources: &[
            Source {
                title: "Update on reimbursement claim window eligibility on FBA (Seller Forums, United Arab Emirates)",
                url: "https://sellercentral.amazon.ae/seller-forums/discussions/t/96a05f4a-537a-49d2-a918-703c47716bc0",
                amazon: true,
            },
            Source {
                title: "How to File Inbound Shipment Claims on Amazon FBA (Refunzo, 9 February 2026)",
                url: "https://www.refunzo.com/insights/file-inbound-shipment-claims-amazon-fba",
                amazon: false,
            },
        ],
        checked: CHECKED,
    },
    Policy {
        kind: ClaimKind::CustomerReturn,
        days: ClaimDays { earliest: 60, last: 120 },
        verified: true,
        note: Text::new(
            "Read on Amazon's current help page for the United States. A claim filed before day 60 is refused: the customer still has time to send the item back. Amazon's announcement for Europe gives 45 to 105 days.",
            "已在亚马逊美国商城当前的帮助页面上核对。第 60 天之前提交的索赔会被拒绝，因为买家仍有时间退回商品。亚马逊针对欧洲发布的公告规定为 45 至 105 天。",
        ),
        sources: &[Source {
            title: "FBA inventory reimbursement policy: Customer return claims",
            url: "https://sellercentral.amazon.com/gp/help/external/G9N934L7Y4SFWPJ4",
            amazon: true,
        }],
        checked: CHECKED,
    },
    Policy {
        kind: ClaimKind::RemovalLost,
        days: ClaimDays { earliest: 15, last: 75 },
        verified: false,
        note: Text::new(
            "From Amazon's announcement of 24 July 2024, in force since 23 October 2024 (quoted in the sources below): not before day 15, so that the shipment can still arrive. The copy of Amazon's help page Case Desk could read still showed the older rule, and Amazon's announcement for the United Arab Emirates counts from the ship date instead.",
            "依据亚马逊于 2024年7月24日发布、自 2024年10月23日起生效的公告（原文见下方来源）：第 15 天之前不能索赔，因为货件仍可能送达。Case Desk 能读到的亚马逊帮助页面仍是旧规定，而亚马逊针对阿联酋发布的公告则从发货日期起算。",
        ),
        sources: ANNOUNCEMENT_2024,
        checked: CHECKED,
    },
    Policy {
        kind: ClaimKind::RemovalDelivered,
        days: ClaimDays { earliest: 0, last: 60 },
        verified: false,
        note: Text::new(
            "From Amazon's announcement of 24 July 2024, in force since 23 October 2024 (quoted in the sources below). Amazon's announcement for the United Arab Emirates gives 30 days, and older help pages gave 30 days for disputes about how returned items were graded.",
            "依据亚马逊于 2024年7月24日发布、自 2024年10月23日起生效的公告（原文见下方来源）。亚马逊针对阿联酋发布的公告规定为 30 天，较早的帮助页面对退货商品评级的争议也规定为 30 天。",
        ),
        sources: ANNOUNCEMENT_2024,
        checked: CHECKED,
    },
];

impl ClaimKind {
    /// Every kind, in the order Settings lists them.
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::FulfilmentCentre,
        ClaimKind::InboundShipment,
        ClaimKind::CustomerReturn,
        ClaimKind::RemovalLost,
        ClaimKind::RemovalDelivered,
    ];

    /// Amazon's window for this kind.
    pub fn policy(self) -> &'static Policy {
        &POLICIES[self as usize]
    }

    /// The kind's name, for Settings and for the choice between two kinds of one problem.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            ClaimKind::FulfilmentCentre => Text::new("Lost or damaged in a fulfillment center", "在运营中心丢失或损坏"),
            ClaimKind::InboundShipment => {
                Text::new("Units missing from a shipment to Amazon", "发往亚马逊的货件中缺少商品")
            }
            ClaimKind::CustomerReturn => {
                Text::new("Customer refunded, return not received", "已向买家退款，但未收到退货")
            }
            ClaimKind::RemovalLost => Text::new("Removal shipment lost on the way", "移除货件在运输途中丢失"),
            ClaimKind::RemovalDelivered => {
                Text::new("Removal shipment delivered damaged or incomplete", "移除货件送达时已损坏或不完整")
            }
        }
        .get(lang)
    }

    /// The label of the date the seller enters: the window's start date.
    pub fn date_label(self, lang: Lang) -> &'static str {
        match self {
            ClaimKind::FulfilmentCentre => Text::new("Date the units were lost or damaged", "商品丢失或损坏的日期"),
            ClaimKind::InboundShipment => {
                Text::new("Date the shipment was delivered to Amazon", "货件送达亚马逊的日期")
            }
            ClaimKind::CustomerReturn => Text::new("Date of the refund", "退款日期"),
            ClaimKind::RemovalLost => Text::new("Date the removal shipment was created", "移除货件的创建日期"),
            ClaimKind::RemovalDelivered => Text::new("Date the removal shipment was delivered", "移除货件的送达日期"),
        }
        .get(lang)
    }

    /// Where the seller finds that date.
    pub fn date_hint(self, lang: Lang) -> &'static str {
        match self {
            ClaimKind::FulfilmentCentre => Text::new(
                "The date the Inventory Ledger reports the units as lost or damaged.",
                "即“库存分类账”中报告商品丢失或损坏的日期。",
            ),
            ClaimKind::InboundShipment => Text::new(
                "The delivery date at the fulfillment center, from the carrier's proof of delivery.",
                "即承运人送达证明上货件送达运营中心的日期。",
            ),
            ClaimKind::CustomerReturn => Text::new(
                "The refund date shown in Manage Returns or in the order's transactions in Payments.",
                "即“管理退货”或“付款”中该订单交易记录上显示的退款日期。",
            ),
            ClaimKind::RemovalLost => Text::new(
                "The shipment creation date in the removal shipment detail report.",
                "即移除货件详情报告中的货件创建日期。",
            ),
            ClaimKind::RemovalDelivered => {
                Text::new("The delivery date in the removal shipment's tracking.", "即移除货件追踪信息中的送达日期。")
            }
        }
        .get(lang)
    }

    /// What the days count from, after "after" ("60 days after the refund"
    /// / "退款后 60 天").
    pub fn start(self, lang: Lang) -> &'static str {
        match self {
            ClaimKind::FulfilmentCentre => Text::new("the loss or damage", "丢失或损坏"),
            ClaimKind::InboundShipment => Text::new("delivery to Amazon", "送达亚马逊"),
            ClaimKind::CustomerReturn => Text::new("the refund", "退款"),
            ClaimKind::RemovalLost => Text::new("the removal shipment was created", "移除货件创建"),
            ClaimKind::RemovalDelivered => Text::new("delivery to you", "送达您处"),
        }
        .get(lang)
    }

    /// Amazon's rule in one sentence, from the policy's days (or `days`
    /// from Settings): "Amazon accepts this claim from 60 to 120 days after
    /// the refund." / "亚马逊受理退款后第 60 天至第 120 天提交的此类索赔。"
    pub fn rule(self, days: ClaimDays, lang: Lang) -> String {
        let start = self.start(lang);
        let ClaimDays { earliest, last } = days;
        match (lang, earliest) {
            (Lang::En, 0) => format!("Amazon accepts this claim up to {last} days after {start}."),
            (Lang::En, _) => format!("Amazon accepts this claim from {earliest} to {last} days after {start}."),
            (Lang::Zh, 0) => format!("亚马逊受理{start}后 {last} 天内提交的此类索赔。"),
            (Lang::Zh, _) => format!("亚马逊受理{start}后第 {earliest} 天至第 {last} 天提交的此类索赔。"),
        }
    }

    /// The explanation shown with a window: the rule, the day it was
    /// checked, what it rests on, and that Amazon may change it. The sources
    /// themselves are [`Policy::sources`], shown as links after it.
    pub fn explanation(self, lang: Lang) -> String {
        let policy = self.policy();
        let rule = self.rule(policy.days, lang);
        let checked = calendar_day(&policy.checked, lang);
        let note = policy.note.get(lang);
        match lang {
            Lang::En => format!(
                "Amazon's rule for the United States, as checked on {checked}: {rule} {note} Amazon may change these windows, and other marketplaces may differ: check the source before you rely on a date, and change the days in Settings if yours differ."
            ),
            Lang::Zh => format!(
                "亚马逊美国商城的规定（核对日期：{checked}）：{rule}{note}亚马逊可能会更改这些期限，其他商城的规定也可能不同：请先查看来源页面再依据这些日期行事；如果您所在商城的天数不同，请在“设置”中修改。"
            ),
        }
    }
}

/// The windows a specific problem (by catalog slug) can have: none for a
/// problem that is not a reimbursement, two when the seller must say which
/// (a removal order lost on the way, or delivered incomplete).
///
/// Money problems without a window: `reimburse-amount-low` (a request to
/// re-evaluate a reimbursement already paid), `refund-amount-wrong`,
/// `fee-overcharge`, `ads-billing`, `return-wrong-item` and `atoz-claim`:
/// no claim window was found for them, and A-to-z has its own deadlines.
pub fn kinds_for(slug: &str) -> &'static [ClaimKind] {
    match slug {
        "reimburse-lost-warehouse" | "reimburse-damaged-warehouse" => &[ClaimKind::FulfilmentCentre],
        "fba-shipment-discrepancy" | "reimburse-inbound-lost" => &[ClaimKind::InboundShipment],
        "return-not-received" | "reimburse-customer-return" => &[ClaimKind::CustomerReturn],
        "fba-removal-order" => &[ClaimKind::RemovalLost, ClaimKind::RemovalDelivered],
        _ => &[],
    }
}
