//! Import of 10,000 employees (CSV and XLSX) into a fresh instansi, on SQLite (a temp file) and,
//! when reachable, PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test;
//! a throwaway database is created and dropped).
//!
//!     CARGO_TARGET_DIR=/root/.cache/rantai-target cargo bench -p server --bench import
//!
//! Each measured iteration creates a new instansi and imports its units (not timed), then
//! times `import::run_bytes` of the employees file: parse, validate every row, write 10,000
//! employees with their positions and audit rows in one transaction, commit.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use app::backend::repo::instansi;
use app::backend::Db;
use app::domain::periode::JenisPeriode;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use server::import::{self, Format, Kind, EMPLOYEE_COLUMNS, UNIT_COLUMNS};
use server::seed::synthetic;

const EMPLOYEES: usize = 10_000;

static NEXT: AtomicUsize = AtomicUsize::new(0);

fn xlsx(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).expect("xlsx header");
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                sheet
                    .write_string(r as u32 + 1, c as u16, v)
                    .expect("xlsx cell");
            }
        }
    }
    book.save_to_buffer().expect("xlsx")
}

struct Files {
    units_csv: Vec<u8>,
    employees_csv: Vec<u8>,
    employees_xlsx: Vec<u8>,
}

/// One import of the employees file into a new instansi; returns the time of that import.
async fn one(db: &Db, files: &Files, format: Format) -> Duration {
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut tx = db.begin().await.expect("begin");
    let inst = instansi::create(
        &mut tx,
        &format!("BENCH-{n}-{}", uuid::Uuid::new_v4().simple()),
        "Instansi Bench",
        JenisPeriode::Triwulanan,
    )
    .await
    .expect("instansi");
    tx.commit().await.expect("commit");
    import::run_bytes(db, &inst, None, Kind::Units, &files.units_csv, Format::Csv)
        .await
        .expect("units");
    let bytes = match format {
        Format::Csv => &files.employees_csv,
        Format::Xlsx => &files.employees_xlsx,
    };
    let started = Instant::now();
    let report = import::run_bytes(db, &inst, None, Kind::Employees, bytes, format)
        .await
        .expect("employees");
    let took = started.elapsed();
    assert_eq!(report.rows, EMPLOYEES);
    took
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (units, people) = synthetic::export(EMPLOYEES, 7);
    let files = Files {
        units_csv: import::to_csv(&UNIT_COLUMNS, &units, b','),
        employees_csv: import::to_csv(&EMPLOYEE_COLUMNS, &people, b','),
        employees_xlsx: xlsx(&EMPLOYEE_COLUMNS, &people),
    };
    eprintln!(
        "files: {} units; employees CSV {} KB, XLSX {} KB",
        units.len(),
        files.employees_csv.len() / 1024,
        files.employees_xlsx.len() / 1024
    );

    let (sqlite, path) = rt.block_on(common::sqlite());
    let pg = rt.block_on(common::postgres());

    let mut dbs = vec![("sqlite", &sqlite)];
    if let Some((db, _, _)) = &pg {
        dbs.push(("postgres", db));
    }
    let mut group = c.benchmark_group("import_10k_employees");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(10));
    for (name, db) in &dbs {
        for (fname, format) in [("csv", Format::Csv), ("xlsx", Format::Xlsx)] {
            group.bench_function(format!("{name}/{fname}"), |b| {
                b.iter_custom(|iters| {
                    rt.block_on(async {
                        let mut total = Duration::ZERO;
                        for _ in 0..iters {
                            total += one(db, &files, format).await;
                        }
                        total
                    })
                })
            });
        }
    }
    group.finish();

    rt.block_on(common::clean_up(sqlite, &path, pg));
}

criterion_group!(benches, bench);
criterion_main!(benches);
