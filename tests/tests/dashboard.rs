//! The leader dashboard through the API on SQLite and PostgreSQL: SKP status counts per unit
//! and sub-unit, progress and targets behind, workload, the predikat distribution against the
//! curve, and who may see it.

use http::StatusCode;
use rantai_tests::http::Client;
use rantai_tests::plan::build_chain;
use rantai_tests::{on_both, Org, TestDb};
use serde_json::json;

async fn dashboard_figures(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let dinas = &org.units["dinas"].id;
    let r = kadis.get(&format!("/api/v1/dashboard?unit={dinas}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let d = &r.json;
    // Dinas: kadis (approved), kasi1 (approved), staff1a + staff1b (drafts), kasi2 + staff2 (none)
    assert_eq!(d["total"]["pegawai"], 6, "{d}");
    assert_eq!(
        d["total"]["skp"],
        json!({ "belum": 2, "draft": 2, "diajukan": 0, "disetujui": 2, "dikembalikan": 0 })
    );
    assert_eq!(d["total"]["rhk"], 4);
    let subs = d["sub_units"].as_array().unwrap();
    assert_eq!(subs.len(), 2, "{d}");
    let s1 = subs
        .iter()
        .find(|s| s["unit_id"] == org.units["seksi1"].id)
        .unwrap();
    assert_eq!(s1["pegawai"], 3);
    assert_eq!(s1["rhk"], 3);
    let s2 = subs
        .iter()
        .find(|s| s["unit_id"] == org.units["seksi2"].id)
        .unwrap();
    assert_eq!(s2["skp"]["belum"], 2);
    assert_eq!(s2["progres"], serde_json::Value::Null);
    // nothing is recorded yet: every RHK is at 0 progress, behind once a quarter has passed
    let w = d["waktu_berjalan"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&w));
    let behind = d["total"]["tertinggal"].as_i64().unwrap();
    assert_eq!(behind, if w > 0.25 { 4 } else { 0 }, "{d}");
    if w > 0.25 {
        let ids: Vec<&str> = d["berisiko"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["rhk_id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&chain.staff1a.as_str()), "{d}");
    }
    assert_eq!(d["predikat"].as_array().unwrap().len(), 5);
    assert_eq!(d["belum_dinilai"], 6);
    assert_eq!(d["beban"]["di_tim"], 0);

    // who may see it: the unit's leaders, admins, auditors; not staff, not another instansi
    for (user, want) in [
        ("kepala", StatusCode::OK),
        ("admin", StatusCode::OK),
        ("auditor", StatusCode::OK),
        ("kasi1", StatusCode::FORBIDDEN),
        ("staff1a", StatusCode::FORBIDDEN),
        ("adminb", StatusCode::FORBIDDEN),
    ] {
        let c = Client::as_user(&t.db, user).await;
        let r = c.get(&format!("/api/v1/dashboard?unit={dinas}")).await;
        assert_eq!(r.status, want, "{user}: {}", r.json);
    }
    // kasi1 sees their own section
    let kasi1 = Client::as_user(&t.db, "kasi1").await;
    let r = kasi1.get("/api/v1/dashboard").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["total"]["unit_id"], org.units["seksi1"].id);
}
on_both!(dashboard_figures);

/// The stream: the figures on connect, then a change by someone else within 2 s; 403 for staff.
async fn dashboard_stream(t: TestDb) {
    use futures_util::StreamExt;
    use tower::ServiceExt;
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let dinas = &org.units["dinas"].id;
    let staff1a = Client::as_user(&t.db, "staff1a").await;
    let r = staff1a
        .get(&format!("/api/v1/dashboard/stream?unit={dinas}"))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);

    let router = server::router(server::AppState::new(
        t.db.clone(),
        server::state::leptos_options(([127, 0, 0, 1], 3000).into()),
    ));
    let req = http::Request::get(format!("/api/v1/dashboard/stream?unit={dinas}"))
        .header(http::header::HOST, "127.0.0.1:3000")
        .header(http::header::COOKIE, kadis.cookie.clone().unwrap())
        .body(axum::body::Body::empty())
        .unwrap();
    let res = router.oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()[http::header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/event-stream"));
    let mut body = res.into_body().into_data_stream();
    async fn next_event<S>(body: &mut S) -> Result<String, tokio::time::error::Elapsed>
    where
        S: futures_util::Stream<Item = Result<axum::body::Bytes, axum::Error>> + Unpin,
    {
        tokio::time::timeout(std::time::Duration::from_secs(2), async {
            let mut text = String::new();
            while !text.contains("\n\n") || !text.contains("data:") {
                let chunk = body.next().await.expect("stream ended").expect("chunk");
                text.push_str(&String::from_utf8_lossy(&chunk));
            }
            text
        })
        .await
    }
    let first = next_event(&mut body).await.expect("first event");
    assert!(first.contains("event: dashboard"), "{first}");
    assert!(first.contains("\"diajukan\":0"), "{first}");
    // staff1a submits their SKP: the open dashboard hears of it within 2 s
    let skp = rantai_tests::plan::get(&staff1a, &chain.skp_staff1a).await;
    let r = rantai_tests::plan::step(&staff1a, &skp, "submit", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let second = next_event(&mut body).await.expect("an event within 2 s");
    assert!(second.contains("\"diajukan\":1"), "{second}");
}
on_both!(dashboard_stream);
