//! SQL per aggregate. The same queries run on SQLite and PostgreSQL (the common subset,
//! `$n` placeholders); conversions from rows to the shared types live here.

pub mod akun;
pub mod angka_kredit;
pub mod bulk;
pub mod bulk_plan;
pub mod dasbor;
pub mod dialog;
pub mod employee;
pub mod evaluasi;
pub mod evaluasi_bulk;
pub mod inovasi;
pub mod instansi;
pub mod jabatan;
pub mod keberatan;
pub mod notifikasi;
pub mod packed;
pub mod pengaturan;
pub mod period;
pub mod potensi;
pub mod realisasi;
pub mod skp;
pub mod survei;
pub mod tim;
pub mod umpan_balik;
pub mod unit;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// An opaque keyset cursor: the sort key of the last row of a page.
pub fn encode_cursor(parts: &[&str]) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(parts).unwrap_or_default())
}

pub fn decode_cursor(cursor: &str) -> Option<Vec<String>> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Escapes LIKE wildcards in user text (we use `\` as the escape character).
pub fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
