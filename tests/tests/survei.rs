//! 360° behaviour feedback through the API on SQLite and PostgreSQL: the anonymity threshold
//! (small groups pooled or withheld), single-use and expiring links, bad input, who may read
//! the results (per role), the audit trail, and that no stored column leads from a response
//! back to its author.

use http::StatusCode;
use rantai_tests::http::{Client, Reply};
use rantai_tests::{on_both, Org, TestDb};
use serde_json::{json, Value};
use sqlx::Row;

const VALUES: [&str; 7] = [
    "BERORIENTASI_PELAYANAN",
    "AKUNTABEL",
    "KOMPETEN",
    "HARMONIS",
    "LOYAL",
    "ADAPTIF",
    "KOLABORATIF",
];

fn answer(score: i64, comment: &str) -> Value {
    let scores: serde_json::Map<String, Value> = VALUES
        .iter()
        .map(|v| (v.to_string(), json!(score)))
        .collect();
    json!({ "scores": scores, "comment": comment })
}

fn ok(r: &Reply, status: StatusCode) -> Value {
    assert_eq!(r.status, status, "{}", r.json);
    r.json.clone()
}

/// A round for `subject`, started by `by`.
async fn start(t: &TestDb, by: &str, subject: &str) -> (Client, String) {
    let c = Client::as_user(&t.db, by).await;
    let s = ok(
        &c.post_json(
            &format!("/api/v1/employees/{subject}/feedback360"),
            json!({}),
        )
        .await,
        StatusCode::CREATED,
    );
    (c, s["id"].as_str().unwrap().to_string())
}

async fn invite(c: &Client, round: &str, who: &str) -> Value {
    ok(
        &c.post_json(
            &format!("/api/v1/feedback360/{round}/invitations"),
            json!({ "employee": who }),
        )
        .await,
        StatusCode::CREATED,
    )
}

/// A masyarakat link's token.
async fn link(c: &Client, round: &str) -> String {
    let l = ok(
        &c.post_json(&format!("/api/v1/feedback360/{round}/links"), json!({}))
            .await,
        StatusCode::CREATED,
    );
    let path = l["path"].as_str().unwrap();
    path.strip_prefix("/360/").unwrap().to_string()
}

async fn answer_link(t: &TestDb, token: &str, body: Value) -> Reply {
    Client::new(&t.db)
        .post_json(&format!("/api/v1/360/{token}"), body)
        .await
}

/// The caller answers their (only) pending invitation.
async fn answer_mine(t: &TestDb, user: &str, score: i64) {
    let c = Client::as_user(&t.db, user).await;
    let mine = ok(
        &c.get("/api/v1/me/feedback360-invitations").await,
        StatusCode::OK,
    );
    let id = mine[0]["id"].as_str().unwrap();
    ok(
        &c.post_json(
            &format!("/api/v1/me/feedback360-invitations/{id}/answer"),
            answer(score, ""),
        )
        .await,
        StatusCode::CREATED,
    );
}

fn rows(h: &Value) -> Vec<(String, i64, f64)> {
    h["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["group"].as_str().unwrap().to_string(),
                r["count"].as_i64().unwrap(),
                r["means"][0].as_f64().unwrap(),
            )
        })
        .collect()
}

async fn anonymity_threshold(t: TestDb) {
    let org = Org::build(&t.db).await;
    let staff1a = &org.emp["staff1a"];
    // kasi1 is staff1a's PPK: ATASAN; staff1b shares PPK and unit: REKAN
    let (kasi1, round) = start(&t, "kasi1", staff1a).await;
    let s = invite(&kasi1, &round, &org.emp["kasi1"]).await;
    assert_eq!(s["invitations"][0]["group"], "ATASAN");
    let s = invite(&kasi1, &round, &org.emp["staff1b"]).await;
    assert_eq!(s["invitations"][1]["group"], "REKAN");
    // someone from another section is no colleague
    let r = kasi1
        .post_json(
            &format!("/api/v1/feedback360/{round}/invitations"),
            json!({ "employee": org.emp["staff2"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    let mut tokens = vec![];
    for _ in 0..4 {
        tokens.push(link(&kasi1, &round).await);
    }
    for (i, tk) in tokens.iter().take(3).enumerate() {
        ok(
            &answer_link(&t, tk, answer(3 + i as i64, "Pelayanan cepat")).await,
            StatusCode::CREATED,
        );
    }
    answer_mine(&t, "kasi1", 1).await;
    answer_mine(&t, "staff1b", 2).await;
    let results = format!("/api/v1/employees/{staff1a}/feedback360");
    // a link is still open: nothing yet, so nobody can watch the figures move
    let h = ok(&kasi1.get(&results).await, StatusCode::OK);
    assert_eq!(h["finished"], false);
    assert_eq!(h["total"], 5);
    assert!(h["rows"].as_array().unwrap().is_empty());
    ok(
        &kasi1
            .post_json(&format!("/api/v1/feedback360/{round}/close"), json!({}))
            .await,
        StatusCode::OK,
    );
    let h = ok(&kasi1.get(&results).await, StatusCode::OK);
    assert_eq!(h["finished"], true);
    assert_eq!(h["threshold"], 3);
    // ATASAN (1) and REKAN (1) pool to 2 < 3: withheld, and left out of the overall
    assert_eq!(rows(&h), [("MASYARAKAT".into(), 3, 4.0)]);
    assert_eq!(h["withheld"], 2);
    assert_eq!(h["overall"]["count"], 3);
    assert_eq!(h["overall"]["means"][6], 4.0);
    assert_eq!(h["comments"].as_array().unwrap().len(), 3);
    // closed: the last link is refused
    let r = answer_link(&t, &tokens[3], answer(5, "")).await;
    assert_eq!(r.status, StatusCode::GONE, "{}", r.json);

    // kasi1's round: kadis ATASAN, kasi2 REKAN, staff1a/b BAWAHAN, three links
    let (kadis, round) = start(&t, "kadis", &org.emp["kasi1"]).await;
    for who in ["kadis", "kasi2", "staff1a", "staff1b"] {
        invite(&kadis, &round, &org.emp[who]).await;
    }
    let mut tokens = vec![];
    for _ in 0..3 {
        tokens.push(link(&kadis, &round).await);
    }
    for tk in &tokens {
        ok(
            &answer_link(&t, tk, answer(5, "")).await,
            StatusCode::CREATED,
        );
    }
    answer_mine(&t, "kadis", 4).await;
    answer_mine(&t, "kasi2", 3).await;
    answer_mine(&t, "staff1a", 2).await;
    answer_mine(&t, "staff1b", 3).await;
    // nothing pending: finished without closing
    let h = ok(
        &kadis
            .get(&format!(
                "/api/v1/employees/{}/feedback360",
                org.emp["kasi1"]
            ))
            .await,
        StatusCode::OK,
    );
    assert_eq!(h["finished"], true);
    assert_eq!(
        rows(&h),
        [("MASYARAKAT".into(), 3, 5.0), ("LAINNYA".into(), 4, 3.0)]
    );
    assert_eq!(h["withheld"], 0);
    assert_eq!(h["overall"]["count"], 7);
}
on_both!(anonymity_threshold);

async fn single_use_expiry_and_bad_input(t: TestDb) {
    let org = Org::build(&t.db).await;
    let (kasi1, round) = start(&t, "kasi1", &org.emp["staff1a"]).await;
    let tk = link(&kasi1, &round).await;
    let public = Client::new(&t.db);
    let f = ok(
        &public.get(&format!("/api/v1/360/{tk}")).await,
        StatusCode::OK,
    );
    assert_eq!(f["subject_name"], "Pegawai staff1a");
    assert_eq!(f["group"], "MASYARAKAT");
    // bad scores: one per value, named
    let mut bad = answer(3, "");
    bad["scores"]["LOYAL"] = json!(6);
    bad["scores"]["ADAPTIF"] = json!("lima");
    bad["scores"].as_object_mut().unwrap().remove("KOMPETEN");
    let r = answer_link(&t, &tk, bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    let fields: Vec<&str> = r.json["error"]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["KOMPETEN", "LOYAL", "ADAPTIF"]);
    let r = answer_link(&t, &tk, json!({})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = answer_link(&t, &tk, json!({ "scores": [1, 2] })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // the link still works after refused input, then only once
    ok(
        &answer_link(&t, &tk, answer(4, "")).await,
        StatusCode::CREATED,
    );
    let r = answer_link(&t, &tk, answer(4, "")).await;
    assert_eq!(r.status, StatusCode::GONE);
    assert_eq!(r.json["error"]["code"], "link_used");
    let r = public.get(&format!("/api/v1/360/{tk}")).await;
    assert_eq!(r.status, StatusCode::GONE);
    // unknown and malformed tokens
    let (inst, _) = tk.split_once('.').unwrap();
    for bogus in [
        format!("{inst}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        "tidak-ada".to_string(),
        format!("{inst}."),
    ] {
        let r = answer_link(&t, &bogus, answer(4, "")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{bogus}: {}", r.json);
        assert_eq!(r.json["error"]["code"], "link_unknown");
    }
    // expired
    let old = link(&kasi1, &round).await;
    sqlx::query(
        "UPDATE undangan_360 SET expires_at = '2000-01-01T00:00:00.000Z' WHERE used_at IS NULL",
    )
    .execute(&t.db.pool)
    .await
    .unwrap();
    let r = answer_link(&t, &old, answer(4, "")).await;
    assert_eq!(r.status, StatusCode::GONE);
    assert_eq!(r.json["error"]["code"], "link_expired");
    // two answers racing on one link: exactly one counts
    let race = link(&kasi1, &round).await;
    let (a, b) = tokio::join!(
        answer_link(&t, &race, answer(2, "")),
        answer_link(&t, &race, answer(2, ""))
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::GONE]);
    let n: i64 = sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM tanggapan_360")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 2);
    // an internal invitation: only its invitee, only once
    invite(&kasi1, &round, &org.emp["staff1b"]).await;
    let staff1b = Client::as_user(&t.db, "staff1b").await;
    let mine = ok(
        &staff1b.get("/api/v1/me/feedback360-invitations").await,
        StatusCode::OK,
    );
    let id = mine[0]["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/me/feedback360-invitations/{id}/answer");
    let other = Client::as_user(&t.db, "staff2").await;
    assert_eq!(
        other.post_json(&path, answer(3, "")).await.status,
        StatusCode::NOT_FOUND
    );
    ok(
        &staff1b.post_json(&path, answer(3, "")).await,
        StatusCode::CREATED,
    );
    assert_eq!(
        staff1b.post_json(&path, answer(3, "")).await.status,
        StatusCode::GONE
    );
    let mine = ok(
        &staff1b.get("/api/v1/me/feedback360-invitations").await,
        StatusCode::OK,
    );
    assert!(mine.as_array().unwrap().is_empty());
}
on_both!(single_use_expiry_and_bad_input);

async fn who_may_read_and_manage(t: TestDb) {
    let org = Org::build(&t.db).await;
    let staff1a = org.emp["staff1a"].clone();
    let (kasi1, round) = start(&t, "kasi1", &staff1a).await;
    let results = format!("/api/v1/employees/{staff1a}/feedback360");
    // the subject, their PPK (kasi1), heads above (kadis, kepala) and the admin
    for user in ["staff1a", "kasi1", "kadis", "kepala", "admin"] {
        let c = Client::as_user(&t.db, user).await;
        assert_eq!(c.get(&results).await.status, StatusCode::OK, "{user}");
    }
    // a peer, an unrelated employee, the auditor, another instansi's admin
    for user in ["staff1b", "staff2", "kasi2", "auditor", "adminb"] {
        let c = Client::as_user(&t.db, user).await;
        assert_eq!(
            c.get(&results).await.status,
            StatusCode::FORBIDDEN,
            "{user}"
        );
        let r = c
            .post_json(&format!("/api/v1/feedback360/{round}/links"), json!({}))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{user}");
        let r = c
            .post_json(
                &format!("/api/v1/employees/{staff1a}/feedback360"),
                json!({}),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{user}");
    }
    // without a session
    assert_eq!(
        Client::new(&t.db).get(&results).await.status,
        StatusCode::UNAUTHORIZED
    );
    // one round per year
    let r = kasi1
        .post_json(
            &format!("/api/v1/employees/{staff1a}/feedback360"),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    // the employee may ask for their own
    let (_, _) = start(&t, "staff2", &org.emp["staff2"]).await;
}
on_both!(who_may_read_and_manage);

async fn audited_and_author_not_recoverable(t: TestDb) {
    let org = Org::build(&t.db).await;
    let (kasi1, round) = start(&t, "kasi1", &org.emp["staff1a"]).await;
    invite(&kasi1, &round, &org.emp["staff1b"]).await;
    let tk = link(&kasi1, &round).await;
    ok(
        &answer_link(&t, &tk, answer(4, "Ramah")).await,
        StatusCode::CREATED,
    );
    answer_mine(&t, "staff1b", 2).await;
    ok(
        &kasi1
            .post_json(&format!("/api/v1/feedback360/{round}/close"), json!({}))
            .await,
        StatusCode::OK,
    );
    let log = app::backend::audit::for_entity(&t.db.pool, &org.instansi_a, "survei_360", &round)
        .await
        .unwrap();
    let aksi: Vec<&str> = log.iter().map(|e| e.aksi.as_str()).collect();
    assert_eq!(
        aksi,
        [
            "create",
            "invite",
            "create_link",
            "answer",
            "answer",
            "close"
        ]
    );
    for e in log.iter().filter(|e| e.aksi == "answer") {
        assert_eq!(e.akun_id, None, "an answer's audit entry names no account");
        assert_eq!(e.sesudah.as_ref().unwrap().as_object().unwrap().len(), 1);
    }
    // the token itself is never stored or logged
    let secret = tk.split_once('.').unwrap().1;
    let dump: Vec<String> = sqlx::query("SELECT COALESCE(sesudah, '') AS s FROM audit_log")
        .fetch_all(&t.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("s"))
        .collect();
    assert!(dump.iter().all(|s| !s.contains(secret)));
    let hashes: Vec<Option<String>> = sqlx::query("SELECT token_hash FROM undangan_360")
        .fetch_all(&t.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("token_hash"))
        .collect();
    assert!(hashes.iter().all(|h| h.as_deref() != Some(secret)));
    // a response row has only the round, the group, the scores and the comment
    let rows = sqlx::query("SELECT * FROM tanggapan_360")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    let mut cols: Vec<String> = rows[0]
        .columns()
        .iter()
        .map(|c| sqlx::Column::name(c).to_string())
        .collect();
    cols.sort();
    let mut want = vec![
        "instansi_id",
        "id",
        "survei_id",
        "kelompok",
        "komentar",
        "berorientasi_pelayanan",
        "akuntabel",
        "kompeten",
        "harmonis",
        "loyal",
        "adaptif",
        "kolaboratif",
    ];
    want.sort();
    assert_eq!(cols, want);
    for r in &rows {
        // a random id (UUID version 4), not a time-ordered one
        let id: String = r.get("id");
        assert_eq!(id.as_bytes()[14], b'4', "{id}");
    }
    // an invitation keeps only the day it was used
    let used: Vec<String> =
        sqlx::query("SELECT used_at FROM undangan_360 WHERE used_at IS NOT NULL")
            .fetch_all(&t.db.pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get("used_at"))
            .collect();
    assert_eq!(used.len(), 2);
    assert!(used.iter().all(|u| u.len() == 10));
    // the results name nobody
    let h = ok(
        &kasi1
            .get(&format!(
                "/api/v1/employees/{}/feedback360",
                org.emp["staff1a"]
            ))
            .await,
        StatusCode::OK,
    );
    let text = h.to_string();
    assert!(!text.contains(&org.emp["staff1b"]) && !text.contains("Pegawai staff1b"));
    assert_eq!(h["withheld"], 2);
}
on_both!(audited_and_author_not_recoverable);

async fn documented_in_openapi(t: TestDb) {
    let doc = Client::new(&t.db).get("/api/v1/openapi.json").await.json;
    for p in [
        "/api/v1/employees/{id}/feedback360",
        "/api/v1/360/{token}",
        "/api/v1/feedback360/{id}/links",
    ] {
        assert!(doc["paths"][p].is_object(), "{p}");
    }
}
on_both!(documented_in_openapi);
