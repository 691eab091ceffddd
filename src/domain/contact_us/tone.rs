//! The respect precaution: wording that hurts a case with Amazon's support
//! associates (shouting, insults, threats, blame, demands, profanity), found
//! with the exact phrase, why it hurts and what to write instead.
//!
//! It warns and never blocks: the seller decides. False alarms on polite
//! text are worse than a missed rude word, so every rule is a whole phrase
//! matched on word boundaries, and the polite corpus in the tests guards it.
//!
//! Chinese has no spaces between words, so its phrases ([`ZH_RULES`]) are
//! found anywhere in the text; each is at least two characters and was
//! chosen not to hide inside everyday words (操作, 可靠, 滚动, 妈妈的 are not
//! flagged), and a phrase right after 不是 or 并非 ("not") is spared. Full-width
//! `！` and `？` count as `!` and `?`.
//!
//! Why a kind of wording hurts and what to write instead are shown in the
//! interface language, whichever language the seller's text is in.

use crate::domain::{Lang, Text};

/// What kind of wording a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ToneKind {
    /// Words in capitals.
    Shouting,
    /// Repeated `!` (or `?!`).
    Exclamations,
    /// Calling people or Amazon names.
    Insult,
    /// Threats of lawsuits, reports, or "or else".
    Threat,
    /// Blaming the associate or Amazon.
    Blame,
    /// Demands and ultimatums.
    Demand,
    /// Swearing.
    Profanity,
}

impl ToneKind {
    /// Every kind.
    pub const ALL: [ToneKind; 7] = [
        ToneKind::Shouting,
        ToneKind::Exclamations,
        ToneKind::Insult,
        ToneKind::Threat,
        ToneKind::Blame,
        ToneKind::Demand,
        ToneKind::Profanity,
    ];

    /// Why this kind of wording hurts the case.
    pub fn why(self, lang: Lang) -> &'static str {
        let text = match self {
            ToneKind::Shouting => Text::new(
                "Capitals read as shouting; associates may skim past the facts.",
                "全大写字母读起来像在喊叫，客服人员可能会略过其中的事实。",
            ),
            ToneKind::Exclamations => Text::new(
                "Repeated exclamation marks read as anger, not urgency.",
                "连续的感叹号读起来像在发火，而不是表示紧急。",
            ),
            ToneKind::Insult => Text::new(
                "Insults break Amazon's communication rules and turn attention away from your evidence.",
                "侮辱性用语违反亚马逊的沟通规则，还会让人忽略您的证据。",
            ),
            ToneKind::Threat => Text::new(
                "Threats get a case routed to scripted replies or closed; they never speed it up.",
                "威胁只会让问题得到模板化的回复或被关闭，绝不会加快处理。",
            ),
            ToneKind::Blame => Text::new(
                "Blame puts the associate on the defensive; stating the facts gets them on your side.",
                "指责会让客服人员处于防御状态；陈述事实才能让对方站在您这边。",
            ),
            ToneKind::Demand => Text::new(
                "Demands do not change Amazon's process; a clear, polite request is answered faster.",
                "强硬的要求不会改变亚马逊的处理流程；清楚、礼貌的请求会更快得到回复。",
            ),
            ToneKind::Profanity => Text::new(
                "Swearing can get a message rejected and may count against your account.",
                "粗俗用语可能导致消息被拒收，还可能对您的账户不利。",
            ),
        };
        text.get(lang)
    }

    /// What to write instead: the same for English and Chinese wording.
    pub fn instead(self, lang: Lang) -> &'static str {
        let text = match self {
            ToneKind::Shouting => Text::new(
                "Write it in normal case; put what matters most in the first line instead.",
                "请使用正常的大小写，把最重要的内容写在第一行。",
            ),
            ToneKind::Exclamations => Text::new(
                "End with a full stop; say how urgent it is in words (\"this blocks all sales of the item\").",
                "用句号结尾，用文字说明有多紧急（“这导致该商品完全无法销售”）。",
            ),
            ToneKind::Insult => Text::new(
                "Describe what happened and its effect: \"the previous reply did not address the missing units\".",
                "描述发生了什么及其影响：“上一次回复没有解决商品缺失的问题”。",
            ),
            ToneKind::Threat => Text::new(
                "State the next step calmly: \"If this cannot be resolved here, could you tell me how to escalate it?\"",
                "平静地说明下一步：“如果这里无法解决，能否告诉我应该如何升级处理？”",
            ),
            ToneKind::Blame => Text::new(
                "Stick to the facts: \"the shipment shows 47 of 50 units received\" rather than who is to blame.",
                "只陈述事实：写“货件显示 50 件中只接收了 47 件”，而不是追究谁的责任。",
            ),
            ToneKind::Demand => Text::new(
                "Ask for the outcome you need: \"Could you please reimburse the 3 missing units?\"",
                "说明您需要的结果：“能否请您为缺失的 3 件商品提供赔偿？”",
            ),
            ToneKind::Profanity => Text::new(
                "Leave it out: the facts of the case carry the weight on their own.",
                "请删掉这类用语：问题本身的事实就足够有分量。",
            ),
        };
        text.get(lang)
    }
}

/// One piece of wording to reconsider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToneWarning {
    /// What kind of wording it is.
    pub kind: ToneKind,
    /// The exact text as the seller wrote it.
    pub phrase: String,
    /// Byte offset of the phrase in the checked text (curly apostrophes counted as straight ones).
    pub start: usize,
}

impl ToneWarning {
    /// Why it hurts the case.
    pub fn why(&self, lang: Lang) -> &'static str {
        self.kind.why(lang)
    }

    /// A polite alternative.
    pub fn instead(&self, lang: Lang) -> &'static str {
        self.kind.instead(lang)
    }
}

struct Rule {
    kind: ToneKind,
    phrases: &'static [&'static str],
}

const RULES: &[Rule] = &[
    Rule {
        kind: ToneKind::Insult,
        phrases: &[
            "idiot",
            "idiots",
            "idiotic",
            "stupid",
            "incompetent",
            "incompetence",
            "moron",
            "morons",
            "clueless",
            "brainless",
            "pathetic",
            "ridiculous",
            "lazy",
            "useless",
            "worthless",
            "disgusting",
            "shame on you",
            "this is a joke",
            "you are a joke",
            "are you dumb",
            "dumb answer",
            "do you even read",
            "learn to read",
            "can't you read",
            "cannot you read",
            "you thieves",
            "bunch of thieves",
            "this is a scam",
            "amazon is a scam",
            "scamming me",
            "scamming us",
            "garbage service",
            "garbage support",
            "terrible service",
            "worst service",
            "worst support",
            "you robots",
        ],
    },
    Rule {
        kind: ToneKind::Threat,
        phrases: &[
            "or else",
            "i will sue",
            "i'll sue",
            "we will sue",
            "we'll sue",
            "sue you",
            "sue amazon",
            "take legal action",
            "legal action against",
            "see you in court",
            "take you to court",
            "my lawyer will",
            "my attorney will",
            "you will regret",
            "you'll regret",
            "i will report you",
            "report you to",
            "go to the press",
            "go to the media",
            "last warning",
            "final warning",
        ],
    },
    Rule {
        kind: ToneKind::Blame,
        phrases: &[
            "your fault",
            "your mistake",
            "you people",
            "you guys always",
            "you always ignore",
            "you keep ignoring",
            "you ignored my",
            "you never answer",
            "you never reply",
            "you never read",
            "you never help",
            "you never listen",
            "you lost my",
            "you stole",
            "amazon stole",
            "you are stealing",
            "amazon is stealing",
            "stealing my money",
            "stealing from me",
            "stealing from us",
            "you ruined",
            "you destroyed",
            "because of you",
        ],
    },
    Rule {
        kind: ToneKind::Demand,
        phrases: &[
            "i demand",
            "we demand",
            "demand that",
            "fix this now",
            "fix it now",
            "do your job",
            "do it now",
            "answer me",
            "respond immediately",
            "i expect you to",
            "you need to fix this",
            "i want my money",
            "give me my money",
            "refund me now",
        ],
    },
    Rule {
        kind: ToneKind::Profanity,
        phrases: &[
            "damn",
            "damned",
            "hell",
            "wtf",
            "crap",
            "shit",
            "sh*t",
            "bullshit",
            "fuck",
            "fucking",
            "f***",
            "f*cking",
            "screw you",
            "screw amazon",
            "pissed",
        ],
    },
];

/// Chinese wording, matched without word boundaries (see the module's notes).
const ZH_RULES: &[Rule] = &[
    Rule {
        kind: ToneKind::Insult,
        phrases: &[
            "白痴",
            "笨蛋",
            "蠢货",
            "蠢猪",
            "废物",
            "脑残",
            "混蛋",
            "王八蛋",
            "垃圾客服",
            "垃圾服务",
            "垃圾亚马逊",
            "亚马逊是骗子",
            "你们是骗子",
            "一群骗子",
            "无能的客服",
            "你们太无能",
            "你们是机器人",
        ],
    },
    Rule {
        kind: ToneKind::Threat,
        phrases: &[
            "起诉你们",
            "起诉亚马逊",
            "告你们",
            "法庭上见",
            "采取法律行动",
            "我的律师会",
            "曝光你们",
            "找媒体曝光",
            "最后警告",
            "后果自负",
            "你们会后悔",
        ],
    },
    Rule {
        kind: ToneKind::Blame,
        phrases: &[
            "你们的错",
            "都怪你们",
            "你们偷了",
            "亚马逊偷了",
            "偷我的钱",
            "你们从来不回复",
            "你们根本不看",
            "你们弄丢了",
            "你们毁了",
        ],
    },
    Rule {
        kind: ToneKind::Demand,
        phrases: &["我要求你们", "马上给我", "立刻给我", "赶紧给我", "给我退钱", "还我钱", "你们必须马上"],
    },
    Rule { kind: ToneKind::Profanity, phrases: &["他妈的", "你妈的", "卧槽", "去死", "狗屁", "尼玛"] },
];

/// Capitalised words that are names and codes, not shouting.
const ACRONYMS: &[&str] = &[
    "FBA", "FBM", "ASIN", "ASINS", "SKU", "SKUS", "FNSKU", "FNSKUS", "UPC", "EAN", "GTIN", "ISBN", "UPS", "USPS",
    "DHL", "FEDEX", "AMZL", "TNT", "DPD", "GLS", "LTL", "SPD", "POD", "US", "USA", "UK", "EU", "UAE", "VAT", "GST",
    "HST", "EIN", "TIN", "IRS", "HMRC", "ID", "IDS", "IP", "PDF", "CSV", "FC", "ODR", "IPI", "PPC", "ACOS", "API",
    "LLC", "LTD", "GMBH", "INC", "CEO", "PST", "EST", "CET", "UTC", "GMT", "NDA", "FAQ", "MCF", "BSR", "OK", "SAFE",
    "AM", "PM", "RMA", "QR", "SMS", "URL", "TV", "USB", "LED", "XL", "XXL",
];

/// Finds every piece of wording worth reconsidering, in text order.
pub fn check_tone(text: &str) -> Vec<ToneWarning> {
    // ASCII lower-casing keeps every byte offset, so matches map straight back.
    let lower = text.to_ascii_lowercase().replace('\u{2019}', "'");
    let text_for_offsets = text.replace('\u{2019}', "'");
    let mut warnings = Vec::new();
    for rule in RULES {
        for phrase in rule.phrases {
            for start in phrase_matches(&lower, phrase) {
                warnings.push(ToneWarning {
                    kind: rule.kind,
                    phrase: text_for_offsets[start..start + phrase.len()].to_string(),
                    start,
                });
            }
        }
    }
    for rule in ZH_RULES {
        for phrase in rule.phrases {
            for (start, _) in text_for_offsets.match_indices(phrase) {
                let before = &text_for_offsets[..start];
                if !(before.ends_with("不是") || before.ends_with("并非")) {
                    warnings.push(ToneWarning { kind: rule.kind, phrase: phrase.to_string(), start });
                }
            }
        }
    }
    warnings.extend(shouting(&text_for_offsets));
    warnings.extend(exclamations(&text_for_offsets));
    crate::domain::text::sort_by_key(&mut warnings, |w| w.start);
    // One warning per place: a longer phrase wins over one inside it.
    let mut kept: Vec<ToneWarning> = Vec::new();
    for w in warnings {
        match kept.last() {
            Some(last) if w.start < last.start + last.phrase.len() => {
                if w.phrase.len() > last.phrase.len() && w.start == last.start {
                    kept.pop();
                    kept.push(w);
                }
            }
            _ => kept.push(w),
        }
    }
    kept
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Starts of `phrase` in `lower` on word boundaries, not directly negated ("not your fault").
fn phrase_matches(lower: &str, phrase: &str) -> Vec<usize> {
    let bytes = lower.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(phrase) {
        let start = from + pos;
        let end = start + phrase.len();
        let edge_ok = |i: Option<usize>, inner: u8| match i {
            // Only a word character next to a word character joins two words.
            Some(i) => !(is_word_byte(bytes[i]) && is_word_byte(inner)),
            None => true,
        };
        let before_ok = edge_ok(start.checked_sub(1), phrase.as_bytes()[0]);
        let after_ok = edge_ok((end < bytes.len()).then_some(end), phrase.as_bytes()[phrase.len() - 1]);
        let negated = lower[..start].ends_with("not ") || lower[..start].ends_with("n't ");
        if before_ok && after_ok && !negated {
            found.push(start);
        }
        from = start + phrase.chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// Words in capitals: runs of three or more, or one long word (5+ letters).
fn shouting(text: &str) -> Vec<ToneWarning> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    let shouted = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase()) && !ACRONYMS.contains(&w)
    };
    let mut warnings = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !shouted(words[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        // A run continues across spaces and light punctuation, not across sentences.
        while j + 1 < words.len() && shouted(words[j + 1].1) && {
            let gap = &text[words[j].0 + words[j].1.len()..words[j + 1].0];
            !gap.contains(['.', '\n', ':', ';'])
        } {
            j += 1;
        }
        let long_word = words[i..=j].iter().any(|(_, w)| w.chars().count() >= 5);
        if j - i + 1 >= 3 || long_word {
            let (s, _) = words[i];
            let end = words[j].0 + words[j].1.len();
            warnings.push(ToneWarning { kind: ToneKind::Shouting, phrase: text[s..end].to_string(), start: s });
        }
        i = j + 1;
    }
    warnings
}

/// Two or more `!`, or `!` mixed with `?`, in a row (full-width `！` `？` too).
fn exclamations(text: &str) -> Vec<ToneWarning> {
    let mark = |c: char| matches!(c, '!' | '?' | '！' | '？');
    let mut warnings = Vec::new();
    let mut run: Option<usize> = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (mark(c), run) {
            (true, None) => run = Some(i),
            (false, Some(start)) => {
                let marks = &text[start..i];
                if marks.chars().count() >= 2 && marks.contains(['!', '！']) {
                    warnings.push(ToneWarning { kind: ToneKind::Exclamations, phrase: marks.to_string(), start });
                }
                run = None;
            }
            _ => {}
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLITE: &[&str] = &[
        "Hello, order 112-4738291-5047863 arrived damaged. Photos are attached. Could you please advise?",
        "Shipment FBA15ABCDE was received with 47 of 50 units. The UPS proof of delivery shows 5 cartons.",
        "Thank you for your help last week. The ASIN B0C7XK2M9Q is still suppressed; could you check it again?",
        "I believe there may be an error in the fee calculation for my SKU MUG-BLUE-350ML.",
        "Could you please reimburse the 3 units that the Inventory Ledger shows as lost at PHX7?",
        "I understand this is not your fault, and I appreciate your patience in looking into it.",
        "My disbursement has been on hold since 12 November. I have uploaded my bank statement as requested.",
        "The buyer says the parcel was not delivered. Someone may have stolen it from the porch; the carrier is investigating.",
        "I sell garbage bags and bin liners; the listing for ASIN B0GARBAGE1 was deactivated without a reason.",
        "A phishing email pretending to be Amazon reached my team; I am reporting it in case it helps.",
        "Our attorney reviewed the IP complaint and we attach the retraction from the rights owner.",
        "The returned item was lying in the rain when it arrived, so the box was soaked. Photos attached.",
        "Please let me know if you need the invoice, and I will send it the same day.",
        "Hello! I hope you are well. I have a question about my VAT invoice for the EU marketplaces.",
        "The tracking shows delivered at 14:05, but the buyer has not received it. What are the next steps?",
        "Could you tell me how to escalate this if it cannot be resolved in this case?",
        "I have attached the supplier invoice from Shenzhen Co. LTD for the 200 units.",
        "Is there anything else I should provide to complete my Brand Registry application?",
        "We measured the product at 24 x 16 x 9 cm and 480 g; the fee charged is for a larger size tier.",
        "The listing was changed without our approval. Screenshots before and after are attached.",
        "My previous message may have been missed, so I am following up on case 12345678901.",
        "The FNSKU X001ABC2DE labels were printed correctly; photos of each carton are attached.",
        "This is urgent for us because the item is our best seller in the run-up to the holidays.",
        "I would be grateful if you could review the A-to-z claim on order 114-2938475-1029384.",
        "The removal order arrived with 8 of 10 units. The DHL tracking number is in the attachment.",
        "Thanks again, you have been very helpful. I will wait for the reimbursement.",
        "Kind regards, Maria from Hello Kitchen GmbH",
        "We are a small family business and this hold affects our ability to pay our suppliers.",
        "Please find attached the Plan of Action with the root cause, corrective actions and preventive measures.",
        "The capacity limit dropped from 2,000 to 400 units; is there a way to request more for December?",
        "Could you confirm whether the dumbbell set (ASIN B0DUMBBEL1) needs a hazmat review?",
        "The listing says 'OK to ship by air' but the PDF from the supplier says otherwise.",
        "您好，订单 112-4738291-5047863 显示已送达，但买家没有收到。请帮忙调查，谢谢！",
        "货件 FBA15ABCDE 只接收了 47 件，共 50 件。承运人的签收证明显示 5 箱，附件是截图。",
        "我们已经按照要求操作了，商品信息仍然被禁止显示，能否再检查一下？",
        "这家供应商很可靠，发票和商品真实性证明都已上传。",
        "页面需要滚动到底部才能看到转账记录，截图已附上。",
        "这不是你们的错，感谢您耐心处理。",
        "我妈妈的店铺也遇到了同样的问题，问题编号是 12345678901。",
        "如果这里无法解决，能否告诉我应该如何升级处理？",
        "感谢您的帮助，期待您的回复！",
    ];

    const RUDE: &[(&str, ToneKind)] = &[
        ("This is UNACCEPTABLE.", ToneKind::Shouting),
        ("WHERE IS MY MONEY", ToneKind::Shouting),
        ("Fix this now.", ToneKind::Demand),
        ("Refund me!!!", ToneKind::Exclamations),
        ("Why is this taking so long?!", ToneKind::Exclamations),
        ("You are all idiots.", ToneKind::Insult),
        ("Your support is useless.", ToneKind::Insult),
        ("What an incompetent answer.", ToneKind::Insult),
        ("This is a joke, honestly.", ToneKind::Insult),
        ("Do you even read what I write?", ToneKind::Insult),
        ("Reinstate my account or else.", ToneKind::Threat),
        ("I will sue Amazon for this.", ToneKind::Threat),
        ("I\u{2019}ll sue if this is not fixed.", ToneKind::Threat),
        ("My lawyer will contact you.", ToneKind::Threat),
        ("I will go to the media with this story.", ToneKind::Threat),
        ("This is my final warning.", ToneKind::Threat),
        ("It is your fault that the units are gone.", ToneKind::Blame),
        ("You people never care about sellers.", ToneKind::Blame),
        ("You lost my inventory.", ToneKind::Blame),
        ("Amazon stole 3 units from me.", ToneKind::Blame),
        ("You never answer my cases.", ToneKind::Blame),
        ("You ruined my business.", ToneKind::Blame),
        ("I demand a refund today.", ToneKind::Demand),
        ("Do your job.", ToneKind::Demand),
        ("Answer me.", ToneKind::Demand),
        ("I want my money back.", ToneKind::Demand),
        ("What the hell is going on.", ToneKind::Profanity),
        ("This is bullshit.", ToneKind::Profanity),
        ("WTF is this reply", ToneKind::Profanity),
        ("Damn this process.", ToneKind::Profanity),
        ("This is ridiculous.", ToneKind::Insult),
        ("Shame on you, Amazon.", ToneKind::Insult),
        ("马上给我退款！！！", ToneKind::Exclamations),
        ("为什么还没有处理？！", ToneKind::Exclamations),
        ("你们的客服都是白痴。", ToneKind::Insult),
        ("垃圾客服，根本不看我的证据。", ToneKind::Insult),
        ("再不处理我就起诉亚马逊。", ToneKind::Threat),
        ("这是最后警告。", ToneKind::Threat),
        ("库存丢了都怪你们。", ToneKind::Blame),
        ("你们弄丢了我的三件货。", ToneKind::Blame),
        ("我要求你们今天退款。", ToneKind::Demand),
        ("赶紧给我处理。", ToneKind::Demand),
        ("这他妈的是什么回复。", ToneKind::Profanity),
    ];

    #[test]
    fn no_polite_message_gets_a_warning() {
        assert!(POLITE.len() >= 30);
        for text in POLITE {
            assert_eq!(check_tone(text), vec![], "false alarm on: {text}");
        }
    }

    #[test]
    fn every_rude_message_is_caught_with_its_kind_and_exact_phrase() {
        assert!(RUDE.len() >= 30);
        for (text, kind) in RUDE {
            let warnings = check_tone(text);
            let hit = warnings
                .iter()
                .find(|w| w.kind == *kind)
                .unwrap_or_else(|| panic!("missed {kind:?} in: {text} ({warnings:?})"));
            let normalised = text.replace('\u{2019}', "'");
            assert_eq!(&normalised[hit.start..hit.start + hit.phrase.len()], hit.phrase, "{text}");
            assert!(!hit.why(Lang::En).is_empty() && !hit.instead(Lang::En).is_empty());
        }
    }

    #[test]
    fn every_kind_is_explained_in_chinese_without_english_words() {
        for kind in ToneKind::ALL {
            for text in [kind.why(Lang::Zh), kind.instead(Lang::Zh)] {
                assert!(text.chars().any(crate::domain::text::is_cjk), "{kind:?}: {text}");
                assert_eq!(crate::domain::text::english_words(text), Vec::<String>::new(), "{kind:?}: {text}");
            }
            assert_ne!(kind.why(Lang::En), kind.why(Lang::Zh));
        }
        let warning = &check_tone("你们的客服都是白痴。")[0];
        assert_eq!(warning.instead(Lang::Zh), ToneKind::Insult.instead(Lang::Zh));
    }

    #[test]
    fn the_phrase_keeps_the_sellers_own_capitals() {
        let warnings = check_tone("You are INCOMPETENT");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].phrase, "INCOMPETENT");
    }

    #[test]
    fn words_inside_other_words_are_not_flagged() {
        for text in ["Hello from Shellbrook", "The crapemyrtle seeds", "Hellenic marketplace", "Scrap metal parts"] {
            assert_eq!(check_tone(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_shouted_run_is_one_warning() {
        let warnings = check_tone("WE ARE VERY ANGRY about this");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].phrase, "WE ARE VERY ANGRY");
        // Short capitals and codes are not shouting.
        assert_eq!(check_tone("FBA shipment to PHX7 via UPS, ASIN and SKU attached, OK?"), vec![]);
        assert_eq!(check_tone("NO"), vec![]);
    }

    #[test]
    fn negation_spares_polite_phrasing() {
        assert_eq!(check_tone("It isn't your fault."), vec![]);
        assert_eq!(check_tone("This is not your mistake."), vec![]);
    }

    #[test]
    fn warnings_come_in_text_order() {
        let warnings = check_tone("Do your job!!! You are useless.");
        let kinds: Vec<_> = warnings.iter().map(|w| w.kind).collect();
        assert_eq!(kinds, [ToneKind::Demand, ToneKind::Exclamations, ToneKind::Insult]);
    }

    #[test]
    fn empty_and_odd_text_is_fine() {
        assert_eq!(check_tone(""), vec![]);
        assert_eq!(check_tone("é!"), vec![]);
        assert_eq!(check_tone("日本語のテキスト。"), vec![]);
        // Full-width marks are marks: two in a row read as shouting in Chinese and Japanese too.
        let marks = check_tone("日本語のテキスト！！");
        assert_eq!((marks.len(), marks[0].kind, marks[0].phrase.as_str()), (1, ToneKind::Exclamations, "！！"));
        assert_eq!(check_tone("ÉÉÉÉÉ ÜÜÜÜÜ ÖÖÖÖÖ").len(), 1);
    }
}
