//! The annual period an SKP belongs to: the one asked for, or this year's.

use sqlx::Row;

use crate::backend::authz::Actor;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::periode::StatusPeriode;

#[derive(Clone, Debug)]
pub struct Annual {
    pub id: String,
    pub tahun: i64,
    pub status: StatusPeriode,
}

impl Annual {
    /// Plans cannot change once the period is closed.
    pub fn require_open(&self) -> AppResult<()> {
        if self.status == StatusPeriode::Ditutup {
            Err(AppError::conflict(
                format!("Periode {} sudah ditutup", self.tahun),
                format!("The period {} is closed", self.tahun),
            ))
        } else {
            Ok(())
        }
    }
}

/// The annual period `id` (404 if none, 403 if another instansi's, 400 if a sub-period), or
/// without an id the current year's (else the latest).
pub async fn annual(db: &Db, actor: &Actor, id: Option<&str>) -> AppResult<Annual> {
    let row = match id.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => {
            let row = sqlx::query(
                "SELECT instansi_id, id, tahun, jenis, status FROM periode WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(&db.pool)
            .await?
            .ok_or_else(|| AppError::not_found("Periode", "Period"))?;
            actor.require_instansi(&row.get::<String, _>("instansi_id"))?;
            if row.get::<String, _>("jenis") != "TAHUNAN" {
                return Err(AppError::bad_request(
                    "SKP disusun untuk periode tahunan: pilih periode tahunan",
                    "An SKP is planned for an annual period: choose an annual period",
                ));
            }
            row
        }
        None => {
            let year = i64::from(chrono::Datelike::year(&chrono::Utc::now()));
            sqlx::query(
                "SELECT instansi_id, id, tahun, jenis, status FROM periode \
                 WHERE instansi_id = $1 AND jenis = 'TAHUNAN' \
                 ORDER BY CASE WHEN tahun = $2 THEN 0 ELSE 1 END, tahun DESC LIMIT 1",
            )
            .bind(&actor.instansi_id)
            .bind(year)
            .fetch_optional(&db.pool)
            .await?
            .ok_or_else(|| AppError::not_found("Periode", "Period"))?
        }
    };
    Ok(Annual {
        id: row.get("id"),
        tahun: row.get("tahun"),
        status: StatusPeriode::from_code(&row.get::<String, _>("status")).unwrap_or_default(),
    })
}
