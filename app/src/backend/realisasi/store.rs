//! The evidence store: files kept content-addressed by SHA-256 under one directory,
//! `<dir>/<instansi_id>/<sha[0..2]>/<sha>`, beside a `berkas` row per file.
//!
//! An upload is streamed into a temp file under `<dir>/tmp` while it is hashed, counted
//! (413 past the limit) and its type sniffed from the first bytes (415 unless allowed), so
//! nothing half-written is ever at a final path. The record transaction inserts the `berkas`
//! row first (on PostgreSQL that row's key lock orders concurrent uploads of the same
//! content; SQLite has one writer), then renames the temp file into place, then commits. When
//! the transaction fails, [`EvidenceStore::remove_unreferenced`] deletes the file unless a
//! committed row refers to it, holding the same key lock, so no row ever points at a missing
//! file and no failed upload leaves an orphan.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::backend::ids::now;
use crate::backend::{AppError, AppResult, Db};

/// The default size limit of one file: 10 MB.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;
/// How many first bytes the type is detected from (enough for the parts list of an OOXML zip).
const SNIFF: usize = 64 * 1024;

/// The types accepted as evidence, detected from the content (never from the name).
pub const ALLOWED: &[(&str, &str)] = &[
    ("application/pdf", "pdf"),
    ("image/png", "png"),
    ("image/jpeg", "jpg"),
    ("image/webp", "webp"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
    ),
    ("application/vnd.oasis.opendocument.text", "odt"),
    ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ("application/vnd.oasis.opendocument.presentation", "odp"),
    ("application/msword", "doc"),
    ("application/vnd.ms-excel", "xls"),
    ("application/vnd.ms-powerpoint", "ppt"),
];

/// Where evidence files live and how large one may be.
#[derive(Clone, Debug)]
pub struct EvidenceStore {
    pub dir: PathBuf,
    pub max_bytes: u64,
}

impl EvidenceStore {
    pub fn new(dir: impl Into<PathBuf>, max_bytes: u64) -> EvidenceStore {
        EvidenceStore {
            dir: dir.into(),
            max_bytes,
        }
    }

    /// `RANTAI_EVIDENCE_DIR` (default `data/bukti`) and `RANTAI_EVIDENCE_MAX_BYTES` (default
    /// 10 MB; a plain number of bytes, or with a `K`/`M` suffix, as in `25M`).
    pub fn from_env() -> EvidenceStore {
        let dir = std::env::var("RANTAI_EVIDENCE_DIR")
            .ok()
            .filter(|d| !d.trim().is_empty())
            .unwrap_or_else(|| "data/bukti".into());
        let max = std::env::var("RANTAI_EVIDENCE_MAX_BYTES")
            .ok()
            .and_then(|v| parse_size(&v))
            .unwrap_or(DEFAULT_MAX_BYTES);
        EvidenceStore::new(dir, max)
    }

    /// The body limit of one upload request: the files of one entry (at most
    /// `domain::realisasi::MAX_BERKAS`) together within the limit, plus the form fields.
    pub fn request_limit(&self) -> usize {
        usize::try_from(self.max_bytes)
            .unwrap_or(usize::MAX)
            .saturating_add(1024 * 1024)
    }

    pub fn path_of(&self, instansi_id: &str, sha256: &str) -> PathBuf {
        self.dir
            .join(sanitise(instansi_id))
            .join(&sha256[..2.min(sha256.len())])
            .join(sha256)
    }

    /// Starts streaming one uploaded file into a temp file.
    pub fn begin(&self, original_name: &str) -> AppResult<Upload> {
        let tmp = self.dir.join("tmp");
        std::fs::create_dir_all(&tmp).map_err(io_error)?;
        let named = tempfile::Builder::new()
            .prefix("unggah-")
            .tempfile_in(&tmp)
            .map_err(io_error)?;
        let (file, path) = named.into_parts();
        Ok(Upload {
            file: tokio::fs::File::from_std(file),
            temp: path,
            hasher: Sha256::new(),
            size: 0,
            head: Vec::with_capacity(SNIFF.min(8192)),
            mime: None,
            name: clean_name(original_name),
            max: self.max_bytes,
        })
    }

    /// Moves a staged file to its content address (replacing an identical one). Call inside
    /// the record transaction, after the `berkas` row is inserted.
    pub async fn place(&self, instansi_id: &str, f: StagedFile) -> std::io::Result<()> {
        let target = self.path_of(instansi_id, &f.sha256);
        if let Some(dir) = target.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        let temp = f.temp;
        tokio::task::spawn_blocking(move || temp.persist(&target).map_err(|e| e.error))
            .await
            .map_err(std::io::Error::other)?
    }

    /// After a failed transaction: deletes the file of `sha256` unless a committed `berkas`
    /// row refers to it. Inserting the row takes its key lock, so a concurrent upload of the
    /// same content waits, and one committed before keeps its file.
    pub async fn remove_unreferenced(&self, db: &Db, instansi_id: &str, sha256: &str) {
        let res: Result<(), sqlx::Error> = async {
            let mut tx = db.begin().await?;
            let fresh = sqlx::query(
                "INSERT INTO berkas (instansi_id, sha256, ukuran, mime, created_at) \
                 VALUES ($1, $2, 0, 'application/octet-stream', $3) \
                 ON CONFLICT (instansi_id, sha256) DO NOTHING",
            )
            .bind(instansi_id)
            .bind(sha256)
            .bind(now())
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if fresh {
                match tokio::fs::remove_file(self.path_of(instansi_id, sha256)).await {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => tracing::error!(error = %e, sha256, "orphan evidence file kept"),
                }
            }
            tx.rollback().await?;
            Ok(())
        }
        .await;
        if let Err(e) = res {
            tracing::error!(error = %e, sha256, "evidence clean-up failed");
        }
    }
}

/// `10485760`, `10M`, `512K`, `1G` (binary multiples).
pub fn parse_size(v: &str) -> Option<u64> {
    let v = v.trim().to_ascii_uppercase();
    let v = v.strip_suffix('B').unwrap_or(&v);
    let (num, mult) = match v.chars().last()? {
        'K' => (&v[..v.len() - 1], 1u64 << 10),
        'M' => (&v[..v.len() - 1], 1 << 20),
        'G' => (&v[..v.len() - 1], 1 << 30),
        _ => (v, 1),
    };
    num.trim().parse::<u64>().ok()?.checked_mul(mult)
}

fn sanitise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// The uploaded name without any directory part or control characters, at most 200 chars.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let s: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    let s = s.trim().to_string();
    if s.is_empty() {
        "bukti".into()
    } else {
        s
    }
}

fn io_error(e: std::io::Error) -> AppError {
    tracing::error!(error = %e, "evidence store");
    AppError::internal()
}

pub fn too_large(max: u64) -> AppError {
    let mb = max as f64 / (1024.0 * 1024.0);
    AppError::new(
        http::StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        format!("Berkas bukti terlalu besar (maks. {mb:.1} MB)"),
        format!("The evidence file is too large (max. {mb:.1} MB)"),
    )
}

pub fn unsupported(detected: Option<&str>) -> AppError {
    let what = detected.unwrap_or("tidak dikenal");
    let what_en = detected.unwrap_or("unknown");
    AppError::new(
        http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        format!(
            "Jenis berkas tidak didukung ({what}): unggah PDF, gambar (PNG, JPEG, WebP) atau dokumen perkantoran"
        ),
        format!(
            "Unsupported file type ({what_en}): upload a PDF, an image (PNG, JPEG, WebP) or an office document"
        ),
    )
}

/// The allowed type of `head`, or the refusal naming what was detected.
pub fn detect(head: &[u8]) -> AppResult<&'static str> {
    let kind = infer::get(head);
    let mime = kind.map(|k| k.mime_type());
    ALLOWED
        .iter()
        .find(|(m, _)| Some(*m) == mime)
        .map(|(m, _)| *m)
        .ok_or_else(|| unsupported(mime))
}

/// One file being received: written to a temp file as it arrives.
pub struct Upload {
    file: tokio::fs::File,
    temp: tempfile::TempPath,
    hasher: Sha256,
    size: u64,
    head: Vec<u8>,
    mime: Option<&'static str>,
    name: String,
    max: u64,
}

impl Upload {
    /// Appends a chunk: 413 as soon as the file passes the limit, 415 as soon as its first
    /// bytes show a type that is not allowed. The temp file is removed when the upload is
    /// dropped without being placed.
    pub async fn write(&mut self, chunk: &[u8]) -> AppResult<()> {
        self.size += chunk.len() as u64;
        if self.size > self.max {
            return Err(too_large(self.max));
        }
        if self.mime.is_none() {
            let take = (SNIFF - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
            if self.head.len() >= SNIFF {
                self.mime = Some(detect(&self.head)?);
            }
        }
        self.hasher.update(chunk);
        self.file.write_all(chunk).await.map_err(io_error)
    }

    /// Bytes received so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The file complete: flushed, hashed and its type known (415 for an empty or unknown one).
    pub async fn finish(mut self) -> AppResult<StagedFile> {
        let mime = match self.mime {
            Some(m) => m,
            None => detect(&self.head)?,
        };
        self.file.flush().await.map_err(io_error)?;
        self.file.sync_data().await.map_err(io_error)?;
        Ok(StagedFile {
            sha256: hex::encode(self.hasher.finalize()),
            size: self.size,
            mime,
            name: self.name,
            temp: self.temp,
        })
    }
}

/// A complete upload in its temp file, not yet at its content address.
#[derive(Debug)]
pub struct StagedFile {
    pub sha256: String,
    pub size: u64,
    pub mime: &'static str,
    pub name: String,
    temp: tempfile::TempPath,
}

impl StagedFile {
    pub fn temp_path(&self) -> &Path {
        &self.temp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("10485760"), Some(10 * 1024 * 1024));
        assert_eq!(parse_size("10M"), Some(10 * 1024 * 1024));
        assert_eq!(parse_size("512k"), Some(512 * 1024));
        assert_eq!(parse_size("1GB"), Some(1 << 30));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
    }

    #[test]
    fn names() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("C:\\laporan\\Q1.pdf"), "Q1.pdf");
        assert_eq!(clean_name(""), "bukti");
        assert_eq!(clean_name("a\u{0}b.pdf"), "ab.pdf");
    }

    #[test]
    fn types_by_content() {
        assert_eq!(detect(b"%PDF-1.4\n%...").unwrap(), "application/pdf");
        assert_eq!(
            detect(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).unwrap(),
            "image/png"
        );
        // a Windows program renamed .pdf
        let exe = detect(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff").unwrap_err();
        assert_eq!(exe.status, http::StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert!(detect(b"").is_err());
        assert!(detect(b"just some text").is_err());
    }
}
