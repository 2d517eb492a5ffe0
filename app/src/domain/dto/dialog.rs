//! Dialog kinerja and their follow-ups as the browser and the API see them.

use serde::{Deserialize, Serialize};

/// A follow-up agreed in a dialogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TindakLanjutDialog {
    pub id: String,
    pub description: String,
    /// Who does it (the employee or the leader).
    pub pic_id: String,
    pub pic_name: String,
    /// `YYYY-MM-DD`.
    pub due: String,
    /// TERBUKA or SELESAI.
    pub status: String,
    /// Open and past its due date.
    pub overdue: bool,
    pub done_at: Option<String>,
    pub version: i64,
}

/// One dialogue with its notes and follow-ups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DialogKinerja {
    pub id: String,
    pub employee_id: String,
    pub employee_name: String,
    pub leader_id: String,
    pub leader_name: String,
    pub period_id: String,
    /// PERENCANAAN, KLARIFIKASI, REVIU, COACHING, MENTORING or KONSELING.
    pub kind: String,
    pub title: String,
    /// A date or a local date and time (`2026-03-12T09:30`).
    pub schedule: String,
    /// DIJADWALKAN, SELESAI or DIBATALKAN.
    pub status: String,
    /// Visible to both participants (and to whoever may read the employee).
    pub notes: String,
    pub created_by: String,
    pub version: i64,
    pub follow_ups: Vec<TindakLanjutDialog>,
    /// The caller takes part (may change the notes, the status and the follow-ups).
    pub can_edit: bool,
    /// The employee's rating of a held coaching, mentoring or counseling session.
    pub coaching_rating: Option<PenilaianCoaching>,
    /// The caller is the employee of a held development session not rated yet (open year).
    pub can_rate: bool,
}

/// The employee's answers to the nine statements of the coaching form (`domain::coaching`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PenilaianCoaching {
    /// One score 1–5 per statement, in order.
    pub scores: Vec<u8>,
    /// The mean, two decimals.
    pub average: f64,
    pub comment: String,
    pub at: String,
}

/// The employee rates a held session: nine scores 1–5 and an optional comment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PenilaianCoachingInput {
    pub scores: Vec<i64>,
    #[serde(default)]
    pub comment: String,
}

/// An employee's dialogues of a year, newest schedule first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DaftarDialog {
    pub employee_id: String,
    pub employee_name: String,
    pub period_id: String,
    pub year: i64,
    pub items: Vec<DialogKinerja>,
    /// Open follow-ups past their due date.
    pub overdue: i64,
    /// The caller may schedule a new one (the employee, the PPK, a squad lead; open year).
    pub can_create: bool,
}

/// A new dialogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DialogInput {
    pub period: String,
    pub kind: String,
    pub title: String,
    pub schedule: String,
    #[serde(default)]
    pub notes: String,
}

/// A change of a dialogue's notes and status, naming the version read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DialogUpdate {
    pub notes: String,
    pub status: String,
    pub version: i64,
}

/// A new follow-up: what, who (the employee or the leader of the dialogue), by when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TindakLanjutInput {
    pub description: String,
    pub pic_id: String,
    pub due: String,
}

/// Marks a follow-up done (or open again), naming the version read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TindakLanjutStatus {
    pub status: String,
    pub version: i64,
}
