//! SQL of the agency's evaluation settings: the curve and the days to decide an appeal (one
//! row per instansi; none means the defaults).

use sqlx::{Any, Row, Transaction};

use crate::backend::ids::now;
use crate::domain::evaluasi::HARI_PUTUSAN;
use crate::domain::kurva::{KurvaSettings, Rounding};

/// The settings with their version (0 for the defaults) and when they last changed.
pub struct Tersimpan {
    pub settings: KurvaSettings,
    /// Days the atasan PPK has to decide a keberatan.
    pub hari_putusan: i64,
    pub version: i64,
    pub updated_at: Option<String>,
}

pub async fn kurva<'e, E>(db: E, inst: &str) -> sqlx::Result<Tersimpan>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let row = sqlx::query(
        "SELECT pembulatan, min_kelompok, hari_putusan, version, updated_at FROM pengaturan_kurva \
         WHERE instansi_id = $1",
    )
    .bind(inst)
    .fetch_optional(db)
    .await?;
    Ok(match row {
        Some(r) => Tersimpan {
            settings: KurvaSettings {
                min_group: usize::try_from(r.get::<i64, _>("min_kelompok")).unwrap_or(10),
                rounding: Rounding::from_code(&r.get::<String, _>("pembulatan"))
                    .unwrap_or_default(),
            },
            hari_putusan: r.get("hari_putusan"),
            version: r.get("version"),
            updated_at: r.get("updated_at"),
        },
        None => Tersimpan {
            settings: KurvaSettings::default(),
            hari_putusan: HARI_PUTUSAN,
            version: 0,
            updated_at: None,
        },
    })
}

/// Saves the settings when `version` is the current one (0: no row yet); false otherwise.
pub async fn save_kurva(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    version: i64,
    s: &KurvaSettings,
    hari_putusan: i64,
) -> sqlx::Result<bool> {
    let min = i64::try_from(s.min_group).unwrap_or(i64::MAX);
    let done = if version == 0 {
        sqlx::query(
            "INSERT INTO pengaturan_kurva (instansi_id, pembulatan, min_kelompok, hari_putusan, \
             updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (instansi_id) DO NOTHING",
        )
        .bind(inst)
        .bind(s.rounding.code())
        .bind(min)
        .bind(hari_putusan)
        .bind(now())
        .execute(&mut **tx)
        .await?
    } else {
        sqlx::query(
            "UPDATE pengaturan_kurva SET pembulatan = $2, min_kelompok = $3, hari_putusan = $4, \
             updated_at = $5, version = version + 1 WHERE instansi_id = $1 AND version = $6",
        )
        .bind(inst)
        .bind(s.rounding.code())
        .bind(min)
        .bind(hari_putusan)
        .bind(now())
        .bind(version)
        .execute(&mut **tx)
        .await?
    };
    Ok(done.rows_affected() == 1)
}
