//! The dashboard's queries: grouped per unit of the subtree, so the answer grows with the
//! number of units, not of people or RHK.

use sqlx::Row;

use crate::backend::authz::Sql;
use crate::backend::repo::like_escape;
use crate::backend::{AppResult, Db};
use crate::domain::dto::{BebanRingkas, DasborUnit, StatusSkpCount, TargetBerisiko};

pub struct UnitRow {
    pub id: String,
    pub parent_id: Option<String>,
    pub kode: String,
    pub nama: String,
    pub path: String,
    pub has_children: bool,
}

pub async fn period_dates(db: &Db, inst: &str, id: &str) -> AppResult<(String, String)> {
    let r = sqlx::query("SELECT mulai, selesai FROM periode WHERE instansi_id = $1 AND id = $2")
        .bind(inst)
        .bind(id)
        .fetch_one(&db.pool)
        .await?;
    Ok((r.get("mulai"), r.get("selesai")))
}

fn like(path: &str) -> String {
    format!("{}%", like_escape(path))
}

pub async fn units(db: &Db, inst: &str, path: &str) -> AppResult<Vec<UnitRow>> {
    let rows = sqlx::query(
        "SELECT u.id, u.parent_id, u.kode, u.nama, u.path, \
         CAST(CASE WHEN EXISTS (SELECT 1 FROM unit_kerja c WHERE c.instansi_id = u.instansi_id \
         AND c.parent_id = u.id) THEN 1 ELSE 0 END AS BIGINT) AS kids \
         FROM unit_kerja u WHERE u.instansi_id = $1 AND u.path LIKE $2 ESCAPE '\\' ORDER BY u.kode",
    )
    .bind(inst)
    .bind(like(path))
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| UnitRow {
            id: r.get("id"),
            parent_id: r.get("parent_id"),
            kode: r.get("kode"),
            nama: r.get("nama"),
            path: r.get("path"),
            has_children: r.get::<i64, _>("kids") == 1,
        })
        .collect())
}

/// Per unit: active people by the status of their SKP for the period.
pub async fn skp_counts(
    db: &Db,
    inst: &str,
    path: &str,
    periode_id: &str,
) -> AppResult<Vec<(String, StatusSkpCount)>> {
    let rows = sqlx::query(
        "SELECT u.id AS unit_id, COALESCE(s.status, 'BELUM') AS status, COUNT(*) AS n \
         FROM unit_kerja u CROSS JOIN pegawai p \
         LEFT JOIN skp s ON s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.periode_id = $3 \
         WHERE u.instansi_id = $1 AND u.path LIKE $2 ESCAPE '\\' \
         AND p.instansi_id = u.instansi_id AND p.unit_id = u.id AND p.aktif = 1 \
         GROUP BY u.id, COALESCE(s.status, 'BELUM')",
    )
    .bind(inst)
    .bind(like(path))
    .bind(periode_id)
    .fetch_all(&db.pool)
    .await?;
    let mut out: Vec<(String, StatusSkpCount)> = vec![];
    for r in &rows {
        let unit: String = r.get("unit_id");
        let n: i64 = r.get("n");
        let c = match out.iter_mut().find(|(u, _)| *u == unit) {
            Some((_, c)) => c,
            None => {
                out.push((unit, StatusSkpCount::default()));
                &mut out.last_mut().expect("just pushed").1
            }
        };
        match r.get::<String, _>("status").as_str() {
            "DRAFT" => c.draft += n,
            "DIAJUKAN" => c.diajukan += n,
            "DISETUJUI" => c.disetujui += n,
            "DIKEMBALIKAN" => c.dikembalikan += n,
            _ => c.belum += n,
        }
    }
    Ok(out)
}

/// Per unit: the RHK of the period, their summed progress, those behind, those at high risk.
pub struct RhkStat {
    pub n: i64,
    pub sum: f64,
    pub behind: i64,
    pub risky: i64,
}

pub async fn rhk_stats(
    db: &Db,
    inst: &str,
    path: &str,
    periode_id: &str,
    behind_below: f64,
    high: i64,
) -> AppResult<Vec<(String, RhkStat)>> {
    let rows = sqlx::query(
        "SELECT u.id AS unit_id, COUNT(r.id) AS n, COALESCE(SUM(r.progres_iki), 0.0) AS s, \
         SUM(CASE WHEN COALESCE(r.progres_iki, 0.0) < CAST($4 AS DOUBLE PRECISION) THEN 1 ELSE 0 END) AS behind, \
         SUM(CASE WHEN r.risiko_skor >= $5 THEN 1 ELSE 0 END) AS risky \
         FROM unit_kerja u CROSS JOIN pegawai p CROSS JOIN rhk r \
         WHERE u.instansi_id = $1 AND u.path LIKE $2 ESCAPE '\\' \
         AND p.instansi_id = u.instansi_id AND p.unit_id = u.id AND p.aktif = 1 \
         AND r.instansi_id = p.instansi_id AND r.pegawai_id = p.id AND r.periode_id = $3 \
         AND r.pensiun_at IS NULL GROUP BY u.id",
    )
    .bind(inst)
    .bind(like(path))
    .bind(periode_id)
    .bind(behind_below.to_string())
    .bind(high)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                r.get("unit_id"),
                RhkStat {
                    n: r.get("n"),
                    sum: r.get("s"),
                    behind: r.try_get::<i64, _>("behind").unwrap_or(0),
                    risky: r.try_get::<i64, _>("risky").unwrap_or(0),
                },
            )
        })
        .collect())
}

pub fn empty(id: &str, kode: &str, nama: &str, has_children: bool) -> DasborUnit {
    DasborUnit {
        unit_id: id.to_string(),
        kode: kode.to_string(),
        nama: nama.to_string(),
        has_children,
        pegawai: 0,
        skp: StatusSkpCount::default(),
        progres: None,
        rhk: 0,
        tertinggal: 0,
        risiko_tinggi: 0,
        iki_kurang: 0,
    }
}

pub fn add_people(d: &mut DasborUnit, c: &StatusSkpCount) {
    d.skp.belum += c.belum;
    d.skp.draft += c.draft;
    d.skp.diajukan += c.diajukan;
    d.skp.disetujui += c.disetujui;
    d.skp.dikembalikan += c.dikembalikan;
    d.pegawai += c.belum + c.draft + c.diajukan + c.disetujui + c.dikembalikan;
}

/// Accumulates; `progres` holds the running sum until [`finish`].
pub fn add_rhk(d: &mut DasborUnit, s: &RhkStat) {
    d.rhk += s.n;
    d.progres = Some(d.progres.unwrap_or(0.0) + s.sum);
    d.tertinggal += s.behind;
    d.risiko_tinggi += s.risky;
}

/// The mean progress of the RHK (no realisasi yet counts as 0).
pub fn finish(d: &mut DasborUnit) {
    d.progres = if d.rhk > 0 {
        d.progres.map(|sum| sum / d.rhk as f64)
    } else {
        None
    };
}

/// The 20 targets most behind the time elapsed, or at high risk.
pub async fn at_risk(
    db: &Db,
    inst: &str,
    path: &str,
    periode_id: &str,
    behind_below: f64,
    high: i64,
    waktu: f64,
) -> AppResult<Vec<TargetBerisiko>> {
    let mut sql = Sql::default();
    let (i, l, per) = (sql.bind(inst), sql.bind(&like(path)), sql.bind(periode_id));
    let (t, h) = (
        sql.bind(&behind_below.to_string()),
        sql.bind(&high.to_string()),
    );
    let text = format!(
        "SELECT r.id, r.judul, p.id AS pegawai_id, p.nama, u.nama AS unit_nama, r.progres_iki, \
         r.risiko_skor FROM unit_kerja u CROSS JOIN pegawai p CROSS JOIN rhk r \
         WHERE u.instansi_id = {i} AND u.path LIKE {l} ESCAPE '\\' \
         AND p.instansi_id = u.instansi_id AND p.unit_id = u.id AND p.aktif = 1 \
         AND r.instansi_id = p.instansi_id AND r.pegawai_id = p.id AND r.periode_id = {per} \
         AND r.pensiun_at IS NULL \
         AND (COALESCE(r.progres_iki, 0.0) < CAST({t} AS DOUBLE PRECISION) OR r.risiko_skor >= CAST({h} AS BIGINT)) \
         ORDER BY COALESCE(r.progres_iki, 0.0), r.id LIMIT 20"
    );
    let rows = sql.query(&text).fetch_all(&db.pool).await?;
    Ok(rows
        .iter()
        .map(|r| {
            let progres: Option<f64> = r.try_get("progres_iki").ok().flatten();
            let skor: Option<i64> = r.try_get("risiko_skor").ok().flatten();
            TargetBerisiko {
                rhk_id: r.get("id"),
                judul: r.get("judul"),
                pegawai_id: r.get("pegawai_id"),
                pegawai_name: r.get("nama"),
                unit_name: r.get("unit_nama"),
                gap: (waktu - progres.unwrap_or(0.0)).max(0.0),
                progres,
                risiko_tinggi: skor.is_some_and(|s| s >= high),
            }
        })
        .collect())
}

pub async fn beban(db: &Db, inst: &str, path: &str, periode_id: &str) -> AppResult<BebanRingkas> {
    let rows = sqlx::query(
        "SELECT ta.pegawai_id, SUM(ta.alokasi) AS a \
         FROM unit_kerja u CROSS JOIN pegawai p CROSS JOIN tim_anggota ta \
         JOIN tim t ON t.instansi_id = ta.instansi_id AND t.id = ta.tim_id \
         WHERE u.instansi_id = $1 AND u.path LIKE $2 ESCAPE '\\' \
         AND p.instansi_id = u.instansi_id AND p.unit_id = u.id AND p.aktif = 1 \
         AND ta.instansi_id = p.instansi_id AND ta.pegawai_id = p.id AND ta.keluar_at IS NULL \
         AND t.periode_id = $3 GROUP BY ta.pegawai_id",
    )
    .bind(inst)
    .bind(like(path))
    .bind(periode_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(BebanRingkas {
        di_tim: rows.len() as i64,
        lebih: rows
            .iter()
            .filter(|r| r.try_get::<i64, _>("a").unwrap_or(0) > 100)
            .count() as i64,
    })
}
