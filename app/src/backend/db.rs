//! One pool for both backends: `sqlx::AnyPool` runs the same `$1` queries on SQLite and
//! PostgreSQL, chosen by the URL. Migrations are per backend (`migrations/<backend>`).

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};
use std::time::Duration;

static MIGRATOR_SQLITE: Migrator = sqlx::migrate!("../migrations/sqlite");
static MIGRATOR_POSTGRES: Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

/// `rantai.db` → `sqlite://rantai.db?mode=rwc`; URLs with a scheme pass unchanged.
pub fn normalise_url(url: &str) -> String {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        url.to_string()
    } else if url.starts_with("sqlite:") {
        if url.contains("mode=") || url.contains(":memory:") {
            url.to_string()
        } else {
            let sep = if url.contains('?') { '&' } else { '?' };
            format!("{url}{sep}mode=rwc")
        }
    } else {
        format!("sqlite://{url}?mode=rwc")
    }
}

impl Db {
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let url = normalise_url(url);
        let backend = if url.starts_with("postgres") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        };
        let opts = AnyPoolOptions::new()
            .acquire_timeout(Duration::from_secs(10))
            .idle_timeout(Duration::from_secs(300));
        let pool = match backend {
            // WAL lets readers run beside the single writer; NORMAL sync is durable across a
            // process crash (the WAL is fsynced at checkpoints and on commit of the WAL frame).
            // Reads go through a shared memory map (1 GiB) instead of copying pages into each
            // connection's small default cache: the 100k-employee file is several hundred MB.
            Backend::Sqlite => {
                opts.max_connections(8)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                                 PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -16384; \
                                 PRAGMA temp_store = MEMORY;",
                            )
                            .await?;
                            Ok(())
                        })
                    })
                    .connect(&url)
                    .await?
            }
            Backend::Postgres => opts.max_connections(16).connect(&url).await?,
        };
        Ok(Db { pool, backend })
    }

    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self.backend {
            Backend::Sqlite => MIGRATOR_SQLITE.run(&self.pool).await,
            Backend::Postgres => MIGRATOR_POSTGRES.run(&self.pool).await,
        }
    }

    /// Refreshes the planner's statistics after a bulk load (seeds, imports). PostgreSQL only:
    /// without them it estimates a 250,000-row RHK table at a handful of rows and picks nested
    /// loops over it; SQLite's queries here fix their join order and need none.
    pub async fn analyze(&self, tables: &[&str]) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Postgres && !tables.is_empty() {
            sqlx::query(&format!("ANALYZE {}", tables.join(", ")))
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// Opens a write transaction. On SQLite it takes the write lock up front (BEGIN IMMEDIATE)
    /// so two writers queue on busy_timeout instead of failing with SQLITE_BUSY on upgrade.
    pub async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }
}

/// Reads a column as text, whatever its declared type.
pub fn text(row: &AnyRow, col: &str) -> String {
    use sqlx::Row;
    row.try_get::<String, _>(col).unwrap_or_default()
}
