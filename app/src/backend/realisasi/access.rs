//! Who may do what with an IKI's realisasi. Reading follows the SKP's rule (whoever may read
//! the owner reads it) plus the squad lead for a squad RHK; only the RHK's owner records; the
//! owner's current PPK verifies, and so does the squad lead for a squad RHK.

use crate::backend::authz::Actor;
use crate::backend::repo::realisasi::{self as repo, IkiKonteks};
use crate::backend::skp::owner_scope;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::Employee;

pub fn iki_not_found() -> AppError {
    AppError::not_found("Indikator (IKI)", "Indicator (IKI)")
}

/// What the actor may do with one IKI's realisasi.
#[derive(Clone, Debug)]
pub struct Akses {
    pub ctx: IkiKonteks,
    pub owner: Employee,
    pub read: bool,
    pub record: bool,
    pub verify: bool,
}

impl Akses {
    pub fn require_read(&self) -> AppResult<()> {
        if self.read {
            Ok(())
        } else {
            Err(AppError::forbidden())
        }
    }

    /// The period must be open and the RHK active.
    pub fn require_open(&self) -> AppResult<()> {
        if self.ctx.periode_status == "DITUTUP" {
            return Err(AppError::conflict(
                format!("Periode {} sudah ditutup", self.ctx.tahun),
                format!("The period {} is closed", self.ctx.tahun),
            ));
        }
        if self.ctx.rhk_pensiun {
            return Err(AppError::conflict(
                "RHK ini sudah tidak aktif (sel Matriks Peran Hasil dihapus)",
                "This RHK is retired (its Matriks Peran Hasil cell was removed)",
            ));
        }
        Ok(())
    }

    pub fn require_record(&self) -> AppResult<()> {
        self.require_read()?;
        if !self.record {
            return Err(AppError::new(
                http::StatusCode::FORBIDDEN,
                "forbidden",
                "Hanya pemilik RHK yang dapat mencatat realisasinya",
                "Only the RHK's owner can record its realisasi",
            ));
        }
        self.require_open()
    }

    pub fn require_verify(&self) -> AppResult<()> {
        self.require_read()?;
        if !self.verify {
            return Err(AppError::new(
                http::StatusCode::FORBIDDEN,
                "forbidden",
                "Hanya PPK pegawai ini (atau ketua tim untuk RHK tim) yang dapat memverifikasi realisasi",
                "Only this employee's PPK (or the squad lead for a squad RHK) can verify realisasi",
            ));
        }
        self.require_open()
    }
}

/// The IKI with the actor's rights: 404 when it does not exist, 403 for another instansi.
pub async fn akses(db: &Db, actor: &Actor, iki_id: &str) -> AppResult<Akses> {
    let ctx = repo::konteks(&db.pool, iki_id)
        .await?
        .ok_or_else(iki_not_found)?;
    actor.require_instansi(&ctx.instansi_id)?;
    let (owner, scope) = owner_scope(db, &ctx.pegawai_id).await?;
    let me = actor.pegawai_id.as_deref();
    let is_owner = me == Some(ctx.pegawai_id.as_str());
    let lead = me.is_some() && ctx.tim_ketua.as_deref() == me;
    let ppk = me.is_some() && owner.ppk_id.as_deref() == me;
    Ok(Akses {
        read: actor.can_read_employee(&scope) || lead,
        record: is_owner,
        verify: !is_owner && (ppk || lead),
        ctx,
        owner,
    })
}
