//! Realisasi entries with their evidence as the browser and the API see them, and the inputs
//! that record and verify them.

use serde::{Deserialize, Serialize};

use crate::domain::realisasi::StatusRealisasi;

/// One piece of evidence: an uploaded file (downloaded from `url`) or a link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Bukti {
    pub id: String,
    /// `FILE` or `LINK`.
    pub kind: String,
    /// A link's address, or the file's download path (`/api/v1/evidence/{id}`).
    pub url: String,
    /// The file's name as uploaded.
    pub name: Option<String>,
    /// The file's size in bytes.
    pub size: Option<i64>,
    /// The file's type, detected from its content.
    pub mime: Option<String>,
    pub sha256: Option<String>,
}

/// A recorded achievement of an IKI for one sub-period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Realisasi {
    pub id: String,
    pub iki_id: String,
    pub rhk_id: String,
    /// The sub-period's id, number within the year and name ("Triwulan II 2026").
    pub sub_period: String,
    pub sub_period_number: i64,
    pub sub_period_name: String,
    pub value: f64,
    pub narrative: String,
    /// DIAJUKAN (recorded), VALID or PERLU_PERBAIKAN (set by the verifier).
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub status: StatusRealisasi,
    /// The verifier's comment.
    pub comment: Option<String>,
    /// The verifier (an employee id) and their name.
    pub verified_by: Option<String>,
    pub verified_by_name: Option<String>,
    pub verified_at: Option<String>,
    /// The account that recorded it (none for entries a seed or an import wrote).
    pub created_by: Option<String>,
    pub created_at: String,
    /// Send it back with a verification: a stale one is a conflict.
    pub version: i64,
    pub evidence: Vec<Bukti>,
}

/// The entries of one IKI, newest first, with its target and cumulative realisasi.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RealisasiIki {
    pub iki_id: String,
    pub rhk_id: String,
    /// The RHK's owner and the SKP's annual period.
    pub owner_id: String,
    pub period_id: String,
    pub nama: String,
    pub target: f64,
    pub satuan: String,
    /// The cumulative realisasi (the rule in `domain::realisasi`), none before any entry.
    pub realisasi: Option<f64>,
    /// Whether the caller may verify these entries (the owner's PPK, or the squad lead).
    pub can_verify: bool,
    /// Whether the caller may record entries (the RHK's owner, in an open period).
    pub can_record: bool,
    pub items: Vec<Realisasi>,
    /// The cursor of the next page of `items` (none on the last page).
    pub next_cursor: Option<String>,
}

/// A sub-period by its id or by its number within the year (1–4 for quarters, 1–12 for months).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum SubPeriodRef {
    Number(i64),
    Id(String),
}

impl SubPeriodRef {
    /// A form field: a whole number is a sub-period's number, anything else its id.
    pub fn parse(s: &str) -> SubPeriodRef {
        let s = s.trim();
        s.parse::<i64>()
            .map(SubPeriodRef::Number)
            .unwrap_or_else(|_| SubPeriodRef::Id(s.to_string()))
    }
}

/// A new entry (the JSON body, or the text fields of the multipart form).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RealisasiInput {
    /// The sub-period: its id (from `GET /api/v1/periods`) or its number in the year.
    pub sub_period: SubPeriodRef,
    /// The achievement in the IKI's unit (for counted units, this sub-period's count).
    pub value: f64,
    #[serde(default)]
    pub narrative: String,
    /// Evidence links (http or https).
    #[serde(default)]
    pub links: Vec<String>,
}

/// The verifier's decision on an entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VerifikasiInput {
    /// VALID or PERLU_PERBAIKAN.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub status: StatusRealisasi,
    /// Required for PERLU_PERBAIKAN.
    #[serde(default)]
    pub comment: String,
    /// The entry's `version` as read (optional: without it the latest is verified).
    #[serde(default)]
    pub version: Option<i64>,
}
