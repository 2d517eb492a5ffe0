//! Evaluation (DOMAIN.md §4–6): the PPK rates, the superior sets the organisation's result,
//! leaders calibrate against the distribution curve and finalise, and results are locked.

pub mod capaian;
pub mod kalibrasi;
pub mod keberatan;
pub mod list;
pub mod rate;
pub mod scope;
