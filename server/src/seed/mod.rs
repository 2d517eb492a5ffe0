//! Seeds: the demo agency (`seed demo`) and large deterministic agencies for benchmarks
//! (`seed synthetic`).

pub mod demo;
pub mod synthetic;

/// What a seed created.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Summary {
    pub instansi_id: String,
    pub units: usize,
    pub employees: usize,
    pub accounts: usize,
}
