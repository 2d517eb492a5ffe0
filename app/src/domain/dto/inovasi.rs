//! Innovation records as the browser and the API see them.

use serde::{Deserialize, Serialize};

/// One idea or innovation of an employee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Inovasi {
    pub id: String,
    pub employee_id: String,
    pub employee_name: String,
    /// The employee's unit when it was recorded.
    pub unit_id: String,
    pub unit_name: String,
    pub period_id: String,
    /// The RHK it serves, if any (`rhk_title` is empty when that RHK no longer exists).
    pub rhk_id: Option<String>,
    pub rhk_title: Option<String>,
    pub title: String,
    pub problem: String,
    pub solution: String,
    /// IDE, PROTOTIPE or DITERAPKAN.
    pub status: String,
    pub links: Vec<String>,
    /// The measured impact (required once DITERAPKAN).
    pub impact: String,
    pub created_at: String,
    pub updated_at: String,
    pub version: i64,
    /// The caller is the employee (and the year is open).
    pub can_edit: bool,
}

/// An RHK the record can be linked to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RhkPilihan {
    pub id: String,
    pub title: String,
}

/// An employee's innovation records of a year, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DaftarInovasi {
    pub employee_id: String,
    pub employee_name: String,
    pub period_id: String,
    pub year: i64,
    pub items: Vec<Inovasi>,
    /// The employee's RHK of the year, for the link.
    pub rhk: Vec<RhkPilihan>,
    pub can_create: bool,
}

/// A new record, or a change of one (naming the `version` read).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InovasiInput {
    /// The annual period (a new record only; the current year when empty).
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub rhk_id: Option<String>,
    pub title: String,
    pub problem: String,
    pub solution: String,
    pub status: String,
    #[serde(default)]
    pub links: Vec<String>,
    #[serde(default)]
    pub impact: String,
    /// Required when changing a record.
    #[serde(default)]
    pub version: Option<i64>,
}

/// The innovation count of one unit's subtree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct JumlahInovasi {
    pub unit_id: String,
    pub unit_name: String,
    pub total: i64,
    pub ide: i64,
    pub prototipe: i64,
    pub diterapkan: i64,
}

/// A unit's innovations of a year: the counts of the subtree and of each sub-unit, and the
/// newest records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InovasiUnit {
    pub period_id: String,
    pub year: i64,
    pub unit: JumlahInovasi,
    pub sub_units: Vec<JumlahInovasi>,
    /// The newest 100 records of the subtree.
    pub items: Vec<Inovasi>,
}
