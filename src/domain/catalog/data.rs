//! The catalog itself: specific problems under each problem type, drawn from
//! the choices Seller Central's Help → Contact Us offers, each text in
//! English and Chinese (Seller Central's Chinese names for its pages and terms).

use crate::domain::catalog::specific_problem::{EvidenceNeed, SpecificProblem};
use crate::domain::contact_method::ContactMethod::{self, Chat, Email, Phone};
use crate::domain::evidence::EvidenceKind as E;
use crate::domain::identifiers::IdentifierKind::{Asin, Fnsku, OrderId, ShipmentId, Sku};
use crate::domain::{ProblemType as T, Text};

const ANY: &[ContactMethod] = &[Email, Phone, Chat];
const EMAIL_ONLY: &[ContactMethod] = &[Email];
const EMAIL_PHONE: &[ContactMethod] = &[Email, Phone];

const fn ev(kind: E, en: &'static str, zh: &'static str) -> EvidenceNeed {
    EvidenceNeed { kind, what: Text::new(en, zh) }
}

/// Every specific problem, grouped by type.
pub(super) const PROBLEMS: &[SpecificProblem] = &[
    // Orders and returns
    SpecificProblem {
        slug: "order-delivered-damaged", problem_type: T::OrdersAndReturns, required: &[OrderId], recommended: &[Asin, Sku], methods: ANY,
        title: Text::new("Buyer received a damaged item", "买家收到的商品已损坏"),
        evidence: &[
            ev(E::Photo, "Photos of the damaged item and packaging", "损坏商品及其包装的照片"),
            ev(E::Tracking, "Carrier tracking showing delivery", "显示已送达的承运人追踪信息"),
        ],
        hint: Text::new("Check the buyer's return request first: an approved return may already cover it.", "请先查看买家的退货请求：已批准的退货可能已涵盖此问题。"),
        tried: Text::new("I have already checked the buyer's return request for this order.", "我已查看过该订单的买家退货请求。"),
        template: Text::new(
            "Order {order_ids} (ASIN {asins}) reached the buyer damaged.\n\n{details}\n\nCould you please advise how to resolve this for the buyer and whether the loss can be reimbursed?",
            "订单 {order_ids} 中的商品（ASIN {asins}）送达买家时已损坏。\n\n{details}\n\n能否请您告知如何为买家解决此问题，以及这项损失能否获得赔偿？",
        ),
    },
    SpecificProblem {
        slug: "order-not-delivered", problem_type: T::OrdersAndReturns, required: &[OrderId], recommended: &[], methods: ANY,
        title: Text::new("Order shows delivered but buyer did not receive it", "订单显示已送达，但买家未收到"),
        evidence: &[
            ev(E::Tracking, "Carrier tracking and proof of delivery", "承运人追踪信息和送达证明"),
            ev(E::Correspondence, "Buyer messages about the missing parcel", "买家关于包裹丢失的消息"),
        ],
        hint: Text::new("Ask the carrier for proof of delivery (GPS or signature) before opening the case.", "提交问题前，请先向承运人索取送达证明（定位记录或签收签名）。"),
        tried: Text::new("I have already asked the carrier for proof of delivery (GPS or signature).", "我已向承运人索取送达证明（定位记录或签收签名）。"),
        template: Text::new(
            "Order {order_ids} is marked as delivered, but the buyer reports they did not receive it.\n\n{details}\n\nCould you please review the delivery scan and advise on the next steps?",
            "订单 {order_ids} 显示已送达，但买家表示未收到商品。\n\n{details}\n\n能否请您核查送达扫描记录，并告知后续处理步骤？",
        ),
    },
    SpecificProblem {
        slug: "return-not-received", problem_type: T::OrdersAndReturns, required: &[OrderId], recommended: &[Asin], methods: ANY,
        title: Text::new("Refunded a return that never came back", "已为退货退款，但商品一直未退回"),
        evidence: &[
            ev(E::Tracking, "Return tracking showing no delivery", "显示未送达的退货追踪信息"),
            ev(E::Screenshot, "Screenshot of the refund in Manage Returns", "“管理退货”中的退款截图"),
        ],
        hint: Text::new(
            "Wait 60 days after the refund: Amazon reimburses most FBA returns not received by then, and a claim can be filed from day 60 to day 120.",
            "请在退款后等待 60 天：届时仍未收到的亚马逊物流退货，亚马逊通常会给予赔偿；退款后第 60 天至第 120 天可提交索赔。",
        ),
        tried: Text::new("I waited 60 days after the refund, and the return has still not been received.", "我已在退款后等待了 60 天，仍未收到退货。"),
        template: Text::new(
            "The buyer of order {order_ids} was refunded, but the returned item (ASIN {asins}) has not arrived.\n\n{details}\n\nCould you please investigate the return and reimburse the item if it is lost?",
            "订单 {order_ids} 的买家已获得退款，但退回的商品（ASIN {asins}）尚未到达。\n\n{details}\n\n能否请您调查此笔退货，并在商品丢失时为其提供赔偿？",
        ),
    },
    SpecificProblem {
        slug: "return-wrong-item", problem_type: T::OrdersAndReturns, required: &[OrderId], recommended: &[Asin, Sku], methods: ANY,
        title: Text::new("Buyer returned a different or used item", "买家退回了其他商品或已使用的商品"),
        evidence: &[
            ev(E::Photo, "Photos of what came back, with labels", "退回物品及其标签的照片"),
            ev(E::Invoice, "Invoice for the original item", "原商品的发票"),
        ],
        hint: Text::new("Photograph the returned item and its labels on arrival, before opening the box further.", "退货到达时，请先拍下退回物品及其标签的照片，再进一步拆箱。"),
        tried: Text::new(
            "I photographed the returned item and its labels on arrival, before opening the box further.",
            "退货到达时，我已在进一步拆箱前拍下了退回物品及其标签的照片。",
        ),
        template: Text::new(
            "For order {order_ids}, the item returned is not the one we sent (ASIN {asins}).\n\n{details}\n\nCould you please review this return and reimburse us for the item?",
            "订单 {order_ids} 退回的物品并非我们发出的商品（ASIN {asins}）。\n\n{details}\n\n能否请您审核此笔退货，并就该商品向我们提供赔偿？",
        ),
    },
    SpecificProblem {
        slug: "atoz-claim", problem_type: T::OrdersAndReturns, required: &[OrderId], recommended: &[], methods: EMAIL_ONLY,
        title: Text::new("A-to-z Guarantee claim against an order", "订单收到亚马逊商城交易保障索赔（A-to-z）"),
        evidence: &[
            ev(E::Tracking, "Tracking with delivery confirmation", "带有送达确认的追踪信息"),
            ev(E::Correspondence, "Your messages with the buyer", "您与买家之间的消息"),
        ],
        hint: Text::new(
            "Answer the claim itself within 72 hours under Performance → A-to-z Guarantee Claims.",
            "请在 72 小时内前往“绩效 → 亚马逊商城交易保障索赔”直接回复该索赔。",
        ),
        tried: Text::new(
            "I have already answered the claim itself within 72 hours under Performance → A-to-z Guarantee Claims.",
            "我已在 72 小时内通过“绩效 → 亚马逊商城交易保障索赔”回复了该索赔。",
        ),
        template: Text::new(
            "I would like to appeal the A-to-z Guarantee claim on order {order_ids}.\n\n{details}\n\nCould you please review the claim?",
            "我希望就订单 {order_ids} 的亚马逊商城交易保障索赔（A-to-z）提出申诉。\n\n{details}\n\n能否请您审核该索赔？",
        ),
    },
    SpecificProblem {
        slug: "order-cancellation", problem_type: T::OrdersAndReturns, required: &[OrderId], recommended: &[], methods: ANY,
        title: Text::new("Order cancelled or cannot be cancelled", "订单已取消或无法取消"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the order status", "订单状态截图"),
        ],
        hint: Text::new("Buyer-requested cancellations can be done under Manage Orders without a case.", "买家申请的取消可直接在“管理订单”中处理，无需提交问题。"),
        tried: Text::new("I have already checked the cancellation options under Manage Orders.", "我已在“管理订单”中查看过取消选项。"),
        template: Text::new(
            "I need help with the cancellation of order {order_ids}.\n\n{details}\n\nCould you please help me resolve the order status?",
            "关于订单 {order_ids} 的取消事宜，我需要您的协助。\n\n{details}\n\n能否请您帮助我解决该订单的状态问题？",
        ),
    },
    SpecificProblem {
        slug: "refund-amount-wrong", problem_type: T::OrdersAndReturns, required: &[OrderId], recommended: &[], methods: ANY,
        title: Text::new("Refund amount charged to me is wrong", "向我收取的退款金额有误"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the transaction in Payments", "“付款”中该笔交易的截图"),
        ],
        hint: Text::new(
            "Compare the order's transaction view with the refund: restocking fees are applied by you, not Amazon.",
            "请将订单的交易详情与退款进行对比：重新入库费由您自行收取，而非亚马逊。",
        ),
        tried: Text::new(
            "I have already compared the order's transaction view with the refund, including any restocking fee.",
            "我已将订单的交易详情与退款进行了对比，包括任何重新入库费。",
        ),
        template: Text::new(
            "The refund charged to my account for order {order_ids} does not match the amount the buyer paid.\n\n{details}\n\nCould you please review the refund and correct the charge?",
            "就订单 {order_ids} 从我账户扣除的退款金额与买家实付金额不符。\n\n{details}\n\n能否请您审核该笔退款并更正扣款？",
        ),
    },
    SpecificProblem {
        slug: "buyer-messaging", problem_type: T::OrdersAndReturns, required: &[OrderId], recommended: &[], methods: ANY,
        title: Text::new("Cannot contact a buyer through Buyer-Seller Messaging", "无法通过买家与卖家消息联系买家"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the error in Buyer-Seller Messages", "“买家与卖家消息”中的错误截图"),
        ],
        hint: Text::new(
            "Only order-related messages are allowed; check the message follows the communication guidelines.",
            "仅允许发送与订单相关的消息；请确认消息符合沟通指南。",
        ),
        tried: Text::new(
            "I have already checked that my message is order-related and follows the communication guidelines.",
            "我已确认我的消息与订单相关，并且符合沟通指南。",
        ),
        template: Text::new(
            "I cannot send a message to the buyer of order {order_ids}.\n\n{details}\n\nCould you please help me reach the buyer?",
            "我无法向订单 {order_ids} 的买家发送消息。\n\n{details}\n\n能否请您帮助我联系到该买家？",
        ),
    },
    // Account health and suspension
    SpecificProblem {
        slug: "account-deactivated", problem_type: T::AccountHealth, required: &[], recommended: &[OrderId, Asin], methods: EMAIL_ONLY,
        title: Text::new("Account deactivated or suspended", "账户被停用或暂停"),
        evidence: &[
            ev(E::Correspondence, "The deactivation notice from Amazon", "亚马逊发出的停用通知"),
            ev(E::Other, "Plan of Action document", "行动计划（POA）文件"),
            ev(E::Invoice, "Supplier invoices, if the notice asks for them", "供应商发票（如通知要求提供）"),
        ],
        hint: Text::new(
            "Appeal from Account Health with a Plan of Action: root cause, actions taken, prevention.",
            "请在“账户状况”中提交附有行动计划（POA）的申诉：说明根本原因、已采取的措施和预防措施。",
        ),
        tried: Text::new(
            "I have already appealed from Account Health with a Plan of Action covering root cause, actions taken and prevention.",
            "我已在“账户状况”中提交申诉，其中包含涵盖根本原因、已采取措施和预防措施的行动计划（POA）。",
        ),
        template: Text::new(
            "My selling account has been deactivated and I would like to appeal.\n\n{details}\n\nCould you please review my appeal and let me know if any further information is needed?",
            "我的销售账户已被停用，我希望提出申诉。\n\n{details}\n\n能否请您审核我的申诉，并告知是否还需要提供其他信息？",
        ),
    },
    SpecificProblem {
        slug: "identity-verification", problem_type: T::AccountHealth, required: &[], recommended: &[], methods: EMAIL_PHONE,
        title: Text::new("Identity or business verification is stuck", "身份或企业验证没有进展"),
        evidence: &[
            ev(E::Other, "ID document and business registration", "身份证件和企业注册文件"),
            ev(E::Other, "Bank or utility statement", "银行对账单或水电费账单"),
        ],
        hint: Text::new(
            "Make sure the names and addresses on every document match your Seller Central details exactly.",
            "请确保每份文件上的姓名和地址与您在卖家平台中填写的信息完全一致。",
        ),
        tried: Text::new(
            "I have already made sure the names and addresses on every document match my Seller Central details exactly.",
            "我已确认每份文件上的姓名和地址与我在卖家平台中填写的信息完全一致。",
        ),
        template: Text::new(
            "My identity verification has not progressed.\n\n{details}\n\nCould you please tell me what is missing so I can complete the verification?",
            "我的身份验证一直没有进展。\n\n{details}\n\n能否请您告知还缺少哪些信息，以便我完成验证？",
        ),
    },
    SpecificProblem {
        slug: "policy-warning", problem_type: T::AccountHealth, required: &[], recommended: &[Asin, OrderId], methods: EMAIL_ONLY,
        title: Text::new("Policy warning on Account Health", "账户状况中的政策警告"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the warning", "警告截图"),
            ev(E::Invoice, "Invoices proving authenticity, if relevant", "证明商品真实性的发票（如适用）"),
        ],
        hint: Text::new("Read the warning's detail page: many can be acknowledged or appealed directly there.", "请阅读警告的详情页面：许多警告可直接在该页面确认或提出申诉。"),
        tried: Text::new(
            "I have already read the warning's detail page and checked whether it can be acknowledged or appealed there.",
            "我已阅读警告的详情页面，并查看了能否在该页面确认或提出申诉。",
        ),
        template: Text::new(
            "I received a policy warning (ASIN {asins}) and would like to understand and resolve it.\n\n{details}\n\nCould you please review the warning?",
            "我收到了一条政策警告（ASIN {asins}），希望了解并解决该问题。\n\n{details}\n\n能否请您审核该警告？",
        ),
    },
    SpecificProblem {
        slug: "performance-metrics", problem_type: T::AccountHealth, required: &[], recommended: &[OrderId], methods: EMAIL_ONLY,
        title: Text::new("Order defect or late shipment rate looks wrong", "订单缺陷率或迟发率似乎有误"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the metric", "指标截图"),
            ev(E::Tracking, "Tracking for the orders counted against you", "被计入您指标的订单的追踪信息"),
        ],
        hint: Text::new(
            "Defects caused by Amazon (FBA orders, carrier delays) can be removed: list each order.",
            "由亚马逊造成的缺陷（亚马逊物流订单、承运人延误）可以移除：请逐一列出相关订单。",
        ),
        tried: Text::new(
            "I have already identified each order whose defect was caused by Amazon (FBA orders or carrier delays).",
            "我已逐一找出因亚马逊原因（亚马逊物流订单或承运人延误）产生缺陷的订单。",
        ),
        template: Text::new(
            "Some orders are counted against my performance metrics by mistake (order IDs {order_ids}).\n\n{details}\n\nCould you please review these orders and remove them from my metrics?",
            "部分订单被错误地计入了我的绩效指标（订单编号 {order_ids}）。\n\n{details}\n\n能否请您审核这些订单，并将其从我的指标中移除？",
        ),
    },
    SpecificProblem {
        slug: "related-account", problem_type: T::AccountHealth, required: &[], recommended: &[], methods: EMAIL_ONLY,
        title: Text::new("Account flagged as related to another account", "账户被标记为与其他账户关联"),
        evidence: &[
            ev(E::Other, "Business registration and ownership documents", "企业注册和所有权文件"),
            ev(E::Correspondence, "The notice from Amazon", "亚马逊发出的通知"),
        ],
        hint: Text::new(
            "Explain how the two accounts are connected (shared device, accountant, former employee) and prove separation.",
            "请说明两个账户之间的关联原因（共用设备、会计师、前员工），并证明二者相互独立。",
        ),
        tried: Text::new(
            "I have explained how the two accounts are connected (shared device, accountant or former employee) and can prove their separation.",
            "我已说明两个账户之间的关联原因（共用设备、会计师或前员工），并能证明二者相互独立。",
        ),
        template: Text::new(
            "My account has been linked to another account that I do not control.\n\n{details}\n\nCould you please review the relationship and reinstate my account?",
            "我的账户被关联到一个不受我控制的账户。\n\n{details}\n\n能否请您审核此关联关系，并恢复我的账户？",
        ),
    },
    // Listings and catalog
    SpecificProblem {
        slug: "listing-suppressed", problem_type: T::ListingsAndCatalog, required: &[Asin], recommended: &[Sku], methods: ANY,
        title: Text::new("Listing suppressed or inactive", "商品信息被禁止显示或不可售"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the suppression reason", "禁止显示原因的截图"),
        ],
        hint: Text::new("Check Fix Your Products: most suppressions name the missing attribute or image.", "请查看“修复商品信息”页面：大多数禁止显示问题都会注明缺少的属性或图片。"),
        tried: Text::new("I have already checked Fix Your Products for a missing attribute or image.", "我已在“修复商品信息”页面检查过是否缺少属性或图片。"),
        template: Text::new(
            "My listing for ASIN {asins} (SKU {skus}) is suppressed.\n\n{details}\n\nCould you please tell me what needs to change to reactivate it?",
            "我的 ASIN {asins} 商品信息（SKU {skus}）被禁止显示。\n\n{details}\n\n能否请您告知需要做哪些修改才能重新激活该商品信息？",
        ),
    },
    SpecificProblem {
        slug: "listing-wrong-detail", problem_type: T::ListingsAndCatalog, required: &[Asin], recommended: &[], methods: ANY,
        title: Text::new("Product detail page shows wrong information", "商品详情页面显示错误信息"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the wrong information", "错误信息的截图"),
            ev(E::Photo, "Photos of the product and its packaging", "商品及其包装的照片"),
        ],
        hint: Text::new("Brand owners can edit directly; others need proof such as packaging photos.", "品牌所有者可以直接编辑；其他卖家需要提供证明，例如包装照片。"),
        tried: Text::new(
            "I checked whether I can edit the page directly as brand owner, and I have proof of the correct details such as packaging photos.",
            "我已确认自己能否以品牌所有者身份直接编辑该页面，并已备好正确信息的证明，例如包装照片。",
        ),
        template: Text::new(
            "The detail page for ASIN {asins} shows incorrect information.\n\n{details}\n\nCould you please correct the page?",
            "ASIN {asins} 的详情页面显示了错误信息。\n\n{details}\n\n能否请您更正该页面？",
        ),
    },
    SpecificProblem {
        slug: "listing-create-error", problem_type: T::ListingsAndCatalog, required: &[], recommended: &[Sku, Asin], methods: ANY,
        title: Text::new("Cannot create a listing (error code)", "无法创建商品信息（错误代码）"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the error and its code", "错误及其代码的截图"),
        ],
        hint: Text::new("Search the error code in Seller Central Help first: many have a documented fix.", "请先在卖家平台帮助中搜索该错误代码：许多错误都有现成的解决方法。"),
        tried: Text::new("I have already searched the error code in Seller Central Help for a documented fix.", "我已在卖家平台帮助中搜索过该错误代码，查找现成的解决方法。"),
        template: Text::new(
            "I cannot create a listing (SKU {skus}).\n\n{details}\n\nCould you please help me resolve the error?",
            "我无法创建商品信息（SKU {skus}）。\n\n{details}\n\n能否请您帮助我解决该错误？",
        ),
    },
    SpecificProblem {
        slug: "listing-merge", problem_type: T::ListingsAndCatalog, required: &[Asin], recommended: &[], methods: EMAIL_ONLY,
        title: Text::new("Duplicate detail pages need merging", "重复的详情页面需要合并"),
        evidence: &[
            ev(E::Screenshot, "Screenshots of both detail pages", "两个详情页面的截图"),
        ],
        hint: Text::new("Only identical products (same brand, model, size, color) can be merged. Enter the ASIN of each detail page.", "只有完全相同的商品（品牌、型号、尺寸、颜色均相同）才能合并。请填写每个详情页面的 ASIN。"),
        tried: Text::new("I have checked that the products are identical (same brand, model, size and color).", "我已确认这些商品完全相同（品牌、型号、尺寸和颜色均相同）。"),
        template: Text::new(
            "These ASINs are the same product and should be merged: {asins}.\n\n{details}\n\nCould you please merge the detail pages?",
            "以下 ASIN 是同一商品，应当合并：{asins}。\n\n{details}\n\n能否请您合并这些详情页面？",
        ),
    },
    SpecificProblem {
        slug: "category-approval", problem_type: T::ListingsAndCatalog, required: &[], recommended: &[Asin], methods: EMAIL_ONLY,
        title: Text::new("Category or brand approval (ungating)", "分类或品牌审批（解除销售限制）"),
        evidence: &[
            ev(E::Invoice, "Invoices from an authorised supplier", "授权供应商开具的发票"),
            ev(E::Correspondence, "Letter of authorisation from the brand", "品牌方出具的授权书"),
        ],
        hint: Text::new(
            "Apply from Add a Product → Show limitations → Request approval; invoices must be recent and show quantities.",
            "请通过“添加商品 → 显示限制条件 → 申请批准”提交申请；发票须为近期开具并注明数量。",
        ),
        tried: Text::new(
            "I have already applied from Add a Product → Show limitations → Request approval, with recent invoices that show quantities.",
            "我已通过“添加商品 → 显示限制条件 → 申请批准”提交申请，并提供了注明数量的近期发票。",
        ),
        template: Text::new(
            "I applied for approval to sell a product (ASIN {asins}) and need help with my application.\n\n{details}\n\nCould you please review my application?",
            "我已申请销售某件商品（ASIN {asins}）的批准，希望就该申请获得您的协助。\n\n{details}\n\n能否请您审核我的申请？",
        ),
    },
    SpecificProblem {
        slug: "listing-pricing-error", problem_type: T::ListingsAndCatalog, required: &[Asin], recommended: &[Sku], methods: ANY,
        title: Text::new("Listing deactivated for a potential pricing error", "商品信息因潜在定价错误被停用"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the pricing alert", "定价提醒截图"),
        ],
        hint: Text::new(
            "Confirm or change the price under Manage Pricing; the listing reactivates once the price is confirmed.",
            "请在“管理定价”中确认或更改价格；价格确认后，商品信息会重新激活。",
        ),
        tried: Text::new(
            "I have already confirmed the price under Manage Pricing, and the listing has not reactivated.",
            "我已在“管理定价”中确认了价格，但商品信息并未重新激活。",
        ),
        template: Text::new(
            "My listing for ASIN {asins} was deactivated for a potential pricing error, but the price is correct.\n\n{details}\n\nCould you please reactivate the listing?",
            "我的 ASIN {asins} 商品信息因潜在定价错误被停用，但价格是正确的。\n\n{details}\n\n能否请您重新激活该商品信息？",
        ),
    },
    // FBA inventory and shipments
    SpecificProblem {
        slug: "fba-shipment-discrepancy", problem_type: T::FbaInventory, required: &[ShipmentId], recommended: &[Fnsku, Sku], methods: ANY,
        title: Text::new("Shipment received with fewer units than sent", "货件接收数量少于发货数量"),
        evidence: &[
            ev(E::Tracking, "Carrier proof of delivery with carton count", "承运人出具的含箱数的送达证明"),
            ev(E::Invoice, "Supplier invoice or packing list", "供应商发票或装箱单"),
        ],
        hint: Text::new(
            "Wait until the shipment is closed, then reconcile it in Shipping Queue before opening a case.",
            "请等到货件关闭，先在“货件处理进度”中核对，再提交问题。",
        ),
        tried: Text::new("I waited until the shipment was closed and then reconciled it in Shipping Queue.", "我已等到货件关闭，并在“货件处理进度”中进行了核对。"),
        template: Text::new(
            "Shipment {shipment_ids} was received with fewer units than we sent (FNSKU {fnskus}).\n\n{details}\n\nCould you please investigate the discrepancy and reimburse any units that cannot be found?",
            "货件 {shipment_ids} 的接收数量少于我们的发货数量（FNSKU {fnskus}）。\n\n{details}\n\n能否请您调查此差异，并为无法找到的商品提供赔偿？",
        ),
    },
    SpecificProblem {
        slug: "fba-shipment-stuck", problem_type: T::FbaInventory, required: &[ShipmentId], recommended: &[], methods: ANY,
        title: Text::new("Shipment delivered but not checked in", "货件已送达但尚未接收"),
        evidence: &[
            ev(E::Tracking, "Proof of delivery to the fulfillment center", "送达运营中心的证明"),
        ],
        hint: Text::new(
            "Receiving can take up to 15 days after delivery at busy times; check the delivery date first.",
            "繁忙时期，送达后的接收处理最长可能需要 15 天；请先核实送达日期。",
        ),
        tried: Text::new(
            "I checked the delivery date: the shipment was delivered more than 15 days ago, longer than receiving takes even at busy times.",
            "我已核实送达日期：货件送达已超过 15 天，即使在繁忙时期，接收处理也不需要这么久。",
        ),
        template: Text::new(
            "Shipment {shipment_ids} was delivered to the fulfillment center but has not been checked in.\n\n{details}\n\nCould you please look into the receiving status?",
            "货件 {shipment_ids} 已送达运营中心，但尚未被接收。\n\n{details}\n\n能否请您查看其接收状态？",
        ),
    },
    SpecificProblem {
        slug: "fba-inventory-stranded", problem_type: T::FbaInventory, required: &[Sku], recommended: &[Asin, Fnsku], methods: ANY,
        title: Text::new("Stranded inventory cannot be fixed", "无在售信息的亚马逊库存无法修复"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the stranded inventory page", "“无在售信息的亚马逊库存”页面截图"),
        ],
        hint: Text::new(
            "Use Fix stranded inventory: relisting or creating a removal order solves most cases.",
            "请使用“修复无在售信息的亚马逊库存”：重新发布商品信息或创建移除订单可解决大多数情况。",
        ),
        tried: Text::new(
            "I have already tried Fix stranded inventory, including relisting or creating a removal order.",
            "我已尝试过“修复无在售信息的亚马逊库存”，包括重新发布商品信息或创建移除订单。",
        ),
        template: Text::new(
            "Inventory for SKU {skus} is stranded and the suggested fix does not work.\n\n{details}\n\nCould you please help me make it sellable again?",
            "SKU {skus} 的库存无在售信息，且建议的修复方法无效。\n\n{details}\n\n能否请您帮助我使其恢复可售状态？",
        ),
    },
    SpecificProblem {
        slug: "fba-removal-order", problem_type: T::FbaInventory, required: &[], recommended: &[Sku, Fnsku], methods: ANY,
        title: Text::new("Removal order not received or incomplete", "移除订单未收到或不完整"),
        evidence: &[
            ev(E::Tracking, "Tracking for the removal shipment", "移除货件的追踪信息"),
            ev(E::Photo, "Photos of what arrived", "实际到货物品的照片"),
        ],
        hint: Text::new("Removal orders can take 30 days or more; check the removal order detail report first.", "移除订单可能需要 30 天或更长时间；请先查看移除订单详情报告。"),
        tried: Text::new(
            "I have already checked the removal order detail report and allowed at least 30 days for the removal.",
            "我已查看移除订单详情报告，并为移除留出了至少 30 天的时间。",
        ),
        template: Text::new(
            "My removal order (SKU {skus}) has not arrived complete.\n\n{details}\n\nCould you please investigate the removal and reimburse missing units?",
            "我的移除订单（SKU {skus}）未完整送达。\n\n{details}\n\n能否请您调查此次移除，并为缺少的商品提供赔偿？",
        ),
    },
    SpecificProblem {
        slug: "fba-label-problem", problem_type: T::FbaInventory, required: &[Fnsku], recommended: &[Asin], methods: ANY,
        title: Text::new("Wrong FNSKU label or commingled units", "FNSKU 标签错误或库存被混合"),
        evidence: &[
            ev(E::Photo, "Photos of the labels on the units", "商品上标签的照片"),
        ],
        hint: Text::new(
            "Label problems found at check-in appear under Shipment events; keep photos of labels before shipping.",
            "接收时发现的标签问题会显示在“货件事件”中；请在发货前保留标签照片。",
        ),
        tried: Text::new(
            "I checked Shipment events for label problems found at check-in, and I kept photos of the labels before shipping.",
            "我已在“货件事件”中查看接收时发现的标签问题，并在发货前保留了标签照片。",
        ),
        template: Text::new(
            "Units of FNSKU {fnskus} (ASIN {asins}) carry the wrong label.\n\n{details}\n\nCould you please help correct the labels?",
            "FNSKU {fnskus} 的商品（ASIN {asins}）贴错了标签。\n\n{details}\n\n能否请您帮助更正这些标签？",
        ),
    },
    SpecificProblem {
        slug: "fba-capacity-limit", problem_type: T::FbaInventory, required: &[], recommended: &[], methods: EMAIL_PHONE,
        title: Text::new("Storage or capacity limits", "仓储或容量限制"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the capacity page", "容量页面截图"),
        ],
        hint: Text::new(
            "Capacity is set monthly from your sales and Inventory Performance Index; request more under Capacity Manager.",
            "容量每月根据您的销量和库存绩效指标设定；请在“容量管理器”中申请更多容量。",
        ),
        tried: Text::new("I have already requested more capacity under Capacity Manager.", "我已在“容量管理器”中申请了更多容量。"),
        template: Text::new(
            "I need help with my FBA storage capacity.\n\n{details}\n\nCould you please review my limits?",
            "关于亚马逊物流仓储容量，我需要您的协助。\n\n{details}\n\n能否请您审核我的容量限制？",
        ),
    },
    // Reimbursements
    SpecificProblem {
        slug: "reimburse-lost-warehouse", problem_type: T::Reimbursements, required: &[Fnsku], recommended: &[Sku, Asin], methods: ANY,
        title: Text::new("Units lost in a fulfillment center", "商品在运营中心丢失"),
        evidence: &[
            ev(E::Invoice, "Invoice proving what the units cost", "证明商品成本的发票"),
            ev(E::Screenshot, "Inventory ledger showing the loss", "显示丢失记录的库存分类账"),
        ],
        hint: Text::new(
            "Check the Inventory Ledger: Amazon reimburses most lost units automatically. Claim the rest within 60 days of the day they were reported lost.",
            "请查看“库存分类账”：大多数丢失的商品，亚马逊会自动赔偿。其余商品请在报告丢失之日起 60 天内提交索赔。",
        ),
        tried: Text::new(
            "I have already checked the Inventory Ledger: these units were not reimbursed automatically.",
            "我已查看“库存分类账”：这些商品未获得自动赔偿。",
        ),
        template: Text::new(
            "Units of FNSKU {fnskus} (SKU {skus}) were lost in the fulfillment center and not reimbursed.\n\n{details}\n\nCould you please reconcile the inventory and reimburse the missing units?",
            "FNSKU {fnskus} 的商品（SKU {skus}）在运营中心丢失，且未获得赔偿。\n\n{details}\n\n能否请您核对库存，并为丢失的商品提供赔偿？",
        ),
    },
    SpecificProblem {
        slug: "reimburse-damaged-warehouse", problem_type: T::Reimbursements, required: &[Fnsku], recommended: &[Sku], methods: ANY,
        title: Text::new("Units damaged by Amazon", "商品被亚马逊损坏"),
        evidence: &[
            ev(E::Screenshot, "Inventory ledger showing the damage", "显示损坏记录的库存分类账"),
            ev(E::Invoice, "Invoice for the units", "这些商品的发票"),
        ],
        hint: Text::new(
            "Damaged units appear as warehouse damaged in the Inventory Ledger; reimbursement is usually automatic.",
            "损坏的商品在“库存分类账”中显示为仓库损坏；赔偿通常会自动发放。",
        ),
        tried: Text::new("I have already checked the Inventory Ledger for the units marked as warehouse damaged.", "我已在“库存分类账”中查看了标记为仓库损坏的商品。"),
        template: Text::new(
            "Units of FNSKU {fnskus} were damaged in the fulfillment center and not reimbursed.\n\n{details}\n\nCould you please reimburse these units?",
            "FNSKU {fnskus} 的商品在运营中心损坏，且未获得赔偿。\n\n{details}\n\n能否请您为这些商品提供赔偿？",
        ),
    },
    SpecificProblem {
        slug: "reimburse-inbound-lost", problem_type: T::Reimbursements, required: &[ShipmentId], recommended: &[Fnsku], methods: ANY,
        title: Text::new("Inbound units lost before check-in", "入库商品在接收前丢失"),
        evidence: &[
            ev(E::Tracking, "Proof of delivery with carton count", "含箱数的送达证明"),
            ev(E::Invoice, "Packing list and supplier invoice", "装箱单和供应商发票"),
        ],
        hint: Text::new(
            "File within the window Amazon gives after the shipment closes; the proof of delivery is essential.",
            "请在货件关闭后亚马逊规定的期限内提交；送达证明必不可少。",
        ),
        tried: Text::new(
            "I have the proof of delivery and am filing within the window Amazon gives after the shipment closed.",
            "我已备好送达证明，并在货件关闭后亚马逊规定的期限内提交。",
        ),
        template: Text::new(
            "Units from shipment {shipment_ids} were lost before check-in (FNSKU {fnskus}).\n\n{details}\n\nCould you please investigate and reimburse the missing units?",
            "货件 {shipment_ids} 中的商品在接收前丢失（FNSKU {fnskus}）。\n\n{details}\n\n能否请您进行调查，并为丢失的商品提供赔偿？",
        ),
    },
    SpecificProblem {
        slug: "reimburse-amount-low", problem_type: T::Reimbursements, required: &[], recommended: &[Fnsku, Sku], methods: EMAIL_ONLY,
        title: Text::new("Reimbursement amount is too low", "赔偿金额过低"),
        evidence: &[
            ev(E::Invoice, "Invoice showing the real cost", "显示实际成本的发票"),
            ev(E::Screenshot, "Screenshot of the reimbursement", "赔偿截图"),
        ],
        hint: Text::new(
            "Reimbursements follow a valuation based on sale price; an invoice can raise a low valuation.",
            "赔偿按基于售价的估值计算；提供发票可以提高偏低的估值。",
        ),
        tried: Text::new("I have already checked the reimbursement valuation and can provide an invoice for these units.", "我已核对赔偿估值，并可以提供这些商品的发票。"),
        template: Text::new(
            "The reimbursement for my units (FNSKU {fnskus}) is lower than their value.\n\n{details}\n\nCould you please review the amount?",
            "我的商品（FNSKU {fnskus}）获得的赔偿低于其价值。\n\n{details}\n\n能否请您重新审核赔偿金额？",
        ),
    },
    SpecificProblem {
        slug: "reimburse-customer-return", problem_type: T::Reimbursements, required: &[OrderId], recommended: &[Fnsku], methods: ANY,
        title: Text::new("Customer return not put back into stock", "买家退货未重新入库"),
        evidence: &[
            ev(E::Screenshot, "Returns report for the order", "该订单的退货报告"),
        ],
        hint: Text::new(
            "In the United States Amazon accepts this claim from 60 to 120 days after the refund: before day 60 the customer may still send the item back. Enter the date of the refund on the case to see your window.",
            "在美国站，亚马逊受理退款后第 60 天至第 120 天提交的此类索赔：第 60 天之前，买家仍可能寄回商品。在问题中填写退款日期，即可查看您的索赔期限。",
        ),
        tried: Text::new(
            "I checked the return: 60 days have passed since the refund and the unit has not been added back to my inventory.",
            "我已核实该退货：自退款起已过 60 天，该商品仍未重新计入我的库存。",
        ),
        template: Text::new(
            "The customer return for order {order_ids} was refunded but never added back to my inventory.\n\n{details}\n\nCould you please reimburse the unit or return it to stock?",
            "订单 {order_ids} 的买家退货已退款，但一直未重新计入我的库存。\n\n{details}\n\n能否请您为该商品提供赔偿，或将其重新入库？",
        ),
    },
    // Payments and disbursements
    SpecificProblem {
        slug: "disbursement-held", problem_type: T::Payments, required: &[], recommended: &[], methods: ANY,
        title: Text::new("Disbursement on hold", "转账被暂停"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the payments summary", "付款摘要截图"),
            ev(E::Other, "Bank statement, if asked", "银行对账单（如有要求）"),
        ],
        hint: Text::new("Check Account Health and any verification requests first: most holds are tied to them.", "请先查看“账户状况”和所有验证请求：大多数暂停都与之相关。"),
        tried: Text::new("I have already checked Account Health and any verification requests.", "我已查看“账户状况”和所有验证请求。"),
        template: Text::new(
            "My disbursement is on hold.\n\n{details}\n\nCould you please tell me why, and what I need to do to release it?",
            "我的转账已被暂停。\n\n{details}\n\n能否请您告知暂停的原因，以及我需要怎样做才能解除暂停？",
        ),
    },
    SpecificProblem {
        slug: "reserve-balance", problem_type: T::Payments, required: &[], recommended: &[], methods: EMAIL_PHONE,
        title: Text::new("Account-level reserve is too high", "账户级别预留金过高"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the reserve in the statement", "结算报告中预留金的截图"),
        ],
        hint: Text::new("A reserve covers delivery-date risk: it falls as orders are confirmed delivered.", "预留金用于应对与送达日期相关的风险：随着订单确认送达，预留金会逐步减少。"),
        tried: Text::new(
            "I checked my orders' delivery status, and the reserve has not fallen as orders were confirmed delivered.",
            "我已查看订单的送达状态，但订单确认送达后，预留金并未减少。",
        ),
        template: Text::new(
            "An account-level reserve is holding back a large part of my balance.\n\n{details}\n\nCould you please review the reserve?",
            "账户级别预留金扣留了我很大一部分余额。\n\n{details}\n\n能否请您审核该预留金？",
        ),
    },
    SpecificProblem {
        slug: "fee-overcharge", problem_type: T::Payments, required: &[Asin], recommended: &[Sku], methods: ANY,
        title: Text::new("FBA or referral fee charged wrongly", "亚马逊物流费用或销售佣金收取有误"),
        evidence: &[
            ev(E::Screenshot, "Fee preview or transaction showing the fee", "显示该费用的费用预览或交易记录"),
            ev(E::Photo, "Photo of the product measured and weighed", "商品测量尺寸和称重的照片"),
        ],
        hint: Text::new(
            "Fees depend on the measured size tier: compare Amazon's dimensions with your own measurement.",
            "费用取决于测量得出的尺寸分段：请将亚马逊的尺寸数据与您自己的测量结果进行对比。",
        ),
        tried: Text::new("I have already compared Amazon's dimensions with my own measurement of the product.", "我已将亚马逊的尺寸数据与我自己对商品的测量结果进行了对比。"),
        template: Text::new(
            "The fees charged for ASIN {asins} are higher than they should be.\n\n{details}\n\nCould you please re-measure the product and refund the difference?",
            "ASIN {asins} 被收取的费用高于应收金额。\n\n{details}\n\n能否请您重新测量该商品，并退还差额？",
        ),
    },
    SpecificProblem {
        slug: "bank-account-change", problem_type: T::Payments, required: &[], recommended: &[], methods: EMAIL_PHONE,
        title: Text::new("Bank account change or failed payment", "银行账户变更或付款失败"),
        evidence: &[
            ev(E::Other, "Bank statement showing the account holder", "显示账户持有人的银行对账单"),
            ev(E::Correspondence, "The failure notice", "付款失败通知"),
        ],
        hint: Text::new(
            "A new bank account triggers a short verification hold; the name must match the business name.",
            "新银行账户会触发短暂的验证暂停；账户名称必须与企业名称一致。",
        ),
        tried: Text::new(
            "I checked that the name on the bank account matches my business name and allowed for the short verification hold.",
            "我已确认银行账户名称与我的企业名称一致，并已考虑到短暂的验证暂停。",
        ),
        template: Text::new(
            "I need help with my deposit method.\n\n{details}\n\nCould you please help me make sure payments reach my account?",
            "关于我的存款方式，我需要您的协助。\n\n{details}\n\n能否请您帮助我确保款项能够转入我的账户？",
        ),
    },
    // Brand and intellectual property
    SpecificProblem {
        slug: "ip-complaint-received", problem_type: T::BrandAndIp, required: &[Asin], recommended: &[], methods: EMAIL_ONLY,
        title: Text::new("Listing removed after an IP complaint", "商品信息因知识产权投诉被移除"),
        evidence: &[
            ev(E::Invoice, "Invoices proving authentic sourcing", "证明货源正规的发票"),
            ev(E::Correspondence, "Retraction from the rights owner, if obtained", "权利所有人的撤回声明（如已获得）"),
        ],
        hint: Text::new(
            "The fastest way back is a retraction from the rights owner; their contact is in the notice.",
            "最快的恢复方式是获得权利所有人的撤回声明；其联系方式见通知。",
        ),
        tried: Text::new("I have already contacted the rights owner named in the notice to ask for a retraction.", "我已联系通知中列出的权利所有人，请求其撤回投诉。"),
        template: Text::new(
            "My listing for ASIN {asins} was removed after an intellectual property complaint.\n\n{details}\n\nCould you please review my appeal and reinstate the listing?",
            "我的 ASIN {asins} 商品信息因知识产权投诉被移除。\n\n{details}\n\n能否请您审核我的申诉，并恢复该商品信息？",
        ),
    },
    SpecificProblem {
        slug: "counterfeit-report", problem_type: T::BrandAndIp, required: &[Asin], recommended: &[], methods: EMAIL_ONLY,
        title: Text::new("Another seller sells counterfeits of my brand", "其他卖家销售我品牌的假冒商品"),
        evidence: &[
            ev(E::Photo, "Photos from a test buy", "测试购买的商品照片"),
            ev(E::Other, "Trademark registration", "商标注册证明"),
        ],
        hint: Text::new("Brand Registry members report faster through the Report a Violation tool.", "品牌注册成员可通过“举报违规行为”工具更快地举报。"),
        tried: Text::new("I have already reported this through the Report a Violation tool.", "我已通过“举报违规行为”工具举报了此问题。"),
        template: Text::new(
            "A seller is offering counterfeit units on ASIN {asins}.\n\n{details}\n\nCould you please investigate and remove the counterfeit offers?",
            "有卖家在 ASIN {asins} 上销售假冒商品。\n\n{details}\n\n能否请您进行调查，并移除这些假冒商品的报价？",
        ),
    },
    SpecificProblem {
        slug: "brand-registry", problem_type: T::BrandAndIp, required: &[], recommended: &[Asin], methods: EMAIL_ONLY,
        title: Text::new("Brand Registry application or access", "品牌注册申请或访问权限"),
        evidence: &[
            ev(E::Other, "Trademark registration certificate", "商标注册证书"),
            ev(E::Photo, "Photos of the brand on product and packaging", "商品和包装上品牌标识的照片"),
        ],
        hint: Text::new(
            "The trademark must be registered or pending with an accepted office, and the brand shown on the product.",
            "商标必须已在认可的商标局注册或正在申请中，且品牌须显示在商品上。",
        ),
        tried: Text::new(
            "I checked that my trademark is registered or pending with an accepted office and that the brand is shown on the product.",
            "我已确认我的商标已在认可的商标局注册或正在申请中，并且品牌显示在商品上。",
        ),
        template: Text::new(
            "I need help with my Brand Registry application.\n\n{details}\n\nCould you please review the application?",
            "关于我的品牌注册申请，我需要您的协助。\n\n{details}\n\n能否请您审核该申请？",
        ),
    },
    SpecificProblem {
        slug: "hijacked-listing", problem_type: T::BrandAndIp, required: &[Asin], recommended: &[], methods: ANY,
        title: Text::new("Someone changed my brand's detail page", "有人更改了我品牌的详情页面"),
        evidence: &[
            ev(E::Screenshot, "Screenshots before and after the change", "更改前后的截图"),
        ],
        hint: Text::new(
            "As brand owner you can restore content in Brand Registry; keep screenshots of the correct page.",
            "作为品牌所有者，您可以在品牌注册中恢复内容；请保留正确页面的截图。",
        ),
        tried: Text::new(
            "I have already tried to restore the content in Brand Registry and kept screenshots of the correct page.",
            "我已尝试在品牌注册中恢复内容，并保留了正确页面的截图。",
        ),
        template: Text::new(
            "The detail page of my brand's ASIN {asins} was changed without my approval.\n\n{details}\n\nCould you please restore the correct content?",
            "我品牌 ASIN {asins} 的详情页面未经我批准被更改。\n\n{details}\n\n能否请您恢复正确的内容？",
        ),
    },
    // Advertising
    SpecificProblem {
        slug: "ads-not-serving", problem_type: T::Advertising, required: &[], recommended: &[Asin], methods: ANY,
        title: Text::new("Ads not serving or campaign paused", "广告未投放或广告活动已暂停"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the campaign status", "广告活动状态截图"),
        ],
        hint: Text::new("An ad only serves while the offer holds the Featured Offer and the listing is in stock.", "只有当您的报价为推荐报价且商品有库存时，广告才会投放。"),
        tried: Text::new("I checked that my offer holds the Featured Offer and that the listing is in stock.", "我已确认我的报价为推荐报价，并且商品有库存。"),
        template: Text::new(
            "My ads (ASIN {asins}) are not serving.\n\n{details}\n\nCould you please help me find out why?",
            "我的广告（ASIN {asins}）未在投放。\n\n{details}\n\n能否请您帮助我找出原因？",
        ),
    },
    SpecificProblem {
        slug: "ads-billing", problem_type: T::Advertising, required: &[], recommended: &[], methods: ANY,
        title: Text::new("Unexpected advertising charge", "意外的广告扣费"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the invoice in Billing history", "“账单历史记录”中的发票截图"),
            ev(E::Invoice, "The advertising invoice", "广告发票"),
        ],
        hint: Text::new("Compare the invoice with campaign spend in the same date range and time zone.", "请在相同的日期范围和时区内，将发票与广告活动花费进行对比。"),
        tried: Text::new(
            "I have already compared the invoice with campaign spend in the same date range and time zone.",
            "我已在相同的日期范围和时区内，将发票与广告活动花费进行了对比。",
        ),
        template: Text::new(
            "My advertising invoice shows charges I cannot explain.\n\n{details}\n\nCould you please review the charges?",
            "我的广告发票中有我无法解释的费用。\n\n{details}\n\n能否请您审核这些费用？",
        ),
    },
    SpecificProblem {
        slug: "ads-creative-rejected", problem_type: T::Advertising, required: &[], recommended: &[Asin], methods: EMAIL_ONLY,
        title: Text::new("Ad or Store creative rejected", "广告或品牌旗舰店素材被拒"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the rejection reason", "拒绝原因截图"),
        ],
        hint: Text::new("Read the moderation reason: claims like \"best seller\" or \"#1\" are common causes.", "请阅读审核原因：“最畅销”或“#1”之类的宣传用语是常见原因。"),
        tried: Text::new(
            "I have already read the moderation reason and checked the creative for claims like best seller or #1.",
            "我已阅读审核原因，并检查了素材中是否有“最畅销”或“#1”之类的宣传用语。",
        ),
        template: Text::new(
            "My ad creative was rejected and I believe it meets the policy.\n\n{details}\n\nCould you please review the decision?",
            "我的广告素材被拒，但我认为其符合相关政策。\n\n{details}\n\n能否请您重新审核该决定？",
        ),
    },
    // Tax
    SpecificProblem {
        slug: "tax-interview", problem_type: T::Tax, required: &[], recommended: &[], methods: EMAIL_ONLY,
        title: Text::new("Tax interview or tax ID not validated", "税务信息调查或税号未通过验证"),
        evidence: &[
            ev(E::Other, "Tax registration certificate", "税务登记证书"),
        ],
        hint: Text::new("The legal name and tax ID must match the tax authority's records exactly.", "法定名称和税号必须与税务机关的记录完全一致。"),
        tried: Text::new("I have checked that the legal name and tax ID match the tax authority's records exactly.", "我已确认法定名称和税号与税务机关的记录完全一致。"),
        template: Text::new(
            "My tax information has not been validated.\n\n{details}\n\nCould you please tell me what needs to change?",
            "我的税务信息尚未通过验证。\n\n{details}\n\n能否请您告知需要修改哪些内容？",
        ),
    },
    SpecificProblem {
        slug: "vat-invoice", problem_type: T::Tax, required: &[], recommended: &[OrderId], methods: EMAIL_ONLY,
        title: Text::new("VAT invoice or tax calculation on orders", "增值税发票或订单税费计算"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the tax amounts on the order", "订单税额截图"),
        ],
        hint: Text::new("Check your tax settings and product tax codes before reporting a calculation problem.", "报告计算问题前，请先检查您的税务设置和商品税码。"),
        tried: Text::new("I have already checked my tax settings and product tax codes.", "我已检查了我的税务设置和商品税码。"),
        template: Text::new(
            "The tax on one of my orders (order {order_ids}) was calculated incorrectly.\n\n{details}\n\nCould you please review the tax calculation?",
            "我的一个订单（订单 {order_ids}）的税费计算有误。\n\n{details}\n\n能否请您审核该税费计算？",
        ),
    },
    SpecificProblem {
        slug: "tax-document-missing", problem_type: T::Tax, required: &[], recommended: &[], methods: EMAIL_ONLY,
        title: Text::new("Tax document (1099-K or similar) missing or wrong", "税务文件（1099-K 或类似文件）缺失或有误"),
        evidence: &[
            ev(E::Other, "The document received, if any", "已收到的文件（如有）"),
        ],
        hint: Text::new(
            "Tax documents appear in the Tax Document Library once issued; check your tax interview first.",
            "税务文件签发后会显示在“税务文件库”中；请先检查您的税务信息调查。",
        ),
        tried: Text::new("I have already checked my tax interview and the Tax Document Library.", "我已检查了我的税务信息调查和“税务文件库”。"),
        template: Text::new(
            "My tax document is missing or incorrect.\n\n{details}\n\nCould you please issue a corrected document?",
            "我的税务文件缺失或有误。\n\n{details}\n\n能否请您签发一份更正后的文件？",
        ),
    },
    // Other
    SpecificProblem {
        slug: "seller-central-bug", problem_type: T::Other, required: &[], recommended: &[], methods: ANY,
        title: Text::new("Seller Central page or tool not working", "卖家平台页面或工具无法正常使用"),
        evidence: &[
            ev(E::Screenshot, "Screenshot of the error, with the address bar", "包含地址栏的错误截图"),
        ],
        hint: Text::new("Try another browser or a private window first; note the exact time the error appeared.", "请先尝试其他浏览器或无痕窗口；并记下错误出现的确切时间。"),
        tried: Text::new(
            "I have already tried another browser and a private window, and I noted the exact time the error appeared.",
            "我已尝试过其他浏览器和无痕窗口，并记下了错误出现的确切时间。",
        ),
        template: Text::new(
            "A Seller Central page is not working for me.\n\n{details}\n\nCould you please help me resolve the error?",
            "我无法正常使用某个卖家平台页面。\n\n{details}\n\n能否请您帮助我解决该错误？",
        ),
    },
    SpecificProblem {
        slug: "general-question", problem_type: T::Other, required: &[], recommended: &[OrderId, Asin], methods: ANY,
        title: Text::new("A question not covered above", "以上未涵盖的问题"),
        evidence: &[
            ev(E::Screenshot, "A screenshot of what you are asking about", "与您所问内容相关的截图"),
        ],
        hint: Text::new("Search Seller Central Help first: the answer may already be documented.", "请先搜索卖家平台帮助：答案可能已有说明。"),
        tried: Text::new("I have already searched Seller Central Help for an answer.", "我已在卖家平台帮助中搜索过答案。"),
        template: Text::new(
            "I have a question about my account.\n\n{details}\n\nCould you please help me with this?",
            "我有一个关于账户的问题。\n\n{details}\n\n能否请您帮忙解答？",
        ),
    },
];
