//! Evidence files: what a file really is (read from its first bytes, never
//! from its name), the limits Case Desk keeps, and what a case records of a
//! file. The bytes themselves live in the browser's file store.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::text::after_chinese;
use crate::domain::{Lang, Text};

/// Largest file accepted, in bytes (10 MB).
pub const FILE_LIMIT: u64 = 10 * 1000 * 1000;
/// Largest total of all files of one case, in bytes (50 MB).
pub const CASE_LIMIT: u64 = 50 * 1000 * 1000;

/// The file types Case Desk accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// PNG image.
    Png,
    /// JPEG image.
    Jpeg,
    /// GIF image.
    Gif,
    /// WebP image.
    Webp,
    /// PDF document.
    Pdf,
    /// Plain text.
    Text,
    /// Comma-separated values (text).
    Csv,
}

impl FileKind {
    /// The MIME type to give the browser.
    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Gif => "image/gif",
            FileKind::Webp => "image/webp",
            FileKind::Pdf => "application/pdf",
            FileKind::Text => "text/plain",
            FileKind::Csv => "text/csv",
        }
    }

    /// The name a seller reads ("a PDF", "a PNG image"; "PDF 文件", "PNG 图片").
    pub fn described(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FileKind::Png, Lang::En) => "a PNG image",
            (FileKind::Jpeg, Lang::En) => "a JPEG image",
            (FileKind::Gif, Lang::En) => "a GIF image",
            (FileKind::Webp, Lang::En) => "a WebP image",
            (FileKind::Pdf, Lang::En) => "a PDF",
            (FileKind::Text, Lang::En) => "a text file",
            (FileKind::Csv, Lang::En) => "a CSV file",
            (FileKind::Png, Lang::Zh) => "PNG 图片",
            (FileKind::Jpeg, Lang::Zh) => "JPEG 图片",
            (FileKind::Gif, Lang::Zh) => "GIF 图片",
            (FileKind::Webp, Lang::Zh) => "WebP 图片",
            (FileKind::Pdf, Lang::Zh) => "PDF 文件",
            (FileKind::Text, Lang::Zh) => "文本文件",
            (FileKind::Csv, Lang::Zh) => "CSV 文件",
        }
    }

    /// Whether it shows as a picture.
    pub fn is_image(self) -> bool {
        matches!(self, FileKind::Png | FileKind::Jpeg | FileKind::Gif | FileKind::Webp)
    }

    /// Whether it is read as text.
    pub fn is_text(self) -> bool {
        matches!(self, FileKind::Text | FileKind::Csv)
    }

    /// What the file most likely proves, as a first guess the seller can change.
    pub fn likely_proves(self) -> EvidenceKind {
        match self {
            FileKind::Png | FileKind::Webp | FileKind::Gif => EvidenceKind::Screenshot,
            FileKind::Jpeg => EvidenceKind::Photo,
            FileKind::Pdf => EvidenceKind::Invoice,
            FileKind::Text | FileKind::Csv => EvidenceKind::Tracking,
        }
    }

    /// The kind a file claims to be by its name's extension, if it names one.
    pub fn claimed_by_name(name: &str) -> Option<FileKind> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "png" => FileKind::Png,
            "jpg" | "jpeg" | "jfif" => FileKind::Jpeg,
            "gif" => FileKind::Gif,
            "webp" => FileKind::Webp,
            "pdf" => FileKind::Pdf,
            "txt" | "text" | "log" => FileKind::Text,
            "csv" => FileKind::Csv,
            _ => return None,
        })
    }
}

/// What the first bytes say a file is.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(FileKind::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileKind::Jpeg)
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some(FileKind::Gif)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(FileKind::Webp)
    } else if bytes.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else if looks_like_text(bytes) {
        Some(FileKind::Text)
    } else {
        None
    }
}

/// UTF-8 (a BOM allowed) with no NUL and almost no control characters.
fn looks_like_text(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(body) else { return false };
    let controls = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    !text.is_empty() && controls * 100 <= text.chars().count()
}

/// `bytes` in `unit`s with one decimal, the decimal left out when it is 0.
fn tenths(bytes: u64, unit_bytes: u64, unit: &str) -> String {
    let tenths = (bytes + unit_bytes / 20) / (unit_bytes / 10);
    match tenths % 10 {
        0 => format!("{} {unit}", tenths / 10),
        t => format!("{}.{t} {unit}", tenths / 10),
    }
}

/// The key a file body is stored under: SHA-256 of its content, lower-case hex.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A readable size: "830 bytes", "45 KB", "10 MB", "12.4 MB" (decimal units,
/// as file managers show); in Chinese only bytes are named: "830 字节".
pub fn human_size(bytes: u64, lang: Lang) -> String {
    match bytes {
        0..=999 => match lang {
            Lang::En => format!("{bytes} bytes"),
            Lang::Zh => format!("{bytes} 字节"),
        },
        1_000..=999_999 => format!("{} KB", bytes.div_ceil(1000)),
        1_000_000..=999_999_999 => tenths(bytes, 1_000_000, "MB"),
        _ => tenths(bytes, 1_000_000_000, "GB"),
    }
}

/// Why a file is not kept; [`EvidenceError::message`] is a clause that
/// follows the file's name ("invoice.pdf: not a PDF although named .pdf…").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvidenceError {
    /// The file has no bytes.
    Empty,
    /// The file is over [`FILE_LIMIT`].
    TooBig {
        /// Its size in bytes.
        size: u64,
    },
    /// Named like `claimed` but not readable as one.
    NotReadableAs(FileKind),
    /// Not a type Case Desk keeps.
    UnsupportedType,
    /// Named or typed as `claimed`, but its content is `actual`.
    ContentMismatch {
        /// What its name or type says.
        claimed: FileKind,
        /// What its content is.
        actual: FileKind,
        /// The name's extension, if it has one.
        extension: Option<String>,
    },
    /// Cut short (it may not have finished downloading).
    Truncated(FileKind),
    /// The same content is already attached to the case.
    AlreadyAttached,
    /// Adding `size` bytes would take the case over [`CASE_LIMIT`] (`total` already attached).
    OverCaseLimit {
        /// The file's size in bytes.
        size: u64,
        /// What the case already holds, in bytes.
        total: u64,
    },
}

impl EvidenceError {
    /// The reason in `lang`, as a clause that follows the file's name.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            EvidenceError::Empty => lang.pick("the file is empty", "文件是空的").into(),
            EvidenceError::TooBig { size } => {
                let (size, limit) = (human_size(*size, lang), human_size(FILE_LIMIT, lang));
                match lang {
                    Lang::En => format!("{size}, over the {limit} limit"),
                    Lang::Zh => format!("{size}，超过了 {limit} 的上限"),
                }
            }
            EvidenceError::NotReadableAs(claimed) => {
                let kind = claimed.described(lang);
                match lang {
                    Lang::En => format!("not {kind} although named like one: its content is not readable as one"),
                    Lang::Zh => format!("文件名表明是{0}，但内容无法作为{0}读取", after_chinese(kind)),
                }
            }
            EvidenceError::UnsupportedType => lang
                .pick(
                    "not a type Case Desk keeps: use PNG, JPEG, GIF, WebP, PDF, plain text or CSV",
                    "Case Desk 不保存此类文件：请使用 PNG、JPEG、GIF、WebP、PDF、纯文本或 CSV 文件",
                )
                .into(),
            EvidenceError::ContentMismatch { claimed, actual, extension } => {
                let (claimed, actual) = (claimed.described(lang), actual.described(lang));
                match (extension, lang) {
                    (Some(ext), Lang::En) => format!("not {claimed} although named .{ext}: its content is {actual}"),
                    (None, Lang::En) => format!("not {claimed}: its content is {actual}"),
                    (Some(ext), Lang::Zh) => {
                        format!(
                            "扩展名为 .{ext}，但不是{}，实际内容是{}",
                            after_chinese(claimed),
                            after_chinese(actual)
                        )
                    }
                    (None, Lang::Zh) => format!("不是{}，实际内容是{}", after_chinese(claimed), after_chinese(actual)),
                }
            }
            EvidenceError::Truncated(kind) => {
                let kind = kind.described(lang);
                match lang {
                    Lang::En => format!("{kind} that is cut short (it may not have finished downloading)"),
                    Lang::Zh => format!("{kind}不完整（可能没有下载完）"),
                }
            }
            EvidenceError::AlreadyAttached => lang.pick("already attached to this case", "已附加到此问题").into(),
            EvidenceError::OverCaseLimit { size, total } => {
                let (size, limit, total) =
                    (human_size(*size, lang), human_size(CASE_LIMIT, lang), human_size(*total, lang));
                match lang {
                    Lang::En => {
                        format!("{size} would take this case over its {limit} limit ({total} already attached)")
                    }
                    Lang::Zh => format!("加上这 {size} 会超过此问题 {limit} 的上限（已附加 {total}）"),
                }
            }
        }
    }
}

/// Checks one file by its content; returns what it really is.
///
/// `declared_type` is the browser's MIME type for it (often empty). A file is
/// refused when it is empty, over [`FILE_LIMIT`], of a type Case Desk does not
/// take, cut short, or when its content does not match its name or type.
pub fn check_file(name: &str, declared_type: &str, bytes: &[u8]) -> Result<FileKind, EvidenceError> {
    check_size(bytes.len() as u64)?;
    let claimed = FileKind::claimed_by_name(name).or_else(|| claimed_by_type(declared_type));
    let Some(actual) = sniff(bytes) else {
        return Err(claimed.map_or(EvidenceError::UnsupportedType, EvidenceError::NotReadableAs));
    };
    let actual = match (actual, claimed) {
        // CSV is text whose name or type says CSV.
        (FileKind::Text, Some(FileKind::Csv)) => FileKind::Csv,
        (actual, Some(claimed)) if actual != claimed => {
            let extension = name.rsplit_once('.').map(|(_, ext)| ext.to_string());
            return Err(EvidenceError::ContentMismatch { claimed, actual, extension });
        }
        (actual, _) => actual,
    };
    if is_truncated(actual, bytes) {
        return Err(EvidenceError::Truncated(actual));
    }
    Ok(actual)
}

/// The size rules alone, checked before a file is read (a 2 GB video is refused unread).
pub fn check_size(size: u64) -> Result<(), EvidenceError> {
    if size == 0 {
        Err(EvidenceError::Empty)
    } else if size > FILE_LIMIT {
        Err(EvidenceError::TooBig { size })
    } else {
        Ok(())
    }
}

fn claimed_by_type(declared_type: &str) -> Option<FileKind> {
    [FileKind::Png, FileKind::Jpeg, FileKind::Gif, FileKind::Webp, FileKind::Pdf, FileKind::Text, FileKind::Csv]
        .into_iter()
        .find(|k| k.mime() == declared_type)
}

/// Whether a file ends before its format says it should.
fn is_truncated(kind: FileKind, bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    let contains = |needle: &[u8]| tail.windows(needle.len()).any(|w| w == needle);
    match kind {
        // A PNG ends with its IEND chunk, a JPEG with the end-of-image marker, a PDF with %%EOF.
        FileKind::Png => !contains(b"IEND"),
        FileKind::Jpeg => !(bytes.len() >= 4 && contains(&[0xFF, 0xD9])),
        FileKind::Pdf => !contains(b"%%EOF"),
        FileKind::Gif => bytes.last() != Some(&0x3B),
        FileKind::Webp => {
            let declared = bytes.get(4..8).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize + 8);
            declared.is_none_or(|d| bytes.len() < d)
        }
        FileKind::Text | FileKind::Csv => false,
    }
}

/// How many pages a PDF has, counted from its page objects (`None` if none are found).
pub fn pdf_page_count(bytes: &[u8]) -> Option<u32> {
    let needle = b"/Type";
    let mut count = 0u32;
    let mut i = 0;
    while let Some(pos) = bytes[i..].windows(needle.len()).position(|w| w == needle) {
        let mut j = i + pos + needle.len();
        while bytes.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        // "/Page" but not "/Pages".
        if bytes[j..].starts_with(b"/Page") && !bytes[j..].starts_with(b"/Pages") {
            count += 1;
        }
        i = j;
    }
    (count > 0).then_some(count)
}

/// The first `lines` lines of a text file, for its preview.
pub fn text_preview(bytes: &[u8], lines: usize) -> String {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(&body[..body.len().min(64 * 1024)]).lines().take(lines).collect::<Vec<_>>().join("\n")
}

/// A file kept as evidence, as the case records it (the bytes are stored apart, by hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceFile {
    /// SHA-256 of the content, hex: the key of the stored bytes.
    pub hash: String,
    /// The file's name as the seller had it.
    pub name: String,
    /// What it is, by content.
    pub kind: FileKind,
    /// Size in bytes.
    pub size: u64,
    /// What it proves, tagged by the seller.
    pub proves: EvidenceKind,
    /// When it was added.
    #[serde(with = "crate::domain::time")]
    pub added_at: DateTime<Utc>,
    /// Pages, for a PDF.
    #[serde(default)]
    pub pages: Option<u32>,
    /// Whether this browser holds the bytes (false when file storage was refused).
    #[serde(default = "stored_default")]
    pub stored: bool,
}

fn stored_default() -> bool {
    true
}

/// Total size of a set of files, counting each content once.
pub fn total_size(files: &[EvidenceFile]) -> u64 {
    let mut seen: Vec<&str> = Vec::new();
    files
        .iter()
        .filter(|f| {
            let new = !seen.contains(&f.hash.as_str());
            seen.push(&f.hash);
            new
        })
        .map(|f| f.size)
        .sum()
}

/// Whether a file of `size` bytes with this hash still fits the case's limit.
pub fn fits_case(files: &[EvidenceFile], hash: &str, size: u64) -> Result<(), EvidenceError> {
    if files.iter().any(|f| f.hash == hash) {
        return Err(EvidenceError::AlreadyAttached);
    }
    let total = total_size(files);
    if total + size > CASE_LIMIT {
        return Err(EvidenceError::OverCaseLimit { size, total });
    }
    Ok(())
}

/// What a piece of evidence is (the tag a seller gives an attached file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// An invoice or receipt.
    Invoice,
    /// Carrier tracking or proof of delivery.
    Tracking,
    /// A photo (damage, packaging, labels).
    Photo,
    /// A screenshot of Seller Central or a listing.
    Screenshot,
    /// Letters and emails (supplier, buyer, rights owner, Amazon).
    Correspondence,
    /// Anything else (business documents, statements, certificates).
    Other,
}

impl EvidenceKind {
    /// Every kind, in the order a file's "what it proves" offers them.
    pub const ALL: [EvidenceKind; 6] = [
        EvidenceKind::Invoice,
        EvidenceKind::Tracking,
        EvidenceKind::Photo,
        EvidenceKind::Screenshot,
        EvidenceKind::Correspondence,
        EvidenceKind::Other,
    ];

    /// The name a seller reads.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            EvidenceKind::Invoice => Text::new("Invoice", "发票"),
            EvidenceKind::Tracking => Text::new("Carrier tracking", "承运人追踪信息"),
            EvidenceKind::Photo => Text::new("Photo", "照片"),
            EvidenceKind::Screenshot => Text::new("Screenshot", "截图"),
            EvidenceKind::Correspondence => Text::new("Correspondence", "往来消息"),
            EvidenceKind::Other => Text::new("Other document", "其他文件"),
        }
        .get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde\0\0\0\0IEND\xaeB`\x82";
    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0, 0xFF, 0xD9];
    const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n3 0 obj << /Type /Page >> endobj\n4 0 obj << /Type/Page >> endobj\n%%EOF\n";
    const GIF: &[u8] = b"GIF89a\x01\0\x01\0\0\0\0;";

    fn webp() -> Vec<u8> {
        let mut w = b"RIFF\x0c\0\0\0WEBPVP8 ".to_vec();
        w.truncate(16);
        w.extend_from_slice(&[0; 4]);
        let len = (w.len() - 8) as u32;
        w[4..8].copy_from_slice(&len.to_le_bytes());
        w
    }

    #[test]
    fn content_decides_the_kind() {
        assert_eq!(sniff(PNG), Some(FileKind::Png));
        assert_eq!(sniff(JPEG), Some(FileKind::Jpeg));
        assert_eq!(sniff(PDF), Some(FileKind::Pdf));
        assert_eq!(sniff(GIF), Some(FileKind::Gif));
        assert_eq!(sniff(&webp()), Some(FileKind::Webp));
        assert_eq!(sniff(b"Tracking 1Z999AA10123456784\nDelivered"), Some(FileKind::Text));
        assert_eq!(sniff(b"\xEF\xBB\xBForder,asin\n1,2"), Some(FileKind::Text));
        assert_eq!(sniff(&[0, 1, 2, 3, 0xFE]), None);
        assert_eq!(sniff(b"PK\x03\x04zip"), None);
    }

    #[test]
    fn good_files_pass_whatever_their_name_says_if_it_agrees() {
        assert_eq!(check_file("order.png", "image/png", PNG).map_err(|e| e.message(Lang::En)), Ok(FileKind::Png));
        assert_eq!(check_file("photo.JPG", "", JPEG).map_err(|e| e.message(Lang::En)), Ok(FileKind::Jpeg));
        assert_eq!(
            check_file("invoice.pdf", "application/pdf", PDF).map_err(|e| e.message(Lang::En)),
            Ok(FileKind::Pdf)
        );
        assert_eq!(
            check_file("tracking.txt", "text/plain", b"Delivered").map_err(|e| e.message(Lang::En)),
            Ok(FileKind::Text)
        );
        assert_eq!(check_file("report.csv", "", b"sku,qty\nA,1").map_err(|e| e.message(Lang::En)), Ok(FileKind::Csv));
        assert_eq!(check_file("pasted", "image/png", PNG).map_err(|e| e.message(Lang::En)), Ok(FileKind::Png));
        assert_eq!(check_file("noextension", "", PDF).map_err(|e| e.message(Lang::En)), Ok(FileKind::Pdf));
        assert_eq!(check_file("anim.gif", "", GIF).map_err(|e| e.message(Lang::En)), Ok(FileKind::Gif));
        assert_eq!(check_file("shot.webp", "", &webp()).map_err(|e| e.message(Lang::En)), Ok(FileKind::Webp));
    }

    #[test]
    fn a_name_that_lies_is_refused_with_what_the_content_is() {
        assert_eq!(
            check_file("not-really-an-image.png", "image/png", b"This is text, not a picture.")
                .map_err(|e| e.message(Lang::En)),
            Err("not a PNG image although named .png: its content is a text file".into())
        );
        assert_eq!(
            check_file("invoice.pdf", "", PNG).map_err(|e| e.message(Lang::En)),
            Err("not a PDF although named .pdf: its content is a PNG image".into())
        );
        assert!(check_file("x.jpg", "", &[0, 1, 2, 0xFE])
            .map_err(|e| e.message(Lang::En))
            .unwrap_err()
            .starts_with("not a JPEG image although named like one"));
    }

    #[test]
    fn other_types_are_refused_with_the_accepted_list() {
        let err = check_file("archive.zip", "application/zip", b"PK\x03\x04\0\0\x01\x02")
            .map_err(|e| e.message(Lang::En))
            .unwrap_err();
        assert!(err.contains("PNG, JPEG, GIF, WebP, PDF, plain text or CSV"), "{err}");
    }

    #[test]
    fn empty_truncated_and_oversized_files_are_refused() {
        assert_eq!(check_file("e.png", "", b"").map_err(|e| e.message(Lang::En)), Err("the file is empty".into()));
        let cut = &PNG[..20];
        assert!(check_file("cut.png", "", cut).map_err(|e| e.message(Lang::En)).unwrap_err().contains("cut short"));
        assert!(check_file("cut.pdf", "", &PDF[..40])
            .map_err(|e| e.message(Lang::En))
            .unwrap_err()
            .contains("cut short"));
        assert!(check_file("cut.jpg", "", &JPEG[..6])
            .map_err(|e| e.message(Lang::En))
            .unwrap_err()
            .contains("cut short"));
        assert!(check_file("cut.gif", "", &GIF[..8])
            .map_err(|e| e.message(Lang::En))
            .unwrap_err()
            .contains("cut short"));
        assert!(check_file("cut.webp", "", &webp()[..14])
            .map_err(|e| e.message(Lang::En))
            .unwrap_err()
            .contains("cut short"));

        let mut big = b"%PDF-1.4\n".to_vec();
        big.resize(12_400_000, b' ');
        assert_eq!(
            check_file("big.pdf", "", &big).map_err(|e| e.message(Lang::En)),
            Err("12.4 MB, over the 10 MB limit".into())
        );
        let mut at_limit = b"Delivered\n".to_vec();
        at_limit.resize(FILE_LIMIT as usize, b'x');
        assert_eq!(check_file("limit.txt", "", &at_limit).map_err(|e| e.message(Lang::En)), Ok(FileKind::Text));
    }

    #[test]
    fn the_same_content_has_the_same_hash_whatever_its_name() {
        assert_eq!(content_hash(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(content_hash(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_ne!(content_hash(PNG), content_hash(JPEG));
    }

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!(human_size(0, Lang::En), "0 bytes");
        assert_eq!(human_size(999, Lang::En), "999 bytes");
        assert_eq!(human_size(1_000, Lang::En), "1 KB");
        assert_eq!(human_size(45_200, Lang::En), "46 KB");
        assert_eq!(human_size(1_000_000, Lang::En), "1 MB");
        assert_eq!(human_size(1_040_000, Lang::En), "1 MB");
        assert_eq!(human_size(12_449_999, Lang::En), "12.4 MB");
        assert_eq!(human_size(12_450_000, Lang::En), "12.5 MB");
        assert_eq!(human_size(10_737_418_240, Lang::En), "10.7 GB");
        assert_eq!(human_size(2_000_000_000, Lang::En), "2 GB");
    }

    #[test]
    fn refusals_and_sizes_read_in_chinese() {
        assert_eq!(human_size(830, Lang::Zh), "830 字节");
        assert_eq!(human_size(1_240_000, Lang::Zh), "1.2 MB");
        assert_eq!(check_file("e.png", "", b"").map_err(|e| e.message(Lang::Zh)), Err("文件是空的".into()));
        assert_eq!(
            check_file("invoice.pdf", "", PNG).map_err(|e| e.message(Lang::Zh)),
            Err("扩展名为 .pdf，但不是 PDF 文件，实际内容是 PNG 图片".into())
        );
        let mut big = b"%PDF-1.4\n".to_vec();
        big.resize(12_400_000, b' ');
        assert_eq!(
            check_file("big.pdf", "", &big).map_err(|e| e.message(Lang::Zh)),
            Err("12.4 MB，超过了 10 MB 的上限".into())
        );
        let files = vec![file("a", 40_000_000)];
        assert_eq!(fits_case(&files, "a", 1).map_err(|e| e.message(Lang::Zh)), Err("已附加到此问题".into()));
        assert_eq!(
            fits_case(&files, "b", 20_000_000).map_err(|e| e.message(Lang::Zh)),
            Err("加上这 20 MB 会超过此问题 50 MB 的上限（已附加 40 MB）".into())
        );
        let refusals = [
            check_file("x.jpg", "", &[0, 1, 2, 0xFE]).map_err(|e| e.message(Lang::Zh)),
            check_file("archive.zip", "", b"PK\x03\x04\0\0\x01\x02").map_err(|e| e.message(Lang::Zh)),
            check_file("cut.png", "", &PNG[..20]).map_err(|e| e.message(Lang::Zh)),
        ];
        for refusal in refusals {
            let reason = refusal.unwrap_err();
            assert!(crate::domain::text::english_words(&reason).is_empty(), "{reason}");
        }
    }

    #[test]
    fn pdf_pages_and_text_previews() {
        assert_eq!(pdf_page_count(PDF), Some(2));
        assert_eq!(pdf_page_count(b"%PDF-1.4\n%%EOF"), None);
        assert_eq!(text_preview(b"one\ntwo\r\nthree\nfour", 3), "one\ntwo\nthree");
        assert_eq!(text_preview(b"\xEF\xBB\xBFbom first", 1), "bom first");
        assert_eq!(text_preview(&[b'a', 0xFF, b'b'], 1), "a\u{FFFD}b");
    }

    fn file(hash: &str, size: u64) -> EvidenceFile {
        EvidenceFile {
            hash: hash.into(),
            name: format!("{hash}.png"),
            kind: FileKind::Png,
            size,
            proves: EvidenceKind::Screenshot,
            added_at: DateTime::<Utc>::MIN_UTC,
            pages: None,
            stored: true,
        }
    }

    #[test]
    fn the_case_limit_counts_each_content_once_and_refuses_repeats() {
        let files = vec![file("a", 20_000_000), file("b", 20_000_000), file("a", 20_000_000)];
        assert_eq!(total_size(&files), 40_000_000);
        assert_eq!(fits_case(&files, "c", 10_000_000).map_err(|e| e.message(Lang::En)), Ok(()));
        assert_eq!(
            fits_case(&files, "c", 10_000_001).map_err(|e| e.message(Lang::En)),
            Err("10 MB would take this case over its 50 MB limit (40 MB already attached)".into())
        );
        assert_eq!(
            fits_case(&files, "a", 1).map_err(|e| e.message(Lang::En)),
            Err("already attached to this case".into())
        );
    }

    #[test]
    fn guesses_of_what_a_file_proves() {
        assert_eq!(FileKind::Pdf.likely_proves(), EvidenceKind::Invoice);
        assert_eq!(FileKind::Jpeg.likely_proves(), EvidenceKind::Photo);
        assert_eq!(FileKind::Png.likely_proves(), EvidenceKind::Screenshot);
    }

    #[test]
    fn stored_defaults_to_true_for_older_records() {
        let json =
            r#"{"hash":"a","name":"a.png","kind":"png","size":1,"proves":"photo","added_at":"2026-11-26T09:00:00Z"}"#;
        let f: EvidenceFile = serde_json::from_str(json).unwrap();
        assert!(f.stored);
        assert_eq!(f.pages, None);
    }
}
