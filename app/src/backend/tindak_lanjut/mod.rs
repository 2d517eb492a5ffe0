//! Tindak lanjut: what follows a final evaluation. The angka kredit ledger of functional
//! positions, the 9-box of talent, the predikat export for the performance allowance, the
//! evaluation document, and the agency's curve settings that calibration uses.

pub mod angka_kredit;
pub mod dokumen;
pub mod ekspor;
pub mod pengaturan;
pub mod talenta;

use super::authz::Actor;
use super::evaluasi::scope::{leads, Unit};
use super::{AppError, AppResult};

/// Unit-wide follow-up (the 9-box, the export) is for the unit's leaders, admins and auditors.
pub(crate) fn require_unit_reader(actor: &Actor, u: &Unit) -> AppResult<()> {
    if actor.reads_whole_instansi() || leads(actor, &u.r) {
        Ok(())
    } else {
        Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Data ini hanya untuk pimpinan unit tersebut, admin, dan auditor",
            "This is for the unit's leaders, admins and auditors only",
        ))
    }
}
