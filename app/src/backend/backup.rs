//! Backup and restore of the embedded SQLite database. A backup is taken online (`VACUUM
//! INTO`: one consistent snapshot while the server keeps serving, written to a new file) and
//! checked; a restore copies a checked backup into the file that `DATABASE_URL` names, only
//! when that file holds nothing yet, through a temporary file and a rename (a crash never leaves
//! half a database). PostgreSQL uses its own tools (pg_dump / pg_restore, see the README).

use std::path::{Path, PathBuf};

use sqlx::Row;

use super::db::{normalise_url, Backend, Db};

/// What a backup or restore holds: the number of rows per table of the Rantai schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Isi {
    pub file: String,
    pub bytes: u64,
    pub tables: Vec<(String, i64)>,
}

fn pg_hint() -> String {
    "PostgreSQL: use pg_dump -Fc \"$DATABASE_URL\" -f FILE and pg_restore --no-owner -d \"$DATABASE_URL\" FILE (see the README)".into()
}

/// The file of a SQLite URL (`sqlite://rantai.db?mode=rwc` → `rantai.db`), none for PostgreSQL
/// or an in-memory database.
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let url = normalise_url(url);
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or("");
    (!path.is_empty() && !path.contains(":memory:")).then(|| PathBuf::from(path))
}

/// Rows per table of a database (the tables of the schema, not SQLite's own).
async fn contents(db: &Db, file: &Path) -> Result<Isi, String> {
    let names: Vec<String> = sqlx::query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(&db.pool)
    .await
    .map_err(|e| e.to_string())?
    .iter()
    .map(|r| r.get("name"))
    .collect();
    let mut tables = vec![];
    for n in names {
        let c: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{n}\""))
            .fetch_one(&db.pool)
            .await
            .map_err(|e| e.to_string())?;
        tables.push((n, c));
    }
    Ok(Isi {
        file: file.display().to_string(),
        bytes: std::fs::metadata(file).map(|m| m.len()).unwrap_or(0),
        tables,
    })
}

/// Opens a file as a Rantai SQLite database without creating or changing it, and checks it:
/// SQLite's integrity check passes and it has Rantai's migrations.
async fn open_checked(file: &Path) -> Result<Db, String> {
    if !file.is_file() {
        return Err(format!("{}: no such file", file.display()));
    }
    // read-only and without the server's pragmas (WAL would write next to the backup)
    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}?mode=ro", file.display());
    let pool = sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .connect(&url)
        .await
        .map_err(|e| format!("{}: not a SQLite database ({e})", file.display()))?;
    let db = Db {
        pool,
        backend: Backend::Sqlite,
    };
    let ok: Option<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_optional(&db.pool)
        .await
        .map_err(|e| format!("{}: not a SQLite database ({e})", file.display()))?;
    if ok.as_deref() != Some("ok") {
        return Err(format!("{}: the integrity check failed", file.display()));
    }
    let migrations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&db.pool)
        .await
        .map_err(|_| format!("{}: not a Rantai database (no migrations)", file.display()))?;
    if migrations == 0 {
        return Err(format!(
            "{}: not a Rantai database (no migrations)",
            file.display()
        ));
    }
    Ok(db)
}

/// Takes an online backup of the running SQLite database into `file` (which must not exist)
/// and checks the copy.
pub async fn backup(db: &Db, file: &Path) -> Result<Isi, String> {
    if db.backend == Backend::Postgres {
        return Err(pg_hint());
    }
    if file.exists() {
        return Err(format!(
            "{}: the file exists; choose a new name",
            file.display()
        ));
    }
    let target = file.to_str().ok_or("the backup path must be UTF-8")?;
    sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(&db.pool)
        .await
        .map_err(|e| format!("backup failed: {e}"))?;
    let copy = open_checked(file).await?;
    let isi = contents(&copy, file).await;
    copy.pool.close().await;
    isi
}

/// Restores a backup into the SQLite file that `url` names. The target must not exist or be
/// empty (never overwrites data); the copy goes to a temporary file next to it, is synced and
/// renamed into place, then migrated (a backup of an older version is brought up to date).
pub async fn restore(url: &str, file: &Path) -> Result<Isi, String> {
    if normalise_url(url).starts_with("postgres") {
        return Err(pg_hint());
    }
    let target = sqlite_file(url).ok_or("DATABASE_URL names no SQLite file")?;
    if std::fs::metadata(&target).is_ok_and(|m| m.len() > 0) {
        return Err(format!(
            "{}: the target database exists; restore into a new file (DATABASE_URL) and swap it in while the server is stopped",
            target.display()
        ));
    }
    let source = open_checked(file).await?;
    source.pool.close().await;
    let tmp = target.with_extension("restore-tmp");
    let copied = (|| {
        std::fs::copy(file, &tmp)?;
        std::fs::File::open(&tmp)?.sync_all()?;
        std::fs::rename(&tmp, &target)
    })();
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("restore failed: {e}"));
    }
    let db = Db::connect(target.to_str().ok_or("the target path must be UTF-8")?)
        .await
        .map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    let isi = contents(&db, &target).await;
    db.pool.close().await;
    isi
}
