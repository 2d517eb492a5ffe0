//! The leader dashboard of the whole agency on the synthetic agency of 100,000 employees
//! (`seed synthetic --employees 100000`), on SQLite and PostgreSQL, through the real router
//! (`GET /api/v1/dashboard?unit=<root>`, as the agency's admin). The first read builds the
//! period's aggregates (timed once, reported on stderr); the benchmark times the reads after.
//!
//!     CARGO_TARGET_DIR=/root/.cache/rantai-target cargo bench -p server --bench dashboard
//!
//! Seeding takes a while (about 20–50 s per backend); it is not timed.

mod common;
mod signed_in;

use std::time::{Duration, Instant};

use app::backend::Db;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use signed_in::{get, sign_in, Session};

const EMPLOYEES: usize = 100_000;
const SEED: u64 = 1;

struct Setup {
    session: Session,
    root: String,
}

async fn setup(db: &Db) -> Setup {
    let summary = server::seed::synthetic::run(db, EMPLOYEES, SEED)
        .await
        .expect("seed");
    let root: String = sqlx::query_scalar(
        "SELECT id FROM unit_kerja WHERE instansi_id = $1 AND parent_id IS NULL",
    )
    .bind(&summary.instansi_id)
    .fetch_one(&db.pool)
    .await
    .expect("root unit");
    let admin = server::seed::synthetic::admin_username(EMPLOYEES, SEED);
    Setup {
        session: sign_in(db, &admin).await,
        root,
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
    let mut group = c.benchmark_group("dashboard_100k");
    group
        .sample_size(30)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (name, db) in &dbs {
        let s = rt.block_on(setup(db));
        let api = format!("/api/v1/dashboard?unit={}", s.root);
        let t = Instant::now();
        let size = rt.block_on(get(&s.session, &api));
        eprintln!(
            "{name}: first read (builds the aggregates) {:.0} ms, answer {} KB",
            t.elapsed().as_secs_f64() * 1000.0,
            size / 1024
        );
        group.bench_function(format!("{name}/whole_agency"), |b| {
            b.iter(|| rt.block_on(get(&s.session, &api)))
        });
    }
    group.finish();
    rt.block_on(common::clean_up(sqlite, &path, pg));
}

criterion_group!(benches, bench);
criterion_main!(benches);
