//! The contribution map (`GET /api/v1/employees/{id}/contributions`) of an employee in five
//! squads on the synthetic agency of 100,000 employees (`seed synthetic --employees 100000`,
//! which puts one staff member in five squads), on SQLite and PostgreSQL, through the real
//! router, as an admin.
//!
//!     CARGO_TARGET_DIR=/root/.cache/rantai-target cargo bench -p server --bench contributions
//!
//! Seeding takes a while (about 20–60 s per backend); it is not timed.

mod common;
mod signed_in;

use std::time::Duration;

use app::backend::Db;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use signed_in::{get, sign_in, Session};
use sqlx::Row;

const EMPLOYEES: usize = 100_000;
const SEED: u64 = 1;

struct Setup {
    session: Session,
    path: String,
}

async fn setup(db: &Db) -> Setup {
    let summary = server::seed::synthetic::run(db, EMPLOYEES, SEED)
        .await
        .expect("seed");
    // the employee with the most squads (the seed's five-squad member)
    let row = sqlx::query(
        "SELECT pegawai_id, COUNT(DISTINCT tim_id) AS n FROM tim_anggota WHERE instansi_id = $1 \
         AND keluar_at IS NULL GROUP BY pegawai_id ORDER BY n DESC, pegawai_id LIMIT 1",
    )
    .bind(&summary.instansi_id)
    .fetch_one(&db.pool)
    .await
    .expect("a squad member");
    let (who, n): (String, i64) = (row.get("pegawai_id"), row.get("n"));
    assert!(n >= 5, "the busiest member is in {n} squads");
    eprintln!("employee {who}: {n} squads");
    let admin = server::seed::synthetic::admin_username(EMPLOYEES, SEED);
    Setup {
        session: sign_in(db, &admin).await,
        path: format!("/api/v1/employees/{who}/contributions"),
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
    let mut group = c.benchmark_group("contributions_100k");
    group
        .sample_size(50)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (name, db) in &dbs {
        let s = rt.block_on(setup(db));
        eprintln!(
            "{name}: answer {} bytes",
            rt.block_on(get(&s.session, &s.path))
        );
        group.bench_function(format!("{name}/five_squads"), |b| {
            b.iter(|| rt.block_on(get(&s.session, &s.path)))
        });
    }
    group.finish();
    rt.block_on(common::clean_up(sqlite, &path, pg));
}

criterion_group!(benches, bench);
criterion_main!(benches);
