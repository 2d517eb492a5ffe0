//! The SQL of the cascade. The tree is built from narrow rows (what the structure, the
//! roll-up and the flags need, read from the summary stored on each RHK row); titles and
//! owners are then read only for the nodes an answer shows. The queries that return many
//! rows come back packed into one JSON value (`repo::packed`): decoding thousands of rows
//! one by one through sqlx's Any driver was most of the time of a large subtree.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use sqlx::Row;

use crate::backend::authz::Sql;
use crate::backend::repo::packed::{self, Col, Num};
use crate::backend::repo::{like_escape, unit};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::Owner;
use crate::domain::jabatan::JenisJabatan;
use crate::domain::skp::StatusSkp;

/// What the tree needs of one RHK.
pub(super) struct Baris {
    pub id: String,
    pub parent_id: Option<String>,
    pub sasaran_id: Option<String>,
    pub bobot: f64,
    pub langsung: bool,
    pub urutan: i64,
    pub owner_id: String,
    pub owner_name: String,
    pub owner_level: i64,
    pub jpt: bool,
    pub progres: Option<f64>,
    pub kuantitas: Option<(f64, String)>,
    pub risiko: Option<i64>,
}

/// An owner as the tree needs them, and as an answer shows them.
struct Orang {
    owner: Owner,
    level: i64,
    jpt: bool,
}

/// The columns of an owner `p` with their position `j` and unit `u`, after `p.id`, in the order
/// of [`orang`]'s arguments.
const ORANG_COLS: [Col<'static>; 6] = [
    Col::Plain("p.nama"),
    Col::Plain("p.nip"),
    Col::Plain("j.jenis"),
    Col::Plain("j.nama"),
    Col::Plain("u.level"),
    Col::Plain("u.nama"),
];

fn orang(
    id: String,
    name: String,
    nip: String,
    jenis: String,
    jabatan: String,
    level: i64,
    unit_name: String,
) -> Orang {
    Orang {
        jpt: jpt(&jenis),
        level,
        owner: Owner {
            id,
            name,
            nip,
            jabatan,
            unit_name,
        },
    }
}

fn jpt(jenis_jabatan: &str) -> bool {
    JenisJabatan::from_code(jenis_jabatan).is_some_and(|j| j.is_jpt())
}

/// The columns of [`Narrow`], in its order.
const NARROW_COLS: [Col<'static>; 11] = [
    Col::Plain("r.id"),
    Col::Plain("r.parent_id"),
    Col::Plain("r.sasaran_id"),
    Col::Float("r.bobot"),
    Col::Plain("r.cascading"),
    Col::Plain("r.urutan"),
    Col::Float("r.progres_iki"),
    Col::Float("r.kuantitas_target"),
    Col::Plain("r.kuantitas_satuan"),
    Col::Plain("r.risiko_skor"),
    Col::Plain("r.pegawai_id"),
];

/// A packed row of [`NARROW_COLS`].
#[derive(Deserialize)]
struct Narrow(
    String,
    Option<String>,
    Option<String>,
    Num,
    Option<String>,
    i64,
    Option<Num>,
    Option<Num>,
    Option<String>,
    Option<i64>,
    String,
);

fn narrow(r: Narrow, o: &Orang) -> Baris {
    let Narrow(
        id,
        parent_id,
        sasaran_id,
        bobot,
        cascading,
        urutan,
        progres,
        target,
        satuan,
        risiko,
        owner_id,
    ) = r;
    Baris {
        id,
        parent_id,
        sasaran_id,
        bobot: bobot.0,
        langsung: cascading.as_deref() == Some("LANGSUNG"),
        urutan,
        owner_id,
        owner_name: o.owner.name.clone(),
        owner_level: o.level,
        jpt: o.jpt,
        progres: progres.map(|p| p.0),
        kuantitas: target.map(|t| t.0).zip(satuan),
        risiko,
    }
}

/// What an answer shows of one RHK beyond the structure.
#[derive(Clone)]
pub(super) struct Rinci {
    pub judul: String,
    pub jenis: String,
    pub status: Option<StatusSkp>,
    pub owner: Owner,
}

/// The columns of [`RinciRow`], in its order (the RHK `r` and its SKP `s`).
const RINCI_COLS: [Col<'static>; 5] = [
    Col::Plain("r.id"),
    Col::Plain("r.judul"),
    Col::Plain("r.jenis"),
    Col::Plain("s.status"),
    Col::Plain("r.pegawai_id"),
];

#[derive(Deserialize)]
struct RinciRow(String, String, String, String, String);

/// Everything the tree of a unit needs, loaded in a handful of queries.
pub(super) struct Loaded {
    pub unit_id: String,
    pub unit_title: String,
    pub unit_head: Option<Owner>,
    pub root_unit: bool,
    /// (id, kode, nama) of the period's strategic goals.
    pub sasaran: Vec<(String, String, String)>,
    /// The RHK of the unit subtree's people.
    pub scope: Vec<Baris>,
    /// The RHK above them, up to the top of each chain.
    pub context: Vec<Baris>,
    /// People who assess someone in the subtree.
    pub leaders: HashSet<String>,
    /// The owners of the RHK in `scope` and `context`, by id, as an answer shows them.
    pub owners: HashMap<String, Owner>,
}

/// An RHK `r` belongs to the unit subtree's tree: active, of the period ($2), held by someone
/// of a unit under the path pattern ($3; $1 is the instansi). Written as nested IN lists so
/// both backends drive every scan from an index: units by path, people by unit, RHK by
/// (period, person).
const IN_SCOPE: &str = "r.instansi_id = $1 AND r.periode_id = $2 AND r.pensiun_at IS NULL \
    AND r.pegawai_id IN (SELECT p.id FROM pegawai p WHERE p.instansi_id = $1 AND p.unit_id IN \
    (SELECT u.id FROM unit_kerja u WHERE u.instansi_id = $1 AND u.path LIKE $3 ESCAPE '\\'))";

pub(super) async fn load(
    db: &Db,
    inst: &str,
    u: &unit::UnitRef,
    periode_id: &str,
) -> AppResult<Loaded> {
    let like = format!("{}%", like_escape(&u.path));
    // these queries do not depend on each other: run them side by side on separate
    // connections (SQLite's WAL lets readers run in parallel), so they cost the slowest one
    let (people, scope_rows, sasaran, info, head) = tokio::try_join!(
        subtree_people(db, inst, &like),
        scope_rows(db, inst, periode_id, &like),
        goals(db, inst, periode_id),
        async { Ok(unit::get(&db.pool, inst, &u.id).await?) },
        unit_head(db, inst, &u.id),
    )?;
    let (people, leaders) = people;
    let info = info.ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    let scope: Vec<Baris> = scope_rows
        .into_iter()
        .filter_map(|r| {
            let o = people.get(&r.10)?;
            Some(narrow(r, o))
        })
        .collect();
    // the chains above need the subtree's parents
    let (context, outside) = above(db, inst, &scope, &people).await?;
    let owners = people
        .into_iter()
        .chain(outside)
        .map(|(id, o)| (id, o.owner))
        .collect();
    Ok(Loaded {
        unit_id: u.id.clone(),
        unit_head: head.map(|h| Owner {
            unit_name: info.nama.clone(),
            ..h
        }),
        unit_title: info.nama,
        root_unit: u.level == 1,
        sasaran,
        scope,
        context,
        leaders,
        owners,
    })
}

/// The people of the subtree once (an owner has several RHK), and who assesses someone
/// active there.
async fn subtree_people(
    db: &Db,
    inst: &str,
    like: &str,
) -> AppResult<(HashMap<String, Orang>, HashSet<String>)> {
    let mut q = Sql::default();
    let (i, l) = (q.bind(inst), q.bind(like));
    let sql = packed::select(
        db.backend,
        &[
            Col::Plain("p.id"),
            Col::Plain("p.ppk_id"),
            Col::Plain("p.aktif"),
            ORANG_COLS[0],
            ORANG_COLS[1],
            ORANG_COLS[2],
            ORANG_COLS[3],
            ORANG_COLS[4],
            ORANG_COLS[5],
        ],
        // CROSS JOIN keeps SQLite's join order (units by path, then their people)
        &format!(
            "FROM unit_kerja u CROSS JOIN pegawai p CROSS JOIN jabatan j \
             WHERE u.instansi_id = {i} AND u.path LIKE {l} ESCAPE '\\' \
             AND p.instansi_id = u.instansi_id AND p.unit_id = u.id \
             AND j.instansi_id = p.instansi_id AND j.id = p.jabatan_id"
        ),
    );
    type Row = (
        String,
        Option<String>,
        i64,
        String,
        String,
        String,
        String,
        i64,
        String,
    );
    let rows: Vec<Row> = packed::fetch(db, &q, &sql).await?;
    let mut people: HashMap<String, Orang> = HashMap::with_capacity(rows.len());
    let mut leaders: HashSet<String> = HashSet::new();
    for (id, ppk_id, aktif, name, nip, jenis, jabatan, level, unit_name) in rows {
        if aktif == 1 {
            leaders.extend(ppk_id);
        }
        let o = orang(id.clone(), name, nip, jenis, jabatan, level, unit_name);
        people.insert(id, o);
    }
    Ok((people, leaders))
}

/// The active RHK of the subtree's people in the period, as narrow rows.
async fn scope_rows(db: &Db, inst: &str, periode_id: &str, like: &str) -> AppResult<Vec<Narrow>> {
    let mut q = Sql::default();
    q.bind(inst);
    q.bind(periode_id);
    q.bind(like);
    let sql = packed::select(
        db.backend,
        &NARROW_COLS,
        &format!("FROM rhk r WHERE {IN_SCOPE}"),
    );
    Ok(packed::fetch(db, &q, &sql).await?)
}

/// (id, kode, nama) of the period's strategic goals.
async fn goals(db: &Db, inst: &str, periode_id: &str) -> AppResult<Vec<(String, String, String)>> {
    Ok(sqlx::query(
        "SELECT id, kode, nama FROM sasaran_strategis WHERE instansi_id = $1 AND periode_id = $2 ORDER BY kode",
    )
    .bind(inst)
    .bind(periode_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| (r.get("id"), r.get("kode"), r.get("nama")))
    .collect())
}

/// The head of the unit (the unit's name is filled in by the caller).
async fn unit_head(db: &Db, inst: &str, unit_id: &str) -> AppResult<Option<Owner>> {
    Ok(sqlx::query(
        // CROSS JOIN keeps SQLite's join order (positions of the unit, then their holders);
        // PostgreSQL plans it as any inner join
        "SELECT p.id, p.nip, p.nama, j.nama AS jabatan FROM jabatan j CROSS JOIN pegawai p \
         WHERE j.instansi_id = $1 AND j.unit_id = $2 AND j.kepala_unit = 1 \
         AND p.instansi_id = j.instansi_id AND p.jabatan_id = j.id AND p.aktif = 1 ORDER BY p.nama LIMIT 1",
    )
    .bind(inst)
    .bind(unit_id)
    .fetch_optional(&db.pool)
    .await?
    .map(|r| Owner {
        id: r.get("id"),
        name: r.get("nama"),
        nip: r.get("nip"),
        jabatan: r.get("jabatan"),
        unit_name: String::new(),
    }))
}

/// The RHK above `scope` that it does not hold, up to the top of each chain, in one
/// recursive query (`UNION` drops repeats, so bad data with a cycle still ends; CROSS JOIN
/// keeps SQLite from scanning `rhk` in each step, see `repo::skp::chain_up`), and the owners
/// of those not among `people`. Seeded with the ids from Rust: seeding it with the subtree's
/// rows in SQL made PostgreSQL take 0.9 s. The owners are a second query by id: joined into
/// the recursive one, PostgreSQL's estimate of a recursive CTE (ten times its start) made it
/// hash all of the agency's positions and units for a hundred rows.
async fn above(
    db: &Db,
    inst: &str,
    scope: &[Baris],
    people: &HashMap<String, Orang>,
) -> AppResult<(Vec<Baris>, HashMap<String, Orang>)> {
    let known: HashSet<&str> = scope.iter().map(|r| r.id.as_str()).collect();
    let start: Vec<&str> = scope
        .iter()
        .filter_map(|r| r.parent_id.as_deref())
        .filter(|p| !known.contains(p))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut rows: Vec<Narrow> = vec![];
    for chunk in packed::chunks(db.backend, &start) {
        let mut q = Sql::default();
        let i = q.bind(inst);
        let ids = packed::in_list(db.backend, &mut q, chunk);
        let sql = format!(
            "WITH RECURSIVE up (id) AS ( \
               SELECT r.id FROM rhk r WHERE r.instansi_id = {i} AND r.id {ids} \
               UNION SELECT r.parent_id FROM up CROSS JOIN rhk r \
               WHERE r.instansi_id = {i} AND r.id = up.id AND r.parent_id IS NOT NULL) {}",
            packed::select(
                db.backend,
                &NARROW_COLS,
                &format!("FROM rhk r WHERE r.instansi_id = {i} AND r.id IN (SELECT id FROM up)"),
            )
        );
        let found: Vec<Narrow> = packed::fetch(db, &q, &sql).await?;
        rows.extend(
            found
                .into_iter()
                .filter(|r| !known.contains(r.0.as_str()) && seen.insert(r.0.clone())),
        );
    }
    let missing: Vec<&str> = rows
        .iter()
        .map(|r| r.10.as_str())
        .filter(|p| !people.contains_key(*p))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let outside = owners(db, inst, &missing).await?;
    let context = rows
        .into_iter()
        .filter_map(|r| {
            let o = people.get(&r.10).or_else(|| outside.get(&r.10))?;
            Some(narrow(r, o))
        })
        .collect();
    Ok((context, outside))
}

/// People by id, with their position and unit.
async fn owners(db: &Db, inst: &str, ids: &[&str]) -> AppResult<HashMap<String, Orang>> {
    let mut out = HashMap::with_capacity(ids.len());
    if ids.is_empty() {
        return Ok(out);
    }
    let mut cols = vec![Col::Plain("p.id")];
    cols.extend(ORANG_COLS);
    for chunk in packed::chunks(db.backend, ids) {
        let mut q = Sql::default();
        let i = q.bind(inst);
        let list = packed::in_list(db.backend, &mut q, chunk);
        let sql = packed::select(
            db.backend,
            &cols,
            // CROSS JOIN keeps SQLite's join order (the people, then their position and unit)
            &format!(
                "FROM pegawai p CROSS JOIN jabatan j CROSS JOIN unit_kerja u \
                 WHERE p.instansi_id = {i} AND p.id {list} \
                 AND j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
                 AND u.instansi_id = p.instansi_id AND u.id = p.unit_id"
            ),
        );
        let rows: Vec<(String, String, String, String, String, i64, String)> =
            packed::fetch(db, &q, &sql).await?;
        for (id, name, nip, jenis, jabatan, level, unit_name) in rows {
            let o = orang(id.clone(), name, nip, jenis, jabatan, level, unit_name);
            out.insert(id, o);
        }
    }
    Ok(out)
}

/// Titles, status and owners of the given RHK (the owners from `owners`, as loaded with the
/// tree, so only the RHK and its SKP are read here).
pub(super) async fn rinci(
    db: &Db,
    inst: &str,
    ids: &[&str],
    owners: &HashMap<String, Owner>,
) -> AppResult<HashMap<String, Rinci>> {
    let mut out = HashMap::with_capacity(ids.len());
    for chunk in packed::chunks(db.backend, ids) {
        let mut q = Sql::default();
        let i = q.bind(inst);
        let list = packed::in_list(db.backend, &mut q, chunk);
        let sql = packed::select(
            db.backend,
            &RINCI_COLS,
            &format!(
                "FROM rhk r JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id \
                 WHERE r.instansi_id = {i} AND r.id {list}"
            ),
        );
        let rows: Vec<RinciRow> = packed::fetch(db, &q, &sql).await?;
        out.extend(rows.into_iter().filter_map(|r| {
            let RinciRow(id, judul, jenis, status, pegawai_id) = r;
            let owner = owners.get(&pegawai_id)?.clone();
            Some((
                id,
                Rinci {
                    judul,
                    jenis,
                    status: StatusSkp::from_code(&status),
                    owner,
                },
            ))
        }));
    }
    Ok(out)
}
