//! The steps of the Contact Us wizard, in order, and their place in the page address.

use crate::domain::{Lang, Text};

/// The steps of the flow, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Choose the type of problem.
    ProblemType,
    /// Choose the specific problem.
    SpecificProblem,
    /// Choose email, phone or chat, with its details.
    Contact,
    /// Subject, identifiers, description, evidence.
    Details,
    /// Check the precautions, copy the message, submit.
    Review,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 5] = [Step::ProblemType, Step::SpecificProblem, Step::Contact, Step::Details, Step::Review];

    /// The step's name in the step indicator.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Step::ProblemType => Text::new("Problem type", "问题类型"),
            Step::SpecificProblem => Text::new("Specific problem", "具体问题"),
            Step::Contact => Text::new("Contact method", "联系方式"),
            Step::Details => Text::new("Details", "详细信息"),
            Step::Review => Text::new("Review and send", "检查并发送"),
        }
        .get(lang)
    }

    /// The step's part of the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Step::ProblemType => "type",
            Step::SpecificProblem => "problem",
            Step::Contact => "contact",
            Step::Details => "details",
            Step::Review => "review",
        }
    }

    /// The step with this URL part.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// 1-based position, for "Step 2 of 5".
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).map_or(1, |i| i + 1)
    }

    /// The step before, if any.
    pub fn previous(self) -> Option<Step> {
        self.number().checked_sub(2).map(|i| Step::ALL[i])
    }

    /// The step after, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }
}
