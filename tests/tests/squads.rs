//! Squads (tim kerja) and the Matriks Peran Hasil through the API on SQLite and PostgreSQL:
//! matrix → RHK creation, update, retirement (kept with history) and reactivation; members
//! from another unit and their own PPK; the contribution map; workload sums and the > 100 %
//! flag with the export; bad input; and who may do what.

use http::{header, Request, StatusCode};
use rantai_tests::http::{Client, Reply};
use rantai_tests::plan::{build_chain, step, Chain};
use rantai_tests::{on_both, Org, TestDb};
use serde_json::{json, Value};
use sqlx::Row;

/// kasi1 forms a squad serving their RHK; staff1a (same unit) is ANGGOTA 30 %, staff2 (another
/// unit, PPK kasi2) is "analis data" 40 % and KOORDINATOR 20 %.
struct Squad {
    org: Org,
    chain: Chain,
    lead: Client,
    id: String,
    tim: Value,
}

impl Squad {
    fn row(&self, user: &str, peran: &str) -> String {
        let pid = &self.org.emp[user];
        self.tim["anggota"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["pegawai"]["id"] == *pid && a["peran"] == peran && a["keluar_at"].is_null())
            .unwrap_or_else(|| panic!("{user} {peran}: {}", self.tim["anggota"]))["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    fn kolom(&self) -> Vec<Value> {
        self.tim["kolom"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| json!({ "id": k["id"], "judul": k["judul"] }))
            .collect()
    }

    async fn add(&mut self, user: &str, peran: &str, nama: Option<&str>, alokasi: i64) -> Reply {
        let r = self
            .lead
            .post_json(
                &format!("/api/v1/squads/{}/members", self.id),
                json!({ "version": self.tim["version"], "pegawai_id": self.org.emp[user],
                        "peran": peran, "nama_peran": nama, "alokasi": alokasi }),
            )
            .await;
        if r.status == StatusCode::CREATED {
            self.tim = r.json.clone();
        }
        r
    }

    async fn matrix(&mut self, c: &Client, sel: Value) -> Reply {
        let r = c
            .put_json(
                &format!("/api/v1/squads/{}/matrix", self.id),
                json!({ "version": self.tim["version"], "kolom": self.kolom(), "sel": sel }),
            )
            .await;
        if r.status == StatusCode::OK {
            self.tim = r.json.clone();
        }
        r
    }
}

async fn squad(t: &TestDb) -> Squad {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let lead = Client::as_user(&t.db, "kasi1").await;
    let r = lead
        .post_json(
            "/api/v1/squads",
            json!({ "nama": "Tim Data Terpadu", "tujuan": "Satu data bantuan pangan",
                    "rhk_id": chain.kasi1, "alokasi_ketua": 10 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "create: {}", r.json);
    let id = r.json["id"].as_str().unwrap().to_string();
    // the matrix starts with one column per IKI of the served RHK
    assert_eq!(r.json["kolom"].as_array().unwrap().len(), 3, "{}", r.json);
    assert_eq!(r.json["anggota"][0]["peran"], "KETUA");
    let mut s = Squad {
        org,
        chain,
        lead,
        id,
        tim: r.json,
    };
    for (user, peran, nama, alokasi) in [
        ("staff1a", "ANGGOTA", None, 30),
        ("staff2", "LAINNYA", Some("analis data"), 40),
        ("staff2", "KOORDINATOR", None, 20),
    ] {
        let r = s.add(user, peran, nama, alokasi).await;
        assert_eq!(r.status, StatusCode::CREATED, "{user}: {}", r.json);
    }
    s
}

fn rhk_titled<'a>(skp: &'a Value, judul: &str) -> Option<&'a Value> {
    skp["rhk"].as_array()?.iter().find(|r| r["judul"] == judul)
}

async fn skp_of(c: &Client, pegawai: &str) -> Reply {
    c.get(&format!("/api/v1/employees/{pegawai}/skp")).await
}

async fn audit_actions(t: &TestDb, entity: &str, id: &str) -> Vec<String> {
    sqlx::query("SELECT aksi FROM audit_log WHERE entitas = $1 AND entitas_id = $2 ORDER BY at, id")
        .bind(entity)
        .bind(id)
        .fetch_all(&t.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("aksi"))
        .collect()
}

async fn matrix_creates_updates_retires_rhk(t: TestDb) {
    let mut s = squad(&t).await;
    let (a1, analis, koord) = (
        s.row("staff1a", "ANGGOTA"),
        s.row("staff2", "LAINNYA"),
        s.row("staff2", "KOORDINATOR"),
    );
    let lead = Client::as_user(&t.db, "kasi1").await;
    let r = s
        .matrix(
            &lead,
            json!([
                { "anggota_id": a1, "kolom": 0, "judul": "Tersusunnya dasbor data bantuan" },
                { "anggota_id": analis, "kolom": 0, "judul": "Tersedianya analisis sebaran penerima" },
                { "anggota_id": koord, "kolom": 1, "judul": "x" },
            ]),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "matrix: {}", r.json);
    assert_eq!(r.json["sel"].as_array().unwrap().len(), 2, "x is no cell");

    // staff1a's SKP (a draft) has the squad RHK, intervening the column's (kasi1's) RHK
    let staff1a = Client::as_user(&t.db, "staff1a").await;
    let skp = skp_of(&staff1a, &s.org.emp["staff1a"]).await;
    assert_eq!(skp.status, StatusCode::OK);
    let rhk = rhk_titled(&skp.json, "Tersusunnya dasbor data bantuan").expect("squad RHK");
    assert_eq!(rhk["intervensi"]["id"], s.chain.kasi1);
    assert_eq!(
        rhk["iki"].as_array().unwrap().len(),
        3,
        "default IKI: three aspects"
    );
    let rhk_a1 = rhk["id"].as_str().unwrap().to_string();
    let row = sqlx::query("SELECT tim_id, penugasan_dari, pensiun_at FROM rhk WHERE id = $1")
        .bind(&rhk_a1)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(row.get::<String, _>("tim_id"), s.id);
    assert_eq!(row.get::<String, _>("penugasan_dari"), s.org.emp["kasi1"]);

    // staff2 (another unit) had no SKP: it was opened as a draft, and their own PPK sees it
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let skp2 = skp_of(&kasi2, &s.org.emp["staff2"]).await;
    assert_eq!(skp2.status, StatusCode::OK, "{}", skp2.json);
    assert_eq!(skp2.json["status"], "DRAFT");
    let rhk2 = rhk_titled(&skp2.json, "Tersedianya analisis sebaran penerima")
        .expect("the member's PPK sees the squad RHK")["id"]
        .as_str()
        .unwrap()
        .to_string();

    // the member may keep the squad's intervention when editing it (not their PPK's RHK)
    let staff2 = Client::as_user(&t.db, "staff2").await;
    let body = rantai_tests::plan::with(
        rantai_tests::plan::rhk(
            "Tersedianya analisis sebaran penerima",
            Some(&s.chain.kasi1),
            &rantai_tests::plan::staff_iki(4.0, "Laporan"),
        ),
        json!({ "version": skp2.json["version"] }),
    );
    let r = staff2.put_json(&format!("/api/v1/rhk/{rhk2}"), body).await;
    assert_eq!(r.status, StatusCode::OK, "squad RHK edit: {}", r.json);

    // the member cannot delete it from their SKP: the matrix still points at it
    let skp2 = skp_of(&kasi2, &s.org.emp["staff2"]).await;
    let r = staff2
        .delete(&format!(
            "/api/v1/rhk/{rhk2}?version={}",
            skp2.json["version"]
        ))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);

    // a changed cell updates the same RHK
    let r = s
        .matrix(
            &lead,
            json!([
                { "anggota_id": a1, "kolom": 0, "judul": "Tersusunnya dasbor data bantuan pangan" },
                { "anggota_id": analis, "kolom": 0, "judul": "Tersedianya analisis sebaran penerima" },
            ]),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let skp = skp_of(&staff1a, &s.org.emp["staff1a"]).await;
    let rhk = rhk_titled(&skp.json, "Tersusunnya dasbor data bantuan pangan").expect("updated");
    assert_eq!(rhk["id"], rhk_a1.as_str(), "the same RHK");

    // removing a cell retires its RHK: kept, with history, out of the contribution map
    let r = s
        .matrix(
            &lead,
            json!([{ "anggota_id": a1, "kolom": 0, "judul": "Tersusunnya dasbor data bantuan pangan" }]),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let row = sqlx::query("SELECT pensiun_at FROM rhk WHERE id = $1")
        .bind(&rhk2)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(
        row.get::<Option<String>, _>("pensiun_at").is_some(),
        "retired, not deleted"
    );
    let skp2_id = skp2.json["id"].as_str().unwrap();
    assert_eq!(
        audit_actions(&t, "skp", skp2_id).await,
        ["create", "rhk_tim_create", "rhk_update", "rhk_tim_retire"]
    );
    let after = skp_of(&kasi2, &s.org.emp["staff2"]).await;
    assert!(
        after.json["rhk"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["id"] != rhk2.as_str()),
        "a retired RHK leaves the plan: {}",
        after.json["rhk"]
    );
    let map = kasi2
        .get(&format!(
            "/api/v1/employees/{}/contributions",
            s.org.emp["staff2"]
        ))
        .await;
    assert_eq!(map.status, StatusCode::OK, "{}", map.json);
    assert!(map.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["rhk_id"] != rhk2.as_str()));

    // the cell back: the retired RHK is reactivated (same id, history kept)
    let r = s
        .matrix(
            &lead,
            json!([
                { "anggota_id": a1, "kolom": 0, "judul": "Tersusunnya dasbor data bantuan pangan" },
                { "anggota_id": analis, "kolom": 0, "judul": "Tersedianya analisis penerima" },
            ]),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let row = sqlx::query("SELECT judul, pensiun_at FROM rhk WHERE id = $1")
        .bind(&rhk2)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(row.get::<Option<String>, _>("pensiun_at").is_none());
    assert_eq!(
        row.get::<String, _>("judul"),
        "Tersedianya analisis penerima"
    );
    let acts = audit_actions(&t, "tim", &s.id).await;
    assert_eq!(
        acts.iter().filter(|a| *a == "matriks").count(),
        4,
        "{acts:?}"
    );
    assert_eq!(acts[0], "create");

    // a stale version is a conflict, and nothing changes
    let r = lead
        .put_json(
            &format!("/api/v1/squads/{}/matrix", s.id),
            json!({ "version": 1, "kolom": s.kolom(), "sel": [] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);

    // a member whose SKP is submitted cannot get a changed cell: 409, nothing saved
    let skp = skp_of(&staff1a, &s.org.emp["staff1a"]).await;
    let r = step(&staff1a, &skp.json, "submit", None).await;
    assert_eq!(r.status, StatusCode::OK, "submit: {}", r.json);
    let before = s.tim["version"].clone();
    let r = s
        .matrix(
            &lead,
            json!([
                { "anggota_id": a1, "kolom": 0, "judul": "Judul baru" },
                { "anggota_id": analis, "kolom": 0, "judul": "Tersedianya analisis penerima" },
            ]),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    assert_eq!(r.json["error"]["code"], "not_editable");
    let now = lead.get(&format!("/api/v1/squads/{}", s.id)).await;
    assert_eq!(now.json["version"], before, "rolled back");
}
on_both!(matrix_creates_updates_retires_rhk);

async fn members_roles_and_bad_input(t: TestDb) {
    let mut s = squad(&t).await;
    // the same person with the same role twice: refused, with a JSON error
    let r = s.add("staff1a", "ANGGOTA", None, 10).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    assert_eq!(r.json["error"]["code"], "duplicate_member");
    let r = s.add("staff2", "LAINNYA", Some("Analis  Data"), 10).await;
    assert_eq!(
        r.status,
        StatusCode::CONFLICT,
        "named roles ignore case: {}",
        r.json
    );
    // another role of the same person is fine
    let r = s
        .add("staff1a", "LAINNYA", Some("penulis laporan"), 10)
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    // allocations are 0–100 %
    for bad in [101, -1] {
        let r = s.add("staff1b", "ANGGOTA", None, bad).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{bad}: {}",
            r.json
        );
        assert_eq!(r.json["error"]["details"][0]["field"], "alokasi");
    }
    let req = Request::post(format!("/api/v1/squads/{}/members", s.id))
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT_LANGUAGE, "en")
        .body(axum::body::Body::from(
            json!({ "version": s.tim["version"], "pegawai_id": s.org.emp["staff1b"],
                    "peran": "LAINNYA", "alokasi": 50 })
            .to_string(),
        ))
        .unwrap();
    let r = s.lead.send(req).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.json["error"]["details"][0]["message"],
        "Nama peran is required"
    );
    // KETUA is the lead's only
    let r = s.add("staff1b", "KETUA", None, 10).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    // malformed JSON
    let r = s
        .lead
        .send(
            Request::post(format!("/api/v1/squads/{}/members", s.id))
                .header(header::CONTENT_TYPE, "application/json")
                .body(axum::body::Body::from("{"))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json["error"]["message"].is_string());

    // changing a role's allocation
    let a1 = s.row("staff1a", "ANGGOTA");
    let r = s
        .lead
        .put_json(
            &format!("/api/v1/squads/{}/members/{a1}", s.id),
            json!({ "version": s.tim["version"], "peran": "ANGGOTA", "alokasi": 35 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    s.tim = r.json;

    // removing a member with realisasi keeps their history
    let lead = Client::as_user(&t.db, "kasi1").await;
    let r = s
        .matrix(
            &lead,
            json!([{ "anggota_id": a1, "kolom": 0, "judul": "Tersusunnya dasbor" }]),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let rhk_id = s.tim["sel"][0]["rhk_id"].as_str().unwrap().to_string();
    sqlx::query("UPDATE iki SET realisasi = 1 WHERE rhk_id = $1")
        .bind(&rhk_id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let r = s
        .lead
        .delete(&format!(
            "/api/v1/squads/{}/members/{a1}?version={}",
            s.id, s.tim["version"]
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let gone = r.json["anggota"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == a1.as_str())
        .expect("the former role is kept");
    assert!(gone["keluar_at"].is_string());
    assert_eq!(r.json["sel"].as_array().unwrap().len(), 0);
    let row = sqlx::query(
        "SELECT r.pensiun_at, (SELECT SUM(i.realisasi) FROM iki i WHERE i.rhk_id = r.id) AS real FROM rhk r WHERE r.id = $1",
    )
    .bind(&rhk_id)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert!(row.get::<Option<String>, _>("pensiun_at").is_some());
    assert!(
        row.get::<Option<f64>, _>("real").unwrap_or(0.0) >= 3.0,
        "realisasi kept"
    );
    // the lead's own role stays
    let ketua = s.row("kasi1", "KETUA");
    let r = s
        .lead
        .delete(&format!(
            "/api/v1/squads/{}/members/{ketua}?version={}",
            s.id, r.json["version"]
        ))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
}
on_both!(members_roles_and_bad_input);

async fn workload_sums_and_flag(t: TestDb) {
    let mut s = squad(&t).await;
    // a second squad, formed by kasi2, takes 50 % more of staff2's time: 40 + 20 + 50 = 110 %
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let r = kasi2
        .post_json("/api/v1/squads", json!({ "nama": "Tim Layanan Cepat" }))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let r = kasi2
        .post_json(
            &format!("/api/v1/squads/{}/members", r.json["id"].as_str().unwrap()),
            json!({ "version": r.json["version"], "pegawai_id": s.org.emp["staff2"],
                    "peran": "ANGGOTA", "alokasi": 50 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let _ = s.add("staff1b", "ANGGOTA", None, 25).await;

    let kadis = Client::as_user(&t.db, "kadis").await;
    let dinas = &s.org.units["dinas"].id;
    let r = kadis.get(&format!("/api/v1/workload?unit={dinas}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let item = |user: &str| {
        r.json["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["pegawai_id"] == s.org.emp[user])
            .cloned()
            .unwrap_or_else(|| panic!("{user}"))
    };
    let staff2 = item("staff2");
    assert_eq!(
        staff2["beban"],
        json!({ "tim": 110, "unit": 0, "total": 110, "lebih": true })
    );
    assert_eq!(staff2["peran"].as_array().unwrap().len(), 3);
    assert_eq!(
        item("staff1a")["beban"],
        json!({ "tim": 30, "unit": 70, "total": 100, "lebih": false })
    );
    assert_eq!(item("kadis")["beban"]["tim"], 0);
    // per unit: the dinas first, then its sections
    let units = r.json["units"].as_array().unwrap();
    assert_eq!(units[0]["unit_id"], dinas.as_str());
    let seksi2 = units.iter().find(|u| u["nama"] == "Seksi Dua").unwrap();
    assert_eq!(seksi2["lebih"], 1);
    assert_eq!(seksi2["di_tim"], 2, "kasi2 leads (10 %) and staff2");
    // seksi 1: kasi1 10 + staff1a 30 + staff1b 25 over 3 people
    let seksi1 = units.iter().find(|u| u["nama"] == "Seksi Satu").unwrap();
    assert!(
        (seksi1["porsi_tim"].as_f64().unwrap() - 65.0 / 300.0).abs() < 1e-9,
        "{seksi1}"
    );
    // pagination with a hard maximum
    let r1 = kadis
        .get(&format!("/api/v1/workload?unit={dinas}&limit=2"))
        .await;
    assert_eq!(r1.json["items"].as_array().unwrap().len(), 2);
    let next = r1.json["next_cursor"].as_str().unwrap();
    let r2 = kadis
        .get(&format!(
            "/api/v1/workload?unit={dinas}&limit=2&cursor={next}"
        ))
        .await;
    assert_ne!(
        r2.json["items"][0]["pegawai_id"],
        r1.json["items"][0]["pegawai_id"]
    );
    // the export
    let csv = kadis
        .get(&format!("/api/v1/workload?unit={dinas}&format=csv"))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    let text = String::from_utf8(csv.body.clone()).unwrap();
    assert!(text.starts_with(
        "nip,nama,jabatan,unit_kerja,alokasi_tim,alokasi_unit,total,lebih_100,peran_tim"
    ));
    let line = text.lines().find(|l| l.contains("Pegawai staff2")).unwrap();
    assert!(line.contains(",110,0,110,ya,"), "{line}");
    let xlsx = kadis
        .get(&format!("/api/v1/workload?unit={dinas}&format=xlsx"))
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert_eq!(&xlsx.body[..2], b"PK");
    // the contribution map carries the same workload and a share per result
    let map = kasi2
        .get(&format!(
            "/api/v1/employees/{}/contributions",
            s.org.emp["staff2"]
        ))
        .await;
    assert_eq!(map.json["beban"]["total"], 110);
    // staff: no workload of the unit; another leader: not theirs
    let staff = Client::as_user(&t.db, "staff1a").await;
    assert_eq!(
        staff
            .get(&format!("/api/v1/workload?unit={dinas}"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let seksi1_id = &s.org.units["seksi1"].id;
    assert_eq!(
        kasi2
            .get(&format!("/api/v1/workload?unit={seksi1_id}"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        kadis.get("/api/v1/workload?format=pdf").await.status,
        StatusCode::BAD_REQUEST
    );
}
on_both!(workload_sums_and_flag);

async fn who_may_do_what(t: TestDb) {
    let mut s = squad(&t).await;
    let (a1, analis) = (s.row("staff1a", "ANGGOTA"), s.row("staff2", "LAINNYA"));
    let lead = Client::as_user(&t.db, "kasi1").await;
    let r = s
        .matrix(
            &lead,
            json!([
                { "anggota_id": a1, "kolom": 0, "judul": "Tersusunnya dasbor" },
                { "anggota_id": analis, "kolom": 1, "judul": "Terverifikasinya data penerima" },
            ]),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let page = format!("/api/v1/squads/{}", s.id);
    let staff2_map = format!("/api/v1/employees/{}/contributions", s.org.emp["staff2"]);

    // the lead: the page; the squad RHK of a member of another unit, not their home RHK
    let r = lead.get(&page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["boleh_kelola"], true);
    assert_eq!(r.json["sel"].as_array().unwrap().len(), 2);
    let lintas = r.json["anggota"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == analis.as_str())
        .unwrap();
    assert_eq!(lintas["lintas_unit"], true);
    let r = lead.get(&staff2_map).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["terbatas"], true);
    let items = r.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["kind"], "tim");
    assert_eq!(items[0]["penugasan_dari"], "Pegawai kasi1");
    assert_eq!(
        lead.get(&format!("/api/v1/employees/{}/skp", s.org.emp["staff2"]))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // the lead's recommendation
    let r = lead
        .post_json(
            &format!(
                "/api/v1/squads/{}/members/{}/recommendation",
                s.id, s.org.emp["staff2"]
            ),
            json!({ "umpan_balik": "Analisis tepat waktu", "rating": "DI_ATAS" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["rating"], "DI_ATAS");

    // a member: the page, but no changes and no recommendations
    let staff2 = Client::as_user(&t.db, "staff2").await;
    let r = staff2.get(&page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["boleh_kelola"], false);
    assert_eq!(r.json["rekomendasi"], json!([]));
    let r = staff2
        .put_json(
            &format!("{page}/matrix"),
            json!({ "version": s.tim["version"], "kolom": s.kolom(), "sel": [] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = staff2
        .post_json(
            &format!("{page}/members/{}/recommendation", s.org.emp["staff1a"]),
            json!({ "rating": "SESUAI" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // the member's own map: home and squad side by side, with the path to the goal
    let r = staff2.get(&staff2_map).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["terbatas"], false);
    let tim_item = r.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "tim")
        .unwrap()
        .clone();
    assert_eq!(tim_item["peran"], "analis data");
    assert_eq!(tim_item["alokasi"], 40.0);
    let jalur: Vec<&str> = tim_item["jalur"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        jalur,
        ["sasaran", "rhk", "rhk", "rhk"],
        "goal → kepala → kadis → kasi1"
    );
    assert_eq!(r.json["beban"]["tim"], 60);

    // someone outside: neither the page nor the member's map
    let outsider = Client::as_user(&t.db, "staff1b").await;
    assert_eq!(outsider.get(&page).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        outsider.get(&staff2_map).await.status,
        StatusCode::FORBIDDEN
    );
    let r = outsider.get("/api/v1/squads").await;
    assert_eq!(r.json["items"], json!([]));

    // the member's own PPK: the squad RHK in the SKP and the lead's recommendation; not the page
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let skp = skp_of(&kasi2, &s.org.emp["staff2"]).await;
    assert!(rhk_titled(&skp.json, "Terverifikasinya data penerima").is_some());
    let r = kasi2.get(&staff2_map).await;
    assert_eq!(
        r.json["rekomendasi"][0]["umpan_balik"],
        "Analisis tepat waktu"
    );
    assert_eq!(r.json["rekomendasi"][0]["oleh_name"], "Pegawai kasi1");
    assert_eq!(kasi2.get(&page).await.status, StatusCode::FORBIDDEN);

    // admin: every squad, and may manage it; another agency's admin: nothing
    let admin = Client::as_user(&t.db, "admin").await;
    let r = admin.get("/api/v1/squads").await;
    assert_eq!(r.json["items"].as_array().unwrap().len(), 1);
    let r = admin
        .put_json(
            &page,
            json!({ "version": s.tim["version"], "nama": "Tim Data Terpadu Kota", "tujuan": "" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["nama"], "Tim Data Terpadu Kota");
    let other = Client::as_user(&t.db, "adminb").await;
    assert_eq!(other.get(&page).await.status, StatusCode::FORBIDDEN);
    assert_eq!(other.get(&staff2_map).await.status, StatusCode::FORBIDDEN);
    // a staff member cannot form a squad; the list is paginated
    let r = outsider
        .post_json("/api/v1/squads", json!({ "nama": "Tim saya" }))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = lead.get("/api/v1/squads?limit=1").await;
    assert_eq!(r.json["items"][0]["peran_saya"], json!(["Ketua tim"]));
    // the audit trail of the squad, for who sees it
    let r = staff2
        .get(&format!("/api/v1/audit?entity=tim&id={}", s.id))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        outsider
            .get(&format!("/api/v1/audit?entity=tim&id={}", s.id))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // the OpenAPI document lists the squad endpoints
    let doc = admin.get("/api/v1/openapi.json").await;
    for p in [
        "/api/v1/squads",
        "/api/v1/squads/{id}/matrix",
        "/api/v1/employees/{id}/contributions",
        "/api/v1/workload",
    ] {
        assert!(doc.json["paths"][p].is_object(), "{p}");
    }
}
on_both!(who_may_do_what);

async fn demo_seed_has_squads(t: TestDb) {
    server::seed::demo::run(&t.db).await.expect("seed demo");
    let pegawai = Client::as_user_with(&t.db, "pegawai", server::seed::demo::PASSWORD).await;
    let r = pegawai.get("/api/v1/squads").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(
        r.json["items"].as_array().unwrap().len(),
        2,
        "pegawai is in two squads"
    );
    let admin = Client::as_user_with(&t.db, "admin", server::seed::demo::PASSWORD).await;
    let all = admin.get("/api/v1/squads").await.json;
    let squads = all["items"].as_array().unwrap();
    assert!(squads.len() >= 6, "{}", squads.len());
    // across units: the leads head different units
    let leads: std::collections::HashSet<&str> = squads
        .iter()
        .map(|s| s["ketua_id"].as_str().unwrap())
        .collect();
    assert!(leads.len() >= 4, "{leads:?}");
    // pegawai's map: the home RHK and the two squad roles, with the path to a goal
    let me = pegawai.get("/api/v1/me").await.json;
    let map = pegawai
        .get(&format!(
            "/api/v1/employees/{}/contributions",
            me["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(map.status, StatusCode::OK, "{}", map.json);
    let items = map.json["items"].as_array().unwrap();
    assert_eq!(
        items.iter().filter(|i| i["kind"] == "tim").count(),
        2,
        "{items:?}"
    );
    assert!(items.iter().any(|i| i["kind"] == "unit"));
    assert!(
        items.iter().all(|i| i["jalur"][0]["kind"] == "sasaran"),
        "{items:?}"
    );
    assert_eq!(map.json["beban"]["tim"], 50);
    // the squad led by penilai has pegawai's cell in its matrix
    let penilai = Client::as_user_with(&t.db, "penilai", server::seed::demo::PASSWORD).await;
    let mine = penilai.get("/api/v1/squads").await.json;
    let id = mine["items"][0]["id"].as_str().unwrap();
    let page = penilai.get(&format!("/api/v1/squads/{id}")).await;
    assert_eq!(page.json["ketua_saya"], true);
    assert!(
        page.json["sel"].as_array().unwrap().len() >= 4,
        "{}",
        page.json["sel"]
    );
}
on_both!(demo_seed_has_squads);
