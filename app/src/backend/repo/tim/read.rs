//! Reading a squad whole (the squad page), the squads a caller may see, the lead's
//! recommendations, and the rows of the contribution map and of the workload.

use std::collections::HashMap;

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{anggota_rows, kolom_rows, TimRow};
use crate::backend::authz::{Actor, Sql};
use crate::backend::repo::skp::{ringkas, to_ringkas, PEGAWAI_COLS, PEGAWAI_JOINS};
use crate::backend::repo::{decode_cursor, encode_cursor, like_escape};
use crate::domain::cascade::progress_iki;
use crate::domain::dto::{
    AktivitasTim, AnggotaTim, Iki, KolomMph, Page, PeranBeban, Rekomendasi, RhkRef, SelMph, Tim,
    TimRingkas,
};
use crate::domain::rating::Rating;
use crate::domain::skp::Aspek;
use crate::domain::tim::{peran_label, PeranTim};

pub fn to_iki(r: &AnyRow) -> Iki {
    Iki {
        id: r.get("id"),
        aspek: r
            .get::<Option<String>, _>("aspek")
            .as_deref()
            .and_then(Aspek::from_code),
        nama: r.get("nama"),
        target: r.get("target"),
        satuan: r.get("satuan"),
        realisasi: r.get("realisasi"),
    }
}

pub fn progress_of(iki: &[Iki]) -> Option<f64> {
    progress_iki(
        &iki.iter()
            .map(|k| (k.target, k.realisasi))
            .collect::<Vec<_>>(),
    )
}

/// The columns of an `RhkRef` over `r` (rhk), `o` (its owner) and `oj` (the owner's jabatan).
const REF_COLS: &str = "r.id AS ref_id, r.judul AS ref_judul, o.id AS ref_owner_id, \
    o.nama AS ref_owner, oj.nama AS ref_jabatan";
const REF_JOINS: &str = "JOIN pegawai o ON o.instansi_id = r.instansi_id AND o.id = r.pegawai_id \
    JOIN jabatan oj ON oj.instansi_id = o.instansi_id AND oj.id = o.jabatan_id";

fn to_ref(r: &AnyRow) -> RhkRef {
    RhkRef {
        id: r.get("ref_id"),
        judul: r.get("ref_judul"),
        owner_id: r.get("ref_owner_id"),
        owner_name: r.get("ref_owner"),
        owner_jabatan: r.get("ref_jabatan"),
    }
}

/// An RHK as a short reference.
pub async fn rhk_ref(
    pool: &sqlx::AnyPool,
    inst: &str,
    rhk_id: &str,
) -> Result<Option<RhkRef>, sqlx::Error> {
    let sql =
        format!("SELECT {REF_COLS} FROM rhk r {REF_JOINS} WHERE r.instansi_id = $1 AND r.id = $2");
    Ok(sqlx::query(&sql)
        .bind(inst)
        .bind(rhk_id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(to_ref))
}

fn to_rekomendasi(r: &AnyRow) -> Rekomendasi {
    Rekomendasi {
        tim_id: r.get("tim_id"),
        tim_nama: r.get("tim_nama"),
        pegawai_id: r.get("pegawai_id"),
        umpan_balik: r.get("umpan_balik"),
        rating: r
            .get::<Option<String>, _>("rating")
            .as_deref()
            .and_then(Rating::from_code),
        oleh_id: r.get("oleh"),
        oleh_name: r.get("oleh_nama"),
        updated_at: r.get("updated_at"),
        version: r.get("version"),
    }
}

const REKOMENDASI: &str = "SELECT k.tim_id, t.nama AS tim_nama, k.pegawai_id, k.umpan_balik, \
    k.rating, k.oleh, b.nama AS oleh_nama, k.updated_at, k.version FROM tim_rekomendasi k \
    JOIN tim t ON t.instansi_id = k.instansi_id AND t.id = k.tim_id \
    JOIN pegawai b ON b.instansi_id = k.instansi_id AND b.id = k.oleh";

/// The same, driven from the member's rows (CROSS JOIN fixes the order on SQLite); the caller
/// adds the join condition of `t`.
const REKOMENDASI_BY_PERSON: &str = "SELECT k.tim_id, t.nama AS tim_nama, k.pegawai_id, \
    k.umpan_balik, k.rating, k.oleh, b.nama AS oleh_nama, k.updated_at, k.version \
    FROM tim_rekomendasi k CROSS JOIN tim t \
    JOIN pegawai b ON b.instansi_id = k.instansi_id AND b.id = k.oleh";

/// The recommendations squad leads gave an employee in a period.
pub async fn rekomendasi_for(
    pool: &sqlx::AnyPool,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> Result<Vec<Rekomendasi>, sqlx::Error> {
    let sql = format!(
        "{REKOMENDASI_BY_PERSON} WHERE k.instansi_id = $1 AND k.pegawai_id = $2 \
         AND t.instansi_id = k.instansi_id AND t.id = k.tim_id AND t.periode_id = $3 ORDER BY t.nama, t.id"
    );
    Ok(sqlx::query(&sql)
        .bind(inst)
        .bind(pegawai_id)
        .bind(periode_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(to_rekomendasi)
        .collect())
}

/// The squad page. `kelola`: the caller manages it (sees the recommendations).
pub async fn load(
    pool: &sqlx::AnyPool,
    t: &TimRow,
    kelola: bool,
    ketua_saya: bool,
) -> Result<Tim, sqlx::Error> {
    let inst = t.instansi_id.as_str();
    let tahun: i64 =
        sqlx::query_scalar("SELECT tahun FROM periode WHERE instansi_id = $1 AND id = $2")
            .bind(inst)
            .bind(&t.periode_id)
            .fetch_one(pool)
            .await?;
    let ketua = ringkas(pool, inst, &t.ketua_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    let ketua_unit: Option<String> =
        sqlx::query_scalar("SELECT unit_id FROM pegawai WHERE instansi_id = $1 AND id = $2")
            .bind(inst)
            .bind(&t.ketua_id)
            .fetch_optional(pool)
            .await?;
    let rhk = match &t.rhk_id {
        Some(id) => rhk_ref(pool, inst, id).await?,
        None => None,
    };
    let sql = format!(
        "SELECT a.id AS anggota_id, a.peran, a.nama_peran, a.alokasi, a.keluar_at, a.version, \
                p.unit_id, {PEGAWAI_COLS} FROM tim_anggota a \
         JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id {PEGAWAI_JOINS} \
         WHERE a.instansi_id = $1 AND a.tim_id = $2 \
         ORDER BY CASE WHEN a.keluar_at IS NULL THEN 0 ELSE 1 END, a.urutan, a.created_at, a.id"
    );
    let anggota: Vec<AnggotaTim> = sqlx::query(&sql)
        .bind(inst)
        .bind(&t.id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| {
            let peran =
                PeranTim::from_code(&r.get::<String, _>("peran")).unwrap_or(PeranTim::Anggota);
            let nama_peran: String = r.get("nama_peran");
            AnggotaTim {
                id: r.get("anggota_id"),
                lintas_unit: ketua_unit.as_deref() != Some(r.get::<String, _>("unit_id").as_str()),
                pegawai: to_ringkas(r),
                label: peran_label(peran, &nama_peran),
                peran,
                nama_peran,
                alokasi: r.get("alokasi"),
                keluar_at: r.get("keluar_at"),
                version: r.get("version"),
            }
        })
        .collect();
    let mut iki: HashMap<String, Vec<Iki>> = HashMap::new();
    for r in sqlx::query(
        "SELECT i.id, i.rhk_id, i.aspek, i.nama, i.target, i.satuan, i.realisasi FROM tim_sel s \
         CROSS JOIN iki i WHERE s.instansi_id = $1 AND s.tim_id = $2 AND s.pensiun_at IS NULL \
         AND i.instansi_id = s.instansi_id AND i.rhk_id = s.rhk_id ORDER BY i.urutan, i.id",
    )
    .bind(inst)
    .bind(&t.id)
    .fetch_all(pool)
    .await?
    .iter()
    {
        iki.entry(r.get("rhk_id")).or_default().push(to_iki(r));
    }
    let sel: Vec<SelMph> = sqlx::query(
        "SELECT id, anggota_id, kolom_id, judul, rhk_id FROM tim_sel \
         WHERE instansi_id = $1 AND tim_id = $2 AND pensiun_at IS NULL ORDER BY created_at, id",
    )
    .bind(inst)
    .bind(&t.id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| {
        let rhk_id: String = r.get("rhk_id");
        let my_iki = iki.remove(&rhk_id).unwrap_or_default();
        SelMph {
            id: r.get("id"),
            anggota_id: r.get("anggota_id"),
            kolom_id: r.get("kolom_id"),
            judul: r.get("judul"),
            progress: progress_of(&my_iki),
            iki: my_iki,
            rhk_id,
        }
    })
    .collect();
    let mean = |v: Vec<f64>| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
    let mut kolom = vec![];
    for k in kolom_rows(pool, inst, &t.id).await? {
        let Some(intervensi) = rhk_ref(pool, inst, &k.rhk_id).await? else {
            continue;
        };
        let p: Vec<f64> = sel
            .iter()
            .filter(|s| s.kolom_id == k.id)
            .map(|s| s.progress.unwrap_or(0.0))
            .collect();
        kolom.push(KolomMph {
            id: k.id,
            judul: k.judul,
            intervensi,
            iki_id: k.iki_id,
            progress: mean(p),
        });
    }
    let progress = mean(sel.iter().map(|s| s.progress.unwrap_or(0.0)).collect());
    let rekomendasi = if kelola || ketua_saya {
        let sql =
            format!("{REKOMENDASI} WHERE k.instansi_id = $1 AND k.tim_id = $2 ORDER BY b.nama");
        sqlx::query(&sql)
            .bind(inst)
            .bind(&t.id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(to_rekomendasi)
            .collect()
    } else {
        vec![]
    };
    let aktivitas = sqlx::query(
        "SELECT l.at, l.aksi, COALESCE(p.nama, a.username) AS oleh FROM audit_log l \
         LEFT JOIN akun a ON a.instansi_id = l.instansi_id AND a.id = l.akun_id \
         LEFT JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id \
         WHERE l.instansi_id = $1 AND l.entitas = 'tim' AND l.entitas_id = $2 \
         ORDER BY l.at DESC, l.id DESC LIMIT 20",
    )
    .bind(inst)
    .bind(&t.id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| AktivitasTim {
        at: r.get("at"),
        aksi: r.get("aksi"),
        oleh: r.get("oleh"),
    })
    .collect();
    Ok(Tim {
        id: t.id.clone(),
        nama: t.nama.clone(),
        tujuan: t.tujuan.clone(),
        periode_id: t.periode_id.clone(),
        tahun,
        ketua,
        rhk,
        anggota,
        kolom,
        sel,
        progress,
        rekomendasi,
        aktivitas,
        boleh_kelola: kelola,
        ketua_saya,
        version: t.version,
    })
}

/// The squads of a period the actor may see (admins and auditors: all; others: the ones they
/// lead, created or belong to), by name, one keyset page at a time.
pub async fn list(
    pool: &sqlx::AnyPool,
    actor: &Actor,
    periode_id: &str,
    limit: i64,
    cursor: Option<&str>,
) -> Result<Page<TimRingkas>, sqlx::Error> {
    let mut sql = Sql::default();
    let inst = sql.bind(&actor.instansi_id);
    let per = sql.bind(periode_id);
    let me = sql.bind(actor.pegawai_id.as_deref().unwrap_or(""));
    let mut conds = vec![
        format!("t.instansi_id = {inst}"),
        format!("t.periode_id = {per}"),
    ];
    if !actor.reads_whole_instansi() {
        let akun = sql.bind(&actor.akun_id);
        conds.push(format!(
            "(t.ketua_id = {me} OR t.dibuat_oleh = {akun} OR EXISTS (SELECT 1 FROM tim_anggota m \
             WHERE m.instansi_id = t.instansi_id AND m.tim_id = t.id AND m.pegawai_id = {me} \
             AND m.keluar_at IS NULL))"
        ));
    }
    if let Some([nama, id]) = cursor.and_then(decode_cursor).as_deref() {
        let (n, i) = (sql.bind(nama), sql.bind(id));
        conds.push(format!("(t.nama > {n} OR (t.nama = {n} AND t.id > {i}))"));
    }
    let text = format!(
        "SELECT t.id, t.nama, t.tujuan, t.periode_id, t.ketua_id, k.nama AS ketua_nama, \
           (SELECT COUNT(DISTINCT m.pegawai_id) FROM tim_anggota m WHERE m.instansi_id = t.instansi_id \
              AND m.tim_id = t.id AND m.keluar_at IS NULL) AS n_anggota \
         FROM tim t JOIN pegawai k ON k.instansi_id = t.instansi_id AND k.id = t.ketua_id \
         WHERE {} ORDER BY t.nama, t.id LIMIT {}",
        conds.join(" AND "),
        limit + 1
    );
    let rows = sql.query(&text).fetch_all(pool).await?;
    let mut items: Vec<TimRingkas> = rows
        .iter()
        .map(|r| TimRingkas {
            id: r.get("id"),
            nama: r.get("nama"),
            tujuan: r.get("tujuan"),
            periode_id: r.get("periode_id"),
            ketua_id: r.get("ketua_id"),
            ketua_name: r.get("ketua_nama"),
            anggota_count: r.get("n_anggota"),
            peran_saya: vec![],
        })
        .collect();
    let next_cursor = if items.len() as i64 > limit {
        items.truncate(limit as usize);
        items.last().map(|t| encode_cursor(&[&t.nama, &t.id]))
    } else {
        None
    };
    if let Some(me) = actor.pegawai_id.as_deref() {
        for t in items.iter_mut() {
            t.peran_saya = anggota_rows(pool, &actor.instansi_id, &t.id)
                .await?
                .iter()
                .filter(|a| a.pegawai_id == me && a.keluar_at.is_none())
                .map(|a| peran_label(a.peran, &a.nama_peran))
                .collect();
        }
    }
    Ok(Page { items, next_cursor })
}

/// One of an employee's RHK for the contribution map.
#[derive(Clone, Debug)]
pub struct RhkKontribusi {
    pub id: String,
    pub jenis: String,
    pub judul: String,
    pub parent: Option<RhkRef>,
    pub tim_id: Option<String>,
    pub penugasan_dari: Option<String>,
    pub iki: Vec<Iki>,
}

/// The employee's active (not retired) RHK of the period with their IKI and intervened RHK.
pub async fn rhk_of(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
    pegawai_id: &str,
) -> Result<Vec<RhkKontribusi>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.id, c.jenis, c.judul, c.tim_id, d.nama AS penugasan, r.id AS ref_id, \
                r.judul AS ref_judul, o.id AS ref_owner_id, o.nama AS ref_owner, oj.nama AS ref_jabatan \
         FROM rhk c \
         LEFT JOIN pegawai d ON d.instansi_id = c.instansi_id AND d.id = c.penugasan_dari \
         LEFT JOIN rhk r ON r.instansi_id = c.instansi_id AND r.id = c.parent_id \
         LEFT JOIN pegawai o ON o.instansi_id = r.instansi_id AND o.id = r.pegawai_id \
         LEFT JOIN jabatan oj ON oj.instansi_id = o.instansi_id AND oj.id = o.jabatan_id \
         WHERE c.instansi_id = $1 AND c.periode_id = $2 AND c.pegawai_id = $3 AND c.pensiun_at IS NULL \
         ORDER BY c.urutan, c.id",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(pegawai_id)
    .fetch_all(pool)
    .await?;
    let mut iki: HashMap<String, Vec<Iki>> = HashMap::new();
    for r in sqlx::query(
        // CROSS JOIN fixes the order on SQLite: the person's RHK first, then their IKI
        "SELECT i.id, i.rhk_id, i.aspek, i.nama, i.target, i.satuan, i.realisasi FROM rhk c \
         CROSS JOIN iki i WHERE c.instansi_id = $1 AND c.periode_id = $2 AND c.pegawai_id = $3 \
         AND c.pensiun_at IS NULL AND i.instansi_id = c.instansi_id AND i.rhk_id = c.id \
         ORDER BY i.urutan, i.id",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(pegawai_id)
    .fetch_all(pool)
    .await?
    .iter()
    {
        iki.entry(r.get("rhk_id")).or_default().push(to_iki(r));
    }
    Ok(rows
        .iter()
        .map(|r| {
            let id: String = r.get("id");
            RhkKontribusi {
                iki: iki.remove(&id).unwrap_or_default(),
                id,
                jenis: r.get("jenis"),
                judul: r.get("judul"),
                parent: r.get::<Option<String>, _>("ref_id").map(|_| to_ref(r)),
                tim_id: r.get("tim_id"),
                penugasan_dari: r.get("penugasan"),
            }
        })
        .collect())
}

/// An employee's active squad role in a period, with the RHK of its active cells.
#[derive(Clone, Debug)]
pub struct PeranKontribusi {
    pub anggota_id: String,
    pub tim_id: String,
    pub tim_nama: String,
    pub ketua_id: String,
    pub label: String,
    pub alokasi: i64,
    pub rhk_ids: Vec<String>,
}

pub async fn peran_of(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
    pegawai_id: &str,
) -> Result<Vec<PeranKontribusi>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.id, a.peran, a.nama_peran, a.alokasi, t.id AS tim_id, t.nama AS tim_nama, \
                t.ketua_id, s.rhk_id FROM tim_anggota a CROSS JOIN tim t \
         LEFT JOIN tim_sel s ON s.instansi_id = a.instansi_id AND s.anggota_id = a.id \
              AND s.pensiun_at IS NULL \
         WHERE a.instansi_id = $1 AND a.pegawai_id = $2 AND a.keluar_at IS NULL \
           AND t.instansi_id = a.instansi_id AND t.id = a.tim_id AND t.periode_id = $3 \
         ORDER BY t.nama, t.id, a.urutan, a.id, s.created_at",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_all(pool)
    .await?;
    let mut out: Vec<PeranKontribusi> = vec![];
    for r in &rows {
        let id: String = r.get("id");
        let rhk: Option<String> = r.get("rhk_id");
        if out.last().map(|p| p.anggota_id.as_str()) != Some(id.as_str()) {
            let peran =
                PeranTim::from_code(&r.get::<String, _>("peran")).unwrap_or(PeranTim::Anggota);
            out.push(PeranKontribusi {
                anggota_id: id,
                tim_id: r.get("tim_id"),
                tim_nama: r.get("tim_nama"),
                ketua_id: r.get("ketua_id"),
                label: peran_label(peran, &r.get::<String, _>("nama_peran")),
                alokasi: r.get("alokasi"),
                rhk_ids: vec![],
            });
        }
        if let (Some(last), Some(rhk)) = (out.last_mut(), rhk) {
            last.rhk_ids.push(rhk);
        }
    }
    Ok(out)
}

/// One employee of a unit subtree with the sum of their active squad allocations.
#[derive(Clone, Debug)]
pub struct BebanRow {
    pub pegawai_id: String,
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub unit_nama: String,
    pub unit_path: String,
    pub tim: i64,
}

const BEBAN_SELECT: &str = "SELECT p.id, p.nip, p.nama, j.nama AS jabatan, u.nama AS unit_nama, \
    u.path AS unit_path, CAST(COALESCE((SELECT SUM(a.alokasi) FROM tim_anggota a \
      JOIN tim t ON t.instansi_id = a.instansi_id AND t.id = a.tim_id \
      WHERE a.instansi_id = p.instansi_id AND a.pegawai_id = p.id AND a.keluar_at IS NULL \
        AND t.periode_id = $2), 0) AS BIGINT) AS tim \
    FROM pegawai p \
    JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id";

/// Employees of the subtree at `path` with their squad sums, by name; `limit` none: all.
pub async fn beban_rows(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
    path: &str,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> Result<Vec<BebanRow>, sqlx::Error> {
    let mut sql = Sql::default();
    sql.bind(inst);
    sql.bind(periode_id);
    let like = sql.bind(&format!("{}%", like_escape(path)));
    let mut conds = vec![
        "p.instansi_id = $1".to_string(),
        "p.aktif = 1".to_string(),
        format!("u.path LIKE {like} ESCAPE '\\'"),
    ];
    if let Some([nama, id]) = cursor.and_then(decode_cursor).as_deref() {
        let (n, i) = (sql.bind(nama), sql.bind(id));
        conds.push(format!("(p.nama > {n} OR (p.nama = {n} AND p.id > {i}))"));
    }
    let text = format!(
        "{BEBAN_SELECT} WHERE {} ORDER BY p.nama, p.id{}",
        conds.join(" AND "),
        limit.map(|l| format!(" LIMIT {l}")).unwrap_or_default()
    );
    Ok(sql
        .query(&text)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| BebanRow {
            pegawai_id: r.get("id"),
            nip: r.get("nip"),
            nama: r.get("nama"),
            jabatan: r.get("jabatan"),
            unit_nama: r.get("unit_nama"),
            unit_path: r.get("unit_path"),
            tim: r.get("tim"),
        })
        .collect())
}

/// The active squad roles of some employees in a period, by employee.
pub async fn peran_beban(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
    pegawai_ids: &[String],
) -> Result<HashMap<String, Vec<PeranBeban>>, sqlx::Error> {
    let mut out: HashMap<String, Vec<PeranBeban>> = HashMap::new();
    for chunk in pegawai_ids.chunks(200) {
        let mut sql = Sql::default();
        sql.bind(inst);
        sql.bind(periode_id);
        let list: Vec<String> = chunk.iter().map(|id| sql.bind(id)).collect();
        let text = format!(
            "SELECT a.pegawai_id, a.peran, a.nama_peran, a.alokasi, t.id AS tim_id, t.nama AS tim_nama \
             FROM tim_anggota a JOIN tim t ON t.instansi_id = a.instansi_id AND t.id = a.tim_id \
             WHERE a.instansi_id = $1 AND t.periode_id = $2 AND a.keluar_at IS NULL \
               AND a.pegawai_id IN ({}) ORDER BY t.nama, t.id, a.urutan",
            list.join(", ")
        );
        for r in sql.query(&text).fetch_all(pool).await? {
            let peran =
                PeranTim::from_code(&r.get::<String, _>("peran")).unwrap_or(PeranTim::Anggota);
            out.entry(r.get("pegawai_id"))
                .or_default()
                .push(PeranBeban {
                    tim_id: r.get("tim_id"),
                    tim_nama: r.get("tim_nama"),
                    peran: peran_label(peran, &r.get::<String, _>("nama_peran")),
                    alokasi: r.get("alokasi"),
                });
        }
    }
    Ok(out)
}
