//! The period and the unit an evaluation request is about, and who leads that unit.

use sqlx::Row;

use crate::backend::authz::Actor;
use crate::backend::repo::unit::{self, UnitRef};
use crate::backend::skp::period::annual;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::periode::StatusPeriode;

/// A period to evaluate: annual or one of its sub-periods.
#[derive(Clone, Debug)]
pub struct Periode {
    pub id: String,
    /// The annual period (the SKP's); the same as `id` for an annual evaluation.
    pub annual_id: String,
    pub nama: String,
    pub status: StatusPeriode,
}

impl Periode {
    /// Ratings change only while the period is open.
    pub fn require_open(&self) -> AppResult<()> {
        if self.status == StatusPeriode::Ditutup {
            Err(AppError::conflict(
                format!(
                    "Periode {} sudah ditutup: penilaian tidak dapat diubah",
                    self.nama
                ),
                format!("The period {} is closed: ratings cannot change", self.nama),
            ))
        } else {
            Ok(())
        }
    }
}

/// The period `id` (any kind), or this year's annual period.
pub async fn period(db: &Db, actor: &Actor, id: Option<&str>) -> AppResult<Periode> {
    let Some(id) = id.map(str::trim).filter(|s| !s.is_empty()) else {
        let a = annual(db, actor, None).await?;
        return Ok(Periode {
            annual_id: a.id.clone(),
            id: a.id,
            nama: a.tahun.to_string(),
            status: a.status,
        });
    };
    let row = sqlx::query(
        "SELECT instansi_id, id, tahun, jenis, nomor, parent_id, status FROM periode WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or_else(|| AppError::not_found("Periode", "Period"))?;
    actor.require_instansi(&row.get::<String, _>("instansi_id"))?;
    let jenis: String = row.get("jenis");
    let tahun: i64 = row.get("tahun");
    let nama = if jenis == "TAHUNAN" {
        tahun.to_string()
    } else {
        format!(
            "{} {} {tahun}",
            jenis.to_lowercase(),
            row.get::<i64, _>("nomor")
        )
    };
    Ok(Periode {
        annual_id: row
            .get::<Option<String>, _>("parent_id")
            .unwrap_or_else(|| row.get("id")),
        id: row.get("id"),
        nama,
        status: StatusPeriode::from_code(&row.get::<String, _>("status")).unwrap_or_default(),
    })
}

/// A unit with its name.
pub struct Unit {
    pub r: UnitRef,
    pub nama: String,
    pub is_root: bool,
}

/// The unit `id` (the actor's own by default), in the actor's instansi.
pub async fn unit(db: &Db, actor: &Actor, id: Option<&str>) -> AppResult<Unit> {
    let id = id
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .or(actor.unit_id.as_deref())
        .ok_or_else(|| {
            AppError::bad_request("Sebutkan unit kerja (unit=)", "Name the unit (unit=)")
        })?;
    let r = unit::find(&db.pool, id)
        .await?
        .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    actor.require_instansi(&r.instansi_id)?;
    let row =
        sqlx::query("SELECT nama, parent_id FROM unit_kerja WHERE instansi_id = $1 AND id = $2")
            .bind(&r.instansi_id)
            .bind(&r.id)
            .fetch_one(&db.pool)
            .await?;
    Ok(Unit {
        nama: row.get("nama"),
        is_root: row.get::<Option<String>, _>("parent_id").is_none(),
        r,
    })
}

/// Whether the actor heads the unit or one above it.
pub fn leads(actor: &Actor, u: &UnitRef) -> bool {
    actor
        .headed_paths
        .iter()
        .any(|p| u.path.starts_with(p.as_str()))
}

/// Whether the actor heads a unit strictly above `u` (its superior), or heads `u` when it is
/// a root unit (nobody in the instansi is above it).
pub fn superior_of(actor: &Actor, u: &UnitRef, is_root: bool) -> bool {
    actor
        .headed_paths
        .iter()
        .any(|p| u.path.starts_with(p.as_str()) && (p != &u.path || is_root))
}
