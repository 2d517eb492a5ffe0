//! Continuous feedback, requests for it, and notifications as the browser and the API see them.

use serde::{Deserialize, Serialize};

/// One piece of feedback on an RHK (`rhk_id`) or a BerAKHLAK value (`nilai`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UmpanBalik {
    pub id: String,
    pub rhk_id: Option<String>,
    /// A BerAKHLAK code (`KOMPETEN` …).
    pub nilai: Option<String>,
    pub sub_period: String,
    pub sub_period_name: String,
    pub giver_id: String,
    pub giver_name: String,
    pub text: String,
    /// The request it answers, if any.
    pub request_id: Option<String>,
    pub created_at: String,
}

/// An employee's request for feedback on an RHK or a value, sent to their PPK or squad lead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PermintaanUmpanBalik {
    pub id: String,
    pub rhk_id: Option<String>,
    pub nilai: Option<String>,
    pub message: String,
    pub to_id: String,
    pub to_name: String,
    pub answered_at: Option<String>,
    pub created_at: String,
}

/// An RHK that feedback can be about, with whether the caller may give feedback on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TopikRhk {
    pub id: String,
    pub title: String,
    /// The squad's name for a squad RHK.
    pub squad: Option<String>,
    pub can_give: bool,
}

/// A sub-period of the year that has begun: (id, name).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SubPeriodOption {
    pub id: String,
    pub name: String,
}

/// The feedback of one employee's SKP in one annual period, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UmpanBalikSkp {
    pub employee_id: String,
    pub employee_name: String,
    pub period_id: String,
    pub year: i64,
    pub rhk: Vec<TopikRhk>,
    /// Sub-periods that have begun, latest first.
    pub sub_periods: Vec<SubPeriodOption>,
    pub items: Vec<UmpanBalik>,
    pub requests: Vec<PermintaanUmpanBalik>,
    /// The caller is the PPK: may give feedback on the BerAKHLAK values (and every RHK).
    pub can_give_perilaku: bool,
    /// The caller reads the feedback on the BerAKHLAK values (not a squad lead who reads only
    /// the squad's RHK).
    #[serde(default)]
    pub reads_perilaku: bool,
    /// The caller is the employee: may ask for feedback.
    pub can_request: bool,
    /// The period is open for new feedback.
    pub open: bool,
}

/// A new piece of feedback.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UmpanBalikInput {
    /// The annual period of the SKP.
    pub period: String,
    /// A sub-period of that year that has begun.
    pub sub_period: String,
    #[serde(default)]
    pub rhk_id: Option<String>,
    #[serde(default)]
    pub nilai: Option<String>,
    pub text: String,
    /// The request this answers.
    #[serde(default)]
    pub request_id: Option<String>,
}

/// A new request for feedback.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PermintaanInput {
    pub period: String,
    #[serde(default)]
    pub rhk_id: Option<String>,
    #[serde(default)]
    pub nilai: Option<String>,
    #[serde(default)]
    pub message: String,
}

/// An in-app notification: the text in both languages and the page to open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Notifikasi {
    pub id: String,
    /// UMPAN_BALIK_DIMINTA, UMPAN_BALIK_DIBERIKAN, SKP_DIKEMBALIKAN, BUKTI_PERLU_PERBAIKAN,
    /// DIALOG_DIJADWALKAN or TINDAK_LANJUT_JATUH_TEMPO.
    pub kind: String,
    pub text_id: String,
    pub text_en: String,
    pub link: String,
    pub read: bool,
    pub created_at: String,
}

/// The newest notifications and how many are unread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DaftarNotifikasi {
    pub unread: i64,
    pub items: Vec<Notifikasi>,
}
