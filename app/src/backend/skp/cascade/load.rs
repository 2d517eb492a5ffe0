//! The SQL of the cascade. The tree is built from narrow rows (what the structure, the
//! roll-up and the flags need, read from the summary stored on each RHK row); titles and
//! owners are then read only for the nodes an answer shows.

use std::collections::{HashMap, HashSet};

use sqlx::any::AnyRow;
use sqlx::Row;

use crate::backend::authz::Sql;
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

const CONTEXT_COLS: &str = "p.nama, j.jenis AS jenis_jabatan, u.level AS unit_level FROM rhk r \
    JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id \
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
    JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id";

/// An owner as the tree needs them.
struct Orang {
    name: String,
    level: i64,
    jpt: bool,
}

fn jpt(jenis_jabatan: &str) -> bool {
    JenisJabatan::from_code(jenis_jabatan).is_some_and(|j| j.is_jpt())
}

const NARROW_COLS: &str =
    "r.id, r.parent_id, r.sasaran_id, r.bobot, r.cascading, r.urutan, r.progres_iki, \
    r.kuantitas_target, r.kuantitas_satuan, r.risiko_skor, r.pegawai_id";

fn narrow(r: &AnyRow, owner_id: String, o: &Orang) -> Baris {
    Baris {
        id: r.get("id"),
        parent_id: r.get("parent_id"),
        sasaran_id: r.get("sasaran_id"),
        bobot: r.get("bobot"),
        langsung: r.get::<Option<String>, _>("cascading").as_deref() == Some("LANGSUNG"),
        urutan: r.get("urutan"),
        owner_id,
        owner_name: o.name.clone(),
        owner_level: o.level,
        jpt: o.jpt,
        progres: r.get("progres_iki"),
        kuantitas: r
            .get::<Option<f64>, _>("kuantitas_target")
            .zip(r.get::<Option<String>, _>("kuantitas_satuan")),
        risiko: r.get("risiko_skor"),
    }
}

/// A row of [`CONTEXT_COLS`] (the RHK above the subtree, with their owners joined).
fn to_baris(r: &AnyRow) -> Baris {
    let o = Orang {
        name: r.get("nama"),
        level: r.get("unit_level"),
        jpt: jpt(&r.get::<String, _>("jenis_jabatan")),
    };
    narrow(r, r.get("pegawai_id"), &o)
}

/// What an answer shows of one RHK beyond the structure.
#[derive(Clone)]
pub(super) struct Rinci {
    pub judul: String,
    pub jenis: String,
    pub status: Option<StatusSkp>,
    pub owner: Owner,
}

const RINCI_COLS: &str =
    "r.id, r.judul, r.jenis, s.status, p.id AS pid, p.nip, p.nama, j.nama AS jabatan, \
    u.nama AS unit_nama \
    FROM rhk r \
    JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id \
    JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id \
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
    JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id";

fn to_rinci(r: &AnyRow) -> (String, Rinci) {
    (
        r.get("id"),
        Rinci {
            judul: r.get("judul"),
            jenis: r.get("jenis"),
            status: StatusSkp::from_code(&r.get::<String, _>("status")),
            owner: Owner {
                id: r.get("pid"),
                name: r.get("nama"),
                nip: r.get("nip"),
                jabatan: r.get("jabatan"),
                unit_name: r.get("unit_nama"),
            },
        },
    )
}

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
        .iter()
        .filter_map(|r| {
            let owner_id: String = r.get("pegawai_id");
            let o = people.get(&owner_id)?;
            Some(narrow(r, owner_id, o))
        })
        .collect();
    // the chains above need the subtree's parents
    let context = above(db, inst, &scope).await?;
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
    })
}

/// The people of the subtree once (an owner has several RHK), and who assesses someone
/// active there.
async fn subtree_people(
    db: &Db,
    inst: &str,
    like: &str,
) -> AppResult<(HashMap<String, Orang>, HashSet<String>)> {
    let mut people: HashMap<String, Orang> = HashMap::new();
    let mut leaders: HashSet<String> = HashSet::new();
    for r in sqlx::query(
        // CROSS JOIN keeps SQLite's join order (units by path, then their people)
        "SELECT p.id, p.nama, p.ppk_id, p.aktif, j.jenis, u.level FROM unit_kerja u \
         CROSS JOIN pegawai p CROSS JOIN jabatan j \
         WHERE u.instansi_id = $1 AND u.path LIKE $2 ESCAPE '\\' \
         AND p.instansi_id = u.instansi_id AND p.unit_id = u.id \
         AND j.instansi_id = p.instansi_id AND j.id = p.jabatan_id",
    )
    .bind(inst)
    .bind(like)
    .fetch_all(&db.pool)
    .await?
    {
        if r.get::<i64, _>("aktif") == 1 {
            leaders.extend(r.get::<Option<String>, _>("ppk_id"));
        }
        people.insert(
            r.get("id"),
            Orang {
                name: r.get("nama"),
                level: r.get("level"),
                jpt: jpt(&r.get::<String, _>("jenis")),
            },
        );
    }
    Ok((people, leaders))
}

/// The active RHK of the subtree's people in the period, as narrow rows.
async fn scope_rows(db: &Db, inst: &str, periode_id: &str, like: &str) -> AppResult<Vec<AnyRow>> {
    Ok(
        sqlx::query(&format!("SELECT {NARROW_COLS} FROM rhk r WHERE {IN_SCOPE}"))
            .bind(inst)
            .bind(periode_id)
            .bind(like)
            .fetch_all(&db.pool)
            .await?,
    )
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
/// keeps SQLite from scanning `rhk` in each step, see `repo::skp::chain_up`). Seeded with the
/// ids from Rust: seeding it with the subtree's rows in SQL made PostgreSQL take 0.9 s.
async fn above(db: &Db, inst: &str, scope: &[Baris]) -> AppResult<Vec<Baris>> {
    let known: HashSet<&str> = scope.iter().map(|r| r.id.as_str()).collect();
    let start: Vec<&str> = scope
        .iter()
        .filter_map(|r| r.parent_id.as_deref())
        .filter(|p| !known.contains(p))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = vec![];
    for chunk in start.chunks(500) {
        let mut q = Sql::default();
        let i = q.bind(inst);
        let ids: Vec<String> = chunk.iter().map(|id| q.bind(id)).collect();
        let sql = format!(
            "WITH RECURSIVE up (id) AS ( \
               SELECT r.id FROM rhk r WHERE r.instansi_id = {i} AND r.id IN ({}) \
               UNION SELECT r.parent_id FROM up CROSS JOIN rhk r \
               WHERE r.instansi_id = {i} AND r.id = up.id AND r.parent_id IS NOT NULL) \
             SELECT {NARROW_COLS}, {CONTEXT_COLS} WHERE r.instansi_id = {i} AND r.id IN (SELECT id FROM up)",
            ids.join(", ")
        );
        for r in q
            .query(&sql)
            .fetch_all(&db.pool)
            .await?
            .iter()
            .map(to_baris)
        {
            if !known.contains(r.id.as_str()) && seen.insert(r.id.clone()) {
                out.push(r);
            }
        }
    }
    Ok(out)
}

/// Titles, status and owners of the given RHK.
pub(super) async fn rinci(db: &Db, inst: &str, ids: &[&str]) -> AppResult<HashMap<String, Rinci>> {
    let mut out = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let mut q = Sql::default();
        let i = q.bind(inst);
        let list: Vec<String> = chunk.iter().map(|id| q.bind(id)).collect();
        let sql = format!(
            "SELECT {RINCI_COLS} WHERE r.instansi_id = {i} AND r.id IN ({})",
            list.join(", ")
        );
        out.extend(
            q.query(&sql)
                .fetch_all(&db.pool)
                .await?
                .iter()
                .map(to_rinci),
        );
    }
    Ok(out)
}
