//! The cascade tree (`GET /api/v1/units/{id}/cascade`): the unit at the top, then the
//! strategic goals, the leaders' RHK and the staff RHK that intervene them.

use serde::{Deserialize, Serialize};

use crate::domain::cascade::Flag;
use crate::domain::skp::StatusSkp;

/// Who owns a node: the employee of an RHK, the head of a unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Owner {
    pub id: String,
    pub name: String,
    pub nip: String,
    pub jabatan: String,
    pub unit_name: String,
}

/// `unit` (the top), `sasaran` (a strategic goal), `rhk`, or `unlinked` (the group of RHK
/// of the unit that reach no strategic goal).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Unit,
    Sasaran,
    Rhk,
    Unlinked,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CascadeNode {
    pub id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub kind: NodeKind,
    pub title: String,
    pub owner: Option<Owner>,
    /// 0–1: weighted mean of the children (weights `bobot`, default equal), else own IKI.
    pub progress: Option<f64>,
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<String>))]
    pub flags: Vec<Flag>,
    /// The status of the owner's SKP (RHK only).
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub status: Option<StatusSkp>,
    /// UTAMA or TAMBAHAN (RHK only).
    pub jenis: Option<String>,
    /// Nodes directly below, whether or not they are included.
    pub child_count: i64,
    /// True when the node has children that the depth limit left out.
    pub has_children: bool,
    #[cfg_attr(feature = "ssr", schema(no_recursion))]
    pub children: Vec<CascadeNode>,
}

/// Counts over the whole tree of the unit, whatever the depth shown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CascadeSummary {
    pub rhk: i64,
    pub orphan: i64,
    pub unsupported: i64,
    pub overloaded: i64,
    pub high_risk: i64,
    pub target_mismatch: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Cascade {
    pub unit_id: String,
    pub periode_id: String,
    pub summary: CascadeSummary,
    /// The top node (the unit, or the node asked for with `node=`), flattened: its
    /// `children` are the strategic goals (and `unlinked`).
    #[serde(flatten)]
    pub root: CascadeNode,
}

/// One step of a result chain, from the RHK up to the strategic goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ChainStep {
    pub id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub kind: NodeKind,
    pub title: String,
    pub owner_name: Option<String>,
}

/// A search hit in the cascade, with the path of node ids from the top that opens it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CascadeHit {
    pub id: String,
    pub title: String,
    pub owner: Option<Owner>,
    /// Ids from the first level under the unit down to the hit itself.
    pub path: Vec<String>,
}
