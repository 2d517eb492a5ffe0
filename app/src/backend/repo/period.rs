use sqlx::{Any, Row, Transaction};

use crate::backend::audit::{self, Change};
use crate::backend::ids::{new_id, now};
use crate::domain::dto::Period;
use crate::domain::periode::{nama_periode, sub_periods, JenisPeriode, StatusPeriode};

/// Creates the annual period of `tahun` with its sub-periods of the instansi's kind.
pub async fn create_year(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    akun_id: Option<&str>,
    tahun: i32,
    jenis: JenisPeriode,
    status: StatusPeriode,
) -> Result<String, sqlx::Error> {
    let ts = now();
    let insert = "INSERT INTO periode (instansi_id, id, tahun, jenis, nomor, parent_id, mulai, selesai, status, \
                  created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)";
    let year_id = new_id();
    sqlx::query(insert)
        .bind(instansi_id)
        .bind(&year_id)
        .bind(tahun as i64)
        .bind(JenisPeriode::Tahunan.code())
        .bind(1i64)
        .bind(None::<String>)
        .bind(format!("{tahun}-01-01"))
        .bind(format!("{tahun}-12-31"))
        .bind(status.code())
        .bind(&ts)
        .execute(&mut **tx)
        .await?;
    for sp in sub_periods(tahun, jenis) {
        sqlx::query(insert)
            .bind(instansi_id)
            .bind(new_id())
            .bind(tahun as i64)
            .bind(jenis.code())
            .bind(sp.nomor as i64)
            .bind(Some(year_id.clone()))
            .bind(sp.mulai.to_string())
            .bind(sp.selesai.to_string())
            .bind(status.code())
            .bind(&ts)
            .execute(&mut **tx)
            .await?;
    }
    audit::record(
        tx,
        Change {
            instansi_id,
            akun_id,
            aksi: "create",
            entitas: "periode",
            entitas_id: &year_id,
            sebelum: None,
            sesudah: Some(serde_json::json!({ "tahun": tahun, "jenis_periodik": jenis.code() })),
        },
    )
    .await?;
    Ok(year_id)
}

/// Annual periods, newest first, each with its sub-periods.
pub async fn list(pool: &sqlx::AnyPool, instansi_id: &str) -> Result<Vec<Period>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, tahun, jenis, nomor, parent_id, mulai, selesai, status FROM periode \
         WHERE instansi_id = $1 ORDER BY tahun DESC, nomor",
    )
    .bind(instansi_id)
    .fetch_all(pool)
    .await?;
    let to_period = |r: &sqlx::any::AnyRow| {
        let tahun: i64 = r.get("tahun");
        let jenis: String = r.get("jenis");
        let nomor: i64 = r.get("nomor");
        Period {
            id: r.get("id"),
            nama: nama_periode(
                tahun as i32,
                JenisPeriode::from_code(&jenis).unwrap_or_default(),
                nomor as u32,
            ),
            tahun,
            jenis,
            nomor,
            mulai: r.get("mulai"),
            selesai: r.get("selesai"),
            status: r.get("status"),
            sub_periods: vec![],
        }
    };
    let mut years: Vec<Period> = vec![];
    let mut subs: Vec<(String, Period)> = vec![];
    for r in &rows {
        match r.get::<Option<String>, _>("parent_id") {
            None => years.push(to_period(r)),
            Some(parent) => subs.push((parent, to_period(r))),
        }
    }
    for (parent, p) in subs {
        if let Some(y) = years.iter_mut().find(|y| y.id == parent) {
            y.sub_periods.push(p);
        }
    }
    Ok(years)
}
