//! Test harness: a fresh database per test on SQLite (a temp file) and on PostgreSQL (a new
//! database, dropped afterwards), a small two-instansi organisation, and helpers that drive
//! the real router with `oneshot` (no network).

pub mod fixture;
pub mod http;
pub mod plan;

use app::backend::Db;

pub use fixture::Org;

/// How many audit rows name this entity.
pub async fn audit_count(db: &Db, entity: &str, id: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE entitas = $1 AND entitas_id = $2")
        .bind(entity)
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

/// The id of the first annual period the caller sees (this year's in the test organisation).
pub async fn this_year(c: &http::Client) -> String {
    c.get("/api/v1/periods").await.json["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A fresh, migrated database that cleans up after itself.
pub struct TestDb {
    pub db: Db,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

pub fn postgres_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let path = std::env::temp_dir().join(format!("rantai-test-{}.db", uuid::Uuid::new_v4()));
        let db = Db::connect(path.to_str().expect("utf-8 temp path"))
            .await
            .expect("open sqlite");
        db.migrate().await.expect("migrate sqlite");
        TestDb {
            db,
            cleanup: Cleanup::File(path),
        }
    }

    /// None (with a loud message) when PostgreSQL is unreachable, except under CI=true,
    /// where an unreachable PostgreSQL fails the test.
    pub async fn postgres() -> Option<TestDb> {
        let admin_url = postgres_url();
        sqlx::any::install_default_drivers();
        let admin = match sqlx::AnyPool::connect(&admin_url).await {
            Ok(p) => p,
            Err(e) => {
                if in_ci() {
                    panic!("PostgreSQL at {admin_url} is unreachable under CI=true: {e}");
                }
                eprintln!("\n!!!! SKIPPED: PostgreSQL at {admin_url} is unreachable ({e}); set TEST_DATABASE_URL\n");
                return None;
            }
        };
        let name = format!("rantai_t_{}", uuid::Uuid::new_v4().simple());
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .expect("create database");
        admin.close().await;
        let url = match admin_url.rsplit_once('/') {
            Some((base, _)) => format!("{base}/{name}"),
            None => panic!("TEST_DATABASE_URL needs a database path"),
        };
        let db = Db::connect(&url).await.expect("connect test database");
        db.migrate().await.expect("migrate postgres");
        Some(TestDb {
            db,
            cleanup: Cleanup::Postgres { admin_url, name },
        })
    }
}

impl TestDb {
    /// Both backends: SQLite, and PostgreSQL when reachable (see `postgres`).
    pub async fn all() -> Vec<TestDb> {
        let mut v = vec![TestDb::sqlite().await];
        v.extend(TestDb::postgres().await);
        v
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Postgres { admin_url, name } => {
                let (url, name, pool) = (admin_url.clone(), name.clone(), self.db.pool.clone());
                // Drop runs inside the test's runtime: do the async clean-up on a thread of its own.
                let _ = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build();
                    if let Ok(rt) = rt {
                        rt.block_on(async move {
                            pool.close().await;
                            if let Ok(admin) = sqlx::AnyPool::connect(&url).await {
                                let _ = sqlx::query(&format!(
                                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                                ))
                                .execute(&admin)
                                .await;
                                admin.close().await;
                            }
                        });
                    }
                })
                .join();
            }
        }
    }
}

/// Runs an async test body against SQLite and against PostgreSQL, as two tests.
#[macro_export]
macro_rules! on_both {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::TestDb::sqlite().await).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(t) = $crate::TestDb::postgres().await {
                    super::$name(t).await;
                }
            }
        }
    };
}
