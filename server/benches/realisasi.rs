//! Recording a realisasi with a 1 MB PDF (`POST /api/v1/indicators/{id}/realisasi`,
//! multipart, streamed to a temp file, hashed, type-checked, renamed into place, one
//! transaction with the IKI's cumulative value, the RHK's summary and the audit row), as
//! `pegawai` of the demo agency, on SQLite and PostgreSQL, through the real router.
//!
//!     CARGO_TARGET_DIR=/root/.cache/rantai-target cargo bench -p server --bench realisasi
//!
//! The goal (issue 5): a median of at most 50 ms.

mod common;
mod signed_in;

use std::time::Duration;

use app::backend::realisasi::EvidenceStore;
use app::backend::Db;
use axum::body::{Body, Bytes};
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use http::{header, Request, StatusCode};
use sqlx::Row;
use tower::ServiceExt;

const BOUNDARY: &str = "----rantai-bench-boundary";

struct Setup {
    router: axum::Router,
    cookie: String,
    iki: Vec<String>,
    dir: std::path::PathBuf,
}

/// A 1 MB upload: a PDF header and deterministic filler, with the form's text fields.
fn form() -> Bytes {
    let mut pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut x: u32 = 0x1234_5678;
    while pdf.len() < 1 << 20 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        pdf.extend_from_slice(&x.to_le_bytes());
    }
    pdf.truncate(1 << 20);
    let mut body = vec![];
    for (k, v) in [("sub_period", "1"), ("value", "1"), ("narrative", "Bench")] {
        body.extend(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    body.extend(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bukti.pdf\"\r\n\
             Content-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend(pdf);
    body.extend(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    Bytes::from(body)
}

async fn setup(db: &Db) -> Setup {
    let dir = std::env::temp_dir().join(format!("rantai-bench-bukti-{}", uuid::Uuid::new_v4()));
    std::env::set_var("RANTAI_EVIDENCE_DIR", &dir);
    let s = server::seed::demo::run(db).await.expect("seed demo");
    let router = server::router_with(
        server::AppState::new(
            db.clone(),
            server::state::leptos_options(([127, 0, 0, 1], 3000).into()),
        ),
        EvidenceStore::new(&dir, 10 << 20),
    );
    let cookie = signed_in::cookie_for(&router, "pegawai").await;
    let iki = sqlx::query(
        "SELECT i.id FROM akun a JOIN rhk r ON r.instansi_id = a.instansi_id AND r.pegawai_id = a.pegawai_id \
         JOIN periode p ON p.instansi_id = r.instansi_id AND p.id = r.periode_id AND p.status <> 'DITUTUP' \
         JOIN iki i ON i.instansi_id = r.instansi_id AND i.rhk_id = r.id \
         WHERE a.instansi_id = $1 AND a.username = 'pegawai' ORDER BY i.id",
    )
    .bind(&s.instansi_id)
    .fetch_all(&db.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get::<String, _>("id"))
    .collect::<Vec<_>>();
    assert!(!iki.is_empty());
    Setup {
        router,
        cookie,
        iki,
        dir,
    }
}

async fn record(s: &Setup, iki: &str, body: Bytes) {
    let res = s
        .router
        .clone()
        .oneshot(
            Request::post(format!("/api/v1/indicators/{iki}/realisasi"))
                .header(header::HOST, "127.0.0.1:3000")
                .header(header::COOKIE, &s.cookie)
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={BOUNDARY}"),
                )
                .header(header::CONTENT_LENGTH, body.len())
                .body(Body::from(body))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = res.status();
    let text = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap();
    assert_eq!(
        status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&text)
    );
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
    let body = form();
    let mut group = c.benchmark_group("realisasi");
    group
        .sample_size(30)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    for (name, db) in &dbs {
        let s = rt.block_on(setup(db));
        let mut n = 0usize;
        group.bench_function(format!("{name}/record_1mb_pdf"), |b| {
            b.iter(|| {
                n += 1;
                let iki = &s.iki[n % s.iki.len()];
                rt.block_on(record(&s, iki, body.clone()))
            })
        });
        let _ = std::fs::remove_dir_all(&s.dir);
    }
    group.finish();
    rt.block_on(common::clean_up(sqlite, &path, pg));
}

criterion_group!(benches, bench);
criterion_main!(benches);
