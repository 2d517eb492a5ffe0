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
