//! The seller's list of cases and the questions the case log asks of it.

use crate::domain::identifiers::Identifier;
use crate::domain::{Case, CaseId};

/// All cases known to this browser.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseLog {
    cases: Vec<Case>,
}

impl CaseLog {
    /// A log holding these cases.
    pub fn new(cases: Vec<Case>) -> CaseLog {
        CaseLog { cases }
    }

    /// The case with this id.
    pub fn get(&self, id: &CaseId) -> Option<&Case> {
        self.cases.iter().find(|c| &c.id == id)
    }

    /// Adds a case, or replaces the one with the same id.
    pub fn upsert(&mut self, case: Case) {
        match self.cases.iter_mut().find(|c| c.id == case.id) {
            Some(existing) => *existing = case,
            None => self.cases.push(case),
        }
    }

    /// Active cases about the same specific problem that share an identifier:
    /// opening another would be a duplicate, which Amazon treats as abuse.
    pub fn possible_duplicates(&self, specific_problem: &str, identifiers: &[Identifier]) -> Vec<&Case> {
        self.cases
            .iter()
            .filter(|c| c.status.is_active())
            .filter(|c| c.specific_problem.as_deref() == Some(specific_problem))
            .filter(|c| c.shares_identifier(identifiers))
            .collect()
    }

    /// Removes a case.
    pub fn remove(&mut self, id: &CaseId) {
        self.cases.retain(|c| &c.id != id);
    }

    /// Every case, in stored order.
    pub fn iter(&self) -> impl Iterator<Item = &Case> {
        self.cases.iter()
    }

    /// How many cases there are.
    pub fn len(&self) -> usize {
        self.cases.len()
    }

    /// Whether there are no cases yet.
    pub fn is_empty(&self) -> bool {
        self.cases.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::case_file::tests::{at, sample};

    #[test]
    fn duplicates_need_the_same_problem_a_shared_identifier_and_an_active_case() {
        let case = sample("a", 8); // order-delivered-damaged, order 112-4738291-5047863
        let order = case.identifiers[0].clone();
        let other_order = Identifier { value: "114-2938475-1029384".into(), ..order.clone() };
        let mut closed = sample("b", 8);
        closed.status = crate::domain::CaseStatus::Closed;
        let log = CaseLog::new(vec![case, closed]);
        let found: Vec<_> = log
            .possible_duplicates("order-delivered-damaged", std::slice::from_ref(&order))
            .iter()
            .map(|c| c.id.0.clone())
            .collect();
        assert_eq!(found, ["a"], "the closed case is not a duplicate");
        assert!(log.possible_duplicates("order-delivered-damaged", &[other_order]).is_empty());
        assert!(log.possible_duplicates("order-not-delivered", &[order]).is_empty());
        assert!(log.possible_duplicates("order-delivered-damaged", &[]).is_empty());
    }

    #[test]
    fn upsert_adds_then_replaces() {
        let mut log = CaseLog::default();
        assert!(log.is_empty());
        log.upsert(sample("a", 8));
        let mut edited = sample("a", 8);
        edited.subject = "Edited".into();
        edited.updated_at = at(12);
        log.upsert(edited);
        assert_eq!(log.len(), 1);
        assert_eq!(log.get(&CaseId("a".into())).unwrap().subject, "Edited");
        assert!(log.get(&CaseId("zz".into())).is_none());
    }
}
