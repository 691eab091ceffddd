//! What a seller types before a case exists, and the rules it must meet.

use super::ProblemType;

/// Longest subject Case Desk accepts, in characters.
pub const SUBJECT_MAX: usize = 120;
/// Longest description Case Desk accepts, in characters.
pub const DESCRIPTION_MAX: usize = 4000;

/// The new-case form as typed: nothing is trusted yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseDraft {
    /// One line saying what went wrong.
    pub subject: String,
    /// The kind of problem, once chosen.
    pub problem_type: Option<ProblemType>,
    /// The full story for Amazon.
    pub description: String,
}

/// A field of the new-case form, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DraftField {
    /// The problem type select.
    ProblemType,
    /// The subject line.
    Subject,
    /// The description.
    Description,
}

/// A draft that passed every rule: trimmed and ready to become a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCase {
    /// Trimmed subject, 1..=SUBJECT_MAX characters.
    pub subject: String,
    /// The chosen problem type.
    pub problem_type: ProblemType,
    /// Trimmed description, 1..=DESCRIPTION_MAX characters.
    pub description: String,
}

/// Every rule a draft broke, each with a message that says what to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftErrors {
    errors: Vec<(DraftField, String)>,
}

impl DraftErrors {
    /// The message for one field, if it has an error.
    pub fn for_field(&self, field: DraftField) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    /// The first field in form order that has an error: where focus should go.
    pub fn first_field(&self) -> Option<DraftField> {
        self.errors.first().map(|(f, _)| *f)
    }

    /// How many fields have errors.
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// Whether no rule was broken.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    fn push(&mut self, field: DraftField, message: String) {
        self.errors.push((field, message));
    }
}

impl CaseDraft {
    /// Checks every rule; on success returns the trimmed case content.
    pub fn validate(&self) -> Result<NewCase, DraftErrors> {
        let mut errors = DraftErrors::default();
        let subject = self.subject.trim();
        let description = self.description.trim();

        if self.problem_type.is_none() {
            errors.push(
                DraftField::ProblemType,
                "Choose the type of problem, so the case reaches the right Amazon team.".into(),
            );
        }
        check_text(&mut errors, DraftField::Subject, subject, SUBJECT_MAX,
            "Write a subject: one line that says what went wrong.");
        check_text(&mut errors, DraftField::Description, description, DESCRIPTION_MAX,
            "Describe the problem: what happened, when, and what you want Amazon to do.");

        match self.problem_type {
            Some(problem_type) if errors.is_empty() => Ok(NewCase {
                subject: subject.to_string(),
                problem_type,
                description: description.to_string(),
            }),
            _ => Err(errors),
        }
    }
}

fn check_text(errors: &mut DraftErrors, field: DraftField, text: &str, max: usize, when_empty: &str) {
    let len = text.chars().count();
    if len == 0 {
        errors.push(field, when_empty.to_string());
    } else if len > max {
        errors.push(field, format!("Shorten this to {max} characters or fewer (it has {len})."));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> CaseDraft {
        CaseDraft {
            subject: "  Order 112-4738291-5047863 arrived damaged ".into(),
            problem_type: Some(ProblemType::OrdersAndReturns),
            description: "\nThe buyer sent photos of a crushed box.\n".into(),
        }
    }

    #[test]
    fn a_complete_draft_becomes_a_trimmed_new_case() {
        let new_case = filled().validate().unwrap();
        assert_eq!(new_case.subject, "Order 112-4738291-5047863 arrived damaged");
        assert_eq!(new_case.description, "The buyer sent photos of a crushed box.");
        assert_eq!(new_case.problem_type, ProblemType::OrdersAndReturns);
    }

    #[test]
    fn an_empty_draft_names_every_field_in_form_order() {
        let errors = CaseDraft::default().validate().unwrap_err();
        assert_eq!(errors.len(), 3);
        assert_eq!(errors.first_field(), Some(DraftField::ProblemType));
        assert!(errors.for_field(DraftField::ProblemType).unwrap().contains("type of problem"));
        assert!(errors.for_field(DraftField::Subject).unwrap().contains("subject"));
        assert!(errors.for_field(DraftField::Description).unwrap().contains("Describe"));
    }

    // Whitespace alone must not pass for an answer.
    #[test]
    fn whitespace_only_counts_as_empty() {
        let draft = CaseDraft { subject: " \t ".into(), description: "\n\n".into(), ..filled() };
        let errors = draft.validate().unwrap_err();
        assert_eq!(errors.first_field(), Some(DraftField::Subject));
        assert!(errors.for_field(DraftField::Description).is_some());
        assert!(errors.for_field(DraftField::ProblemType).is_none());
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        // "é" is two bytes: a byte count would refuse this subject.
        let at_limit = CaseDraft { subject: "é".repeat(SUBJECT_MAX), ..filled() };
        assert!(at_limit.validate().is_ok());

        let over = CaseDraft { subject: "é".repeat(SUBJECT_MAX + 1), ..filled() };
        let message = over.validate().unwrap_err().for_field(DraftField::Subject).unwrap().to_string();
        assert_eq!(message, format!("Shorten this to {SUBJECT_MAX} characters or fewer (it has {}).", SUBJECT_MAX + 1));
    }

    #[test]
    fn description_limit() {
        let at_limit = CaseDraft { description: "a".repeat(DESCRIPTION_MAX), ..filled() };
        assert!(at_limit.validate().is_ok());
        let over = CaseDraft { description: "a".repeat(DESCRIPTION_MAX + 1), ..filled() };
        let errors = over.validate().unwrap_err();
        assert_eq!(errors.first_field(), Some(DraftField::Description));
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn missing_problem_type_alone() {
        let draft = CaseDraft { problem_type: None, ..filled() };
        let errors = draft.validate().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors.first_field(), Some(DraftField::ProblemType));
    }
}
