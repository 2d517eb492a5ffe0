//! Tindak lanjut through the API on SQLite and PostgreSQL: the angka kredit ledger posted when a
//! calibration is finalised (with the percentage and coefficient used) and corrected by an
//! appeal, who may read it, the leader's potensi and the 9-box, the predikat export (CSV and
//! XLSX), the evaluation document as a PDF, the agency's curve settings changing calibration's
//! verdict, and the demo's follow-up of last year.

use std::io::Cursor;

use app::backend::repo::angka_kredit::Cakupan;
use app::backend::repo::jabatan;
use app::backend::tindak_lanjut::angka_kredit;
use app::domain::angka_kredit::Jenjang;
use app::domain::jabatan::JenisJabatan;
use calamine::{Data, Reader, Xlsx};
use http::StatusCode;
use rantai_tests::http::{Client, Reply};
use rantai_tests::{on_both, Org, TestDb};
use serde_json::{json, Value};
use sqlx::Row;

/// Makes `staff2` (Seksi Dua, PPK kasi2, atasan kadis) a Pranata Komputer Ahli Muda.
async fn functional_staff2(t: &TestDb, org: &Org) {
    let u = &org.units["seksi2"];
    let mut tx = t.db.begin().await.unwrap();
    let jab = jabatan::find_or_create(
        &mut tx,
        &u.instansi_id,
        jabatan::NewJabatan {
            unit_id: &u.id,
            nama: "Pranata Komputer Ahli Muda",
            jenis: JenisJabatan::Fungsional,
            jenjang: Some(Jenjang::AhliMuda),
            kepala_unit: false,
        },
    )
    .await
    .unwrap();
    sqlx::query("UPDATE pegawai SET jabatan_id = $1 WHERE id = $2")
        .bind(&jab)
        .bind(&org.emp["staff2"])
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

fn rating(hasil: &str, perilaku: &str) -> Value {
    json!({ "rating_hasil_kerja": hasil, "alasan_hasil_kerja": "sesuai realisasi dan bukti",
            "rating_perilaku_kerja": perilaku, "alasan_perilaku_kerja": "sesuai umpan balik" })
}

/// Seksi Dua rated (kasi2 Baik by kadis, staff2 Baik by kasi2) under an organisation result of
/// Baik; finalised when `finalise`. Returns staff2's evaluation id.
async fn seksi2_rated(t: &TestDb, org: &Org, finalise: bool) -> String {
    let kadis = Client::as_user(&t.db, "kadis").await;
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let seksi2 = &org.units["seksi2"].id;
    let r = kadis
        .put_json(
            &format!("/api/v1/units/{seksi2}/organisation-result"),
            json!({ "predikat": "BAIK", "alasan": "target tercapai" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let path = |who: &str| format!("/api/v1/employees/{}/evaluation", org.emp[who]);
    let r = kadis
        .post_json(&path("kasi2"), rating("SESUAI", "SESUAI"))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let r = kasi2
        .post_json(&path("staff2"), rating("SESUAI", "DI_ATAS"))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(r.json["predikat"], "BAIK");
    let id = r.json["id"].as_str().unwrap().to_string();
    if finalise {
        let r = kasi2
            .post_json(
                "/api/v1/calibration/finalisation",
                json!({ "unit": seksi2 }),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    }
    id
}

async fn ledger(c: &Client, pegawai: &str) -> Reply {
    c.get(&format!("/api/v1/employees/{pegawai}/angka-kredit"))
        .await
}

/// Finalisation posts the entry with the percentage and coefficient used; an appeal that
/// changes the predikat corrects it, keeping the old entry.
async fn ledger_posted_and_corrected(t: TestDb) {
    let org = Org::build(&t.db).await;
    functional_staff2(&t, &org).await;
    let staff2 = Client::as_user(&t.db, "staff2").await;
    let s2 = &org.emp["staff2"];
    let eval = seksi2_rated(&t, &org, false).await;
    // rated but not final: nothing yet
    let r = ledger(&staff2, s2).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["jenjang"], "AHLI_MUDA");
    assert!(r.json["entries"].as_array().unwrap().is_empty());
    assert_eq!(r.json["kemajuan"]["pangkat"]["kebutuhan"], 100.0);
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let r = kasi2
        .post_json(
            "/api/v1/calibration/finalisation",
            json!({ "unit": org.units["seksi2"].id }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let r = ledger(&staff2, s2).await;
    let e = &r.json["entries"][0];
    assert_eq!(e["predikat"], "BAIK", "{}", r.json);
    assert_eq!(e["jenjang"], "AHLI_MUDA");
    assert_eq!(e["bulan"], 12);
    assert_eq!(e["persentase"], 100.0);
    assert_eq!(e["koefisien"], 25.0);
    assert_eq!(e["angka_kredit"], 25.0);
    assert_eq!(e["sumber"], "KALIBRASI");
    assert_eq!(e["status"], "BERLAKU");
    assert_eq!(e["evaluasi_id"], eval.as_str());
    assert_eq!(r.json["total"], 25.0);
    assert_eq!(r.json["kemajuan"]["pangkat"]["persen"], 25.0);
    assert_eq!(r.json["kemajuan"]["jenjang"]["kurang"], 175.0);
    // a structural position earns none
    let r = ledger(&kasi2, &org.emp["kasi2"]).await;
    assert_eq!(r.json["jenjang"], Value::Null, "{}", r.json);
    assert!(r.json["entries"].as_array().unwrap().is_empty());

    // the appeal, decided by the atasan PPK (kadis): Sangat Baik
    let r = staff2
        .post_json(
            &format!("/api/v1/evaluations/{eval}/appeal"),
            json!({ "alasan": "seluruh target terlampaui dengan bukti" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let (appeal, version) = (
        r.json["id"].as_str().unwrap().to_string(),
        r.json["version"].clone(),
    );
    let kadis = Client::as_user(&t.db, "kadis").await;
    let r = kadis
        .post_json(
            &format!("/api/v1/appeals/{appeal}/decision"),
            json!({ "keterangan_ppk": "realisasi diverifikasi", "keterangan_pegawai": "bukti lengkap",
                    "predikat": "SANGAT_BAIK", "alasan": "bukti menunjukkan hasil di atas ekspektasi",
                    "version": version }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let r = ledger(&staff2, s2).await;
    let entries = r.json["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{}", r.json);
    let (old, new) = (&entries[0], &entries[1]);
    assert_eq!(old["status"], "DIKOREKSI");
    assert_eq!(old["angka_kredit"], 25.0);
    assert_eq!(new["status"], "BERLAKU");
    assert_eq!(new["sumber"], "KEBERATAN");
    assert_eq!(new["predikat"], "SANGAT_BAIK");
    assert_eq!(new["persentase"], 150.0);
    assert_eq!(new["koefisien"], 25.0);
    assert_eq!(new["angka_kredit"], 37.5);
    assert_eq!(new["koreksi_dari"], old["id"]);
    assert_eq!(r.json["total"], 37.5);
    assert_eq!(r.json["kemajuan"]["pangkat"]["persen"], 37.5);
    // both written with their audit rows
    let admin = Client::as_user(&t.db, "admin").await;
    let id = new["id"].as_str().unwrap();
    let r = admin
        .get(&format!("/api/v1/audit?entity=angka_kredit&id={id}"))
        .await;
    assert_eq!(r.json[0]["aksi"], "correct", "{}", r.json);
    assert_eq!(r.json[0]["sebelum"]["predikat"], "BAIK");
    // posting again (another calibration over the same people) adds nothing
    let mut tx = t.db.begin().await.unwrap();
    let root = Cakupan::Subtree {
        periode_id: new["periode_id"].as_str().unwrap(),
        path: &org.units["root"].path,
    };
    let written = angka_kredit::sync(&mut tx, &org.instansi_a, &root, "KALIBRASI", None)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(written, 0);
    let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM angka_kredit")
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
        .get("n");
    assert_eq!(n, 2);
}
on_both!(ledger_posted_and_corrected);

/// The ledger is read like the employee: themself, their leaders, the agency's admin and
/// auditor; nobody else, and never another instansi.
async fn ledger_authorisation(t: TestDb) {
    let org = Org::build(&t.db).await;
    functional_staff2(&t, &org).await;
    seksi2_rated(&t, &org, true).await;
    let s2 = &org.emp["staff2"];
    for who in ["staff2", "kasi2", "kadis", "kepala", "admin", "auditor"] {
        let c = Client::as_user(&t.db, who).await;
        let r = ledger(&c, s2).await;
        assert_eq!(r.status, StatusCode::OK, "{who}: {}", r.json);
        assert_eq!(r.json["total"], 25.0, "{who}");
    }
    for who in ["staff1a", "kasi1", "adminb", "kepalab"] {
        let c = Client::as_user(&t.db, who).await;
        let r = ledger(&c, s2).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.json);
        assert_eq!(r.json["error"]["code"], "forbidden");
    }
    let admin = Client::as_user(&t.db, "admin").await;
    let r = ledger(&admin, "tidak-ada").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.json);
    assert!(r.json["error"]["message"].is_string());
}
on_both!(ledger_authorisation);

async fn potential(c: &Client, pegawai: &str, body: Value) -> Reply {
    c.put_json(&format!("/api/v1/employees/{pegawai}/potential"), body)
        .await
}

/// The leader enters potensi (version-checked); the 9-box places people by final predikat and
/// potensi, with the recommendation per box, one page at a time.
async fn talent_grid(t: TestDb) {
    let org = Org::build(&t.db).await;
    seksi2_rated(&t, &org, true).await;
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let (s2, k2) = (&org.emp["staff2"], &org.emp["kasi2"]);
    let r = potential(
        &kasi2,
        s2,
        json!({ "potensi": "TINGGI", "alasan": "asesmen" }),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["version"], 1);
    // a second write without the version is a conflict; with it, a change
    let r = potential(&kasi2, s2, json!({ "potensi": "MENENGAH" })).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = potential(&kasi2, s2, json!({ "potensi": "MENENGAH", "version": 1 })).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["version"], 2);
    let r = potential(&kadis, k2, json!({ "potensi": "TINGGI" })).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    // only the PPK or a head above; never oneself, never another instansi
    for who in ["staff2", "staff1a", "kasi1", "admin", "adminb"] {
        let c = Client::as_user(&t.db, who).await;
        let r = potential(&c, s2, json!({ "potensi": "RENDAH", "version": 2 })).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.json);
    }
    let r = potential(&kasi2, k2, json!({ "potensi": "TINGGI", "version": 1 })).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    let r = potential(&kasi2, s2, json!({ "potensi": "SEDANG", "version": 2 })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    let audit = Client::as_user(&t.db, "auditor").await;
    let r = audit
        .get(&format!(
            "/api/v1/audit?entity=potensi_pegawai&id={s2}:{}",
            seksi2_period(&t, &org).await
        ))
        .await;
    assert_eq!(r.json.as_array().map(Vec::len), Some(2), "{}", r.json);

    let seksi2 = &org.units["seksi2"].id;
    let r = kadis.get(&format!("/api/v1/talent?unit={seksi2}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let boxes = r.json["boxes"].as_array().unwrap();
    assert_eq!(boxes.len(), 9);
    let count = |n: usize| boxes[n - 1]["jumlah"].as_i64().unwrap();
    // kasi2: Baik × Tinggi → box 8; staff2: Baik × Menengah → box 5
    assert_eq!((count(8), count(5)), (1, 1), "{}", r.json);
    assert_eq!(
        boxes
            .iter()
            .map(|b| b["jumlah"].as_i64().unwrap())
            .sum::<i64>(),
        2
    );
    assert_eq!(boxes[7]["kinerja"], "MENENGAH");
    assert_eq!(boxes[7]["potensi"], "TINGGI");
    assert!(boxes[8]["penghargaan"]
        .as_str()
        .unwrap()
        .contains("Promosi"));
    assert!(boxes[8]["penghargaan_en"]
        .as_str()
        .unwrap()
        .contains("Promotion"));
    assert_eq!(r.json["belum_lengkap"], 0);
    // each person links their final evaluation; kadis (head above) may judge both
    for p in r.json["items"].as_array().unwrap() {
        assert!(p["evaluasi_id"].is_string(), "{p}");
        assert_eq!(p["boleh_potensi"], true, "{p}");
        assert_eq!(p["jenjang"], Value::Null, "{p}");
    }
    // kasi2 heads the seksi: everyone but himself
    let r = kasi2.get(&format!("/api/v1/talent?unit={seksi2}")).await;
    for p in r.json["items"].as_array().unwrap() {
        assert_eq!(p["boleh_potensi"], p["pegawai_id"] != json!(k2), "{p}");
    }
    // paginated
    let r = kadis
        .get(&format!("/api/v1/talent?unit={seksi2}&limit=1"))
        .await;
    assert_eq!(r.json["items"].as_array().unwrap().len(), 1);
    let cursor = r.json["next_cursor"].as_str().unwrap().to_string();
    let first = r.json["items"][0]["pegawai_id"].clone();
    let r = kadis
        .get(&format!(
            "/api/v1/talent?unit={seksi2}&limit=1&cursor={cursor}"
        ))
        .await;
    assert_eq!(r.json["items"].as_array().unwrap().len(), 1);
    assert_ne!(r.json["items"][0]["pegawai_id"], first);
    assert_eq!(r.json["next_cursor"], Value::Null);
    let placed = &r.json["items"][0];
    assert!(placed["kotak"].is_u64(), "{}", r.json);
    // the dinas: staff of Seksi Satu are not rated, so not placed
    let r = kadis
        .get(&format!("/api/v1/talent?unit={}", org.units["dinas"].id))
        .await;
    assert!(r.json["belum_lengkap"].as_i64().unwrap() >= 3, "{}", r.json);
    // the 9-box is per annual period
    let quarter: String =
        sqlx::query("SELECT id FROM periode WHERE instansi_id = $1 AND parent_id IS NOT NULL")
            .bind(&org.instansi_a)
            .fetch_all(&t.db.pool)
            .await
            .unwrap()[0]
            .get("id");
    let r = kadis
        .get(&format!("/api/v1/talent?unit={seksi2}&period={quarter}"))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    // for leaders, admins and auditors of the unit only
    let r = audit.get(&format!("/api/v1/talent?unit={seksi2}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["boleh_potensi"] == false));
    for who in ["staff2", "kasi1", "adminb"] {
        let c = Client::as_user(&t.db, who).await;
        let r = c.get(&format!("/api/v1/talent?unit={seksi2}")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.json);
    }
}
on_both!(talent_grid);

/// This year's annual period of instansi A.
async fn seksi2_period(t: &TestDb, org: &Org) -> String {
    sqlx::query("SELECT id FROM periode WHERE instansi_id = $1 AND jenis = 'TAHUNAN'")
        .bind(&org.instansi_a)
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
        .get("id")
}

/// The predikat export as CSV (content) and XLSX (it opens, NIP stays text).
async fn predikat_export(t: TestDb) {
    let org = Org::build(&t.db).await;
    seksi2_rated(&t, &org, true).await;
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let seksi2 = &org.units["seksi2"].id;
    let r = kasi2
        .get(&format!(
            "/api/v1/evaluations/export?unit={seksi2}&format=csv"
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert!(r.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let mut csv = csv::Reader::from_reader(r.body.as_slice());
    let header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "nip",
            "nama",
            "unit_kerja",
            "jabatan",
            "hasil_kerja",
            "perilaku_kerja",
            "predikat",
            "final"
        ]
    );
    let rows: Vec<Vec<String>> = csv
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    let staff2 = rows
        .iter()
        .find(|r| r[1] == "Pegawai staff2")
        .expect("staff2's row");
    assert_eq!(staff2[2], "Seksi Dua");
    assert_eq!(staff2[4], "Sesuai Ekspektasi");
    assert_eq!(staff2[5], "Di Atas Ekspektasi");
    assert_eq!(staff2[6], "Baik");
    assert_eq!(staff2[7], "ya");
    let nip = staff2[0].clone();

    let admin = Client::as_user(&t.db, "admin").await;
    let root = &org.units["root"].id;
    let r = admin
        .get(&format!(
            "/api/v1/evaluations/export?unit={root}&format=xlsx"
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(r.body)).expect("an XLSX");
    let sheet = book.worksheet_range("Predikat").expect("the sheet");
    // the header and all seven people of instansi A, rated or not
    assert_eq!(sheet.height(), 8);
    let line = sheet
        .rows()
        .find(|row| row[0] == Data::String(nip.clone()))
        .expect("staff2 by NIP, as text");
    assert_eq!(line[6], Data::String("Baik".into()));
    let unrated = sheet
        .rows()
        .find(|row| row[1] == Data::String("Pegawai staff1a".into()))
        .unwrap();
    // no predikat: an empty cell
    assert_eq!(unrated[6].to_string(), "");
    assert_eq!(unrated[7], Data::String("tidak".into()));

    let r = kasi2
        .get(&format!(
            "/api/v1/evaluations/export?unit={seksi2}&format=pdf"
        ))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    for who in ["staff2", "kasi1", "adminb"] {
        let c = Client::as_user(&t.db, who).await;
        let r = c
            .get(&format!("/api/v1/evaluations/export?unit={seksi2}"))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.json);
    }
}
on_both!(predikat_export);

/// The evaluation document is a PDF with the official headings, for whoever may read it.
async fn evaluation_document(t: TestDb) {
    let org = Org::build(&t.db).await;
    let eval = seksi2_rated(&t, &org, true).await;
    let staff2 = Client::as_user(&t.db, "staff2").await;
    let r = staff2.get(&format!("/api/v1/evaluations/{eval}/pdf")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.headers["content-type"], "application/pdf");
    assert!(r.body.starts_with(b"%PDF-"));
    let pdf = lopdf::Document::load_mem(&r.body).expect("a readable PDF");
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).expect("text");
    // wrapped cells come back line by line
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "Pegawai staff2",
        "PEJABAT PENILAI KINERJA",
        "ATASAN PEJABAT PENILAI KINERJA",
        "CAPAIAN KINERJA ORGANISASI",
        "PREDIKAT KINERJA PEGAWAI",
        "sesuai realisasi dan bukti",
    ] {
        assert!(text.contains(want), "{want} in {text}");
    }
    for who in ["staff1a", "adminb"] {
        let c = Client::as_user(&t.db, who).await;
        let r = c.get(&format!("/api/v1/evaluations/{eval}/pdf")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}: {}", r.json);
    }
    let r = staff2.get("/api/v1/evaluations/tidak-ada/pdf").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.json);
}
on_both!(evaluation_document);

async fn verdict(c: &Client, unit: &str) -> Value {
    let r = c.get(&format!("/api/v1/calibration?unit={unit}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    r.json
}

/// The admin's curve settings change calibration's verdict: a smaller minimum group brings a
/// group of two under the curve, and the rounding decides how many Baik it allows.
async fn curve_settings_change_the_verdict(t: TestDb) {
    let org = Org::build(&t.db).await;
    seksi2_rated(&t, &org, false).await;
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let admin = Client::as_user(&t.db, "admin").await;
    let seksi2 = &org.units["seksi2"].id;
    let r = admin.get("/api/v1/settings/curve").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(
        (r.json["rounding"].clone(), r.json["min_group"].clone()),
        (json!("STRICT"), json!(10))
    );
    assert_eq!(r.json["version"], 0);
    // two people, both Baik, under Baik: not checked below ten
    assert_eq!(verdict(&kasi2, seksi2).await["checked"], false);

    let put = |body: Value| {
        let admin = &admin;
        async move { admin.put_json("/api/v1/settings/curve", body).await }
    };
    let r = put(json!({ "rounding": "STRICT", "min_group": 2, "version": 0 })).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["version"], 1);
    let strict = verdict(&kasi2, seksi2).await;
    assert_eq!(strict["checked"], true);
    assert_eq!(strict["min_group"], 2);
    // "Baik at most 70 %" of 2 is 1 person strictly: two Baik break it
    let strict_n = strict["violations"].as_array().unwrap().len();
    assert!(strict_n >= 2, "{}", strict["violations"]);
    let r = kasi2
        .post_json(
            "/api/v1/calibration/finalisation",
            json!({ "unit": seksi2 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);

    let r = put(json!({ "rounding": "LENIENT", "min_group": 2, "version": 1 })).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let lenient = verdict(&kasi2, seksi2).await;
    assert_eq!(
        lenient["violations"].as_array().unwrap().len(),
        strict_n - 1,
        "{lenient}"
    );
    // a stale version, a bad size, a bad rounding; not for non-admins; per instansi
    let r = put(json!({ "rounding": "STRICT", "min_group": 10, "version": 1 })).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = put(json!({ "rounding": "STRICT", "min_group": 0, "version": 2 })).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    let r = put(json!({ "rounding": "BULAT", "min_group": 5, "version": 2 })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    for who in ["kasi2", "kepala", "auditor"] {
        let c = Client::as_user(&t.db, who).await;
        assert_eq!(
            c.get("/api/v1/settings/curve").await.status,
            StatusCode::FORBIDDEN,
            "{who}"
        );
        let r = c
            .put_json(
                "/api/v1/settings/curve",
                json!({ "rounding": "STRICT", "min_group": 10, "version": 2 }),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{who}");
    }
    let adminb = Client::as_user(&t.db, "adminb").await;
    assert_eq!(
        adminb.get("/api/v1/settings/curve").await.json["version"],
        0
    );
    let mut en = admin.get("/api/v1/settings/curve").await;
    assert_eq!(en.json["rounding"], "LENIENT");
    en = admin
        .send(
            http::Request::put("/api/v1/settings/curve")
                .header("content-type", "application/json")
                .header("accept-language", "en")
                .body(axum::body::Body::from(
                    json!({ "rounding": "STRICT", "min_group": 0, "version": 2 }).to_string(),
                ))
                .unwrap(),
        )
        .await;
    assert!(
        en.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("minimum group"),
        "{}",
        en.json
    );
    let r = admin
        .get(&format!(
            "/api/v1/audit?entity=pengaturan_kurva&id={}",
            org.instansi_a
        ))
        .await;
    assert_eq!(r.json.as_array().map(Vec::len), Some(2), "{}", r.json);
}
on_both!(curve_settings_change_the_verdict);

/// The demo: last year's functional employees have their ledger entry, consistent with the
/// percentage and coefficient it names, and the 9-box of the agency places people.
async fn demo_follow_up(t: TestDb) {
    server::seed::demo::run(&t.db).await.expect("seed demo");
    let pw = server::seed::demo::PASSWORD;
    let admin = Client::as_user_with(&t.db, "admin", pw).await;
    let rows = sqlx::query("SELECT DISTINCT pegawai_id FROM angka_kredit")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert!(
        rows.len() >= 20,
        "{} functional employees with AK",
        rows.len()
    );
    let functional: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id \
         AND j.id = p.jabatan_id WHERE j.jenjang IS NOT NULL",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap()
    .get("n");
    assert_eq!(rows.len() as i64, functional);
    for row in rows.iter().take(5) {
        let id: String = row.get("pegawai_id");
        let r = ledger(&admin, &id).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.json);
        let e = &r.json["entries"][0];
        let expect = e["koefisien"].as_f64().unwrap()
            * e["persentase"].as_f64().unwrap()
            * e["bulan"].as_f64().unwrap()
            / 1200.0;
        assert!(
            (e["angka_kredit"].as_f64().unwrap() - expect).abs() < 1e-9,
            "{e}"
        );
        assert_eq!(r.json["total"], e["angka_kredit"]);
    }
    let kepala = Client::as_user_with(&t.db, "kepala", pw).await;
    let me = kepala.get("/api/v1/me").await.json;
    let last: String =
        sqlx::query("SELECT id FROM periode WHERE jenis = 'TAHUNAN' AND status = 'DITUTUP'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap()
            .get("id");
    let r = kepala
        .get(&format!(
            "/api/v1/talent?unit={}&period={last}",
            me["unit_id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let placed: i64 = r.json["boxes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["jumlah"].as_i64().unwrap())
        .sum();
    assert!(placed > 100, "{placed} placed");
    assert!(r.json["belum_lengkap"].as_i64().unwrap() > 0);
}
on_both!(demo_follow_up);

/// Every follow-up endpoint is in the OpenAPI document.
#[tokio::test]
async fn openapi_describes_the_follow_up() {
    let t = TestDb::sqlite().await;
    let doc = Client::new(&t.db).get("/api/v1/openapi.json").await.json;
    for (path, method) in [
        ("/api/v1/employees/{id}/angka-kredit", "get"),
        ("/api/v1/employees/{id}/potential", "put"),
        ("/api/v1/talent", "get"),
        ("/api/v1/evaluations/export", "get"),
        ("/api/v1/evaluations/{id}/pdf", "get"),
        ("/api/v1/settings/curve", "get"),
        ("/api/v1/settings/curve", "put"),
    ] {
        assert!(
            doc["paths"][path][method].is_object(),
            "{method} {path} missing from the OpenAPI document"
        );
    }
    for schema in [
        "AngkaKredit",
        "EntriAk",
        "Kemajuan",
        "PetaTalenta",
        "PengaturanKurva",
    ] {
        assert!(
            doc["components"]["schemas"][schema].is_object(),
            "{schema} missing"
        );
    }
}
