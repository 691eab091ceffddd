//! What enters or leaves the desk as a file: the JSON export and its import
//! (checked, previewed, merged with what is here), calendar files of a case's
//! deadlines, and the sample cases for demos.
//!
//! Parts, in reading order:
//! - [`export`]: the export file, the import and the merge;
//! - [`calendar_file`]: RFC 5545 calendar files;
//! - [`samples`]: sample cases in the seller's language.

pub mod export;
pub mod calendar_file;
pub mod samples;
