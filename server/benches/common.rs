//! What the benchmarks share: a throwaway SQLite file and a throwaway PostgreSQL database
//! (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), and their clean-up.

use app::backend::Db;

/// A fresh migrated database, its admin URL and name; None (loudly) when unreachable.
pub async fn postgres() -> Option<(Db, String, String)> {
    let admin_url = std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    sqlx::any::install_default_drivers();
    let admin = match sqlx::AnyPool::connect(&admin_url).await {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "\n!!!! PostgreSQL at {admin_url} unreachable ({e}): benchmarking SQLite only\n"
            );
            return None;
        }
    };
    let name = format!("rantai_bench_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .expect("create database");
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').expect("URL with a database");
    let db = Db::connect(&format!("{base}/{name}"))
        .await
        .expect("connect");
    db.migrate().await.expect("migrate");
    Some((db, admin_url, name))
}

/// Drops the database made by `postgres`.
pub async fn drop_postgres(db: Db, admin_url: &str, name: &str) {
    db.pool.close().await;
    if let Ok(admin) = sqlx::AnyPool::connect(admin_url).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&admin)
            .await;
    }
}

/// A fresh migrated SQLite file in the temp directory, and its path.
pub async fn sqlite() -> (Db, std::path::PathBuf) {
    let path = std::env::temp_dir().join(format!("rantai-bench-{}.db", uuid::Uuid::new_v4()));
    let db = Db::connect(path.to_str().expect("utf-8 path"))
        .await
        .expect("sqlite");
    db.migrate().await.expect("migrate");
    (db, path)
}

/// Closes both databases and removes them (the SQLite file with its WAL).
pub async fn clean_up(sqlite: Db, path: &std::path::Path, pg: Option<(Db, String, String)>) {
    sqlite.pool.close().await;
    if let Some((db, admin_url, name)) = pg {
        drop_postgres(db, &admin_url, &name).await;
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}
