//! The cascade tree of a unit subtree of about 2,000 nodes on the synthetic agency of 100,000
//! employees (`seed synthetic --employees 100000`), on SQLite and PostgreSQL, through the
//! real router: the JSON API (`GET /api/v1/units/{id}/cascade?depth=12`, the whole subtree)
//! and the server-rendered first level of the `/cascade` page.
//!
//!     CARGO_TARGET_DIR=/root/.cache/rantai-target cargo bench -p server --bench cascade
//!
//! Seeding takes a while (about 20–40 s per backend); it is not timed.

mod common;
mod signed_in;

use std::collections::HashMap;
use std::time::Duration;

use app::backend::Db;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use signed_in::{get, sign_in, Session};
use sqlx::Row;

const EMPLOYEES: usize = 100_000;
const SEED: u64 = 1;
const TARGET_NODES: i64 = 2_000;

/// The smallest unit subtree holding at least `TARGET_NODES` RHK (the synthetic agency's
/// subtrees jump from about 700 to about 3,500 RHK between levels, so this one is larger).
async fn pick_unit(db: &Db, inst: &str) -> (String, i64) {
    let units: Vec<(String, String)> =
        sqlx::query("SELECT id, path FROM unit_kerja WHERE instansi_id = $1")
            .bind(inst)
            .fetch_all(&db.pool)
            .await
            .expect("units")
            .iter()
            .map(|r| (r.get("id"), r.get("path")))
            .collect();
    let per_unit: HashMap<String, i64> = sqlx::query(
        "SELECT p.unit_id, COUNT(*) AS n FROM rhk r JOIN pegawai p ON p.instansi_id = r.instansi_id \
         AND p.id = r.pegawai_id WHERE r.instansi_id = $1 GROUP BY p.unit_id",
    )
    .bind(inst)
    .fetch_all(&db.pool)
    .await
    .expect("counts")
    .iter()
    .map(|r| (r.get("unit_id"), r.get("n")))
    .collect();
    let path_of: HashMap<&str, &str> = units
        .iter()
        .map(|(i, p)| (i.as_str(), p.as_str()))
        .collect();
    let mut subtree: HashMap<&str, i64> = HashMap::new();
    for (unit, n) in &per_unit {
        // add the unit's count to itself and every ancestor (the ids in its path)
        for id in path_of[unit.as_str()].split('/').filter(|s| !s.is_empty()) {
            *subtree.entry(id).or_default() += n;
        }
    }
    let (id, n) = subtree
        .iter()
        .filter(|(_, n)| **n >= TARGET_NODES)
        .min_by_key(|(_, n)| **n)
        .expect("a unit");
    (id.to_string(), *n)
}

struct Setup {
    session: Session,
    unit: String,
}

async fn setup(db: &Db) -> Setup {
    let summary = server::seed::synthetic::run(db, EMPLOYEES, SEED)
        .await
        .expect("seed");
    let (unit, n) = pick_unit(db, &summary.instansi_id).await;
    eprintln!("unit {unit}: {n} RHK in its subtree");
    let admin = server::seed::synthetic::admin_username(EMPLOYEES, SEED);
    Setup {
        session: sign_in(db, &admin).await,
        unit,
    }
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (sqlite, path) = rt.block_on(common::sqlite());
    let pg = rt.block_on(common::postgres());
    let mut dbs = vec![("sqlite", sqlite.clone())];
    if let Some((db, _, _)) = &pg {
        dbs.push(("postgres", db.clone()));
    }
    let mut group = c.benchmark_group("cascade_100k");
    group
        .sample_size(30)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (name, db) in &dbs {
        let s = rt.block_on(setup(db));
        let api = format!("/api/v1/units/{}/cascade?depth=12", s.unit);
        eprintln!(
            "{name}: API answer {} KB",
            rt.block_on(get(&s.session, &api)) / 1024
        );
        group.bench_function(format!("{name}/api_subtree"), |b| {
            b.iter(|| rt.block_on(get(&s.session, &api)))
        });
        let page = format!("/cascade?unit={}", s.unit);
        group.bench_function(format!("{name}/page_first_level"), |b| {
            b.iter(|| rt.block_on(get(&s.session, &page)))
        });
    }
    group.finish();
    rt.block_on(common::clean_up(sqlite, &path, pg));
}

criterion_group!(benches, bench);
criterion_main!(benches);
