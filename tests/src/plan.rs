//! Helpers for SKP and cascade tests: request bodies and the calls that build a result chain
//! through the real API.

use http::StatusCode;
use serde_json::{json, Value};

use crate::http::Client;

/// An RHK body with IKI given as (aspek or "", target, satuan).
pub fn rhk(judul: &str, parent: Option<&str>, iki: &[(&str, f64, &str)]) -> Value {
    json!({
        "jenis": "UTAMA",
        "judul": judul,
        "intervensi_id": parent,
        "iki": iki.iter().map(|(a, t, s)| json!({
            "aspek": if a.is_empty() { Value::Null } else { json!(a) },
            "nama": format!("Indikator {judul}"),
            "target": t,
            "satuan": s,
        })).collect::<Vec<_>>(),
    })
}

/// The three aspects every non-JPT RHK needs, with `kuantitas` as the quantity target.
pub fn staff_iki(kuantitas: f64, satuan: &str) -> Vec<(&str, f64, &str)> {
    vec![
        ("KUANTITAS", kuantitas, satuan),
        ("KUALITAS", 100.0, "%"),
        ("WAKTU", 12.0, "Bulan"),
    ]
}

/// Merges `extra` fields into an object body.
pub fn with(mut body: Value, extra: Value) -> Value {
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    body
}

/// Opens the caller's SKP for this year; returns it.
pub async fn open(c: &Client) -> Value {
    let r = c.post_json("/api/v1/skp", json!({})).await;
    assert!(
        r.status == StatusCode::CREATED || r.status == StatusCode::OK,
        "open: {}",
        r.json
    );
    r.json
}

/// Adds an RHK to the SKP and returns (the SKP, the new RHK's id).
pub async fn add(c: &Client, skp: &Value, body: Value) -> (Value, String) {
    let path = format!("/api/v1/skp/{}/rhk", skp["id"].as_str().unwrap());
    let r = c
        .post_json(&path, with(body, json!({ "version": skp["version"] })))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "add rhk: {}", r.json);
    let id = r.json["rhk"].as_array().unwrap().last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    (r.json, id)
}

/// A workflow step (`submit`, `approve`, `return`, `revise`) on the SKP as last read.
pub async fn step(
    c: &Client,
    skp: &Value,
    name: &str,
    catatan: Option<&str>,
) -> crate::http::Reply {
    let path = format!("/api/v1/skp/{}/{name}", skp["id"].as_str().unwrap());
    c.post_json(
        &path,
        json!({ "version": skp["version"], "catatan": catatan }),
    )
    .await
}

/// Re-reads an SKP by id.
pub async fn get(c: &Client, id: &str) -> Value {
    let r = c.get(&format!("/api/v1/skp/{id}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    r.json
}

/// The chain of the test organisation for this year: a strategic goal; kepala's RHK
/// (published early); kadis's RHK intervening it (approved by kepala); kasi1's RHK (10 ton)
/// intervening kadis's (approved by kadis); staff1a's and staff1b's RHK (5 ton each, direct
/// cascading) intervening kasi1's. Returns the ids by owner.
pub struct Chain {
    pub goal: String,
    pub kepala: String,
    pub kadis: String,
    pub kasi1: String,
    pub staff1a: String,
    pub staff1b: String,
    pub skp_staff1a: String,
    pub skp_kasi1: String,
}

pub async fn build_chain(db: &app::backend::Db) -> Chain {
    let admin = Client::as_user(db, "admin").await;
    let r = admin
        .post_json(
            "/api/v1/strategic-goals",
            json!({ "kode": "SS1", "nama": "Meningkatnya kualitas pelayanan publik",
                    "indikator": [{ "nama": "Indeks kepuasan masyarakat", "target": 85.0, "satuan": "indeks" }] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "goal: {}", r.json);
    let goal = r.json["id"].as_str().unwrap().to_string();

    let kepala = Client::as_user(db, "kepala").await;
    let skp = open(&kepala).await;
    let mut body = rhk(
        "Meningkatnya kepuasan layanan kota",
        None,
        &[("", 85.0, "indeks")],
    );
    body = with(
        body,
        json!({ "perspektif": "PENERIMA_LAYANAN", "sasaran_id": goal }),
    );
    let (_, kepala_rhk) = add(&kepala, &skp, body).await;
    let r = kepala
        .post_json(
            &format!("/api/v1/rhk/{kepala_rhk}/publish"),
            json!({ "terbit": true }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "publish: {}", r.json);

    let kadis = Client::as_user(db, "kadis").await;
    let skp = open(&kadis).await;
    let body = with(
        rhk(
            "Meningkatnya kualitas layanan dinas",
            Some(&kepala_rhk),
            &[("", 90.0, "%")],
        ),
        json!({ "perspektif": "PROSES_BISNIS" }),
    );
    let (skp, kadis_rhk) = add(&kadis, &skp, body).await;
    let r = step(&kadis, &skp, "submit", None).await;
    assert_eq!(r.status, StatusCode::OK, "submit kadis: {}", r.json);
    let r = step(&kepala, &r.json, "approve", None).await;
    assert_eq!(r.status, StatusCode::OK, "approve kadis: {}", r.json);

    let kasi1 = Client::as_user(db, "kasi1").await;
    let skp = open(&kasi1).await;
    let (skp, kasi1_rhk) = add(
        &kasi1,
        &skp,
        rhk(
            "Tersalurnya bantuan pangan",
            Some(&kadis_rhk),
            &staff_iki(10.0, "ton"),
        ),
    )
    .await;
    let skp_kasi1 = skp["id"].as_str().unwrap().to_string();
    let r = step(&kasi1, &skp, "submit", None).await;
    assert_eq!(r.status, StatusCode::OK, "submit kasi1: {}", r.json);
    let r = step(&kadis, &r.json, "approve", None).await;
    assert_eq!(r.status, StatusCode::OK, "approve kasi1: {}", r.json);

    let mut staff = vec![];
    for user in ["staff1a", "staff1b"] {
        let c = Client::as_user(db, user).await;
        let skp = open(&c).await;
        let body = with(
            rhk(
                &format!("Tersalurnya bantuan pangan wilayah {user}"),
                Some(&kasi1_rhk),
                &staff_iki(5.0, "ton"),
            ),
            json!({ "cascading": "LANGSUNG" }),
        );
        let (skp, id) = add(&c, &skp, body).await;
        staff.push((id, skp["id"].as_str().unwrap().to_string()));
    }
    Chain {
        goal,
        kepala: kepala_rhk,
        kadis: kadis_rhk,
        kasi1: kasi1_rhk,
        staff1a: staff[0].0.clone(),
        staff1b: staff[1].0.clone(),
        skp_staff1a: staff[0].1.clone(),
        skp_kasi1,
    }
}
