//! Server-only infrastructure shared by the server functions and the JSON API: the database,
//! errors, authentication, authorisation, the audit log and the repositories.

pub mod audit;
pub mod auth;
pub mod authz;
pub mod backup;
pub mod dasbor;
pub mod dasbor_pegawai;
pub mod db;
pub mod dialog;
pub mod error;
pub mod evaluasi;
pub mod ids;
pub mod inovasi;
pub mod notifikasi;
pub mod realisasi;
pub mod repo;
pub mod skp;
pub mod survei;
pub mod tim;
pub mod tindak_lanjut;
pub mod umpan_balik;

pub use db::Db;
pub use error::{AppError, AppResult};
