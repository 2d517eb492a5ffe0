//! 360° feedback as the browser and the API see it. No type here names who gave a response.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A round of feedback about one employee for an annual period, as its managers see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Survei360 {
    pub id: String,
    pub subject_id: String,
    pub subject_name: String,
    pub period_id: String,
    pub year: i64,
    pub created_at: String,
    /// Closed early by a manager (no more answers).
    pub closed_at: Option<String>,
    /// Whether results can be read: closed, or no invitation left pending.
    pub finished: bool,
    pub invitations: Vec<Undangan360>,
    /// How many responses have come in (their content is in the results).
    pub responses: i64,
}

/// An invitation as a manager sees it: to whom (internal) or a link (masyarakat), and whether
/// it is still open. Never what its invitee answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Undangan360 {
    pub id: String,
    /// ATASAN, REKAN, BAWAHAN or MASYARAKAT.
    pub group: String,
    pub invitee_name: Option<String>,
    pub expires_at: String,
    /// `OPEN`, `USED` or `EXPIRED`.
    pub state: String,
}

/// An employee who may be invited to give feedback about the subject, with their group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Kandidat360 {
    pub id: String,
    pub name: String,
    pub jabatan: String,
    pub group: String,
    pub invited: bool,
}

/// An employee whose feedback rounds the caller may manage (for the page's chooser).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Subjek360 {
    pub id: String,
    pub name: String,
    pub jabatan: String,
}

/// A masyarakat link, shown once: the full address carries the only copy of its secret.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Tautan360 {
    pub invitation_id: String,
    /// `/360/<token>`
    pub path: String,
    pub expires_at: String,
}

/// An internal invitation waiting for the caller's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UndanganSaya {
    pub id: String,
    pub subject_name: String,
    pub subject_jabatan: String,
    pub group: String,
    pub year: i64,
    pub expires_at: String,
}

/// What a responder sees before answering (link or invitation).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Formulir360 {
    pub subject_name: String,
    pub subject_jabatan: String,
    pub instansi_name: String,
    pub group: String,
    pub year: i64,
    pub expires_at: String,
}

/// An answer: a score 1–5 for each of the seven values (by code, e.g. `AKUNTABEL`) and an
/// optional comment. Scores are read leniently (any JSON), so a bad one is a 422 naming the
/// value rather than a parse error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Jawaban360Input {
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = std::collections::BTreeMap<String, i64>))]
    pub scores: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub comment: String,
}

/// The answer was recorded (nothing about it is sent back).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Diterima360 {
    pub received: bool,
}

/// One shown row of the results: a group (or LAINNYA, the pool of small groups, or
/// SEMUA, the overall) with its count and a mean per value in BerAKHLAK order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BarisHasil360 {
    pub group: String,
    pub count: i64,
    pub means: Vec<f64>,
}

/// The anonymised results of a round: no row rests on fewer than `threshold` responses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Hasil360 {
    pub survey_id: String,
    pub subject_id: String,
    pub subject_name: String,
    pub year: i64,
    /// Results are given once the round is finished (closed, or no invitation pending).
    pub finished: bool,
    pub threshold: i64,
    /// The value codes, in the order of every row's `means`.
    pub values: Vec<String>,
    pub rows: Vec<BarisHasil360>,
    pub overall: Option<BarisHasil360>,
    pub total: i64,
    /// Responses in groups too small to show, even pooled.
    pub withheld: i64,
    /// The comments of the shown responses, in no particular order.
    pub comments: Vec<String>,
}
