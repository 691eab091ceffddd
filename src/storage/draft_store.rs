//! Contact Us drafts in `localStorage`, one key per draft
//! (`case-desk:draft:<id>`), written as the seller types.

use super::local::{keys_with_prefix, read, remove, write};
use crate::domain::contact_us::draft::ContactUsDraft;
use crate::domain::{decode_draft, encode_draft, StorageProblem};

/// The prefix of every key holding one draft.
pub const DRAFT_KEY_PREFIX: &str = "case-desk:draft:";

/// Every readable draft; unreadable ones are left in storage untouched.
pub fn load_drafts() -> Result<Vec<ContactUsDraft>, StorageProblem> {
    let mut drafts = Vec::new();
    for key in keys_with_prefix(DRAFT_KEY_PREFIX)? {
        if let Some(Ok(draft)) = read(&key)?.map(|text| decode_draft(&text)) {
            drafts.push(draft);
        }
    }
    Ok(drafts)
}

/// Writes one draft under its own key.
pub fn save_draft(draft: &ContactUsDraft) -> Result<(), StorageProblem> {
    write(&format!("{DRAFT_KEY_PREFIX}{}", draft.id), &encode_draft(draft))
}

/// Removes a draft (after it became a case, or the seller discarded it).
pub fn delete_draft(id: &str) -> Result<(), StorageProblem> {
    remove(&format!("{DRAFT_KEY_PREFIX}{id}"))
}
