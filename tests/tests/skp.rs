//! SKP planning through the API on SQLite and PostgreSQL: the workflow (draft → diajukan →
//! disetujui, or dikembalikan with comments; a new version after approval keeps the old
//! one), bad input, concurrent edits, and who may do what.

use http::{header, Request, StatusCode};
use rantai_tests::http::Client;
use rantai_tests::plan::{add, build_chain, get, open, rhk, staff_iki, step, with};
use rantai_tests::{on_both, Org, TestDb};
use serde_json::{json, Value};

fn codes(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e["aksi"].as_str().unwrap().to_string())
        .collect()
}

async fn workflow_submit_return_approve_revise(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let skp = get(&staff, &chain.skp_staff1a).await;
    assert_eq!(skp["status"], "DRAFT");
    assert_eq!(
        skp["kekurangan"],
        json!([]),
        "complete: {}",
        skp["kekurangan"]
    );
    assert_eq!(skp["rhk"][0]["intervensi"]["id"], chain.kasi1);
    assert_eq!(skp["perilaku"].as_array().unwrap().len(), 7);

    // submit, the PPK returns it with a comment, the owner fixes and resubmits
    let r = step(&staff, &skp, "submit", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "DIAJUKAN");
    let r2 = step(&kasi, &r.json, "return", Some(" ")).await;
    assert_eq!(
        r2.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a return needs a comment"
    );
    let r = step(
        &kasi,
        &r.json,
        "return",
        Some("Perjelas indikator kualitas"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "DIKEMBALIKAN");
    assert_eq!(r.json["catatan"], "Perjelas indikator kualitas");
    let rhk_id = r.json["rhk"][0]["id"].as_str().unwrap().to_string();
    let mut body = rhk(
        "Tersalurnya bantuan pangan wilayah utara",
        Some(&chain.kasi1),
        &staff_iki(5.0, "ton"),
    );
    body = with(
        body,
        json!({ "cascading": "LANGSUNG", "version": r.json["version"] }),
    );
    let r = staff
        .put_json(&format!("/api/v1/rhk/{rhk_id}"), body.clone())
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(
        r.json["rhk"][0]["judul"],
        "Tersalurnya bantuan pangan wilayah utara"
    );
    let r = step(&staff, &r.json, "submit", None).await;
    let r = step(&kasi, &r.json, "approve", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "DISETUJUI");
    assert!(r.json["disetujui_at"].is_string());

    // an approved SKP is not edited in place
    let approved = r.json;
    let stale = with(body.clone(), json!({ "version": approved["version"] }));
    let r = staff
        .put_json(&format!("/api/v1/rhk/{rhk_id}"), stale)
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    assert!(r.json["error"]["message"]
        .as_str()
        .unwrap()
        .contains("versi baru"));
    // a new version keeps the approved one whole
    let r = step(&staff, &approved, "revise", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "DRAFT");
    assert_eq!(r.json["versi"], 2);
    assert_eq!(r.json["versi_lama"], json!([1]));
    let id = approved["id"].as_str().unwrap();
    let kept = staff.get(&format!("/api/v1/skp/{id}/versions/1")).await;
    assert_eq!(kept.status, StatusCode::OK);
    assert_eq!(kept.json["status"], "DISETUJUI");
    assert_eq!(
        kept.json["rhk"][0]["judul"],
        "Tersalurnya bantuan pangan wilayah utara"
    );

    // every step is in the append-only audit trail, readable by the owner
    let r = staff
        .get(&format!("/api/v1/audit?entity=skp&id={id}"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(
        codes(&r.json),
        [
            "create",
            "rhk_create",
            "submit",
            "return",
            "rhk_update",
            "submit",
            "approve",
            "revise"
        ]
    );
    // the API reads the same SKP by employee
    let me = staff.get("/api/v1/me").await.json;
    let by_emp = staff
        .get(&format!(
            "/api/v1/employees/{}/skp",
            me["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(by_emp.status, StatusCode::OK);
    assert_eq!(by_emp.json["id"], approved["id"]);
}
on_both!(workflow_submit_return_approve_revise);

async fn bad_input_is_refused_with_reasons(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let staff2 = Client::as_user(&t.db, "staff2").await;
    let skp = open(&staff2).await;
    let path = format!("/api/v1/skp/{}/rhk", skp["id"].as_str().unwrap());
    let v = json!({ "version": skp["version"] });
    let field = |r: &Value| -> Vec<String> {
        r["error"]["details"]
            .as_array()
            .map(|d| {
                d.iter()
                    .map(|e| e["field"].as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    // no intervened RHK
    let r = staff2
        .post_json(
            &path,
            with(rhk("Laporan", None, &staff_iki(2.0, "Dokumen")), v.clone()),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field(&r.json), ["intervensi_id"]);
    // an RHK that is not their PPK's (kasi1's, while staff2's PPK is kasi2)
    let r = staff2
        .post_json(
            &path,
            with(
                rhk("Laporan", Some(&chain.kasi1), &staff_iki(2.0, "Dokumen")),
                v.clone(),
            ),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.json["error"]["details"][0]["message"]
            .as_str()
            .unwrap()
            .contains("PPK"),
        "{}",
        r.json
    );
    // targets must be positive numbers with a unit; the English message on request
    let req = Request::post(&path)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT_LANGUAGE, "en")
        .body(axum::body::Body::from(
            with(
                rhk(
                    "Laporan",
                    Some(&chain.kasi1),
                    &[("KUANTITAS", 0.0, ""), ("", 1.0, "x")],
                ),
                v.clone(),
            )
            .to_string(),
        ))
        .unwrap();
    let r = staff2.send(req).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let f = field(&r.json);
    assert!(
        f.contains(&"iki[0].target".to_string())
            && f.contains(&"iki[0].satuan".to_string())
            && f.contains(&"iki[1].aspek".to_string()),
        "{f:?}"
    );
    assert!(
        r.json["error"]["details"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("The "),
        "{}",
        r.json
    );
    // malformed JSON and wrong types are 400, never 5xx
    let r = staff2.post_json(&path, json!({ "version": "x" })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // an empty SKP cannot be submitted, with the reason
    let r = step(&staff2, &skp, "submit", None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field(&r.json), ["rhk"]);
    // unknown ids
    let r = staff2
        .put_json("/api/v1/rhk/nope", with(rhk("x", None, &[]), v.clone()))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
on_both!(bad_input_is_refused_with_reasons);

async fn concurrent_edits_conflict(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let skp = get(&staff, &chain.skp_staff1a).await;
    // two tabs read the same version; the first write wins, the second is told
    let body = rhk(
        "RHK tambahan",
        Some(&chain.kasi1),
        &staff_iki(1.0, "Dokumen"),
    );
    let (_, _) = add(&staff, &skp, body.clone()).await;
    let r = staff
        .post_json(
            &format!("/api/v1/skp/{}/rhk", chain.skp_staff1a),
            with(body, json!({ "version": skp["version"] })),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json["error"]["code"], "conflict");
    assert_eq!(
        get(&staff, &chain.skp_staff1a).await["rhk"]
            .as_array()
            .unwrap()
            .len(),
        2,
        "nothing half-written"
    );
}
on_both!(concurrent_edits_conflict);

async fn who_may_read_and_change_an_skp(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let skp_path = format!("/api/v1/skp/{}", chain.skp_staff1a);
    // employee: own only
    let other = Client::as_user(&t.db, "staff1b").await;
    assert_eq!(other.get(&skp_path).await.status, StatusCode::FORBIDDEN);
    // PPK and the leaders above: read; a PPK of others may not approve
    for user in ["kasi1", "kadis", "kepala", "auditor", "admin"] {
        assert_eq!(
            Client::as_user(&t.db, user)
                .await
                .get(&skp_path)
                .await
                .status,
            StatusCode::OK,
            "{user}"
        );
    }
    assert_eq!(
        Client::as_user(&t.db, "kasi2")
            .await
            .get(&skp_path)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let owner = Client::as_user(&t.db, "staff1a").await;
    let skp = get(&owner, &chain.skp_staff1a).await;
    let submitted = step(&owner, &skp, "submit", None).await.json;
    for user in ["staff1a", "kadis", "auditor", "admin"] {
        let c = Client::as_user(&t.db, user).await;
        assert_eq!(
            step(&c, &submitted, "approve", None).await.status,
            StatusCode::FORBIDDEN,
            "{user} is not the PPK"
        );
    }
    // the auditor reads but never writes; another instansi sees nothing
    let auditor = Client::as_user(&t.db, "auditor").await;
    let r = auditor
        .post_json(
            &format!("/api/v1/skp/{}/rhk", chain.skp_kasi1),
            with(rhk("x", None, &[]), json!({"version": 1})),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let b = Client::as_user(&t.db, "adminb").await;
    assert_eq!(b.get(&skp_path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        b.get(&format!("/api/v1/rhk/{}/chain", chain.staff1a))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // only the PPK sets behaviour expectations
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let body = json!({ "version": submitted["version"], "ekspektasi": { "AKUNTABEL": "Laporan tepat waktu" } });
    assert_eq!(
        owner
            .put_json(&format!("{skp_path}/perilaku"), body.clone())
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let r = kasi.put_json(&format!("{skp_path}/perilaku"), body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["perilaku"][1]["ekspektasi"], "Laporan tepat waktu");
}
on_both!(who_may_read_and_change_an_skp);

async fn direct_cascading_checks_the_split(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    // 5 + 5 = 10 ton: no warning
    let skp = get(&kasi, &chain.skp_kasi1).await;
    assert_eq!(skp["peringatan"], json!([]), "{}", skp["peringatan"]);
    assert_eq!(skp["rhk"][0]["children"], 2);
    // staff1b lowers to 4 ton: the leader is warned (9 ≠ 10)
    let b = Client::as_user(&t.db, "staff1b").await;
    let sb = b.get("/api/v1/skp/review").await; // not a PPK: an empty list
    assert_eq!(sb.json, json!([]));
    let me = b.get("/api/v1/me").await.json;
    let skp_b = b
        .get(&format!(
            "/api/v1/employees/{}/skp",
            me["id"].as_str().unwrap()
        ))
        .await
        .json;
    let body = with(
        rhk(
            "Tersalurnya bantuan pangan wilayah staff1b",
            Some(&chain.kasi1),
            &staff_iki(4.0, "ton"),
        ),
        json!({ "cascading": "LANGSUNG", "version": skp_b["version"] }),
    );
    let r = b
        .put_json(&format!("/api/v1/rhk/{}", chain.staff1b), body)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let skp = get(&kasi, &chain.skp_kasi1).await;
    let warning = skp["peringatan"][0]["id"].as_str().unwrap_or_default();
    assert!(
        warning.contains("9") && warning.contains("10"),
        "{}",
        skp["peringatan"]
    );
    assert!(skp["rhk"][0]["flags"]
        .as_array()
        .unwrap()
        .contains(&json!("target_mismatch")));
    // the PPK's review list shows both staff
    let list = kasi.get("/api/v1/skp/review").await.json;
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["status"], "DRAFT");
}
on_both!(direct_cascading_checks_the_split);

async fn risks_and_publishing(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let path = format!("/api/v1/rhk/{}/risks", chain.kasi1);
    let r = kasi
        .post_json(
            &path,
            json!({ "deskripsi": "Distribusi terhambat cuaca", "kemungkinan": 6, "dampak": 3 }),
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "likelihood is 1–5"
    );
    // a risk is added after approval too (the register stays live); level Tinggi is flagged
    let r = kasi
        .post_json(
            &path,
            json!({ "deskripsi": "Distribusi terhambat cuaca", "kemungkinan": 4, "dampak": 3,
        "mitigasi": "Jadwal cadangan", "pemilik": "Kepala Seksi" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(r.json["rhk"][0]["risiko"][0]["level"], "TINGGI");
    assert!(r.json["rhk"][0]["flags"]
        .as_array()
        .unwrap()
        .contains(&json!("high_risk")));
    // a staff member cannot register risks on their leader's RHK
    let staff = Client::as_user(&t.db, "staff1a").await;
    assert_eq!(
        staff
            .post_json(
                &path,
                json!({ "deskripsi": "x", "kemungkinan": 1, "dampak": 1 })
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // kepala cannot withdraw a published RHK that kadis already intervenes
    let kepala = Client::as_user(&t.db, "kepala").await;
    let r = kepala
        .post_json(
            &format!("/api/v1/rhk/{}/publish", chain.kepala),
            json!({ "terbit": false }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
}
on_both!(risks_and_publishing);

async fn the_skp_as_pdf(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let path = format!("/api/v1/skp/{}/pdf", chain.skp_kasi1);
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let r = kasi.get(&path).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/pdf");
    assert!(r.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains("SKP-"));
    assert!(r.body.starts_with(b"%PDF-"), "a PDF");
    // the document's text has the header, the RHK and the behaviour table
    let pdf = lopdf::Document::load_mem(&r.body).expect("a readable PDF");
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).expect("text");
    for want in [
        "SASARAN KINERJA PEGAWAI",
        "Pegawai kasi1",
        "Tersalurnya bantuan pangan",
        "Berorientasi Pelayanan",
        "Pejabat Penilai Kinerja",
    ] {
        assert!(text.contains(want), "{want} in {text}");
    }
    // whoever may not read the SKP may not print it
    let other = Client::as_user(&t.db, "staff2").await;
    assert_eq!(other.get(&path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        kasi.get("/api/v1/skp/nope/pdf").await.status,
        StatusCode::NOT_FOUND
    );
}
on_both!(the_skp_as_pdf);
