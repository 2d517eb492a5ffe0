//! The dashboard's queries beside the stored sums (`repo::dasbor`): the unit and its sub-units,
//! the top-20 lists and the people directly in the unit.

use sqlx::Row;

use crate::backend::authz::Sql;
use crate::backend::repo::like_escape;
use crate::backend::{AppResult, Db};
use crate::domain::dasbor::{batas_persen, Jumlah};
use crate::domain::dto::{AnggotaUnit, DasborUnit, ProyeksiTarget, StatusSkpCount, TargetBerisiko};
use crate::domain::proyeksi::Proyeksi;

pub struct UnitRow {
    pub id: String,
    pub kode: String,
    pub nama: String,
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

/// The unit and its direct sub-units, each with whether it has sub-units of its own.
pub async fn unit_and_children(db: &Db, inst: &str, unit_id: &str) -> AppResult<Vec<UnitRow>> {
    let rows = sqlx::query(
        "SELECT u.id, u.kode, u.nama, \
         CAST(CASE WHEN EXISTS (SELECT 1 FROM unit_kerja c WHERE c.instansi_id = u.instansi_id \
         AND c.parent_id = u.id) THEN 1 ELSE 0 END AS BIGINT) AS kids \
         FROM unit_kerja u WHERE u.instansi_id = $1 AND (u.id = $2 OR u.parent_id = $2) ORDER BY u.kode",
    )
    .bind(inst)
    .bind(unit_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| UnitRow {
            id: r.get("id"),
            kode: r.get("kode"),
            nama: r.get("nama"),
            has_children: r.get::<i64, _>("kids") == 1,
        })
        .collect())
}

/// A unit's figures from its stored sums (none stored: an empty subtree), with the dialogues
/// and feedback of quarter `q` (0–3).
pub fn figures(u: &UnitRow, sum: Option<&Jumlah>, waktu: f64, q: usize) -> DasborUnit {
    let empty = Jumlah::default();
    let j = sum.unwrap_or(&empty);
    let [belum, draft, diajukan, disetujui, dikembalikan] = j.status;
    DasborUnit {
        unit_id: u.id.clone(),
        kode: u.kode.clone(),
        nama: u.nama.clone(),
        has_children: u.has_children,
        pegawai: j.pegawai(),
        skp: StatusSkpCount {
            belum,
            draft,
            diajukan,
            disetujui,
            dikembalikan,
        },
        progres: j.progres(),
        rhk: j.rhk,
        tertinggal: j.tertinggal(waktu),
        risiko_tinggi: j.risiko_tinggi,
        iki_kurang: j.iki_kurang,
        bukti_menunggu: j.bukti_menunggu,
        tanpa_dialog: j.pegawai() - j.dialog[q],
        umpan_balik: j.umpan[q],
        di_tim: j.di_tim,
        beban_lebih: j.beban_lebih,
    }
}

/// The 20 targets most behind the time elapsed, or at high risk.
pub async fn at_risk(
    db: &Db,
    inst: &str,
    path: &str,
    periode_id: &str,
    waktu: f64,
    high: i64,
    large: bool,
) -> AppResult<Vec<TargetBerisiko>> {
    // a large subtree walks the agency's RHK in order of progress (an index) until 20 of its
    // own are found; a small one reads its own people's RHK and sorts them
    let from = if large {
        "rhk r CROSS JOIN pegawai p CROSS JOIN unit_kerja u"
    } else {
        "unit_kerja u CROSS JOIN pegawai p CROSS JOIN rhk r"
    };
    // behind: below the lowest whole percent that is not (`domain::dasbor::tertinggal`)
    let behind_below = batas_persen(waktu) as f64 / 100.0;
    let mut sql = Sql::default();
    let (i, l, per) = (sql.bind(inst), sql.bind(&like(path)), sql.bind(periode_id));
    let (t, h) = (
        sql.bind(&behind_below.to_string()),
        sql.bind(&high.to_string()),
    );
    let text = format!(
        "SELECT r.id, r.judul, p.id AS pegawai_id, p.nama, u.nama AS unit_nama, r.progres_iki, \
         r.risiko_skor FROM {from} \
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

/// The 20 IKI of the subtree projected furthest short of their targets.
pub async fn proyeksi(
    db: &Db,
    inst: &str,
    path: &str,
    periode_id: &str,
    large: bool,
) -> AppResult<Vec<ProyeksiTarget>> {
    // as in `at_risk`: a large subtree walks the shortfall index, a small one its own IKI
    let from = if large {
        "iki i CROSS JOIN rhk r CROSS JOIN pegawai p CROSS JOIN unit_kerja u"
    } else {
        "unit_kerja u CROSS JOIN pegawai p CROSS JOIN rhk r CROSS JOIN iki i"
    };
    let sql = format!(
        "SELECT i.id, i.nama AS indikator, i.target, i.satuan, i.realisasi, i.proyeksi, \
         i.proyeksi_kurang, i.proyeksi_dasar, r.id AS rhk_id, r.judul, p.id AS pegawai_id, \
         p.nama, u.nama AS unit_nama \
         FROM {from} \
         WHERE i.instansi_id = $1 AND i.proyeksi_kurang > CAST($4 AS DOUBLE PRECISION) \
         AND r.instansi_id = i.instansi_id AND r.id = i.rhk_id \
         AND p.instansi_id = r.instansi_id AND p.id = r.pegawai_id \
         AND u.instansi_id = p.instansi_id AND u.id = p.unit_id \
         AND r.periode_id = $3 AND r.pensiun_at IS NULL AND p.aktif = 1 \
         AND u.path LIKE $2 ESCAPE '\\' \
         ORDER BY i.proyeksi_kurang DESC, i.id LIMIT 20"
    );
    let rows = sqlx::query(&sql)
        .bind(inst)
        .bind(like(path))
        .bind(periode_id)
        .bind(crate::backend::repo::dasbor::KURANG_MIN.to_string())
        .fetch_all(&db.pool)
        .await?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            let dasar: Proyeksi =
                serde_json::from_str(&r.get::<Option<String>, _>("proyeksi_dasar")?).ok()?;
            Some(ProyeksiTarget {
                iki_id: r.get("id"),
                indikator: r.get("indikator"),
                rhk_id: r.get("rhk_id"),
                rhk_judul: r.get("judul"),
                pegawai_id: r.get("pegawai_id"),
                pegawai_name: r.get("nama"),
                unit_name: r.get("unit_nama"),
                target: r.get("target"),
                satuan: r.get("satuan"),
                realisasi: r.get("realisasi"),
                proyeksi: dasar.nilai,
                kurang: r.get("proyeksi_kurang"),
                model: dasar.model.code().to_string(),
                dilaporkan: dasar.dilaporkan,
                jumlah_sub: dasar.jumlah_sub,
                laju: dasar.laju,
            })
        })
        .collect())
}

/// The people directly in the unit with their stored contribution, by name.
pub async fn anggota(
    db: &Db,
    inst: &str,
    unit_id: &str,
    periode_id: &str,
    waktu: f64,
    q: usize,
) -> AppResult<Vec<AnggotaUnit>> {
    let rows = sqlx::query(
        "SELECT k.*, p.nama, p.nip FROM dasbor_kontribusi k JOIN pegawai p \
         ON p.instansi_id = k.instansi_id AND p.id = k.pegawai_id \
         WHERE k.instansi_id = $1 AND k.periode_id = $2 AND k.unit_id = $3 \
         ORDER BY p.nama, p.id LIMIT 200",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(unit_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            let k = crate::backend::repo::dasbor::from_row(r);
            let mut j = Jumlah::default();
            j.apply(&k, 1);
            AnggotaUnit {
                pegawai_id: r.get("pegawai_id"),
                nama: r.get("nama"),
                nip: r.get("nip"),
                status_skp: k.status.clone(),
                rhk: k.rhk,
                progres: j.progres(),
                tertinggal: j.tertinggal(waktu),
                risiko_tinggi: k.risiko_tinggi,
                iki_kurang: k.iki_kurang,
                bukti_menunggu: k.aktivitas.bukti_menunggu,
                dialog: k.aktivitas.dialog_di(q),
                umpan_balik: k.aktivitas.umpan[q],
                beban_lebih: k.aktivitas.beban_lebih,
            }
        })
        .collect())
}
