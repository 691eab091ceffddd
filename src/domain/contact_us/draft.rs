//! The Contact Us flow as a seller fills it in: problem type → specific
//! problem → contact method → details → review. Everything typed lives in a
//! [`ContactUsDraft`], saved as the seller types, so nothing is lost on reload.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::catalog;
use crate::domain::catalog::specific_problem::SpecificProblem;
use crate::domain::contact_method::{Contact, ContactField, ContactForm, ContactMethod};
use crate::domain::contact_us::letter;
use crate::domain::contact_us::message::{fill_message, MessageParts};
use crate::domain::contact_us::step::Step;
use crate::domain::evidence::EvidenceFile;
use crate::domain::identifiers::{Identifier, IdentifierKind};
use crate::domain::{Lang, ProblemType, Text};

/// Longest subject, in characters (Seller Central's subject line is short).
pub const SUBJECT_MAX: usize = 120;
/// Longest description, in characters: with the opening, identifiers, files
/// and the ask, the message still fits [`letter::MESSAGE_MAX`].
pub const DESCRIPTION_MAX: usize = 3000;
/// Shortest description the completeness meter counts as useful.
pub const DESCRIPTION_USEFUL: usize = 100;

/// One identifier line of the form, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentifierEntry {
    /// What it is.
    pub kind: IdentifierKind,
    /// What the seller typed.
    pub value: String,
}

/// Everything typed in the flow so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactUsDraft {
    /// The draft's id (also in its URL).
    pub id: String,
    /// When the seller last changed it.
    #[serde(default, with = "crate::domain::time::option")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Step 1.
    pub problem_type: Option<ProblemType>,
    /// Step 2: the specific problem's slug.
    pub specific_problem: Option<String>,
    /// Step 3.
    pub method: Option<ContactMethod>,
    /// Step 3: the fields of every method (switching keeps them).
    pub contact: ContactForm,
    /// Step 4.
    pub subject: String,
    /// Step 4.
    pub description: String,
    /// Step 4: identifier lines, any kinds, in the order added.
    pub identifiers: Vec<IdentifierEntry>,
    /// Step 4.
    pub urgent: bool,
    /// Step 4: recommended evidence the seller chose to go without (by its description).
    pub skipped_evidence: Vec<String>,
    /// Step 4: files attached as evidence (their bodies are in the evidence store).
    pub evidence: Vec<EvidenceFile>,
    /// Step 4: what the seller asks Amazon to do; `None` (or blank) is the problem's usual request.
    #[serde(default)]
    pub ask: Option<String>,
    /// Step 4: the seller did what the problem's hint advises; the message says so.
    #[serde(default)]
    pub tried: bool,
    /// Step 5: the message as the seller edited it; `None` is the generated one.
    #[serde(default)]
    pub edited_message: Option<String>,
    /// Step 5: the language the message to Amazon is written in, chosen there
    /// and independent of the interface's. English unless the seller picks
    /// Chinese (most marketplaces answer in English); drafts saved before the
    /// choice existed read as English.
    #[serde(default)]
    pub message_lang: Lang,
}

/// A field of steps 3 and 4, for errors and focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormField {
    /// A contact detail.
    Contact(ContactField),
    /// The subject line.
    Subject,
    /// The identifier line at this index of [`ContactUsDraft::identifiers`].
    Identifier(usize),
    /// The description.
    Description,
}

/// Errors of one step, in form order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors(pub Vec<(FormField, String)>);

impl FormErrors {
    /// The message for a field.
    pub fn for_field(&self, field: FormField) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    /// The first field in error: where focus goes.
    pub fn first(&self) -> Option<FormField> {
        self.0.first().map(|(f, _)| *f)
    }

    /// Whether there is no error.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A draft that passed every step: ready to become a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRequest {
    /// The type of problem.
    pub problem_type: ProblemType,
    /// The specific problem.
    pub problem: &'static SpecificProblem,
    /// How Amazon will answer.
    pub contact: Contact,
    /// Trimmed subject.
    pub subject: String,
    /// Trimmed description.
    pub description: String,
    /// Validated identifiers, duplicates removed.
    pub identifiers: Vec<Identifier>,
    /// Whether the seller marked it urgent.
    pub urgent: bool,
    /// The message to paste into Seller Central.
    pub message: String,
    /// The language the message is written in (follow-ups are written in it too).
    pub message_lang: Lang,
    /// The files attached.
    pub evidence: Vec<EvidenceFile>,
}

impl ContactUsDraft {
    /// A new, empty draft.
    pub fn new(id: String) -> ContactUsDraft {
        ContactUsDraft { id, ..ContactUsDraft::default() }
    }

    /// Whether the seller has typed or chosen anything (empty drafts are not kept).
    pub fn is_blank(&self) -> bool {
        ContactUsDraft { id: self.id.clone(), updated_at: self.updated_at, ..ContactUsDraft::default() } == *self
    }

    /// The chosen specific problem, if it belongs to the chosen type.
    pub fn problem(&self) -> Option<&'static SpecificProblem> {
        let problem = catalog::find(self.specific_problem.as_deref()?)?;
        (Some(problem.problem_type) == self.problem_type).then_some(problem)
    }

    /// The chosen contact method, if the chosen problem offers it.
    pub fn offered_method(&self) -> Option<ContactMethod> {
        let method = self.method?;
        self.problem()?.methods.contains(&method).then_some(method)
    }

    /// Chooses the problem type; a specific problem of another type is dropped.
    pub fn choose_problem_type(&mut self, problem_type: ProblemType) {
        if self.problem_type != Some(problem_type) {
            self.problem_type = Some(problem_type);
            self.specific_problem = None;
        }
        self.sync_identifier_lines();
    }

    /// Chooses the specific problem and offers a line for each identifier it asks for.
    pub fn choose_problem(&mut self, slug: &str) {
        self.specific_problem = Some(slug.to_string());
        if let Some(problem) = self.problem() {
            if self.method.is_some_and(|m| !problem.methods.contains(&m)) {
                self.method = None;
            }
            if problem.methods.len() == 1 {
                self.method = Some(problem.methods[0]);
            }
        }
        self.sync_identifier_lines();
    }

    /// Keeps one line for each kind the problem asks for; drops empty lines of other kinds.
    fn sync_identifier_lines(&mut self) {
        let kinds: Vec<IdentifierKind> = self.problem().map(|p| p.identifier_kinds().collect()).unwrap_or_default();
        self.identifiers.retain(|e| kinds.contains(&e.kind) || !e.value.trim().is_empty());
        for kind in kinds {
            if !self.identifiers.iter().any(|e| e.kind == kind) {
                self.identifiers.push(IdentifierEntry { kind, value: String::new() });
            }
        }
    }

    /// Adds an empty line for another identifier of this kind; returns its index.
    pub fn add_identifier(&mut self, kind: IdentifierKind) -> usize {
        let at = self.identifiers.iter().rposition(|e| e.kind == kind).map_or(self.identifiers.len(), |i| i + 1);
        self.identifiers.insert(at, IdentifierEntry { kind, value: String::new() });
        at
    }

    /// Removes an identifier line (the last line of a kind the problem asks for is emptied instead).
    pub fn remove_identifier(&mut self, index: usize) {
        let Some(entry) = self.identifiers.get(index) else { return };
        let kind = entry.kind;
        let asked = self.problem().is_some_and(|p| p.identifier_kinds().any(|k| k == kind));
        let lines_of_kind = self.identifiers.iter().filter(|e| e.kind == kind).count();
        if asked && lines_of_kind == 1 {
            self.identifiers[index].value.clear();
        } else {
            self.identifiers.remove(index);
        }
    }

    /// The first step that is not done yet (Review when all are).
    pub fn first_open_step(&self) -> Step {
        // Whether there are errors does not depend on the language they are written in.
        let lang = Lang::default();
        if self.problem_type.is_none() {
            Step::ProblemType
        } else if self.problem().is_none() {
            Step::SpecificProblem
        } else if self.offered_method().is_none() || !self.contact_errors(lang).is_empty() {
            Step::Contact
        } else if !self.details_errors(lang).is_empty() {
            Step::Details
        } else {
            Step::Review
        }
    }

    /// Errors of the contact step, in the interface language `lang`.
    pub fn contact_errors(&self, lang: Lang) -> FormErrors {
        match self.offered_method() {
            Some(method) => match self.contact.validate(method, lang) {
                Ok(_) => FormErrors::default(),
                Err(errors) => FormErrors(errors.into_iter().map(|(f, m)| (FormField::Contact(f), m)).collect()),
            },
            None => FormErrors::default(),
        }
    }

    /// Errors of the details step, in form order, in the interface language `lang`.
    pub fn details_errors(&self, lang: Lang) -> FormErrors {
        let mut errors = Vec::new();
        let subject_len = self.subject.trim().chars().count();
        if subject_len == 0 {
            let message = Text::new(
                "Write a subject: one line that says what went wrong.",
                "请填写主题：用一句话说明出了什么问题。",
            );
            errors.push((FormField::Subject, message.get(lang).into()));
        } else if subject_len > SUBJECT_MAX {
            errors.push((
                FormField::Subject,
                lang.pick(
                    format!("Shorten the subject to {SUBJECT_MAX} characters or fewer (it has {subject_len})."),
                    format!("请将主题缩短到 {SUBJECT_MAX} 个字符以内（当前为 {subject_len} 个）。"),
                ),
            ));
        }
        for (i, entry) in self.identifiers.iter().enumerate() {
            if entry.value.trim().is_empty() {
                continue;
            }
            if let Err(message) = entry.kind.validate(&entry.value).map_err(|e| e.message(lang)) {
                errors.push((FormField::Identifier(i), message));
            }
        }
        if let Some(problem) = self.problem() {
            for kind in problem.required {
                let given = self.identifiers.iter().filter(|e| e.kind == *kind && !e.value.trim().is_empty()).count();
                let first_line = self.identifiers.iter().position(|e| e.kind == *kind);
                let needed = problem.values_needed(*kind);
                if let (true, Some(i)) = (given < needed, first_line) {
                    let label = kind.label(lang);
                    let message = match (needed, lang) {
                        (1, Lang::En) => {
                            format!("Add at least one {label}: Amazon cannot look into this problem without it.")
                        }
                        (1, Lang::Zh) => format!(
                            "请至少填写一个{}；缺少此信息，亚马逊无法调查此问题。",
                            crate::domain::text::after_chinese(label)
                        ),
                        // Only a merge compares (two ASINs): `SpecificProblem::compares`.
                        _ => lang
                            .pick(
                                "Add at least two ASINs, one for each detail page: Amazon merges pages, not a single one.",
                                "请至少填写两个 ASIN，每个详情页面一个：亚马逊合并的是多个页面。",
                            )
                            .into(),
                    };
                    errors.push((FormField::Identifier(i), message));
                }
            }
        }
        let description_len = self.description.trim().chars().count();
        if description_len == 0 {
            let message = Text::new(
                "Describe the problem: what happened, when, and what you would like Amazon to do.",
                "请描述问题：发生了什么、何时发生，以及您希望亚马逊怎么做。",
            );
            errors.push((FormField::Description, message.get(lang).into()));
        } else if description_len > DESCRIPTION_MAX {
            errors.push((
                FormField::Description,
                lang.pick(
                    format!(
                        "Shorten the description to {DESCRIPTION_MAX} characters or fewer (it has {description_len})."
                    ),
                    format!("请将描述缩短到 {DESCRIPTION_MAX} 个字符以内（当前为 {description_len} 个）。"),
                ),
            ));
        }
        // Keep form order: subject, identifiers by line, description.
        crate::domain::text::sort_by_key(&mut errors, |(field, _)| match field {
            FormField::Contact(_) => (0, 0),
            FormField::Subject => (1, 0),
            FormField::Identifier(i) => (2, *i),
            FormField::Description => (3, 0),
        });
        FormErrors(errors)
    }

    /// The valid, de-duplicated identifiers typed so far.
    pub fn valid_identifiers(&self) -> Vec<Identifier> {
        let mut out: Vec<Identifier> = Vec::new();
        for entry in &self.identifiers {
            // Only the normalised value is kept: the language of a refusal does not matter.
            if let Ok(value) = entry.kind.validate(&entry.value) {
                let id = Identifier { kind: entry.kind, value };
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
        out
    }

    /// The problem's usual request, in the message language.
    pub fn usual_ask(&self, problem: &SpecificProblem) -> &'static str {
        problem.usual_ask(self.message_lang)
    }

    /// What the seller asks Amazon to do: their words, or the problem's usual
    /// request in the message language. The usual request of either language,
    /// left as it was filled in, counts as the usual one: it follows a change
    /// of the message language.
    pub fn ask_for(&self, problem: &SpecificProblem) -> String {
        match self.ask.as_deref().map(str::trim) {
            Some(ask) if !ask.is_empty() && Lang::ALL.iter().all(|&lang| ask != problem.usual_ask(lang)) => {
                ask.to_string()
            }
            _ => self.usual_ask(problem).to_string(),
        }
    }

    fn message_for(&self, problem: &SpecificProblem, store_name: &str) -> String {
        let identifiers = self.valid_identifiers();
        let ask = self.ask_for(problem);
        let details = self.description.trim();
        let lang = self.message_lang;
        let tried = if self.tried { problem.tried.get(lang) } else { "" };
        let parts = MessageParts {
            lang,
            identifiers: &identifiers,
            details,
            tried,
            ask: &ask,
            evidence: &self.evidence,
            store_name,
        };
        fill_message(problem, parts)
    }

    fn shown_message_for(&self, problem: &SpecificProblem, store_name: &str) -> String {
        match self.edited_message.as_deref() {
            Some(edited) if !edited.trim().is_empty() => letter::plain_text(edited),
            _ => self.message_for(problem, store_name),
        }
    }

    /// The message as it stands: the seller's edit if they made one, else the generated one
    /// signed with `store_name` ("" for none).
    pub fn shown_message(&self, store_name: &str) -> Option<String> {
        Some(self.shown_message_for(self.problem()?, store_name))
    }

    /// Turns a finished draft into a case request (every step must be done).
    pub fn finish(&self) -> Result<CaseRequest, Step> {
        self.finish_signed("")
    }

    /// [`ContactUsDraft::finish`], with the message signed with the seller's store name.
    pub fn finish_signed(&self, store_name: &str) -> Result<CaseRequest, Step> {
        let step = self.first_open_step();
        if step != Step::Review {
            return Err(step);
        }
        let (Some(problem_type), Some(problem), Some(method)) =
            (self.problem_type, self.problem(), self.offered_method())
        else {
            return Err(Step::ProblemType);
        };
        let contact = self.contact.validate(method, Lang::default()).map_err(|_| Step::Contact)?;
        Ok(CaseRequest {
            problem_type,
            problem,
            contact,
            subject: self.subject.trim().to_string(),
            description: self.description.trim().to_string(),
            identifiers: self.valid_identifiers(),
            urgent: self.urgent,
            message: self.shown_message_for(problem, store_name),
            message_lang: self.message_lang,
            evidence: self.evidence.clone(),
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::catalog::specific_problem;
    use crate::domain::contact_us::message::without_placeholder;

    pub(crate) fn complete_draft() -> ContactUsDraft {
        let mut d = ContactUsDraft::new("d1".into());
        d.choose_problem_type(ProblemType::OrdersAndReturns);
        d.choose_problem("order-delivered-damaged");
        d.method = Some(ContactMethod::Email);
        d.contact.reply_to = "cases@shop.example".into();
        d.subject = "Order arrived damaged".into();
        d.description = "The buyer sent photos of a crushed box on 20 November.".into();
        d.identifiers[0].value = "112-4738291-5047863".into();
        d
    }

    #[test]
    fn steps_walk_in_order_and_round_trip_their_slugs() {
        assert_eq!(Step::ProblemType.previous(), None);
        assert_eq!(Step::Review.next(), None);
        for pair in Step::ALL.windows(2) {
            assert_eq!(pair[0].next(), Some(pair[1]));
            assert_eq!(pair[1].previous(), Some(pair[0]));
        }
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Step::Review.number(), 5);
    }

    #[test]
    fn the_first_open_step_follows_what_is_filled() {
        let mut d = ContactUsDraft::new("d".into());
        assert!(d.is_blank());
        assert_eq!(d.first_open_step(), Step::ProblemType);
        d.choose_problem_type(ProblemType::OrdersAndReturns);
        assert!(!d.is_blank());
        assert_eq!(d.first_open_step(), Step::SpecificProblem);
        d.choose_problem("order-delivered-damaged");
        assert_eq!(d.first_open_step(), Step::Contact);
        d.method = Some(ContactMethod::Email);
        assert_eq!(d.first_open_step(), Step::Contact, "no reply-to yet");
        d.contact.reply_to = "a@b.co".into();
        assert_eq!(d.first_open_step(), Step::Details);
        assert_eq!(complete_draft().first_open_step(), Step::Review);
    }

    #[test]
    fn choosing_another_type_drops_a_problem_of_the_old_type() {
        let mut d = complete_draft();
        d.choose_problem_type(ProblemType::OrdersAndReturns);
        assert!(d.problem().is_some(), "same type keeps the problem");
        d.choose_problem_type(ProblemType::Tax);
        assert_eq!(d.specific_problem, None);
        // The typed order ID is kept, in case the seller comes back.
        assert_eq!(d.identifiers[0].value, "112-4738291-5047863");
    }

    #[test]
    fn an_email_only_problem_chooses_email_and_drops_phone() {
        let mut d = ContactUsDraft::new("d".into());
        d.choose_problem_type(ProblemType::AccountHealth);
        d.method = Some(ContactMethod::Phone);
        d.choose_problem("account-deactivated");
        assert_eq!(d.method, Some(ContactMethod::Email));
    }

    #[test]
    fn identifier_lines_follow_the_problem() {
        let d = complete_draft();
        let kinds: Vec<_> = d.identifiers.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [IdentifierKind::OrderId, IdentifierKind::Asin, IdentifierKind::Sku]);
        let mut d = d;
        let i = d.add_identifier(IdentifierKind::OrderId);
        assert_eq!(i, 1, "a second order ID goes next to the first");
        d.identifiers[i].value = "114-2938475-1029384".into();
        d.remove_identifier(0);
        assert_eq!(d.identifiers[0].value, "114-2938475-1029384");
        d.remove_identifier(0);
        assert_eq!(d.identifiers[0].kind, IdentifierKind::OrderId, "the last line of an asked kind stays, emptied");
        assert_eq!(d.identifiers[0].value, "");
        d.remove_identifier(99);
    }

    #[test]
    fn details_errors_come_in_form_order_with_the_missing_required_identifier() {
        let mut d = complete_draft();
        d.subject.clear();
        d.description = " ".into();
        d.identifiers[0].value.clear();
        d.identifiers[1].value = "B0C7".into();
        let errors = d.details_errors(Lang::En);
        let fields: Vec<_> = errors.0.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [FormField::Subject, FormField::Identifier(0), FormField::Identifier(1), FormField::Description]
        );
        assert!(errors.for_field(FormField::Identifier(0)).unwrap().contains("at least one Order ID"));
        assert!(errors.for_field(FormField::Identifier(1)).unwrap().contains("ASIN"));
        assert_eq!(errors.first(), Some(FormField::Subject));
    }

    #[test]
    fn details_errors_are_written_in_the_interface_language() {
        let mut d = complete_draft();
        d.subject.clear();
        d.description = "字".repeat(DESCRIPTION_MAX + 1);
        d.identifiers[0].value.clear();
        let errors = d.details_errors(Lang::Zh);
        assert_eq!(errors.for_field(FormField::Subject), Some("请填写主题：用一句话说明出了什么问题。"));
        assert_eq!(
            errors.for_field(FormField::Identifier(0)),
            Some("请至少填写一个订单编号；缺少此信息，亚马逊无法调查此问题。")
        );
        assert_eq!(
            errors.for_field(FormField::Description),
            Some("请将描述缩短到 3000 个字符以内（当前为 3001 个）。")
        );
        let mut listing = complete_draft();
        listing.choose_problem_type(ProblemType::ListingsAndCatalog);
        listing.choose_problem("listing-merge");
        let asin = listing.identifiers.iter().position(|e| e.kind == IdentifierKind::Asin).expect("asked for");
        listing.identifiers[asin].value.clear();
        assert_eq!(
            listing.details_errors(Lang::Zh).for_field(FormField::Identifier(asin)),
            Some("请至少填写两个 ASIN，每个详情页面一个：亚马逊合并的是多个页面。"),
            "a space between Chinese and a Latin word"
        );
        let fields = |lang| d.details_errors(lang).0.into_iter().map(|(f, _)| f).collect::<Vec<_>>();
        assert_eq!(fields(Lang::Zh), fields(Lang::En), "the same errors in either language");
        d.subject = "长".repeat(SUBJECT_MAX + 1);
        d.description.clear();
        let errors = d.details_errors(Lang::Zh);
        assert_eq!(errors.for_field(FormField::Subject), Some("请将主题缩短到 120 个字符以内（当前为 121 个）。"));
        assert_eq!(
            errors.for_field(FormField::Description),
            Some("请描述问题：发生了什么、何时发生，以及您希望亚马逊怎么做。")
        );
    }

    #[test]
    fn step_names_exist_in_both_languages() {
        assert_eq!(Step::Review.label(Lang::En), "Review and send");
        assert_eq!(
            Step::ALL.map(|s| s.label(Lang::Zh)),
            ["问题类型", "具体问题", "联系方式", "详细信息", "检查并发送"]
        );
    }

    #[test]
    fn limits_on_subject_and_description() {
        let mut d = complete_draft();
        d.subject = "é".repeat(SUBJECT_MAX);
        d.description = "a".repeat(DESCRIPTION_MAX);
        assert!(d.details_errors(Lang::En).is_empty());
        d.subject.push('x');
        d.description.push('x');
        assert_eq!(d.details_errors(Lang::En).0.len(), 2);
    }

    #[test]
    fn finishing_gives_a_request_with_the_filled_message() {
        let mut d = complete_draft();
        d.identifiers[1].value = "b0c7xk2m9q".into();
        let i = d.add_identifier(IdentifierKind::OrderId);
        d.identifiers[i].value = " 112-4738291-5047863 ".into(); // a duplicate, removed
        let request = d.finish().unwrap();
        assert_eq!(request.identifiers.len(), 2);
        assert_eq!(request.contact, Contact::Email { reply_to: "cases@shop.example".into() });
        assert!(request
            .message
            .starts_with("Hello Selling Partner Support,\n\nOrder 112-4738291-5047863 (ASIN B0C7XK2M9Q) reached"));
        assert!(request.message.contains("crushed box on 20 November."));
        // Both are stated in the sentence, so no list repeats them (issue 16: each fact once).
        assert_eq!(request.message.matches("112-4738291-5047863").count(), 1);
        assert_eq!(request.message.matches("B0C7XK2M9Q").count(), 1);
        assert!(request.message.ends_with("Thank you for your help."));
    }

    #[test]
    fn an_unfinished_draft_names_the_step_to_go_back_to() {
        let mut d = complete_draft();
        d.contact.reply_to.clear();
        assert_eq!(d.finish(), Err(Step::Contact));
    }

    /// English message parts with a fixed ask and no evidence.
    fn parts<'a>(identifiers: &'a [Identifier], details: &'a str) -> MessageParts<'a> {
        MessageParts {
            lang: Lang::En,
            identifiers,
            details,
            tried: "",
            ask: "Could you please help?",
            evidence: &[],
            store_name: "",
        }
    }

    /// [`parts`] in Chinese.
    fn parts_zh<'a>(identifiers: &'a [Identifier], details: &'a str) -> MessageParts<'a> {
        MessageParts { lang: Lang::Zh, ask: "能否请您帮忙？", ..parts(identifiers, details) }
    }

    /// Every way a seller can fill a problem's identifiers: the required ones
    /// always, the recommended ones in every combination.
    fn identifier_choices(problem: &SpecificProblem) -> Vec<Vec<Identifier>> {
        let given = |kind: IdentifierKind| Identifier { kind, value: kind.example().to_string() };
        let mut required: Vec<Identifier> = problem.required.iter().map(|&k| given(k)).collect();
        if let Some(kind) = problem.compares() {
            // A second value of the kind the problem compares (the other detail page).
            required.push(Identifier { kind, value: "B0D1EXMPL2".into() });
        }
        (0..1u32 << problem.recommended.len())
            .map(|mask| {
                let mut ids = required.clone();
                ids.extend(
                    problem
                        .recommended
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, &k)| given(k)),
                );
                ids
            })
            .collect()
    }

    // Reviewed snapshots of the letter a seller copies, for every problem: every
    // identifier kind given and the hint ticked as done, only the required
    // ones, and a description that already asks (the usual ask gives way).
    #[test]
    fn the_message_for_every_problem() {
        let mut all = String::new();
        for problem in catalog::all() {
            let choices = identifier_choices(problem);
            let required = &choices[0];
            let every = &choices[choices.len() - 1];
            let ask = problem.usual_ask(Lang::En);
            let what = "The buyer reported it on 20 November; I checked the order page the same day.";
            let asking = "It happened on 20 November. Could you please look into it?";
            let variants = [
                ("every identifier, hint done", every, what, problem.tried.get(Lang::En)),
                ("required only", required, what, ""),
                ("description asks", required, asking, ""),
            ];
            for (title, ids, details, tried) in variants {
                let parts = MessageParts {
                    lang: Lang::En,
                    identifiers: ids,
                    details,
                    tried,
                    ask,
                    evidence: &[],
                    store_name: "Blue Mug Co.",
                };
                all.push_str(&format!("===== {} — {title}\n{}\n\n", problem.slug, fill_message(problem, parts)));
            }
        }
        insta::assert_snapshot!(all);
    }

    // Issue 16: "(SKU not given)" reached the message, and the FNSKU was stated twice.
    // In Chinese: no "{asins}", no empty "（ASIN ）" or "（）", no stray space.
    #[test]
    fn no_placeholder_and_each_identifier_once_for_every_problem_and_every_choice() {
        for problem in catalog::all() {
            for ids in identifier_choices(problem) {
                for (parts, details) in
                    [(parts(&ids, "Details here."), "Details here."), (parts_zh(&ids, "详情在此。"), "详情在此。")]
                {
                    let message = fill_message(problem, parts);
                    let context = format!(
                        "{} with {:?}:\n{message}",
                        problem.slug,
                        ids.iter().map(|i| i.kind).collect::<Vec<_>>()
                    );
                    assert!(!message.contains("not given"), "{context}");
                    assert!(!message.contains(['{', '}']), "{context}");
                    for empty in ["()", "（）", "( ", " )", "（ ", " ）", "  ", " .", " 。", " ，", "，。", "\u{3000}"]
                    {
                        assert!(!message.contains(empty), "{empty:?} in {context}");
                    }
                    assert!(message.contains(details), "{context}");
                    for id in &ids {
                        assert_eq!(
                            message.matches(id.value.as_str()).count(),
                            1,
                            "{} stated once in {context}",
                            id.value
                        );
                    }
                }
            }
        }
    }

    // A placeholder outside a parenthesis cannot be left out gracefully: only required kinds may stand there.
    #[test]
    fn only_required_identifiers_stand_outside_a_parenthesis() {
        for problem in catalog::all() {
            for lang in Lang::ALL {
                let template = problem.template.get(lang);
                for kind in problem.recommended {
                    let placeholder = specific_problem::placeholder(*kind);
                    if let Some(at) = template.find(placeholder) {
                        let open = template[..at].rfind(['(', '（']);
                        let inside = open.is_some_and(|o| !template[o..at].contains([')', '）']));
                        assert!(inside, "{} ({lang:?}): {placeholder}", problem.slug);
                    }
                }
            }
        }
    }

    // Issue 16: the seller's description asked, and the template asked again.
    // Over every problem and any mix of what-happened sentences, requests and
    // asks, in either language: no sentence is said twice, and the letter asks
    // in one place.
    proptest::proptest! {
        #[test]
        fn no_sentence_twice_and_one_ask(
            problem in 0..catalog::all().len(),
            picks in proptest::collection::vec(0usize..7, 0..5),
            ask_pick in 0usize..4,
            tried in proptest::bool::ANY,
            chinese in proptest::bool::ANY,
        ) {
            use crate::domain::contact_us::letter::{requests, sentences};
            let problem = &catalog::all()[problem];
            let lang = if chinese { Lang::Zh } else { Lang::En };
            let usual = problem.usual_ask(lang);
            let pool = lang.pick([
                "The Ledger shows 3 units lost at PHX7 on 2 November.",
                "Could you please reconcile and reimburse them?",
                "Please reimburse the 3 units.",
                "I was pleased with the last answer.",
                usual,
                "The buyer wrote to me twice.",
                "Kindly check the attached invoice.",
            ], [
                "库存分类账显示，11月2日有3件商品在PHX7丢失。",
                "能否请您核对并赔偿这些商品？",
                "请赔偿这3件商品。",
                "我对上次的答复很满意。",
                usual,
                "买家给我写了两次信。",
                "麻烦您查看随附的发票。",
            ]);
            let mut details: Vec<&str> = Vec::new();
            for &i in &picks {
                if !details.contains(&pool[i]) {
                    details.push(pool[i]);
                }
            }
            let details = details.join(lang.pick(" ", ""));
            let asks = lang.pick(
                ["", usual, "Please reimburse the 3 units.", "Could you please send a replacement?"],
                ["", usual, "请赔偿这3件商品。", "能否请您寄送一件替换商品？"],
            );
            let ask = asks[ask_pick];
            let mut d = complete_draft();
            d.choose_problem_type(problem.problem_type);
            d.choose_problem(problem.slug);
            d.message_lang = lang;
            d.description = details.clone();
            d.ask = Some(ask.to_string());
            d.tried = tried;
            let message = d.shown_message("").expect("a problem is chosen");
            let said: Vec<String> = sentences(&message).iter().map(|s| s.to_ascii_lowercase()).collect();
            for (i, sentence) in said.iter().enumerate() {
                proptest::prop_assert!(!said[i + 1..].contains(sentence), "said twice: {sentence}\n{message}");
            }
            let asked_in_details = requests(&details).len();
            let asked = requests(&message).len();
            if ask.is_empty() || ask == usual {
                let expected = if asked_in_details > 0 { asked_in_details } else { requests(usual).len() };
                proptest::prop_assert_eq!(asked, expected, "{}", message);
            }
            proptest::prop_assert_eq!(message.contains(problem.tried.get(lang)), tried);
        }
    }

    /// An attached file proving `proves`.
    fn attached(name: &str, proves: crate::domain::evidence::EvidenceKind) -> EvidenceFile {
        use crate::domain::evidence::FileKind;
        EvidenceFile {
            hash: name.into(),
            name: name.into(),
            kind: FileKind::Pdf,
            size: 1,
            proves,
            added_at: chrono::Utc::now(),
            pages: Some(1),
            stored: true,
        }
    }

    // Reviewed snapshots of the Chinese letter for a few problems: every
    // identifier given (one list of several values), only the required ones
    // (optional words left out whole), a description that asks in Chinese
    // (the usual ask gives way), with files attached and the store's sign-off.
    #[test]
    fn the_message_in_chinese_for_some_problems() {
        use crate::domain::evidence::EvidenceKind;
        let evidence = [attached("发票.pdf", EvidenceKind::Invoice), attached("tracking.png", EvidenceKind::Tracking)];
        let mut all = String::new();
        for slug in [
            "order-delivered-damaged",
            "reimburse-lost-warehouse",
            "listing-merge",
            "fba-shipment-discrepancy",
            "account-deactivated",
        ] {
            let problem = catalog::find(slug).expect("in the catalog");
            let choices = identifier_choices(problem);
            let mut every = choices[choices.len() - 1].clone();
            if let Some(first) = every.first().cloned() {
                every.push(Identifier { value: format!("{}9", &first.value[..first.value.len() - 1]), ..first });
            }
            let what = "买家于11月20日反映了此问题；我当天查看了订单页面。";
            let asking = "此问题发生在11月20日。能否请您调查一下？";
            let variants = [
                (
                    "every identifier, hint done, files, store name",
                    &every,
                    what,
                    problem.tried.get(Lang::Zh),
                    &evidence[..],
                    "蓝杯小店",
                ),
                ("required only", &choices[0], what, "", &[][..], ""),
                ("description asks", &choices[0], asking, "", &[][..], "Blue Mug Co."),
            ];
            for (title, ids, details, tried, evidence, store_name) in variants {
                let ask = problem.usual_ask(Lang::Zh);
                let parts =
                    MessageParts { lang: Lang::Zh, identifiers: ids, details, tried, ask, evidence, store_name };
                all.push_str(&format!("===== {slug} — {title}\n{}\n\n", fill_message(problem, parts)));
            }
        }
        insta::assert_snapshot!(all);
    }

    #[test]
    fn a_chinese_message_has_no_english_word_of_case_desks() {
        use crate::domain::evidence::EvidenceKind;
        let evidence: Vec<EvidenceFile> = EvidenceKind::ALL.into_iter().map(|kind| attached("1.pdf", kind)).collect();
        for problem in catalog::all() {
            for ids in identifier_choices(problem) {
                let mut ids = ids;
                ids.extend(ids.clone().into_iter().map(|i| Identifier { value: format!("{}-2", i.value), ..i }));
                let parts = MessageParts {
                    tried: problem.tried.get(Lang::Zh),
                    ask: problem.usual_ask(Lang::Zh),
                    evidence: &evidence,
                    store_name: "蓝杯小店",
                    ..parts_zh(&ids, "买家于11月20日反映了此问题。")
                };
                let mut rest = fill_message(problem, parts).replace("1.pdf", "");
                for id in &ids {
                    rest = rest.replace(&id.value, "");
                }
                // The brief's allowed Latin words are text::english_words's list (one list).
                let english = crate::domain::text::english_words(&rest);
                assert!(english.is_empty(), "{}: English {english:?} left in\n{rest}", problem.slug);
                assert!(
                    !rest.contains([',', ':', ';', '(', ')', '!', '?']),
                    "{}: half-width punctuation in\n{rest}",
                    problem.slug
                );
            }
        }
    }

    #[test]
    fn the_message_is_in_the_language_picked_for_it_and_the_case_keeps_it() {
        let mut d = complete_draft();
        assert_eq!(d.message_lang, Lang::En, "English unless the seller picks Chinese");
        assert!(d.shown_message("").unwrap().starts_with("Hello Selling Partner Support,"));
        assert_eq!(d.finish().unwrap().message_lang, Lang::En);
        d.message_lang = Lang::Zh;
        d.tried = true;
        let message = d.shown_message("蓝杯小店").unwrap();
        assert!(message.starts_with("销售伙伴支持团队，您好！\n\n"), "{message}");
        assert!(message.contains("112-4738291-5047863"), "{message}");
        assert!(
            message.contains("The buyer sent photos of a crushed box on 20 November."),
            "the seller's words stay as written"
        );
        let problem = d.problem().unwrap();
        assert!(
            message.contains(problem.tried.get(Lang::Zh)) && message.contains(problem.usual_ask(Lang::Zh)),
            "{message}"
        );
        assert!(message.ends_with("感谢您的帮助！\n\n顺祝商祺！\n蓝杯小店"), "{message}");
        let request = d.finish_signed("蓝杯小店").unwrap();
        assert_eq!((request.message_lang, &request.message), (Lang::Zh, &message));
        let case = crate::domain::Case::open(
            request,
            crate::domain::CaseId("c".into()),
            crate::domain::EventId("e".into()),
            chrono::Utc::now(),
        );
        assert_eq!((case.message_lang, case.message), (Lang::Zh, message), "follow-ups are written in it too");
        let text = serde_json::to_string(&d).unwrap();
        assert!(text.contains(r#""message_lang":"zh-CN""#), "{text}");
        assert_eq!(serde_json::from_str::<ContactUsDraft>(&text).unwrap(), d);
    }

    #[test]
    fn the_usual_ask_left_as_filled_in_follows_the_message_language() {
        let mut d = complete_draft();
        let problem = d.problem().unwrap();
        // The details step filled in the English request and the seller kept it.
        d.ask = Some(format!("{}\n", problem.usual_ask(Lang::En)));
        d.message_lang = Lang::Zh;
        assert_eq!(d.ask_for(problem), problem.usual_ask(Lang::Zh));
        assert_eq!(d.usual_ask(problem), problem.usual_ask(Lang::Zh));
        let message = d.shown_message("").unwrap();
        assert!(!message.contains(problem.usual_ask(Lang::En)), "{message}");
        // Words of their own stay, in whatever language they wrote them.
        d.ask = Some("Please send a replacement to the buyer.".into());
        assert!(
            d.shown_message("").unwrap().contains("感谢您的帮助！")
                && d.shown_message("").unwrap().contains("Please send a replacement")
        );
    }

    #[test]
    fn the_sellers_edit_is_kept_whatever_the_message_language() {
        let mut d = complete_draft();
        d.edited_message = Some("My own words.".into());
        d.message_lang = Lang::Zh;
        assert_eq!(d.shown_message("").unwrap(), "My own words.");
    }

    #[test]
    fn a_missing_optional_identifier_takes_its_full_width_parenthesis_along() {
        let problem = catalog::find("order-delivered-damaged").expect("in the catalog");
        let ids = [Identifier { kind: IdentifierKind::OrderId, value: "112-4738291-5047863".into() }];
        let message = fill_message(problem, parts_zh(&ids, "详情在此。"));
        assert!(!message.contains("ASIN") && !message.contains('（'), "{message}");
        assert_eq!(
            without_placeholder("货件{shipment_ids}（FNSKU {fnskus}）丢失。".into(), "{fnskus}"),
            "货件{shipment_ids}丢失。"
        );
        assert_eq!(without_placeholder("Units (SKU {skus}) lost.".into(), "{skus}"), "Units lost.");
    }

    #[test]
    fn units_lost_with_an_fnsku_and_no_sku_reads_as_one_letter() {
        let problem = catalog::find("reimburse-lost-warehouse").expect("in the catalog");
        let ids = [Identifier { kind: IdentifierKind::Fnsku, value: "X001ABC2DE".into() }];
        let message =
            fill_message(problem, parts(&ids, "The Inventory Ledger shows 3 units lost at PHX7 on 2 November."));
        assert_eq!(
            message,
            "Hello Selling Partner Support,\n\nUnits of FNSKU X001ABC2DE were lost in the fulfillment center and not reimbursed.\n\n\
             The Inventory Ledger shows 3 units lost at PHX7 on 2 November.\n\n\
             Could you please help?\n\nThank you for your help."
        );
    }

    // Issue 16: the template asked, and the seller's description asked again.
    #[test]
    fn the_ask_is_the_sellers_once_or_the_usual_one() {
        let mut d = complete_draft();
        let problem = d.problem().expect("chosen");
        let usual = problem.usual_ask(Lang::En);
        assert!(d.shown_message("").unwrap().contains(usual));
        d.ask = Some("  Please send a replacement to the buyer at our cost.  ".into());
        let message = d.shown_message("").unwrap();
        assert_eq!(message.matches("Please send a replacement to the buyer at our cost.").count(), 1);
        assert!(!message.contains(usual));
        d.ask = Some("   ".into());
        assert!(d.shown_message("").unwrap().contains(usual), "a blank ask falls back to the usual one");
    }

    #[test]
    fn the_message_reads_in_order_and_names_the_files_attached() {
        use crate::domain::evidence::EvidenceKind;
        use crate::domain::evidence::FileKind;
        let mut d = complete_draft();
        d.identifiers[1].value = "B0C7XK2M9Q".into();
        let sku = d.add_identifier(IdentifierKind::Sku);
        d.identifiers[sku].value = "MUG-BLUE-350ML".into();
        d.evidence.push(EvidenceFile {
            hash: "h".into(),
            name: "invoice.pdf".into(),
            kind: FileKind::Pdf,
            size: 1,
            proves: EvidenceKind::Invoice,
            added_at: chrono::Utc::now(),
            pages: Some(1),
            stored: true,
        });
        let message = d.shown_message("").unwrap();
        let at = |text: &str| message.find(text).unwrap_or_else(|| panic!("{text} missing in:\n{message}"));
        let order = [
            at("Hello Selling Partner Support,"),
            at("Order 112-4738291-5047863 (ASIN B0C7XK2M9Q) reached the buyer damaged."),
            at("crushed box on 20 November."),
            at("SKU: MUG-BLUE-350ML"),
            at("Attached: invoice.pdf — invoice"),
            at(d.problem().unwrap().usual_ask(Lang::En)),
            at("Thank you for your help."),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{message}");
    }

    #[test]
    fn merging_detail_pages_takes_two_asins() {
        // Regression: a merge request went out with one ASIN ("these ASINs are the same product: B0C7XK2M9Q").
        let mut d = complete_draft();
        d.choose_problem_type(ProblemType::ListingsAndCatalog);
        d.choose_problem("listing-merge");
        let asin = d.identifiers.iter().position(|e| e.kind == IdentifierKind::Asin).expect("asked for");
        d.identifiers[asin].value = "B0C7XK2M9Q".into();
        assert_eq!(
            d.details_errors(Lang::En).for_field(FormField::Identifier(asin)),
            Some("Add at least two ASINs, one for each detail page: Amazon merges pages, not a single one.")
        );
        // The seller adds the second page's ASIN with "Add another ASIN".
        let second = d.add_identifier(IdentifierKind::Asin);
        d.identifiers[second].value = "B0D1EXMPL2".into();
        assert_eq!(d.details_errors(Lang::En).for_field(FormField::Identifier(asin)), None);
        let problem = d.problem().expect("chosen");
        assert_eq!((problem.values_needed(IdentifierKind::Asin), problem.values_needed(IdentifierKind::Sku)), (2, 0));
        // Every other problem needs one value of each required kind.
        for p in catalog::all().iter().filter(|p| p.slug != "listing-merge") {
            assert_eq!(p.compares(), None, "{}", p.slug);
            assert!(p.required.iter().all(|&k| p.values_needed(k) == 1), "{}", p.slug);
        }
    }

    #[test]
    fn a_message_without_attachments_never_says_attached() {
        // Regression: five asks said "with the attached invoice" whatever the seller attached.
        for problem in catalog::all() {
            for lang in Lang::ALL {
                let parts = MessageParts {
                    lang,
                    identifiers: &[],
                    details: "",
                    tried: problem.tried.get(lang),
                    ask: "",
                    evidence: &[],
                    store_name: "",
                };
                let message = fill_message(problem, parts);
                let said = match lang {
                    Lang::En => message.to_ascii_lowercase().contains("attach"),
                    Lang::Zh => message.contains('附'),
                };
                assert!(!said, "{} ({lang:?}) claims an attachment:\n{message}", problem.slug);
            }
        }
        let mut d = complete_draft();
        d.evidence.clear();
        assert!(!d.shown_message("").unwrap().contains("Attached"));
    }

    #[test]
    fn the_message_is_signed_with_the_store_name_when_there_is_one() {
        let d = complete_draft();
        assert!(d.shown_message("").unwrap().ends_with("\n\nThank you for your help."));
        assert!(d
            .shown_message("  Blue Mug Co. ")
            .unwrap()
            .ends_with("Thank you for your help.\n\nKind regards,\nBlue Mug Co."));
        assert!(d.finish_signed("Blue Mug Co.").unwrap().message.ends_with("Kind regards,\nBlue Mug Co."));
    }

    #[test]
    fn the_seller_has_the_last_word_on_the_message() {
        let mut d = complete_draft();
        let generated = d.shown_message("").unwrap();
        assert_eq!(d.shown_message("").unwrap(), generated);
        d.edited_message = Some(format!("{generated}\n\nPS: the buyer is a repeat customer.\n"));
        let request = d.finish().unwrap();
        assert!(request.message.ends_with("PS: the buyer is a repeat customer."), "the edit is what is sent");
        d.edited_message = Some("  ".into());
        assert_eq!(d.finish().unwrap().message, generated, "an emptied edit falls back to the generated message");
    }

    #[test]
    fn the_sellers_words_are_never_read_as_placeholders() {
        let problem = catalog::find("listing-suppressed").expect("in the catalog");
        let ids = [Identifier { kind: IdentifierKind::Asin, value: "B0C7XK2M9Q".into() }];
        let message = fill_message(problem, parts(&ids, "The page shows {asins} and {details} literally."));
        assert!(message.contains("The page shows {asins} and {details} literally."));
    }

    // Catalog integrity: every template of every problem fills completely.
    #[test]
    fn every_template_fills_with_no_leftover_placeholder() {
        for problem in catalog::all() {
            let ids: Vec<Identifier> =
                problem.identifier_kinds().map(|kind| Identifier { kind, value: kind.example().to_string() }).collect();
            for identifiers in [ids.clone(), Vec::new()] {
                for parts in [parts(&identifiers, "Details here."), parts_zh(&identifiers, "Details here.")] {
                    let message = fill_message(problem, parts);
                    assert!(!message.contains('{') && !message.contains('}'), "{}: {message}", problem.slug);
                    assert!(message.contains("Details here."), "{}", problem.slug);
                }
            }
        }
    }

    #[test]
    fn drafts_survive_a_json_round_trip_and_tolerate_missing_fields() {
        let d = complete_draft();
        let text = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<ContactUsDraft>(&text).unwrap(), d);
        let partial: ContactUsDraft = serde_json::from_str(r#"{"id":"x","subject":"Hi"}"#).unwrap();
        assert_eq!(partial.subject, "Hi");
        assert_eq!(partial.message_lang, Lang::En, "a draft saved before the choice existed is in English");
        assert_eq!(partial.first_open_step(), Step::ProblemType);
    }
}
