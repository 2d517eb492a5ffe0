//! `rantai backup` and `rantai restore` (SQLite): an online backup taken while the pool is in
//! use holds exactly what was committed before it, and is checked; a restore into a new file
//! round-trips every table; refusals: an existing backup file, an existing target, a file that
//! is not a Rantai database; PostgreSQL points to pg_dump / pg_restore.

use app::backend::backup::{backup, restore, sqlite_file};
use app::backend::Db;
use rantai_tests::{Org, TestDb};

fn temp(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("rantai-{name}-{}.db", uuid::Uuid::new_v4()))
}

async fn count(db: &Db, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_and_restore_round_trip() {
    let t = TestDb::sqlite().await;
    Org::build(&t.db).await;
    let pegawai = count(&t.db, "pegawai").await;
    let audit = count(&t.db, "audit_log").await;
    assert!(pegawai > 0 && audit > 0);

    // online: another connection of the pool holds an open read transaction meanwhile
    let mut reader = t.db.pool.begin().await.unwrap();
    let _: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM unit_kerja")
        .fetch_one(&mut *reader)
        .await
        .unwrap();
    let file = temp("backup");
    let isi = backup(&t.db, &file).await.expect("backup");
    reader.rollback().await.unwrap();
    let rows = |isi: &app::backend::backup::Isi, table: &str| {
        isi.tables.iter().find(|(n, _)| n == table).map(|(_, c)| *c)
    };
    assert_eq!(rows(&isi, "pegawai"), Some(pegawai));
    assert_eq!(rows(&isi, "audit_log"), Some(audit));
    assert!(isi.bytes > 0);

    // a write after the backup is not in it
    sqlx::query(
        "INSERT INTO audit_log (instansi_id, id, akun_id, aksi, entitas, entitas_id, sebelum, sesudah, at) \
         SELECT instansi_id, 'after-backup', NULL, 'create', 'x', 'x', NULL, NULL, '2026-01-01T00:00:00Z' \
         FROM instansi LIMIT 1",
    )
    .execute(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(count(&t.db, "audit_log").await, audit + 1);

    // never over an existing file
    assert!(backup(&t.db, &file).await.unwrap_err().contains("exists"));

    let target = temp("restored");
    let url = target.to_str().unwrap().to_string();
    let restored = restore(&url, &file).await.expect("restore");
    assert_eq!(restored.tables, isi.tables, "every table round-trips");
    let db = Db::connect(&url).await.unwrap();
    assert_eq!(count(&db, "pegawai").await, pegawai);
    assert_eq!(count(&db, "audit_log").await, audit);
    // the restored file is a working database: accounts still sign in
    let hash: String =
        sqlx::query_scalar("SELECT password_hash FROM akun WHERE username = 'staff1a'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert!(hash.starts_with("$argon2"));
    db.pool.close().await;

    // never over data
    let again = restore(&url, &file).await.unwrap_err();
    assert!(again.contains("exists"), "{again}");
    assert!(!target.with_extension("restore-tmp").exists());

    // a file that is no Rantai database
    let junk = temp("junk");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let e = restore(temp("t2").to_str().unwrap(), &junk)
        .await
        .unwrap_err();
    assert!(e.contains("not a") || e.contains("integrity"), "{e}");
    let empty = temp("empty");
    let e = {
        let blank = Db::connect(empty.to_str().unwrap()).await.unwrap();
        sqlx::query("CREATE TABLE x (a INTEGER)")
            .execute(&blank.pool)
            .await
            .unwrap();
        blank.pool.close().await;
        restore(temp("t3").to_str().unwrap(), &empty)
            .await
            .unwrap_err()
    };
    assert!(e.contains("not a Rantai database"), "{e}");
    for f in [file, target, junk, empty] {
        let _ = std::fs::remove_file(&f);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_uses_its_own_tools() {
    assert!(sqlite_file("postgres://postgres@127.0.0.1/test").is_none());
    assert_eq!(
        sqlite_file("rantai.db").unwrap(),
        std::path::PathBuf::from("rantai.db")
    );
    assert_eq!(
        sqlite_file("sqlite:///tmp/x.db?mode=rwc").unwrap(),
        std::path::PathBuf::from("/tmp/x.db")
    );
    let e = restore(
        "postgres://postgres@127.0.0.1/test",
        std::path::Path::new("x"),
    )
    .await
    .unwrap_err();
    assert!(e.contains("pg_restore"), "{e}");
    if let Some(t) = TestDb::postgres().await {
        let e = backup(&t.db, &temp("pg")).await.unwrap_err();
        assert!(e.contains("pg_dump"), "{e}");
    }
}
