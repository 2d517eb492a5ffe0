//! Continuous feedback and notifications through the API on SQLite and PostgreSQL: the
//! employee asks, the PPK answers (per RHK and per BerAKHLAK value), who may read and give
//! (one check per role), bad input, the audit trail, and the notifications the workflow
//! sends (feedback asked and given, an SKP returned, a realisasi needing correction).

use http::StatusCode;
use rantai_tests::http::Client;
use rantai_tests::plan::{build_chain, get, step};
use rantai_tests::{audit_count, on_both, Org, TestDb};
use serde_json::{json, Value};

async fn year(c: &Client) -> (String, Vec<String>) {
    let p = c.get("/api/v1/periods").await.json;
    let y = &p["items"][0];
    let subs = y["sub_periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    (y["id"].as_str().unwrap().to_string(), subs)
}

async fn notifications(c: &Client) -> Value {
    let r = c.get("/api/v1/notifications").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    r.json
}

async fn ask_answer_and_notify(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let (period, subs) = year(&staff).await;
    let me = &org.emp["staff1a"];
    let path = format!("/api/v1/employees/{me}/feedback");

    // the employee sees the page: may ask, may not give
    let r = staff.get(&format!("{path}?period={period}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["can_request"], true);
    assert_eq!(r.json["can_give_perilaku"], false);
    assert_eq!(r.json["rhk"][0]["id"], chain.staff1a.as_str());
    assert_eq!(r.json["rhk"][0]["can_give"], false);
    assert!(!r.json["sub_periods"].as_array().unwrap().is_empty());

    // asks the PPK about a value
    let r = staff
        .post_json(
            &format!("/api/v1/employees/{me}/feedback-requests"),
            json!({ "period": period, "nilai": "KOMPETEN", "message": "Mohon masukan soal pelatihan" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(r.json["to_id"], org.emp["kasi1"].as_str());
    assert!(r.json["answered_at"].is_null());
    let request = r.json["id"].as_str().unwrap().to_string();
    assert_eq!(
        audit_count(&t.db, "permintaan_umpan_balik", &request).await,
        1
    );

    // the PPK is notified, with a link to the page
    let n = notifications(&kasi).await;
    assert_eq!(n["unread"], 1, "{n}");
    assert_eq!(n["items"][0]["kind"], "UMPAN_BALIK_DIMINTA");
    assert!(n["items"][0]["link"]
        .as_str()
        .unwrap()
        .contains(me.as_str()));
    assert!(n["items"][0]["text_id"]
        .as_str()
        .unwrap()
        .contains("Kompeten"));

    // the PPK sees the page with the rights to give
    let r = kasi.get(&format!("{path}?period={period}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["can_give_perilaku"], true);
    assert_eq!(r.json["rhk"][0]["can_give"], true);
    assert_eq!(r.json["requests"][0]["id"], request.as_str());

    // answers the request, then comments on the RHK
    let r = kasi
        .post_json(
            &path,
            json!({ "period": period, "sub_period": subs[0], "nilai": "KOMPETEN",
                    "text": "Ikuti pelatihan analisis data triwulan depan", "request_id": request }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let answer = r.json["id"].as_str().unwrap().to_string();
    assert_eq!(r.json["giver_id"], org.emp["kasi1"].as_str());
    assert_eq!(r.json["request_id"], request.as_str());
    let r = kasi
        .post_json(
            &path,
            json!({ "period": period, "sub_period": subs[1], "rhk_id": chain.staff1a,
                    "text": "  Laporan penyaluran tepat waktu  " }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(r.json["text"], "Laporan penyaluran tepat waktu");
    assert_eq!(audit_count(&t.db, "umpan_balik", &answer).await, 1);

    // both show on the page, newest first; the request is answered
    let r = staff.get(&format!("{path}?period={period}")).await;
    let items = r.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{}", r.json);
    assert_eq!(items[0]["rhk_id"], chain.staff1a.as_str());
    assert_eq!(items[1]["nilai"], "KOMPETEN");
    assert!(!r.json["requests"][0]["answered_at"].is_null());

    // the employee got two notifications; nobody else can mark them read
    let n = notifications(&staff).await;
    assert_eq!(n["unread"], 2, "{n}");
    assert_eq!(n["items"][0]["kind"], "UMPAN_BALIK_DIBERIKAN");
    let theirs = n["items"][0]["id"].as_str().unwrap().to_string();
    let r = kasi
        .post_json("/api/v1/notifications/read", json!({ "id": theirs }))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["changed"], 0);
    assert_eq!(notifications(&staff).await["unread"], 2);
    let r = staff
        .post_json("/api/v1/notifications/read", json!({ "id": theirs }))
        .await;
    assert_eq!(r.json["changed"], 1);
    let r = staff
        .post_json("/api/v1/notifications/read", json!({}))
        .await;
    assert_eq!(r.json["changed"], 1);
    let n = notifications(&staff).await;
    assert_eq!(n["unread"], 0);
    assert_eq!(n["items"][0]["read"], true);
}
on_both!(ask_answer_and_notify);

async fn who_may_read_and_give(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let (period, subs) = year(&Client::as_user(&t.db, "staff1a").await).await;
    let path = format!("/api/v1/employees/{}/feedback", org.emp["staff1a"]);
    let give = json!({ "period": period, "sub_period": subs[0], "rhk_id": chain.staff1a,
                       "text": "Bagus" });
    let perilaku = json!({ "period": period, "sub_period": subs[0], "nilai": "LOYAL",
                           "text": "Bagus" });
    // (user, may read, may give on the RHK)
    for (user, read, write) in [
        ("staff1a", true, false),  // the employee: reads, never rates themself
        ("kasi1", true, true),     // the PPK
        ("kadis", true, false),    // the atasan PPK reads, does not give
        ("kepala", true, false),   // the head of the unit above
        ("admin", true, false),    // admin: no employee record to give as
        ("auditor", true, false),  // read only
        ("staff1b", false, false), // a colleague
        ("adminb", false, false),  // another instansi
    ] {
        let c = Client::as_user(&t.db, user).await;
        let r = c.get(&format!("{path}?period={period}")).await;
        let want = if read {
            StatusCode::OK
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(r.status, want, "{user} reads: {}", r.json);
        let r = c.post_json(&path, give.clone()).await;
        let want = if write {
            StatusCode::CREATED
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(r.status, want, "{user} gives: {}", r.json);
        if user != "kasi1" {
            let r = c.post_json(&path, perilaku.clone()).await;
            assert_eq!(
                r.status,
                StatusCode::FORBIDDEN,
                "{user} on behaviour: {}",
                r.json
            );
        }
    }
    // only the employee asks for themself
    let r = Client::as_user(&t.db, "kasi1")
        .await
        .post_json(
            &format!("/api/v1/employees/{}/feedback-requests", org.emp["staff1a"]),
            json!({ "period": period, "nilai": "LOYAL" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    // no session: 401
    let r = Client::new(&t.db).get(&path).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}
on_both!(who_may_read_and_give);

async fn bad_input_is_refused(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let (period, subs) = year(&kasi).await;
    let me = &org.emp["staff1a"];
    let path = format!("/api/v1/employees/{me}/feedback");
    for (body, field) in [
        (
            json!({ "period": period, "sub_period": subs[0], "nilai": "LOYAL", "text": "  " }),
            "isi",
        ),
        (
            json!({ "period": period, "sub_period": subs[0], "text": "x" }),
            "topik",
        ),
        (
            json!({ "period": period, "sub_period": subs[0], "rhk_id": chain.staff1a, "nilai": "LOYAL", "text": "x" }),
            "topik",
        ),
        (
            json!({ "period": period, "sub_period": subs[0], "nilai": "JUJUR", "text": "x" }),
            "nilai",
        ),
        (
            json!({ "period": period, "sub_period": period, "nilai": "LOYAL", "text": "x" }),
            "sub_period",
        ),
        (
            json!({ "period": period, "sub_period": subs[0], "nilai": "LOYAL", "text": "x".repeat(2001) }),
            "isi",
        ),
    ] {
        let r = kasi.post_json(&path, body).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            r.json
        );
        assert!(r.json.to_string().contains(field), "{field}: {}", r.json);
    }
    // an RHK that is not this employee's
    let r = kasi
        .post_json(
            &path,
            json!({ "period": period, "sub_period": subs[0], "rhk_id": chain.staff1b, "text": "x" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.json);
    // an annual period is required as `period`
    let r = kasi
        .post_json(
            &path,
            json!({ "period": subs[0], "sub_period": subs[0], "nilai": "LOYAL", "text": "x" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    // answering a request with feedback on another topic
    let r = staff
        .post_json(
            &format!("/api/v1/employees/{me}/feedback-requests"),
            json!({ "period": period, "rhk_id": chain.staff1a }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let request = r.json["id"].as_str().unwrap().to_string();
    let r = kasi
        .post_json(
            &path,
            json!({ "period": period, "sub_period": subs[0], "nilai": "LOYAL", "text": "x",
                    "request_id": request }),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    // malformed JSON and an unknown employee
    let r = kasi.post_json(&path, json!({ "text": 5 })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    let r = kasi.get("/api/v1/employees/nobody/feedback").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.json);
    // nothing was written by the refused calls
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM umpan_balik")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}
on_both!(bad_input_is_refused);

async fn workflow_notifies_the_owner(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;

    // an SKP returned with a note
    let skp = get(&staff, &chain.skp_staff1a).await;
    let r = step(&staff, &skp, "submit", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let r = step(&kasi, &r.json, "return", Some("Lengkapi target waktu")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let n = notifications(&staff).await;
    assert_eq!(n["unread"], 1, "{n}");
    assert_eq!(n["items"][0]["kind"], "SKP_DIKEMBALIKAN");
    assert!(n["items"][0]["text_id"]
        .as_str()
        .unwrap()
        .contains("Lengkapi target waktu"));

    // a realisasi sent back for correction
    let iki: String = sqlx::query_scalar("SELECT id FROM iki WHERE rhk_id = $1 ORDER BY urutan")
        .bind(&chain.staff1a)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let r = staff
        .post_json(
            &format!("/api/v1/indicators/{iki}/realisasi"),
            json!({ "sub_period": 1, "value": 2, "links": ["https://drive.example.go.id/q1"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let entry = r.json.clone();
    let r = kasi
        .post_json(
            &format!(
                "/api/v1/realisasi/{}/verification",
                entry["id"].as_str().unwrap()
            ),
            json!({ "status": "VALID", "version": entry["version"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(
        notifications(&staff).await["unread"],
        1,
        "VALID sends nothing"
    );
    let r = kasi
        .post_json(
            &format!("/api/v1/realisasi/{}/verification", entry["id"].as_str().unwrap()),
            json!({ "status": "PERLU_PERBAIKAN", "comment": "Lampirkan BAST", "version": r.json["version"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let n = notifications(&staff).await;
    assert_eq!(n["unread"], 2, "{n}");
    assert_eq!(n["items"][0]["kind"], "BUKTI_PERLU_PERBAIKAN");
    assert_eq!(n["items"][0]["link"], format!("/realisasi?iki={iki}"));
    assert!(n["items"][0]["text_en"]
        .as_str()
        .unwrap()
        .contains("Lampirkan BAST"));
    // the PPK's own list is untouched
    assert_eq!(notifications(&kasi).await["unread"], 0);
}
on_both!(workflow_notifies_the_owner);
