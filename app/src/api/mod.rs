//! Server functions (Leptos `#[server]`), one per file, grouped by domain. Each takes the
//! database and the current user first, then checks authorisation on the specific record.
//! They are served under `/sf/<endpoint>` and answer plain form posts too (progressive
//! enhancement: the browser is redirected back, errors travel in the URL).

pub mod auth;
pub mod cascade;
pub mod dasbor;
pub mod dasbor_pegawai;
pub mod dialog;
pub mod error;
pub mod evaluasi;
pub mod inovasi;
pub mod notifikasi;
pub mod org;
pub mod pengaturan;
pub mod prefs;
pub mod profile;
pub mod realisasi;
pub mod sasaran;
pub mod skp;
pub mod survei;
pub mod tim;
pub mod tindak_lanjut;
pub mod umpan_balik;

#[cfg(feature = "ssr")]
pub mod ctx;

pub use error::ApiError;

/// The cookie that keeps the chosen UI language (shared with leptos_i18n).
pub const LANG_COOKIE: &str = "i18n_pref_locale";
