//! The employee dashboard through the API on SQLite and PostgreSQL: realisasi and the
//! year-end projection of each IKI (checked by hand against the model), the RHK flags, the
//! squad role's progress, the open follow-ups soonest first, the latest feedback, and who may
//! read it.

use app::domain::dasbor::tertinggal;
use http::StatusCode;
use rantai_tests::http::Client;
use rantai_tests::plan::build_chain;
use rantai_tests::{on_both, this_year, Org, TestDb};
use serde_json::{json, Value};
use sqlx::Row;

fn day(offset: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(offset)).to_string()
}

/// The IKI ids of an RHK by aspect.
async fn iki_by_aspek(t: &TestDb, rhk: &str) -> (String, String, String) {
    let rows = sqlx::query("SELECT id, aspek FROM iki WHERE rhk_id = $1 ORDER BY urutan")
        .bind(rhk)
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    let by = |a: &str| {
        rows.iter()
            .find(|r| r.get::<String, _>("aspek") == a)
            .map(|r| r.get::<String, _>("id"))
            .unwrap()
    };
    (by("KUANTITAS"), by("KUALITAS"), by("WAKTU"))
}

fn close(v: &Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-9)
}

async fn record(c: &Client, iki: &str, sub_period: i64, value: f64) {
    let r = c
        .post_json(
            &format!("/api/v1/indicators/{iki}/realisasi"),
            json!({ "sub_period": sub_period, "value": value }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
}

fn find<'a>(list: &'a Value, key: &str, id: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|x| x[key] == id)
        .unwrap_or_else(|| panic!("{key}={id} in {list}"))
}

async fn dashboard_figures(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let me = org.emp["staff1a"].clone();
    let period = this_year(&staff).await;
    let (kuantitas, kualitas, waktu) = iki_by_aspek(&t, &chain.staff1a).await;

    // two quarters: 2 + 1 ton (target 5), and a level of 60 % then 70 % (target 100 %)
    record(&staff, &kuantitas, 1, 2.0).await;
    record(&staff, &kualitas, 1, 60.0).await;
    record(&staff, &kuantitas, 2, 1.0).await;
    record(&staff, &kualitas, 2, 70.0).await;
    // a high risk on the RHK (4 × 4 = 16, Sangat Tinggi)
    let r = staff
        .post_json(
            &format!("/api/v1/rhk/{}/risks", chain.staff1a),
            json!({ "deskripsi": "Armada terbatas", "kemungkinan": 4, "dampak": 4 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);

    // a squad that gives staff1a a role (30 %) and, through its matrix, a second RHK
    let r = kasi
        .post_json(
            "/api/v1/squads",
            json!({ "nama": "Tim Data Pangan", "rhk_id": chain.kasi1, "alokasi_ketua": 10 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let tim_id = r.json["id"].as_str().unwrap().to_string();
    let r = kasi
        .post_json(
            &format!("/api/v1/squads/{tim_id}/members"),
            json!({ "version": r.json["version"], "pegawai_id": me, "peran": "ANGGOTA", "alokasi": 30 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let tim = r.json.clone();
    let anggota = tim["anggota"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["pegawai"]["id"] == me.as_str())
        .unwrap()["id"]
        .clone();
    let kolom: Vec<Value> = tim["kolom"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| json!({ "id": k["id"], "judul": k["judul"] }))
        .collect();
    let r = kasi
        .put_json(
            &format!("/api/v1/squads/{tim_id}/matrix"),
            json!({ "version": tim["version"], "kolom": kolom,
                    "sel": [{ "anggota_id": anggota, "kolom": 0, "judul": "Tersusunnya data penerima" }] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);

    // the PPK holds a review with three follow-ups; one is done
    let r = kasi
        .post_json(
            &format!("/api/v1/employees/{me}/dialogues"),
            json!({ "period": period, "kind": "REVIU", "title": "Reviu triwulan II", "schedule": day(1) }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let dialog = r.json["id"].as_str().unwrap().to_string();
    let mut done = Value::Null;
    for (text, due) in [
        ("Lengkapi BAST penyaluran", day(7)),
        ("Kirim rekap data penerima", day(2)),
        ("Perbarui daftar armada", day(4)),
    ] {
        let r = kasi
            .post_json(
                &format!("/api/v1/dialogues/{dialog}/follow-ups"),
                json!({ "description": text, "pic_id": me, "due": due }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
        if text.starts_with("Perbarui") {
            done = find(&r.json["follow_ups"], "description", text).clone();
        }
    }
    let r = staff
        .put_json(
            &format!("/api/v1/follow-ups/{}", done["id"].as_str().unwrap()),
            json!({ "status": "SELESAI", "version": done["version"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);

    // feedback on the RHK, then on a value
    let subs = staff.get("/api/v1/periods").await.json["items"][0]["sub_periods"].clone();
    let q1 = subs[0]["id"].as_str().unwrap();
    for topic in [
        json!({ "rhk_id": chain.staff1a }),
        json!({ "nilai": "KOLABORATIF" }),
    ] {
        let mut body = json!({ "period": period, "sub_period": q1,
                               "text": "Penyaluran tepat waktu, dokumentasi perlu dilengkapi." });
        body.as_object_mut()
            .unwrap()
            .extend(topic.as_object().unwrap().clone());
        let r = kasi
            .post_json(&format!("/api/v1/employees/{me}/feedback"), body)
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    }

    let r = staff.get("/api/v1/dashboard/employee").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let d = &r.json;
    assert_eq!(d["pegawai_id"], me.as_str());
    assert_eq!(d["nama"], "Pegawai staff1a");
    assert_eq!(d["unit_name"], "Seksi Satu");
    assert_eq!(d["periode_id"], period.as_str());
    assert_eq!(d["tahun"], 2026);
    assert_eq!(d["skp_status"], "DRAFT");
    assert_eq!(d["skp_id"], chain.skp_staff1a.as_str());
    assert_eq!(d["milik_sendiri"], true);
    let w = d["waktu_berjalan"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&w), "{w}");

    // the home RHK: realisasi 3 ton and 70 %, nothing for Waktu
    assert_eq!(d["rhk"].as_array().unwrap().len(), 2, "{d}");
    let home = find(&d["rhk"], "rhk_id", &chain.staff1a);
    assert_eq!(home["jenis"], "UTAMA");
    assert_eq!(home["tim_id"], Value::Null);
    let iki = &home["iki"];
    let q = find(iki, "iki_id", &kuantitas);
    assert_eq!(q["aspek"], "KUANTITAS");
    assert_eq!(
        (q["target"].as_f64(), q["satuan"].as_str()),
        (Some(5.0), Some("ton"))
    );
    assert!(close(&q["realisasi"], 3.0), "{q}");
    // summed unit, pace of the reported quarters: 3 / 2 = 1.5 a quarter, 1.5 × 4 = 6 ≥ 5
    let p = &q["proyeksi"];
    assert_eq!(p["model"], "RATA_RATA");
    assert!(close(&p["nilai"], 6.0), "{p}");
    assert!(close(&p["laju"], 1.5), "{p}");
    assert_eq!(
        (p["dilaporkan"].as_u64(), p["jumlah_sub"].as_u64()),
        (Some(2), Some(4))
    );
    assert_eq!(p["kurang"], false);
    assert!(close(&p["kekurangan"], -0.2), "{p}");
    // a level: the line through (1, 60) and (2, 70) rises 10 a quarter and reaches 90 in Q4,
    // 10 % short of 100
    let k = find(iki, "iki_id", &kualitas);
    assert!(close(&k["realisasi"], 70.0), "{k}");
    let p = &k["proyeksi"];
    assert_eq!(p["model"], "TREN_LINEAR");
    assert!(close(&p["nilai"], 90.0), "{p}");
    assert!(close(&p["laju"], 10.0), "{p}");
    assert_eq!(p["dilaporkan"], 2);
    assert_eq!(p["kurang"], true);
    assert!(close(&p["kekurangan"], 0.1), "{p}");
    let wk = find(iki, "iki_id", &waktu);
    assert_eq!(wk["realisasi"], Value::Null);
    assert_eq!(wk["proyeksi"], Value::Null);
    // progress: (3/5 + 70/100 + 0) / 3; behind when it trails the time elapsed by > 25 points
    let progres = (0.6 + 0.7) / 3.0;
    assert!(close(&home["progres"], progres), "{home}");
    assert_eq!(home["tertinggal"], tertinggal(Some(progres), w));
    assert_eq!(home["risiko_tinggi"], true);

    // the squad RHK and the role: 30 %, its one RHK at 0
    let squad_rhk = d["rhk"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["tim_id"] == tim_id.as_str())
        .expect("the squad RHK");
    assert_eq!(squad_rhk["judul"], "Tersusunnya data penerima");
    assert_eq!(squad_rhk["tim_nama"], "Tim Data Pangan");
    assert_eq!(squad_rhk["risiko_tinggi"], false);
    assert!(close(&squad_rhk["progres"], 0.0));
    let peran = d["peran"].as_array().unwrap();
    assert_eq!(peran.len(), 1, "{d}");
    assert_eq!(peran[0]["tim_id"], tim_id.as_str());
    assert_eq!(peran[0]["tim_nama"], "Tim Data Pangan");
    assert_eq!(peran[0]["peran"], "Anggota");
    assert_eq!(peran[0]["alokasi"], 30);
    assert_eq!(peran[0]["rhk"][0]["rhk_id"], squad_rhk["rhk_id"]);
    assert!(close(&peran[0]["progres"], 0.0));
    assert!(close(&d["progres"], progres / 2.0), "{d}");

    // the open follow-ups, soonest first; the done one is not among them
    let tl = d["tindak_lanjut"].as_array().unwrap();
    let texts: Vec<&str> = tl
        .iter()
        .map(|x| x["description"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        ["Kirim rekap data penerima", "Lengkapi BAST penyaluran"]
    );
    assert_eq!(tl[0]["due"], day(2).as_str());
    assert_eq!(tl[0]["dialog_id"], dialog.as_str());
    assert_eq!(tl[0]["dialog_title"], "Reviu triwulan II");
    assert_eq!(tl[0]["pic_name"], "Pegawai staff1a");
    assert_eq!(tl[0]["overdue"], false);

    // the feedback, newest first
    let ub = d["umpan_balik"].as_array().unwrap();
    assert_eq!(ub.len(), 2, "{d}");
    assert_eq!(ub[0]["nilai"], "KOLABORATIF");
    assert_eq!(ub[1]["rhk_id"], chain.staff1a.as_str());
    assert_eq!(
        ub[1]["rhk_judul"],
        "Tersalurnya bantuan pangan wilayah staff1a"
    );
    assert_eq!(ub[1]["giver_name"], "Pegawai kasi1");
    assert_eq!(
        ub[1]["cuplikan"],
        "Penyaluran tepat waktu, dokumentasi perlu dilengkapi."
    );

    // the PPK sees the same figures for her, with the period named
    let r = kasi
        .get(&format!(
            "/api/v1/dashboard/employee?id={me}&period={period}"
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["milik_sendiri"], false);
    assert_eq!(r.json["rhk"], d["rhk"]);
    assert_eq!(r.json["tindak_lanjut"], d["tindak_lanjut"]);
}
on_both!(dashboard_figures);

/// No SKP yet: empty lists, no status; the OpenAPI document names the endpoint.
async fn dashboard_empty(t: TestDb) {
    Org::build(&t.db).await;
    let staff = Client::as_user(&t.db, "staff2").await;
    let r = staff.get("/api/v1/dashboard/employee").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["skp_status"], Value::Null);
    assert_eq!(r.json["skp_id"], Value::Null);
    assert_eq!(r.json["progres"], Value::Null);
    for list in ["rhk", "peran", "tindak_lanjut", "umpan_balik"] {
        assert_eq!(r.json[list], json!([]), "{list}");
    }
    let doc = staff.get("/api/v1/openapi.json").await.json;
    assert!(doc["paths"]["/api/v1/dashboard/employee"]["get"].is_object());
    assert!(doc["components"]["schemas"]["DasborPegawai"].is_object());
    // a sub-period is not a year
    let q1 = staff.get("/api/v1/periods").await.json["items"][0]["sub_periods"][0]["id"].clone();
    let r = staff
        .get(&format!(
            "/api/v1/dashboard/employee?period={}",
            q1.as_str().unwrap()
        ))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
}
on_both!(dashboard_empty);

/// One check per role: the employee, her PPK and the leaders above, admins and auditors read
/// it; a colleague, another section's head and another instansi do not.
async fn who_may_read(t: TestDb) {
    let org = Org::build(&t.db).await;
    build_chain(&t.db).await;
    let path = format!("/api/v1/dashboard/employee?id={}", org.emp["staff1a"]);
    for (user, want) in [
        ("staff1a", StatusCode::OK),        // herself
        ("kasi1", StatusCode::OK),          // her PPK
        ("kadis", StatusCode::OK),          // atasan PPK, head of the dinas
        ("kepala", StatusCode::OK),         // head of the unit at the top
        ("admin", StatusCode::OK),          // admin of the instansi
        ("auditor", StatusCode::OK),        // auditor of the instansi
        ("staff1b", StatusCode::FORBIDDEN), // a peer in the same section
        ("kasi2", StatusCode::FORBIDDEN),   // the head of another section
        ("adminb", StatusCode::FORBIDDEN),  // admin of another instansi
    ] {
        let c = Client::as_user(&t.db, user).await;
        let r = c.get(&path).await;
        assert_eq!(r.status, want, "{user}: {}", r.json);
        if want == StatusCode::OK {
            assert_eq!(r.json["pegawai_id"], org.emp["staff1a"].as_str(), "{user}");
        } else {
            assert!(r.json["rhk"].is_null(), "{user} sees nothing: {}", r.json);
        }
    }
    // an account without an employee record has no dashboard of its own; an unknown id is 404
    let admin = Client::as_user(&t.db, "admin").await;
    assert_eq!(
        admin.get("/api/v1/dashboard/employee").await.status,
        StatusCode::NOT_FOUND
    );
    let r = admin.get("/api/v1/dashboard/employee?id=tidak-ada").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.json);
    // signed out: 401
    let anon = Client::new(&t.db);
    assert_eq!(anon.get(&path).await.status, StatusCode::UNAUTHORIZED);
}
on_both!(who_may_read);
