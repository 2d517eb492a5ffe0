//! The dashboard's incremental aggregates (migration 0014): every change that moves a figure
//! calls [`refresh`] for the employee concerned inside its own transaction, which replaces
//! the employee's stored [`Kontribusi`] and adds the difference to the sums of every unit
//! above them. A period is built in one pass ([`ensure_built`]) the first time it is read;
//! bulk writes (imports, seeds, a unit moved) drop the built state ([`invalidate`]) instead.

use std::collections::{BTreeMap, HashMap};

use sqlx::{Any, Row, Transaction};

use crate::backend::authz::Sql;
use crate::backend::ids::now;
use crate::domain::dasbor::{ancestors, Jumlah, Kontribusi, STATUS_SKP};
use crate::domain::risiko::level_skor;

type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

/// The columns of `dasbor_unit` counting people per predikat (`Predikat::ALL`), then unrated.
const PREDIKAT_COLS: [&str; 6] = [
    "p_sangat_baik",
    "p_baik",
    "p_butuh_perbaikan",
    "p_kurang_misconduct",
    "p_sangat_kurang",
    "p_belum",
];

/// A projection short by more than this share of its target counts as short.
pub const KURANG_MIN: f64 = 1e-9;

/// The lowest likelihood × impact score that is Tinggi or above.
pub fn skor_tinggi() -> i64 {
    (1..=25).find(|s| level_skor(*s).is_high()).unwrap_or(10)
}

async fn built(tx: Tx<'_, '_>, inst: &str, periode_id: &str) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("SELECT 1 AS x FROM dasbor_siap WHERE instansi_id = $1 AND periode_id = $2")
            .bind(inst)
            .bind(periode_id)
            .fetch_optional(&mut **tx)
            .await?
            .is_some(),
    )
}

/// The employee's contribution as the source rows say now.
async fn current(
    tx: Tx<'_, '_>,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> Result<Kontribusi, sqlx::Error> {
    let p = sqlx::query(
        "SELECT p.unit_id, p.aktif, s.status, e.predikat FROM pegawai p LEFT JOIN skp s \
         ON s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.periode_id = $3 \
         LEFT JOIN evaluasi e ON e.instansi_id = p.instansi_id AND e.pegawai_id = p.id \
         AND e.periode_id = $3 WHERE p.instansi_id = $1 AND p.id = $2",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(p) = p else {
        return Ok(Kontribusi::default());
    };
    if p.get::<i64, _>("aktif") != 1 {
        return Ok(Kontribusi::default());
    }
    let high = skor_tinggi();
    let rhk: Vec<(Option<f64>, bool)> = sqlx::query(
        "SELECT progres_iki, risiko_skor FROM rhk WHERE instansi_id = $1 AND pegawai_id = $2 \
         AND periode_id = $3 AND pensiun_at IS NULL",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| {
        let skor: Option<i64> = r.get("risiko_skor");
        (r.get("progres_iki"), skor.is_some_and(|s| s >= high))
    })
    .collect();
    let kurang: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM iki i JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id \
         WHERE r.instansi_id = $1 AND r.pegawai_id = $2 AND r.periode_id = $3 \
         AND r.pensiun_at IS NULL AND i.proyeksi_kurang > CAST($4 AS DOUBLE PRECISION)",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .bind(KURANG_MIN.to_string())
    .fetch_one(&mut **tx)
    .await?;
    let status: Option<String> = p.get("status");
    let predikat: Option<String> = p.get("predikat");
    Ok(Kontribusi::of(
        &p.get::<String, _>("unit_id"),
        status.as_deref().unwrap_or("BELUM"),
        &rhk,
        kurang,
        predikat.as_deref(),
    ))
}

/// A stored contribution row.
pub fn from_row(r: &sqlx::any::AnyRow) -> Kontribusi {
    Kontribusi {
        unit_id: r.get("unit_id"),
        status: r.get("status"),
        rhk: r.get("rhk"),
        progres_mikro: r.get("progres_mikro"),
        risiko_tinggi: r.get("risiko_tinggi"),
        iki_kurang: r.get("iki_kurang"),
        persen: Kontribusi::parse_persen(&r.get::<String, _>("persen")),
        predikat: r.get("predikat"),
    }
}

/// Brings the figures of the units above one employee up to date for one annual period,
/// after a change to the employee, their SKP, RHK, IKI or risks in this transaction.
/// Nothing to do while the period is not built yet.
pub async fn refresh(
    tx: Tx<'_, '_>,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> Result<(), sqlx::Error> {
    if !built(tx, inst, periode_id).await? {
        return Ok(());
    }
    // an empty row to lock: two changes to one employee at once must not both subtract the
    // same old contribution (the UPDATE waits for the other transaction on PostgreSQL)
    sqlx::query(
        "INSERT INTO dasbor_kontribusi (instansi_id, periode_id, pegawai_id, unit_id, status, rhk, \
         progres_mikro, risiko_tinggi, iki_kurang, persen) VALUES ($1, $2, $3, '', '', 0, 0, 0, 0, '') \
         ON CONFLICT (instansi_id, periode_id, pegawai_id) DO NOTHING",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(pegawai_id)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE dasbor_kontribusi SET rhk = rhk WHERE instansi_id = $1 AND periode_id = $2 \
         AND pegawai_id = $3",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(pegawai_id)
    .execute(&mut **tx)
    .await?;
    let old = sqlx::query(
        "SELECT * FROM dasbor_kontribusi WHERE instansi_id = $1 AND periode_id = $2 AND pegawai_id = $3",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(pegawai_id)
    .fetch_one(&mut **tx)
    .await
    .map(|r| from_row(&r))?;
    let new = current(tx, inst, pegawai_id, periode_id).await?;
    if old == new {
        return Ok(());
    }
    // the difference per unit above the old and the new place
    let mut delta: BTreeMap<String, Jumlah> = BTreeMap::new();
    for (k, sign) in [(&old, -1), (&new, 1)] {
        if k.unit_id.is_empty() {
            continue;
        }
        for unit in unit_chain(tx, inst, &k.unit_id).await? {
            delta.entry(unit).or_default().apply(k, sign);
        }
    }
    add_sums(tx, inst, periode_id, &delta).await?;
    sqlx::query(
        "UPDATE dasbor_kontribusi SET unit_id = $4, status = $5, rhk = CAST($6 AS BIGINT), \
         progres_mikro = CAST($7 AS BIGINT), risiko_tinggi = CAST($8 AS BIGINT), \
         iki_kurang = CAST($9 AS BIGINT), persen = $10, predikat = $11 \
         WHERE instansi_id = $1 AND periode_id = $2 AND pegawai_id = $3",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(pegawai_id)
    .bind(&new.unit_id)
    .bind(&new.status)
    .bind(new.rhk.to_string())
    .bind(new.progres_mikro.to_string())
    .bind(new.risiko_tinggi.to_string())
    .bind(new.iki_kurang.to_string())
    .bind(new.persen_text())
    .bind(&new.predikat)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// [`refresh`] for the employee and period a row of `table` (`rhk`, `evaluasi`: both carry
/// `pegawai_id` and `periode_id`) belongs to; nothing when the row is gone.
async fn refresh_owner(
    tx: Tx<'_, '_>,
    table: &str,
    inst: &str,
    id: &str,
) -> Result<(), sqlx::Error> {
    let r = sqlx::query(&format!(
        "SELECT pegawai_id, periode_id FROM {table} WHERE instansi_id = $1 AND id = $2"
    ))
    .bind(inst)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    match r {
        Some(r) => {
            let (p, per): (String, String) = (r.get("pegawai_id"), r.get("periode_id"));
            refresh(tx, inst, &p, &per).await
        }
        None => Ok(()),
    }
}

/// [`refresh`] for the owner of an RHK in the RHK's period.
pub async fn refresh_rhk(tx: Tx<'_, '_>, inst: &str, rhk_id: &str) -> Result<(), sqlx::Error> {
    refresh_owner(tx, "rhk", inst, rhk_id).await
}

/// [`refresh`] for the employee and period of an evaluation (its predikat changed).
pub async fn refresh_evaluasi(
    tx: Tx<'_, '_>,
    inst: &str,
    evaluasi_id: &str,
) -> Result<(), sqlx::Error> {
    refresh_owner(tx, "evaluasi", inst, evaluasi_id).await
}

/// [`refresh`] of an employee in every built period (after a move to another unit, or when
/// they become inactive or active again).
pub async fn refresh_pegawai(
    tx: Tx<'_, '_>,
    inst: &str,
    pegawai_id: &str,
) -> Result<(), sqlx::Error> {
    let periods: Vec<String> =
        sqlx::query_scalar("SELECT periode_id FROM dasbor_siap WHERE instansi_id = $1")
            .bind(inst)
            .fetch_all(&mut **tx)
            .await?;
    for per in periods {
        refresh(tx, inst, pegawai_id, &per).await?;
    }
    Ok(())
}

/// Drops the built aggregates of an instansi after a bulk change (an import, a seed, a unit
/// moved under another): the next read builds them again from the source rows.
pub async fn invalidate(tx: Tx<'_, '_>, inst: &str) -> Result<(), sqlx::Error> {
    for table in [
        "dasbor_siap",
        "dasbor_progres",
        "dasbor_unit",
        "dasbor_kontribusi",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE instansi_id = $1"))
            .bind(inst)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The ids of a unit and of every unit above it, in a stable order (the lock order).
async fn unit_chain(tx: Tx<'_, '_>, inst: &str, unit_id: &str) -> Result<Vec<String>, sqlx::Error> {
    let path: Option<String> =
        sqlx::query_scalar("SELECT path FROM unit_kerja WHERE instansi_id = $1 AND id = $2")
            .bind(inst)
            .bind(unit_id)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(path
        .map(|p| ancestors(&p).into_iter().map(str::to_string).collect())
        .unwrap_or_default())
}

/// Adds signed sums to the stored ones, one statement per table, units in key order.
async fn add_sums(
    tx: Tx<'_, '_>,
    inst: &str,
    periode_id: &str,
    delta: &BTreeMap<String, Jumlah>,
) -> Result<(), sqlx::Error> {
    for chunk in delta.iter().collect::<Vec<_>>().chunks(200) {
        let mut q = Sql::default();
        let (i, per) = (q.bind(inst), q.bind(periode_id));
        let rows: Vec<String> = chunk
            .iter()
            .map(|(unit, d)| {
                let u = q.bind(unit);
                let nums: Vec<String> = d
                    .status
                    .iter()
                    .chain([d.rhk, d.progres_mikro, d.risiko_tinggi, d.iki_kurang].iter())
                    .chain(d.predikat.iter())
                    .map(|n| format!("CAST({} AS BIGINT)", q.bind(&n.to_string())))
                    .collect();
                format!("({i}, {per}, {u}, {})", nums.join(", "))
            })
            .collect();
        let sql = format!(
            "INSERT INTO dasbor_unit (instansi_id, periode_id, unit_id, belum, draft, diajukan, \
             disetujui, dikembalikan, rhk, progres_mikro, risiko_tinggi, iki_kurang, {}) VALUES {} \
             ON CONFLICT (instansi_id, periode_id, unit_id) DO UPDATE SET \
             belum = dasbor_unit.belum + excluded.belum, draft = dasbor_unit.draft + excluded.draft, \
             diajukan = dasbor_unit.diajukan + excluded.diajukan, \
             disetujui = dasbor_unit.disetujui + excluded.disetujui, \
             dikembalikan = dasbor_unit.dikembalikan + excluded.dikembalikan, \
             rhk = dasbor_unit.rhk + excluded.rhk, \
             progres_mikro = dasbor_unit.progres_mikro + excluded.progres_mikro, \
             risiko_tinggi = dasbor_unit.risiko_tinggi + excluded.risiko_tinggi, \
             iki_kurang = dasbor_unit.iki_kurang + excluded.iki_kurang, {}",
            PREDIKAT_COLS.join(", "),
            rows.join(", "),
            PREDIKAT_COLS
                .iter()
                .map(|c| format!("{c} = dasbor_unit.{c} + excluded.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        q.query(&sql).execute(&mut **tx).await?;
    }
    let cells: Vec<(&String, i64, i64)> = delta
        .iter()
        .flat_map(|(unit, d)| {
            d.persen
                .iter()
                .filter(|(_, n)| **n != 0)
                .map(move |(p, n)| (unit, *p, *n))
        })
        .collect();
    for chunk in cells.chunks(500) {
        let mut q = Sql::default();
        let (i, per) = (q.bind(inst), q.bind(periode_id));
        let rows: Vec<String> = chunk
            .iter()
            .map(|(unit, p, n)| {
                let u = q.bind(unit);
                let p = q.bind(&p.to_string());
                let n = q.bind(&n.to_string());
                format!("({i}, {per}, {u}, CAST({p} AS BIGINT), CAST({n} AS BIGINT))")
            })
            .collect();
        let sql = format!(
            "INSERT INTO dasbor_progres (instansi_id, periode_id, unit_id, persen, n) VALUES {} \
             ON CONFLICT (instansi_id, periode_id, unit_id, persen) DO UPDATE SET \
             n = dasbor_progres.n + excluded.n",
            rows.join(", ")
        );
        q.query(&sql).execute(&mut **tx).await?;
    }
    Ok(())
}

/// Every employee's contribution from the source rows, in one pass over the instansi.
pub async fn recompute(
    ex: &mut sqlx::AnyConnection,
    inst: &str,
    periode_id: &str,
) -> Result<HashMap<String, Kontribusi>, sqlx::Error> {
    let high = skor_tinggi();
    let mut rhk: HashMap<String, Vec<(Option<f64>, bool)>> = HashMap::new();
    for r in sqlx::query(
        "SELECT pegawai_id, progres_iki, risiko_skor FROM rhk WHERE instansi_id = $1 \
         AND periode_id = $2 AND pensiun_at IS NULL",
    )
    .bind(inst)
    .bind(periode_id)
    .fetch_all(&mut *ex)
    .await?
    {
        let skor: Option<i64> = r.get("risiko_skor");
        rhk.entry(r.get("pegawai_id"))
            .or_default()
            .push((r.get("progres_iki"), skor.is_some_and(|s| s >= high)));
    }
    let kurang: HashMap<String, i64> = sqlx::query(
        "SELECT r.pegawai_id, COUNT(*) AS n FROM iki i JOIN rhk r ON r.instansi_id = i.instansi_id \
         AND r.id = i.rhk_id WHERE i.instansi_id = $1 AND r.periode_id = $2 AND r.pensiun_at IS NULL \
         AND i.proyeksi_kurang > CAST($3 AS DOUBLE PRECISION) GROUP BY r.pegawai_id",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(KURANG_MIN.to_string())
    .fetch_all(&mut *ex)
    .await?
    .iter()
    .map(|r| (r.get("pegawai_id"), r.get("n")))
    .collect();
    let people = sqlx::query(
        "SELECT p.id, p.unit_id, s.status, e.predikat FROM pegawai p LEFT JOIN skp s \
         ON s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.periode_id = $2 \
         LEFT JOIN evaluasi e ON e.instansi_id = p.instansi_id AND e.pegawai_id = p.id \
         AND e.periode_id = $2 WHERE p.instansi_id = $1 AND p.aktif = 1",
    )
    .bind(inst)
    .bind(periode_id)
    .fetch_all(&mut *ex)
    .await?;
    Ok(people
        .iter()
        .map(|r| {
            let id: String = r.get("id");
            let status: Option<String> = r.get("status");
            let predikat: Option<String> = r.get("predikat");
            let k = Kontribusi::of(
                &r.get::<String, _>("unit_id"),
                status.as_deref().unwrap_or("BELUM"),
                rhk.get(&id).map(Vec::as_slice).unwrap_or(&[]),
                kurang.get(&id).copied().unwrap_or(0),
                predikat.as_deref(),
            );
            (id, k)
        })
        .collect())
}

/// The sums per unit (with its subtree) of the given contributions.
pub async fn roll_up(
    ex: &mut sqlx::AnyConnection,
    inst: &str,
    kontribusi: &HashMap<String, Kontribusi>,
) -> Result<BTreeMap<String, Jumlah>, sqlx::Error> {
    let paths: HashMap<String, String> =
        sqlx::query("SELECT id, path FROM unit_kerja WHERE instansi_id = $1")
            .bind(inst)
            .fetch_all(&mut *ex)
            .await?
            .iter()
            .map(|r| (r.get("id"), r.get("path")))
            .collect();
    let mut sums: BTreeMap<String, Jumlah> = BTreeMap::new();
    for k in kontribusi.values() {
        let Some(path) = paths.get(&k.unit_id) else {
            continue;
        };
        for unit in ancestors(path) {
            sums.entry(unit.to_string()).or_default().apply(k, 1);
        }
    }
    Ok(sums)
}

/// Builds the aggregates of an annual period once (the first reader does it; a concurrent
/// one waits for it on the marker row and then finds it built).
pub async fn ensure_built(
    db: &crate::backend::Db,
    inst: &str,
    periode_id: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    if built(&mut tx, inst, periode_id).await? {
        return Ok(());
    }
    let placed = sqlx::query(
        "INSERT INTO dasbor_siap (instansi_id, periode_id, built_at) VALUES ($1, $2, $3) \
         ON CONFLICT (instansi_id, periode_id) DO NOTHING",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(now())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if placed == 0 {
        return Ok(());
    }
    for table in ["dasbor_progres", "dasbor_unit", "dasbor_kontribusi"] {
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE instansi_id = $1 AND periode_id = $2"
        ))
        .bind(inst)
        .bind(periode_id)
        .execute(&mut *tx)
        .await?;
    }
    let kontribusi = recompute(&mut tx, inst, periode_id).await?;
    let sums = roll_up(&mut tx, inst, &kontribusi).await?;
    insert_kontribusi(&mut tx, inst, periode_id, &kontribusi).await?;
    add_sums(&mut tx, inst, periode_id, &sums).await?;
    tx.commit().await
}

async fn insert_kontribusi(
    tx: Tx<'_, '_>,
    inst: &str,
    periode_id: &str,
    kontribusi: &HashMap<String, Kontribusi>,
) -> Result<(), sqlx::Error> {
    let all: Vec<(&String, &Kontribusi)> = kontribusi.iter().collect();
    for chunk in all.chunks(1_500) {
        let mut q = Sql::default();
        let (i, per) = (q.bind(inst), q.bind(periode_id));
        let rows: Vec<String> = chunk
            .iter()
            .map(|(id, k)| {
                let (p, u, s) = (q.bind(id), q.bind(&k.unit_id), q.bind(&k.status));
                let nums: Vec<String> = [k.rhk, k.progres_mikro, k.risiko_tinggi, k.iki_kurang]
                    .iter()
                    .map(|n| format!("CAST({} AS BIGINT)", q.bind(&n.to_string())))
                    .collect();
                let persen = q.bind(&k.persen_text());
                let predikat = q.bind(&k.predikat);
                format!(
                    "({i}, {per}, {p}, {u}, {s}, {}, {persen}, {predikat})",
                    nums.join(", ")
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO dasbor_kontribusi (instansi_id, periode_id, pegawai_id, unit_id, status, \
             rhk, progres_mikro, risiko_tinggi, iki_kurang, persen, predikat) VALUES {}",
            rows.join(", ")
        );
        q.query(&sql).execute(&mut **tx).await?;
    }
    Ok(())
}

/// The stored sums of some units for a period (units without a row sum to zero), with the
/// RHK counts per whole percent below `persen_below` (all that the count behind needs).
pub async fn sums(
    db: &crate::backend::Db,
    inst: &str,
    periode_id: &str,
    units: &[&str],
    persen_below: i64,
) -> Result<HashMap<String, Jumlah>, sqlx::Error> {
    let mut out: HashMap<String, Jumlah> = HashMap::new();
    for chunk in units.chunks(500) {
        let mut q = Sql::default();
        let (i, per) = (q.bind(inst), q.bind(periode_id));
        let list: Vec<String> = chunk.iter().map(|u| q.bind(u)).collect();
        let list = list.join(", ");
        let sql = format!(
            "SELECT * FROM dasbor_unit WHERE instansi_id = {i} AND periode_id = {per} \
             AND unit_id IN ({list})"
        );
        for r in q.query(&sql).fetch_all(&db.pool).await? {
            let j = out.entry(r.get("unit_id")).or_default();
            for (n, s) in STATUS_SKP.iter().enumerate() {
                j.status[n] = r.get(s.to_ascii_lowercase().as_str());
            }
            j.rhk = r.get("rhk");
            j.progres_mikro = r.get("progres_mikro");
            j.risiko_tinggi = r.get("risiko_tinggi");
            j.iki_kurang = r.get("iki_kurang");
            for (n, c) in PREDIKAT_COLS.iter().enumerate() {
                j.predikat[n] = r.get(*c);
            }
        }
        let b = q.bind(&persen_below.to_string());
        let sql = format!(
            "SELECT unit_id, persen, n FROM dasbor_progres WHERE instansi_id = {i} \
             AND periode_id = {per} AND unit_id IN ({list}) AND persen < CAST({b} AS BIGINT) AND n <> 0"
        );
        for r in q.query(&sql).fetch_all(&db.pool).await? {
            out.entry(r.get("unit_id"))
                .or_default()
                .persen
                .insert(r.get("persen"), r.get("n"));
        }
    }
    Ok(out)
}

/// Every stored sum of a period with all its percent counts, to compare with [`roll_up`].
pub async fn stored(
    db: &crate::backend::Db,
    inst: &str,
    periode_id: &str,
) -> Result<BTreeMap<String, Jumlah>, sqlx::Error> {
    let units: Vec<String> = sqlx::query_scalar(
        "SELECT unit_id FROM dasbor_unit WHERE instansi_id = $1 AND periode_id = $2",
    )
    .bind(inst)
    .bind(periode_id)
    .fetch_all(&db.pool)
    .await?;
    let refs: Vec<&str> = units.iter().map(String::as_str).collect();
    Ok(sums(db, inst, periode_id, &refs, 101)
        .await?
        .into_iter()
        .collect())
}
