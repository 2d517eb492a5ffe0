//! The data model stays distributable by instansi (Citus): every table has `instansi_id`, and
//! every primary and foreign key includes it. The audit log is append-only.

use rantai_tests::{on_both, TestDb};
use sqlx::Row;

async fn keys(t: &TestDb) -> Vec<(String, String, Vec<String>)> {
    // (table, constraint kind, columns)
    let mut out = vec![];
    match t.db.backend {
        app::backend::db::Backend::Sqlite => {
            let tables = sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'")
                .fetch_all(&t.db.pool)
                .await
                .unwrap();
            for tr in tables {
                let table: String = tr.get("name");
                let cols = sqlx::query(&format!(
                    "SELECT name, pk FROM pragma_table_info('{table}')"
                ))
                .fetch_all(&t.db.pool)
                .await
                .unwrap();
                let all: Vec<String> = cols.iter().map(|c| c.get("name")).collect();
                out.push((table.clone(), "TABLE".into(), all));
                let pk: Vec<String> = cols
                    .iter()
                    .filter(|c| c.get::<i64, _>("pk") > 0)
                    .map(|c| c.get("name"))
                    .collect();
                out.push((table.clone(), "PK".into(), pk));
                let fks = sqlx::query(&format!(
                    "SELECT id, \"from\" AS col FROM pragma_foreign_key_list('{table}')"
                ))
                .fetch_all(&t.db.pool)
                .await
                .unwrap();
                let mut by_id: std::collections::BTreeMap<i64, Vec<String>> = Default::default();
                for f in fks {
                    by_id.entry(f.get("id")).or_default().push(f.get("col"));
                }
                for (_, cols) in by_id {
                    out.push((table.clone(), "FK".into(), cols));
                }
            }
        }
        app::backend::db::Backend::Postgres => {
            let tables = sqlx::query("SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'")
                .fetch_all(&t.db.pool)
                .await
                .unwrap();
            for tr in tables {
                let table: String = tr.get("t");
                let cols = sqlx::query("SELECT column_name::text AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1")
                    .bind(&table)
                    .fetch_all(&t.db.pool)
                    .await
                    .unwrap();
                out.push((
                    table.clone(),
                    "TABLE".into(),
                    cols.iter().map(|c| c.get("c")).collect(),
                ));
            }
            let cons = sqlx::query(
                "SELECT tc.table_name::text AS t, tc.constraint_type::text AS k, string_agg(kcu.column_name::text, ',') AS cols \
                 FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu \
                   ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema \
                 WHERE tc.table_schema = 'public' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') \
                   AND tc.table_name NOT LIKE '_sqlx%' \
                 GROUP BY tc.table_name, tc.constraint_name, tc.constraint_type",
            )
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
            for c in cons {
                let kind = if c.get::<String, _>("k") == "PRIMARY KEY" {
                    "PK"
                } else {
                    "FK"
                };
                let cols: String = c.get("cols");
                out.push((
                    c.get("t"),
                    kind.into(),
                    cols.split(',').map(str::to_string).collect(),
                ));
            }
        }
    }
    out
}

async fn every_table_and_key_carries_instansi_id(t: TestDb) {
    let keys = keys(&t).await;
    assert!(keys.iter().filter(|k| k.1 == "TABLE").count() >= 9);
    assert!(
        keys.iter().any(|k| k.1 == "FK"),
        "foreign keys must be found"
    );
    for (table, kind, cols) in &keys {
        assert!(
            cols.iter().any(|c| c == "instansi_id"),
            "{kind} of {table} lacks instansi_id: {cols:?}"
        );
    }
    for table in keys.iter().filter(|k| k.1 == "TABLE").map(|k| &k.0) {
        assert!(
            keys.iter().any(|k| &k.0 == table && k.1 == "PK"),
            "{table} has no primary key"
        );
    }
}
on_both!(every_table_and_key_carries_instansi_id);

async fn audit_log_is_append_only(t: TestDb) {
    rantai_tests::Org::build(&t.db).await;
    let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM audit_log")
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
        .get("n");
    assert!(n > 10);
    assert!(sqlx::query("UPDATE audit_log SET aksi = 'x'")
        .execute(&t.db.pool)
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM audit_log")
        .execute(&t.db.pool)
        .await
        .is_err());
    let after: i64 = sqlx::query("SELECT COUNT(*) AS n FROM audit_log")
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
        .get("n");
    assert_eq!(n, after);
}
on_both!(audit_log_is_append_only);

async fn a_failed_transaction_leaves_no_audit_row(t: TestDb) {
    let org = rantai_tests::Org::build(&t.db).await;
    let before: i64 = sqlx::query("SELECT COUNT(*) AS n FROM audit_log")
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
        .get("n");
    let mut tx = t.db.begin().await.unwrap();
    let parent = org.units["root"].clone();
    app::backend::repo::unit::insert(
        &mut tx,
        &org.instansi_a,
        None,
        app::backend::repo::unit::NewUnit {
            kode: "X",
            nama: "X",
            parent: Some(&parent),
        },
    )
    .await
    .unwrap();
    // a duplicate kode fails inside the same transaction, which is then rolled back
    let dup = app::backend::repo::unit::insert(
        &mut tx,
        &org.instansi_a,
        None,
        app::backend::repo::unit::NewUnit {
            kode: "X",
            nama: "Y",
            parent: Some(&parent),
        },
    )
    .await;
    assert!(dup.is_err());
    drop(tx);
    let after: i64 = sqlx::query("SELECT COUNT(*) AS n FROM audit_log")
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
        .get("n");
    assert_eq!(before, after);
    let units: i64 = sqlx::query("SELECT COUNT(*) AS n FROM unit_kerja WHERE kode = 'X'")
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
        .get("n");
    assert_eq!(units, 0);
}
on_both!(a_failed_transaction_leaves_no_audit_row);
