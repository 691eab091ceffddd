//! Reading a stored record field by field. Case Desk's records are read in one
//! pass into plain optional fields and then checked against their kind
//! (serde's derive for tagged enums buffers through a generic tree, which
//! cost the first load more than any other function); this is the check.

/// A field the stored kind needs, or serde's "missing field" error.
pub(crate) fn needs<T, E: serde::de::Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}
