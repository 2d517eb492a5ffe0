//! The dashboard's incremental aggregates (migration 0014): every change that moves a figure
//! calls [`refresh`] for the employee concerned inside its own transaction, which replaces
//! the employee's stored [`Kontribusi`] and adds the difference to the sums of every unit
//! above them. A period is built in one pass ([`ensure_built`]) the first time it is read;
//! bulk writes (imports, seeds, a unit moved) drop the built state ([`invalidate`]) instead.

use std::collections::{BTreeMap, HashMap};

use sqlx::{Any, Row, Transaction};

use crate::backend::authz::Sql;
use crate::backend::ids::now;
use crate::domain::dasbor::{ancestors, kuartal, Aktivitas, Jumlah, Kontribusi};
use crate::domain::risiko::level_skor;

type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

/// The summed columns of `dasbor_unit`, in the order of [`values`].
const SUM_COLS: [&str; 26] = [
    "belum",
    "draft",
    "diajukan",
    "disetujui",
    "dikembalikan",
    "rhk",
    "progres_mikro",
    "risiko_tinggi",
    "iki_kurang",
    // people per predikat (`Predikat::ALL`), then unrated
    "p_sangat_baik",
    "p_baik",
    "p_butuh_perbaikan",
    "p_kurang_misconduct",
    "p_sangat_kurang",
    "p_belum",
    "bukti_menunggu",
    "dialog_k1",
    "dialog_k2",
    "dialog_k3",
    "dialog_k4",
    "umpan_k1",
    "umpan_k2",
    "umpan_k3",
    "umpan_k4",
    "di_tim",
    "beban_lebih",
];

/// A sum's stored columns, in the order of [`SUM_COLS`].
fn values(j: &Jumlah) -> Vec<i64> {
    let mut v: Vec<i64> = j.status.to_vec();
    v.extend([j.rhk, j.progres_mikro, j.risiko_tinggi, j.iki_kurang]);
    v.extend(j.predikat);
    v.push(j.bukti_menunggu);
    v.extend(j.dialog);
    v.extend(j.umpan);
    v.extend([j.di_tim, j.beban_lebih]);
    v
}

fn from_values(v: &[i64]) -> Jumlah {
    let at = |i: usize| v.get(i).copied().unwrap_or(0);
    fn arr<const N: usize>(v: &[i64], from: usize) -> [i64; N] {
        std::array::from_fn(|k| v.get(from + k).copied().unwrap_or(0))
    }
    Jumlah {
        status: arr(v, 0),
        rhk: at(5),
        progres_mikro: at(6),
        risiko_tinggi: at(7),
        iki_kurang: at(8),
        predikat: arr(v, 9),
        bukti_menunggu: at(15),
        dialog: arr(v, 16),
        umpan: arr(v, 20),
        di_tim: at(24),
        beban_lebih: at(25),
        persen: Default::default(),
    }
}

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
    Ok(contributions(tx, inst, periode_id, Some(pegawai_id))
        .await?
        .remove(pegawai_id)
        .unwrap_or_default())
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
        aktivitas: Aktivitas {
            bukti_menunggu: r.get("bukti_menunggu"),
            dialog: r.get("dialog_kuartal"),
            umpan: Aktivitas::parse_umpan(&r.get::<String, _>("umpan_kuartal")),
            di_tim: r.get::<i64, _>("di_tim") == 1,
            beban_lebih: r.get::<i64, _>("beban_lebih") == 1,
        },
    }
}

/// Writes stored contributions (a new row, or over the old one), many rows per statement.
async fn write_kontribusi(
    tx: Tx<'_, '_>,
    inst: &str,
    periode_id: &str,
    rows: &[(&String, &Kontribusi)],
) -> Result<(), sqlx::Error> {
    const TEXT: [&str; 3] = ["unit_id", "status", "persen"];
    const NUM: [&str; 8] = [
        "rhk",
        "progres_mikro",
        "risiko_tinggi",
        "iki_kurang",
        "bukti_menunggu",
        "dialog_kuartal",
        "di_tim",
        "beban_lebih",
    ];
    const MORE_TEXT: [&str; 2] = ["predikat", "umpan_kuartal"];
    for chunk in rows.chunks(1_000) {
        let mut q = Sql::default();
        let (i, per) = (q.bind(inst), q.bind(periode_id));
        let values: Vec<String> = chunk
            .iter()
            .map(|(id, k)| {
                let a = &k.aktivitas;
                let mut cells = vec![i.clone(), per.clone(), q.bind(id)];
                cells.extend([&k.unit_id, &k.status, &k.persen_text()].map(|t| q.bind(t)));
                cells.extend(
                    [
                        k.rhk,
                        k.progres_mikro,
                        k.risiko_tinggi,
                        k.iki_kurang,
                        a.bukti_menunggu,
                        a.dialog,
                        i64::from(a.di_tim),
                        i64::from(a.beban_lebih),
                    ]
                    .map(|n| format!("CAST({} AS BIGINT)", q.bind(&n.to_string()))),
                );
                cells.extend([&k.predikat, &a.umpan_text()].map(|t| q.bind(t)));
                format!("({})", cells.join(", "))
            })
            .collect();
        let cols: Vec<&str> = TEXT.iter().chain(&NUM).chain(&MORE_TEXT).copied().collect();
        let sql = format!(
            "INSERT INTO dasbor_kontribusi (instansi_id, periode_id, pegawai_id, {}) VALUES {} \
             ON CONFLICT (instansi_id, periode_id, pegawai_id) DO UPDATE SET {}",
            cols.join(", "),
            values.join(", "),
            cols.iter()
                .map(|c| format!("{c} = excluded.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        q.query(&sql).execute(&mut **tx).await?;
    }
    Ok(())
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
    write_kontribusi(tx, inst, periode_id, &[(&pegawai_id.to_string(), &new)]).await
}

/// [`refresh`] for the employee and annual period a row of `table` belongs to (`rhk`,
/// `evaluasi`, `dialog_kinerja` carry both; a squad role takes the squad's period); nothing
/// when the row is gone.
async fn refresh_owner(
    tx: Tx<'_, '_>,
    table: &str,
    inst: &str,
    id: &str,
) -> Result<(), sqlx::Error> {
    let sql = if table == "tim_anggota" {
        "SELECT x.pegawai_id, t.periode_id FROM tim_anggota x JOIN tim t \
         ON t.instansi_id = x.instansi_id AND t.id = x.tim_id WHERE x.instansi_id = $1 AND x.id = $2"
            .to_string()
    } else {
        format!("SELECT pegawai_id, periode_id FROM {table} WHERE instansi_id = $1 AND id = $2")
    };
    let r = sqlx::query(&sql)
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

/// [`refresh`] for the employee of a performance dialogue (held or not).
pub async fn refresh_dialog(
    tx: Tx<'_, '_>,
    inst: &str,
    dialog_id: &str,
) -> Result<(), sqlx::Error> {
    refresh_owner(tx, "dialog_kinerja", inst, dialog_id).await
}

/// [`refresh`] for the member of a squad role (joined, changed or left).
pub async fn refresh_anggota(
    tx: Tx<'_, '_>,
    inst: &str,
    anggota_id: &str,
) -> Result<(), sqlx::Error> {
    refresh_owner(tx, "tim_anggota", inst, anggota_id).await
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
    for chunk in delta.iter().collect::<Vec<_>>().chunks(100) {
        let mut q = Sql::default();
        let (i, per) = (q.bind(inst), q.bind(periode_id));
        let rows: Vec<String> = chunk
            .iter()
            .map(|(unit, d)| {
                let u = q.bind(unit);
                let nums: Vec<String> = values(d)
                    .iter()
                    .map(|n| format!("CAST({} AS BIGINT)", q.bind(&n.to_string())))
                    .collect();
                format!("({i}, {per}, {u}, {})", nums.join(", "))
            })
            .collect();
        let sql = format!(
            "INSERT INTO dasbor_unit (instansi_id, periode_id, unit_id, {}) VALUES {} \
             ON CONFLICT (instansi_id, periode_id, unit_id) DO UPDATE SET {}",
            SUM_COLS.join(", "),
            rows.join(", "),
            SUM_COLS
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
    contributions(ex, inst, periode_id, None).await
}

/// The contributions of the active employees (of `only`, when given) from the source rows,
/// one query per source table.
async fn contributions(
    ex: &mut sqlx::AnyConnection,
    inst: &str,
    periode_id: &str,
    only: Option<&str>,
) -> Result<HashMap<String, Kontribusi>, sqlx::Error> {
    // `$1` the instansi, `$2` the period, `$3` the employee when there is one
    let of = |col: &str| only.map(|_| format!(" AND {col} = $3")).unwrap_or_default();
    let mulai: String =
        sqlx::query_scalar("SELECT mulai FROM periode WHERE instansi_id = $1 AND id = $2")
            .bind(inst)
            .bind(periode_id)
            .fetch_optional(&mut *ex)
            .await?
            .unwrap_or_default();
    let mut rows = async |sql: String| {
        let mut q = sqlx::query(&sql).bind(inst).bind(periode_id);
        if let Some(p) = only {
            q = q.bind(p);
        }
        q.fetch_all(&mut *ex).await
    };
    let high = skor_tinggi();
    let mut rhk: HashMap<String, Vec<(Option<f64>, bool)>> = HashMap::new();
    for r in rows(format!(
        "SELECT pegawai_id, progres_iki, risiko_skor FROM rhk WHERE instansi_id = $1 \
         AND periode_id = $2 AND pensiun_at IS NULL{}",
        of("pegawai_id")
    ))
    .await?
    {
        let skor: Option<i64> = r.get("risiko_skor");
        rhk.entry(r.get("pegawai_id"))
            .or_default()
            .push((r.get("progres_iki"), skor.is_some_and(|s| s >= high)));
    }
    let count = |rows: Vec<sqlx::any::AnyRow>| -> HashMap<String, i64> {
        rows.iter()
            .map(|r| (r.get("pegawai_id"), r.get("n")))
            .collect()
    };
    let kurang = count(
        rows(format!(
            "SELECT r.pegawai_id, COUNT(*) AS n FROM iki i JOIN rhk r \
             ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id WHERE r.instansi_id = $1 \
             AND r.periode_id = $2 AND r.pensiun_at IS NULL AND i.proyeksi_kurang > {KURANG_MIN:e}{} \
             GROUP BY r.pegawai_id",
            of("r.pegawai_id")
        ))
        .await?,
    );
    let menunggu = count(
        rows(format!(
            "SELECT r.pegawai_id, COUNT(*) AS n FROM realisasi x JOIN rhk r \
             ON r.instansi_id = x.instansi_id AND r.id = x.rhk_id WHERE r.instansi_id = $1 \
             AND r.periode_id = $2 AND r.pensiun_at IS NULL AND x.status = 'DIAJUKAN'{} \
             GROUP BY r.pegawai_id",
            of("r.pegawai_id")
        ))
        .await?,
    );
    // the quarter of each held dialogue (by its date) and each feedback (by when it was given)
    let quarters = |rows: Vec<sqlx::any::AnyRow>| {
        let mut out: HashMap<String, Vec<Option<usize>>> = HashMap::new();
        for r in rows {
            out.entry(r.get("pegawai_id"))
                .or_default()
                .push(kuartal(&mulai, &r.get::<String, _>("tanggal")));
        }
        out
    };
    let dialog = quarters(
        rows(format!(
            "SELECT pegawai_id, jadwal AS tanggal FROM dialog_kinerja WHERE instansi_id = $1 \
             AND periode_id = $2 AND status = 'SELESAI'{}",
            of("pegawai_id")
        ))
        .await?,
    );
    let umpan = quarters(
        rows(format!(
            "SELECT pegawai_id, created_at AS tanggal FROM umpan_balik WHERE instansi_id = $1 \
             AND tahunan_id = $2{}",
            of("pegawai_id")
        ))
        .await?,
    );
    let mut alokasi: HashMap<String, Vec<i64>> = HashMap::new();
    for r in rows(format!(
        "SELECT ta.pegawai_id, ta.alokasi FROM tim_anggota ta JOIN tim t \
         ON t.instansi_id = ta.instansi_id AND t.id = ta.tim_id WHERE ta.instansi_id = $1 \
         AND t.periode_id = $2 AND ta.keluar_at IS NULL{}",
        of("ta.pegawai_id")
    ))
    .await?
    {
        alokasi
            .entry(r.get("pegawai_id"))
            .or_default()
            .push(r.get("alokasi"));
    }
    let people = rows(format!(
        "SELECT p.id, p.unit_id, s.status, e.predikat FROM pegawai p LEFT JOIN skp s \
         ON s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.periode_id = $2 \
         LEFT JOIN evaluasi e ON e.instansi_id = p.instansi_id AND e.pegawai_id = p.id \
         AND e.periode_id = $2 WHERE p.instansi_id = $1 AND p.aktif = 1{}",
        of("p.id")
    ))
    .await?;
    let empty = vec![];
    Ok(people
        .iter()
        .map(|r| {
            let id: String = r.get("id");
            let status: Option<String> = r.get("status");
            let predikat: Option<String> = r.get("predikat");
            let n = |m: &HashMap<String, i64>| m.get(&id).copied().unwrap_or(0);
            let a = Aktivitas::of(
                n(&menunggu),
                dialog.get(&id).unwrap_or(&empty),
                umpan.get(&id).unwrap_or(&empty),
                alokasi.get(&id).map(Vec::as_slice).unwrap_or(&[]),
            );
            let k = Kontribusi::of(
                &r.get::<String, _>("unit_id"),
                status.as_deref().unwrap_or("BELUM"),
                rhk.get(&id).map(Vec::as_slice).unwrap_or(&[]),
                n(&kurang),
                predikat.as_deref(),
            )
            .with(a);
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
    let all: Vec<(&String, &Kontribusi)> = kontribusi.iter().collect();
    write_kontribusi(&mut tx, inst, periode_id, &all).await?;
    add_sums(&mut tx, inst, periode_id, &sums).await?;
    tx.commit().await
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
            let v: Vec<i64> = SUM_COLS.iter().map(|c| r.get(*c)).collect();
            out.insert(r.get("unit_id"), from_values(&v));
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
