//! Evaluation through the API on SQLite and PostgreSQL: the PPK's ratings and the predikat
//! matrix, the Di Atas rule, the unit head's result from the organisation's, calibration
//! against the curve (moves with reasons, finalisation blocked by violations unless justified,
//! the lock), acknowledgement, the list per unit, the audit trail, and who may do what.

use app::backend::repo::{employee, jabatan, period};
use app::domain::jabatan::JenisJabatan;
use app::domain::periode::{JenisPeriode, StatusPeriode};
use http::StatusCode;
use rantai_tests::http::{Client, Reply};
use rantai_tests::plan::build_chain;
use rantai_tests::{on_both, Org, TestDb};
use serde_json::{json, Value};
use sqlx::Row;

/// Adds `n` staff to Seksi Satu (PPK kasi1) without accounts; their ids.
async fn extra_staff(t: &TestDb, org: &Org, n: usize) -> Vec<String> {
    let u = &org.units["seksi1"];
    let mut tx = t.db.begin().await.unwrap();
    let jab = jabatan::find_or_create(
        &mut tx,
        &u.instansi_id,
        jabatan::NewJabatan {
            unit_id: &u.id,
            nama: "Pengolah Data",
            jenis: JenisJabatan::Pelaksana,
            jenjang: None,
            kepala_unit: false,
        },
    )
    .await
    .unwrap();
    let mut ids = vec![];
    for i in 0..n {
        let nip = format!("199001012015011{:03}", i + 1);
        let id = employee::insert(
            &mut tx,
            &u.instansi_id,
            None,
            employee::NewEmployee {
                id: None,
                nip: &nip,
                nama: &format!("Staf Tambahan {i:02}"),
                status_asn: "PNS",
                golongan: "II/c",
                unit_id: &u.id,
                jabatan_id: &jab,
                ppk_id: Some(&org.emp["kasi1"]),
                atasan_ppk_id: Some(&org.emp["kadis"]),
            },
        )
        .await
        .unwrap();
        ids.push(id);
    }
    tx.commit().await.unwrap();
    ids
}

fn rating(hasil: &str, perilaku: &str) -> Value {
    json!({ "rating_hasil_kerja": hasil, "alasan_hasil_kerja": "sesuai realisasi dan bukti",
            "rating_perilaku_kerja": perilaku, "alasan_perilaku_kerja": "sesuai umpan balik" })
}

fn with(mut v: Value, extra: Value) -> Value {
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    v
}

async fn rate(c: &Client, pegawai: &str, body: Value) -> Reply {
    c.post_json(&format!("/api/v1/employees/{pegawai}/evaluation"), body)
        .await
}

fn fields(r: &Reply) -> Vec<String> {
    r.json["error"]["details"]
        .as_array()
        .map(|d| {
            d.iter()
                .map(|x| x["field"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

async fn calibration(c: &Client, unit: &str) -> Reply {
    c.get(&format!("/api/v1/calibration?unit={unit}")).await
}

async fn evaluation_and_calibration(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let extra = extra_staff(&t, &org, 8).await;
    let kasi1 = Client::as_user(&t.db, "kasi1").await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let staff1a = Client::as_user(&t.db, "staff1a").await;
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let auditor = Client::as_user(&t.db, "auditor").await;
    let adminb = Client::as_user(&t.db, "adminb").await;
    let s1a = &org.emp["staff1a"];

    // Di Atas needs every RHK utama judged, and none Di Bawah
    let r = rate(&kasi1, s1a, rating("DI_ATAS", "DI_ATAS")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    assert_eq!(fields(&r), ["rating_hasil_kerja"]);
    let below = json!({ "rhk": [{ "rhk_id": chain.staff1a, "rating": "DI_BAWAH" }] });
    let r = rate(&kasi1, s1a, with(rating("DI_ATAS", "DI_ATAS"), below)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    assert!(r.json["error"]["details"][0]["message"]
        .as_str()
        .unwrap()
        .contains("RHK utama"));
    // a reason is required; an RHK of someone else is refused
    let r = rate(
        &kasi1,
        s1a,
        with(
            rating("SESUAI", "SESUAI"),
            json!({ "alasan_hasil_kerja": "  " }),
        ),
    )
    .await;
    assert_eq!(fields(&r), ["alasan_hasil"], "{}", r.json);
    let other = json!({ "rhk": [{ "rhk_id": chain.kasi1, "rating": "SESUAI" }] });
    let r = rate(&kasi1, s1a, with(rating("SESUAI", "SESUAI"), other)).await;
    assert_eq!(fields(&r), ["rhk[0]"], "{}", r.json);
    // only the employee's own PPK rates them
    for (who, c) in [("kasi2", &kasi2), ("staff1a", &staff1a), ("kadis", &kadis)] {
        let r = rate(c, s1a, rating("SESUAI", "SESUAI")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.json);
    }
    let r = rate(&adminb, s1a, rating("SESUAI", "SESUAI")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    let above = json!({ "rhk": [{ "rhk_id": chain.staff1a, "rating": "DI_ATAS" }] });
    let r = rate(&kasi1, s1a, with(rating("DI_ATAS", "DI_ATAS"), above)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(r.json["predikat"], "SANGAT_BAIK");
    assert_eq!(r.json["rhk"][0]["rating"], "DI_ATAS");
    let eval_1a = r.json["id"].as_str().unwrap().to_string();

    // the matrix of DOMAIN.md §4, row by row, through the API
    let matrix = [
        ("DI_ATAS", "DI_BAWAH", "KURANG_MISCONDUCT"),
        ("DI_ATAS", "SESUAI", "BAIK"),
        ("DI_ATAS", "DI_ATAS", "SANGAT_BAIK"),
        ("SESUAI", "DI_BAWAH", "KURANG_MISCONDUCT"),
        ("SESUAI", "SESUAI", "BAIK"),
        ("SESUAI", "DI_ATAS", "BAIK"),
        ("DI_BAWAH", "DI_BAWAH", "SANGAT_KURANG"),
        ("DI_BAWAH", "SESUAI", "BUTUH_PERBAIKAN"),
    ];
    let mut evals = vec![];
    for (who, (h, p, want)) in extra.iter().zip(matrix) {
        let r = rate(&kasi1, who, rating(h, p)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{h}/{p}: {}", r.json);
        assert_eq!(r.json["predikat"], want, "{h}/{p}");
        assert_eq!(r.json["predikat_usulan"], want);
        evals.push(r.json);
    }
    let r = rate(&kasi1, &org.emp["staff1b"], rating("DI_BAWAH", "DI_ATAS")).await;
    assert_eq!(r.json["predikat"], "BUTUH_PERBAIKAN", "{}", r.json);
    // changing an evaluation names its version
    let r = rate(&kasi1, &extra[0], rating("SESUAI", "SESUAI")).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = rate(
        &kasi1,
        &extra[0],
        with(
            rating("DI_ATAS", "DI_BAWAH"),
            json!({ "version": evals[0]["version"] }),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);

    // the organisation's result: set by the superior (kadis for Seksi Satu), not by its head
    let seksi1 = &org.units["seksi1"].id;
    let path = format!("/api/v1/units/{seksi1}/organisation-result");
    let body = json!({ "predikat": "BUTUH_PERBAIKAN", "alasan": "capaian IKU seksi 62%" });
    let r = kasi1.put_json(&path, body.clone()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    let r = kadis
        .put_json(&path, json!({ "predikat": "BAIK", "alasan": "" }))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    let r = kadis.put_json(&path, body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(kasi1.get(&path).await.json["predikat"], "BUTUH_PERBAIKAN");
    // … which is the unit head's Hasil Kerja rating (Butuh Perbaikan → Di Bawah)
    let r = rate(&kadis, &org.emp["kasi1"], rating("SESUAI", "SESUAI")).await;
    assert_eq!(fields(&r), ["rating_hasil_kerja"], "{}", r.json);
    let r = rate(&kadis, &org.emp["kasi1"], rating("DI_BAWAH", "SESUAI")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);

    // calibration of Seksi Satu: 11 people; SB 2, Baik 3, BP 3, Kurang 2, SK 1
    let r = calibration(&kasi1, seksi1).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let k = &r.json;
    assert_eq!(k["total"], 11, "{k}");
    assert_eq!(k["belum_dinilai"], 0);
    assert_eq!(k["checked"], true);
    assert_eq!(k["organisasi"], "BUTUH_PERBAIKAN");
    let counts: Vec<i64> = k["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["count"].as_i64().unwrap())
        .collect();
    assert_eq!(counts, [2, 3, 3, 2, 1], "{k}");
    // Butuh Perbaikan ≥ 60 % (7 of 11) and Sangat Baik ≤ 10 % (1 of 11) are both broken
    let v = k["violations"].as_array().unwrap();
    assert_eq!(v.len(), 2, "{k}");
    assert_eq!(k["boleh_ubah"], true);
    // staff do not see the unit's calibration; the auditor reads it but cannot change it
    assert_eq!(
        calibration(&staff1a, seksi1).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        calibration(&adminb, seksi1).await.status,
        StatusCode::FORBIDDEN
    );
    let r = calibration(&auditor, seksi1).await;
    assert_eq!(r.json["boleh_ubah"], false, "{}", r.json);
    let fin = json!({ "unit": seksi1, "justifikasi": "" });
    let r = auditor
        .post_json("/api/v1/calibration/finalisation", fin.clone())
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    // finalising is blocked while violations remain without a justification
    let r = kasi1
        .post_json("/api/v1/calibration/finalisation", fin)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    assert_eq!(fields(&r), ["justifikasi"]);

    // moves: a reason is required, a stale version is refused, then staff1a moves SB → BP
    let mv = |alasan: &str, version: i64| {
        json!({ "unit": seksi1, "evaluasi_id": eval_1a, "predikat": "BUTUH_PERBAIKAN",
                "alasan": alasan, "version": version })
    };
    let r = kasi1
        .post_json("/api/v1/calibration/moves", mv(" ", 1))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    let r = kasi1
        .post_json("/api/v1/calibration/moves", mv("kalibrasi", 7))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = kasi2
        .post_json("/api/v1/calibration/moves", mv("kalibrasi", 1))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    let r = kasi1
        .post_json(
            "/api/v1/calibration/moves",
            mv("hasil belum sebanding dengan rekan satu unit", 1),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["distribution"][0]["count"], 1);
    assert_eq!(r.json["distribution"][2]["count"], 4);
    assert_eq!(r.json["moves"][0]["ke"], "BUTUH_PERBAIKAN");
    assert_eq!(r.json["violations"].as_array().unwrap().len(), 1);

    // finalise with a justification: the results are locked
    let r = kasi1
        .post_json(
            "/api/v1/calibration/finalisation",
            json!({ "unit": seksi1, "justifikasi": "unit baru; pola disesuaikan tahun depan" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "FINAL");
    assert_eq!(r.json["boleh_ubah"], false);
    let e = kasi1.get(&format!("/api/v1/evaluations/{eval_1a}")).await;
    assert_eq!(e.json["status"], "FINAL");
    assert_eq!(e.json["predikat"], "BUTUH_PERBAIKAN");
    assert_eq!(e.json["predikat_usulan"], "SANGAT_BAIK");
    let r = rate(
        &kasi1,
        s1a,
        with(
            rating("SESUAI", "SESUAI"),
            json!({ "version": e.json["version"] }),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = kasi1
        .post_json("/api/v1/calibration/moves", mv("lagi", 3))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = kadis
        .put_json(
            &path,
            json!({ "predikat": "BAIK", "alasan": "koreksi", "version": 1 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);

    // the employee acknowledges their own result, nobody else can
    let ack = format!("/api/v1/evaluations/{eval_1a}/acknowledgement");
    assert_eq!(
        kasi1.post_json(&ack, json!({})).await.status,
        StatusCode::FORBIDDEN
    );
    let r = staff1a.post_json(&ack, json!({})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert!(r.json["diterima_at"].is_string());
    let mine = staff1a
        .get(&format!("/api/v1/employees/{s1a}/evaluation"))
        .await;
    assert_eq!(mine.json["predikat"], "BUTUH_PERBAIKAN", "{}", mine.json);

    // the list per unit: the PPK sees the section, staff only themselves, another instansi nothing
    let url = format!("/api/v1/evaluations?unit={seksi1}&limit=200");
    let r = kasi1.get(&url).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let items = r.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 11, "{}", r.json);
    assert!(items.iter().all(|i| i["predikat"].is_string()));
    // pages of 5 by name: 5, 5, 1, with no one twice
    let mut seen = std::collections::HashSet::new();
    let mut cursor: Option<String> = None;
    let mut sizes = vec![];
    loop {
        let mut page = format!("/api/v1/evaluations?unit={seksi1}&limit=5");
        if let Some(c) = &cursor {
            page.push_str(&format!("&cursor={c}"));
        }
        let r = kasi1.get(&page).await;
        let items = r.json["items"].as_array().unwrap();
        sizes.push(items.len());
        for i in items {
            assert!(seen.insert(i["pegawai_id"].as_str().unwrap().to_string()));
        }
        match r.json["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    assert_eq!(sizes, [5, 5, 1]);
    let r = staff1a.get(&url).await;
    let items = r.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{}", r.json);
    assert_eq!(items[0]["rating_hasil_kerja"], "DI_ATAS");
    assert_eq!(adminb.get(&url).await.status, StatusCode::FORBIDDEN);

    // the audit trail: rated, calibrated, acknowledged; and the finalisation with its reason
    let r = kasi1
        .get(&format!("/api/v1/audit?entity=evaluasi&id={eval_1a}"))
        .await;
    let actions: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["aksi"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["rate", "calibrate", "acknowledge"], "{}", r.json);
    let row = sqlx::query(
        "SELECT sesudah FROM audit_log WHERE entitas = 'kalibrasi' AND aksi = 'finalise'",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    let sesudah: String = row.get("sesudah");
    assert!(sesudah.contains("pola disesuaikan"), "{sesudah}");

    // keberatan: only the employee files it, with a reason and web links, once
    let url = format!("/api/v1/evaluations/{eval_1a}/appeal");
    let body = json!({ "alasan": "Realisasi saya 120% dan tidak dipertimbangkan",
                       "bukti": ["https://drive.example.go.id/laporan.pdf"] });
    assert_eq!(
        kasi1.post_json(&url, body.clone()).await.status,
        StatusCode::FORBIDDEN
    );
    let r = staff1a
        .post_json(
            &url,
            json!({ "alasan": "", "bukti": ["javascript:alert(1)"] }),
        )
        .await;
    assert_eq!(fields(&r), ["alasan", "bukti[0]"], "{}", r.json);
    let r = staff1a.post_json(&url, body.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(r.json["atasan_id"], org.emp["kadis"]);
    assert_eq!(r.json["predikat_semula"], "BUTUH_PERBAIKAN");
    let appeal = r.json["id"].as_str().unwrap().to_string();
    assert_eq!(
        staff1a.post_json(&url, body).await.status,
        StatusCode::CONFLICT
    );
    // the atasan PPK sees it pending; the PPK cannot decide; a decision needs the hearing
    let r = kadis.get("/api/v1/appeals?status=DIAJUKAN").await;
    assert_eq!(r.json.as_array().unwrap().len(), 1, "{}", r.json);
    let decision = |alasan: &str| {
        json!({ "keterangan_ppk": "Distribusi unit melampaui pola", "keterangan_pegawai": "Bukti realisasi lengkap",
                "predikat": "BAIK", "alasan": alasan, "version": 1 })
    };
    let durl = format!("/api/v1/appeals/{appeal}/decision");
    assert_eq!(
        kasi1.post_json(&durl, decision("x")).await.status,
        StatusCode::FORBIDDEN
    );
    let r = kadis.post_json(&durl, decision(" ")).await;
    assert_eq!(fields(&r), ["alasan"], "{}", r.json);
    let r = kadis.post_json(&durl, decision("Bukti mendukung")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "DIPUTUS");
    // the decision is final and changes the result
    assert_eq!(
        kadis.post_json(&durl, decision("lagi")).await.status,
        StatusCode::CONFLICT
    );
    let e = staff1a.get(&format!("/api/v1/evaluations/{eval_1a}")).await;
    assert_eq!(e.json["predikat"], "BAIK", "{}", e.json);
    let r = staff1a
        .get(&format!("/api/v1/audit?entity=keberatan&id={appeal}"))
        .await;
    let actions: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["aksi"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "appeal_decision"], "{}", r.json);
    assert_eq!(
        kasi2.get(&format!("/api/v1/appeals/{appeal}")).await.status,
        StatusCode::FORBIDDEN
    );

    // after 14 days an appeal is refused with the date
    sqlx::query("UPDATE evaluasi SET diterima_at = $1 WHERE pegawai_id = $2")
        .bind("2026-01-02T08:00:00.000Z")
        .bind(&org.emp["staff1b"])
        .execute(&t.db.pool)
        .await
        .unwrap();
    let staff1b = Client::as_user(&t.db, "staff1b").await;
    let eval_1b = staff1b
        .get(&format!(
            "/api/v1/employees/{}/evaluation",
            org.emp["staff1b"]
        ))
        .await
        .json["id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = staff1b
        .post_json(
            &format!("/api/v1/evaluations/{eval_1b}/appeal"),
            json!({ "alasan": "terlambat" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("16-01-2026"),
        "{}",
        r.json
    );
}
on_both!(evaluation_and_calibration);

/// Seksi Dua rated and finalised (staff2 Butuh Perbaikan, PPK kasi2, atasan PPK kadis), and
/// staff2's appeal filed: the reply to filing it.
async fn staff2_appeals(t: &TestDb, org: &Org) -> Reply {
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let seksi2 = &org.units["seksi2"].id;
    kadis
        .put_json(
            &format!("/api/v1/units/{seksi2}/organisation-result"),
            json!({ "predikat": "BAIK", "alasan": "target tercapai" }),
        )
        .await;
    rate(&kadis, &org.emp["kasi2"], rating("SESUAI", "SESUAI")).await;
    let r = rate(&kasi2, &org.emp["staff2"], rating("DI_BAWAH", "SESUAI")).await;
    let eval = r.json["id"].as_str().unwrap().to_string();
    let r = kasi2
        .post_json(
            "/api/v1/calibration/finalisation",
            json!({ "unit": seksi2 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let staff2 = Client::as_user(&t.db, "staff2").await;
    let r = staff2
        .post_json(
            &format!("/api/v1/evaluations/{eval}/appeal"),
            json!({ "alasan": "target tercapai 100%" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    r
}

/// An undecided appeal past its deadline is flagged to the admin.
async fn overdue_appeal_is_flagged(t: TestDb) {
    let org = Org::build(&t.db).await;
    let r = staff2_appeals(&t, &org).await;
    assert_eq!(r.json["terlambat"], false);
    sqlx::query("UPDATE keberatan SET batas_putusan = '2026-01-01'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let admin = Client::as_user(&t.db, "admin").await;
    let r = admin.get("/api/v1/appeals?status=DIAJUKAN").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json[0]["terlambat"], true, "{}", r.json);
    // the page's count is taken in the database, for whoever sees the appeal
    for (who, n) in [
        ("admin", 1),
        ("kadis", 1),
        ("kasi2", 1),
        ("staff2", 1),
        ("kasi1", 0),
        ("adminb", 0),
    ] {
        assert_eq!(overdue_count(&t, who).await, n, "{who}");
    }
    // another instansi's admin sees none of it
    let adminb = Client::as_user(&t.db, "adminb").await;
    assert!(adminb
        .get("/api/v1/appeals")
        .await
        .json
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(
        admin.get("/api/v1/appeals?status=X").await.status,
        StatusCode::BAD_REQUEST
    );
}
on_both!(overdue_appeal_is_flagged);

/// `repo::keberatan::count_overdue` as the user `who` sees it.
async fn overdue_count(t: &TestDb, who: &str) -> i64 {
    let row = sqlx::query("SELECT instansi_id, id FROM akun WHERE username = $1")
        .bind(who)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let (inst, akun): (String, String) = (row.get("instansi_id"), row.get("id"));
    let actor = app::backend::authz::Actor::load(&t.db, &inst, &akun)
        .await
        .unwrap()
        .unwrap();
    app::backend::repo::keberatan::count_overdue(&t.db.pool, &actor)
        .await
        .unwrap()
}

/// The decision deadline follows the agency's setting; the appeal goes up the line: the atasan
/// PPK or a leader above (here the head of the agency) decides, never the PPK who rated.
async fn appeal_deadline_and_who_decides(t: TestDb) {
    let org = Org::build(&t.db).await;
    let admin = Client::as_user(&t.db, "admin").await;
    let put = |body: Value| {
        let admin = &admin;
        async move { admin.put_json("/api/v1/settings/curve", body).await }
    };
    for days in [0, 91] {
        let r = put(
            json!({ "rounding": "STRICT", "min_group": 10, "appeal_decision_days": days,
                            "version": 0 }),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
        assert_eq!(fields(&r), ["appeal_decision_days"], "{}", r.json);
    }
    let r = put(
        json!({ "rounding": "STRICT", "min_group": 10, "appeal_decision_days": 30,
                        "version": 0 }),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["appeal_decision_days"], 30);
    // leaving the field out keeps it
    let r = put(json!({ "rounding": "LENIENT", "min_group": 10, "version": 1 })).await;
    assert_eq!(r.json["appeal_decision_days"], 30, "{}", r.json);

    let r = staff2_appeals(&t, &org).await;
    let due = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
    assert_eq!(r.json["batas_putusan"], due.as_str(), "{}", r.json);
    assert_eq!(r.json["atasan_id"], org.emp["kadis"]);
    let appeal = r.json["id"].as_str().unwrap().to_string();
    // the head of the agency, above the atasan PPK, has it in the list and may decide it
    let kepala = Client::as_user(&t.db, "kepala").await;
    let r = kepala.get("/api/v1/appeals?status=DIAJUKAN").await;
    let ids: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [appeal.as_str()], "{}", r.json);
    let decision = json!({ "keterangan_ppk": "Target seksi tercapai", "keterangan_pegawai": "Bukti lengkap",
                           "predikat": "BAIK", "alasan": "Bukti mendukung", "version": 1 });
    let durl = format!("/api/v1/appeals/{appeal}/decision");
    // neither the PPK who rated, nor the employee, nor a leader of another line
    for who in ["kasi2", "staff2", "kasi1", "kepalab"] {
        let c = Client::as_user(&t.db, who).await;
        let r = c.post_json(&durl, decision.clone()).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.json);
    }
    let r = kepala.post_json(&durl, decision.clone()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "DIPUTUS");
    let nama: String = sqlx::query("SELECT nama FROM pegawai WHERE id = $1")
        .bind(&org.emp["kepala"])
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
        .get("nama");
    assert_eq!(r.json["decided_by_name"], nama.as_str(), "{}", r.json);
    let kadis = Client::as_user(&t.db, "kadis").await;
    assert_eq!(
        kadis.post_json(&durl, decision).await.status,
        StatusCode::CONFLICT
    );
}
on_both!(appeal_deadline_and_who_decides);

/// Finalising needs the organisation's result and everyone rated; small groups are not checked;
/// a closed period takes no ratings.
async fn finalisation_preconditions(t: TestDb) {
    let org = Org::build(&t.db).await;
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let seksi2 = &org.units["seksi2"].id;
    let fin = json!({ "unit": seksi2 });
    let r = kasi2
        .post_json("/api/v1/calibration/finalisation", fin.clone())
        .await;
    assert_eq!(fields(&r), ["organisasi"], "{}", r.json);
    let r = kadis
        .put_json(
            &format!("/api/v1/units/{seksi2}/organisation-result"),
            json!({ "predikat": "BAIK", "alasan": "target tercapai" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let r = kasi2
        .post_json("/api/v1/calibration/finalisation", fin.clone())
        .await;
    assert_eq!(fields(&r), ["pegawai"], "{}", r.json);
    // Seksi Dua: kasi2 (rated by kadis: Baik → Sesuai) and staff2
    let r = rate(&kadis, &org.emp["kasi2"], rating("SESUAI", "SESUAI")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let r = rate(&kasi2, &org.emp["staff2"], rating("SESUAI", "DI_ATAS")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let r = calibration(&kasi2, seksi2).await;
    assert_eq!(r.json["total"], 2, "{}", r.json);
    // two people, both Baik: the curve ("at least one Butuh Perbaikan") is not applied below 10
    assert_eq!(r.json["checked"], false);
    assert!(r.json["violations"].as_array().unwrap().is_empty());
    let r = kasi2
        .post_json("/api/v1/calibration/finalisation", fin)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);

    // a closed period takes no ratings
    let inst = &org.instansi_a;
    let mut tx = t.db.begin().await.unwrap();
    let closed = period::create_year(
        &mut tx,
        inst,
        None,
        2025,
        JenisPeriode::Triwulanan,
        StatusPeriode::Ditutup,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let r = rate(
        &kadis,
        &org.emp["kasi1"],
        with(rating("SESUAI", "SESUAI"), json!({ "period": closed })),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    assert!(r.json["error"]["message"]
        .as_str()
        .unwrap()
        .contains("ditutup"));
}
on_both!(finalisation_preconditions);

/// The demo's last year: finalised within the curve, everyone rated, `pegawai`'s appeal decided.
async fn demo_last_year(t: TestDb) {
    let s = server::seed::demo::run(&t.db).await.expect("seed demo");
    let pw = server::seed::demo::PASSWORD;
    let kepala = Client::as_user_with(&t.db, "kepala", pw).await;
    let periods = kepala.get("/api/v1/periods").await;
    let last = periods.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["status"] == "DITUTUP")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let me = kepala.get("/api/v1/me").await.json;
    let root = me["unit_id"].as_str().unwrap();
    let r = kepala
        .get(&format!("/api/v1/calibration?unit={root}&period={last}"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "FINAL");
    assert_eq!(r.json["organisasi"], "BAIK");
    assert_eq!(r.json["total"], s.employees as i64);
    assert_eq!(r.json["belum_dinilai"], 0);
    assert!(
        r.json["violations"].as_array().unwrap().is_empty(),
        "{}",
        r.json["violations"]
    );
    let pegawai = Client::as_user_with(&t.db, "pegawai", pw).await;
    let pid = pegawai.get("/api/v1/me").await.json["id"]
        .as_str()
        .unwrap()
        .to_string();
    let e = pegawai
        .get(&format!("/api/v1/employees/{pid}/evaluation?period={last}"))
        .await;
    assert_eq!(e.json["predikat_usulan"], "BUTUH_PERBAIKAN", "{}", e.json);
    assert_eq!(e.json["predikat"], "BAIK");
    let a = pegawai.get("/api/v1/appeals").await;
    assert_eq!(a.json[0]["status"], "DIPUTUS", "{}", a.json);
    let penilai = Client::as_user_with(&t.db, "penilai", pw).await;
    let r = penilai
        .get(&format!("/api/v1/evaluations?period={last}&limit=200"))
        .await;
    let items = r.json["items"].as_array().unwrap();
    assert!(items.len() >= 5, "{}", r.json);
    assert!(items.iter().all(|i| i["status"] == "FINAL"), "{}", r.json);
}
on_both!(demo_last_year);
