//! Realisasi with evidence through the API on SQLite and PostgreSQL: recording (JSON and a
//! streamed multipart upload of a real PDF), the cumulative realisasi and the cascade's stored
//! progress, verification by the PPK and refusals for others, evidence access control, bad
//! input (values, links, sub-periods, a renamed .exe, an oversized file) with nothing left
//! behind, idempotent retries, the audit trail, and the demo seed's entries.

use std::path::{Path, PathBuf};

use app::backend::realisasi::EvidenceStore;
use app::backend::Db;
use axum::body::Body;
use axum::Router;
use http::{header, Request, StatusCode};
use rantai_tests::http::{Client, Reply};
use rantai_tests::plan::build_chain;
use rantai_tests::{fixture::PASSWORD, on_both, Org, TestDb};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use sqlx::Row;
use tower::ServiceExt;

/// The router with an evidence directory of its own (removed afterwards).
struct Site {
    router: Router,
    dir: PathBuf,
}

impl Site {
    fn new(db: &Db, max_bytes: u64) -> Site {
        let dir = std::env::temp_dir().join(format!("rantai-bukti-{}", uuid::Uuid::new_v4()));
        let state = server::AppState::new(
            db.clone(),
            server::state::leptos_options(([127, 0, 0, 1], 3000).into()),
        );
        Site {
            router: server::router_with(state, EvidenceStore::new(&dir, max_bytes)),
            dir,
        }
    }

    async fn login(&self, user: &str) -> User {
        let mut u = User {
            router: self.router.clone(),
            cookie: None,
        };
        let r = u
            .send(
                Request::post("/api/v1/auth/login")
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(
                        json!({ "username": user, "password": PASSWORD }).to_string(),
                    ))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "login {user}: {}", r.json);
        u.cookie = r.headers[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .map(str::to_string);
        u
    }

    /// Files at their content address (the temp folder aside).
    fn stored_files(&self) -> Vec<PathBuf> {
        fn walk(p: &Path, out: &mut Vec<PathBuf>) {
            if let Ok(rd) = std::fs::read_dir(p) {
                for e in rd.flatten() {
                    let path = e.path();
                    if path.is_dir() {
                        walk(&path, out);
                    } else {
                        out.push(path);
                    }
                }
            }
        }
        let mut out = vec![];
        walk(&self.dir, &mut out);
        out.retain(|p| !p.starts_with(self.dir.join("tmp")));
        out
    }

    fn temp_files(&self) -> usize {
        std::fs::read_dir(self.dir.join("tmp"))
            .map(|rd| rd.count())
            .unwrap_or(0)
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

struct User {
    router: Router,
    cookie: Option<String>,
}

impl User {
    async fn send(&self, mut req: Request<Body>) -> Reply {
        let h = req.headers_mut();
        h.entry(header::HOST)
            .or_insert("127.0.0.1:3000".parse().unwrap());
        if let Some(c) = &self.cookie {
            h.insert(header::COOKIE, c.parse().unwrap());
        }
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 64 << 20)
            .await
            .unwrap();
        Reply {
            status,
            headers,
            json: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
            body: bytes.to_vec(),
        }
    }

    async fn get(&self, path: &str) -> Reply {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    async fn post_json(&self, path: &str, body: Value, key: Option<&str>) -> Reply {
        let mut req = Request::post(path).header(header::CONTENT_TYPE, "application/json");
        if let Some(k) = key {
            req = req.header("idempotency-key", k);
        }
        self.send(req.body(Body::from(body.to_string())).unwrap())
            .await
    }

    /// A multipart form: text fields, then files as (name, bytes).
    async fn post_form(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &[u8])],
        key: Option<&str>,
    ) -> Reply {
        let b = "----rantai-test-boundary-7d1c";
        let mut body: Vec<u8> = vec![];
        for (k, v) in fields {
            body.extend(
                format!("--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                    .as_bytes(),
            );
        }
        for (name, bytes) in files {
            body.extend(
                format!(
                    "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
                     Content-Type: application/pdf\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend(*bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{b}--\r\n").as_bytes());
        let mut req = Request::post(path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={b}"),
            )
            .header(header::CONTENT_LENGTH, body.len());
        if let Some(k) = key {
            req = req.header("idempotency-key", k);
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }
}

/// A real PDF: the staff member's printed SKP.
async fn real_pdf(db: &Db, skp_id: &str) -> Vec<u8> {
    let c = Client::as_user(db, "staff1a").await;
    let r = c.get(&format!("/api/v1/skp/{skp_id}/pdf")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.starts_with(b"%PDF"));
    r.body
}

/// The IKI ids of an RHK by aspect.
async fn iki_of(db: &Db, rhk: &str) -> (String, String, String) {
    let rows = sqlx::query("SELECT id, aspek FROM iki WHERE rhk_id = $1 ORDER BY urutan")
        .bind(rhk)
        .fetch_all(&db.pool)
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

async fn iki_realisasi(db: &Db, iki: &str) -> Option<f64> {
    sqlx::query_scalar("SELECT realisasi FROM iki WHERE id = $1")
        .bind(iki)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

async fn count(db: &Db, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

async fn record_verify_and_evidence(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let (kuantitas, kualitas, _) = iki_of(&t.db, &chain.staff1a).await;
    let site = Site::new(&t.db, 10 * 1024 * 1024);
    let staff = site.login("staff1a").await;
    let kasi = site.login("kasi1").await;
    let colleague = site.login("staff1b").await;
    let other = site.login("adminb").await;
    let path = format!("/api/v1/indicators/{kuantitas}/realisasi");

    // JSON with a link, for the first quarter (by its number)
    let r = staff
        .post_json(
            &path,
            json!({ "sub_period": 1, "value": 2, "narrative": "Penyaluran tahap 1",
                    "links": ["https://drive.example.go.id/bast-q1"] }),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let first = r.json.clone();
    assert_eq!(first["status"], "DIAJUKAN");
    assert_eq!(first["sub_period_number"], 1);
    assert_eq!(first["evidence"][0]["kind"], "LINK");
    assert_eq!(
        first["evidence"][0]["url"],
        "https://drive.example.go.id/bast-q1"
    );

    // multipart with a real PDF, for the second quarter (by its id)
    let periods = Client::as_user(&t.db, "staff1a")
        .await
        .get("/api/v1/periods")
        .await
        .json;
    let q2 = periods["items"][0]["sub_periods"][1]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let pdf = real_pdf(&t.db, &chain.skp_staff1a).await;
    let r = staff
        .post_form(
            &path,
            &[
                ("sub_period", &q2),
                ("value", "1,5"),
                ("narrative", "Tahap 2"),
            ],
            &[("Berita Acara Q2.pdf", &pdf)],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let second = r.json.clone();
    assert_eq!(second["value"], 1.5);
    let file = &second["evidence"][0];
    assert_eq!(file["kind"], "FILE");
    assert_eq!(file["mime"], "application/pdf");
    assert_eq!(file["name"], "Berita Acara Q2.pdf");
    assert_eq!(file["size"], pdf.len());
    let sha = hex::encode(Sha256::digest(&pdf));
    assert_eq!(file["sha256"], sha);
    let stored = site.stored_files();
    assert_eq!(stored.len(), 1);
    assert!(stored[0].ends_with(&sha), "{stored:?}");
    assert_eq!(site.temp_files(), 0);

    // the cumulative realisasi (tons add up) and the cascade's stored progress
    assert_eq!(iki_realisasi(&t.db, &kuantitas).await, Some(3.5));
    let progres: f64 = sqlx::query_scalar("SELECT progres_iki FROM rhk WHERE id = $1")
        .bind(&chain.staff1a)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!((progres - 3.5 / 5.0 / 3.0).abs() < 1e-9, "{progres}");

    // the SKP shows the value and the entries
    let me = staff.get("/api/v1/me").await.json;
    let skp = staff
        .get(&format!(
            "/api/v1/employees/{}/skp",
            me["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(skp.status, StatusCode::OK);
    let rhk = &skp.json["rhk"][0];
    assert_eq!(rhk["iki"][0]["realisasi"], 3.5);
    assert_eq!(rhk["realisasi"].as_array().unwrap().len(), 2);
    assert_eq!(rhk["realisasi"][0]["id"], second["id"]);

    // the list, newest first, paginated
    let l = staff.get(&path).await;
    assert_eq!(l.status, StatusCode::OK, "{}", l.json);
    assert_eq!(l.json["realisasi"], 3.5);
    assert_eq!(l.json["can_record"], true);
    assert_eq!(l.json["can_verify"], false);
    assert_eq!(l.json["items"][0]["id"], second["id"]);
    let p1 = staff.get(&format!("{path}?limit=1")).await.json;
    assert_eq!(p1["items"].as_array().unwrap().len(), 1);
    let cursor = p1["next_cursor"].as_str().unwrap();
    let p2 = staff
        .get(&format!("{path}?limit=1&cursor={cursor}"))
        .await
        .json;
    assert_eq!(p2["items"][0]["id"], first["id"]);
    assert!(p2["next_cursor"].is_null());
    assert_eq!(kasi.get(&path).await.json["can_verify"], true);
    assert_eq!(colleague.get(&path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(other.get(&path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        staff.get("/api/v1/indicators/nope/realisasi").await.status,
        StatusCode::NOT_FOUND
    );

    // evidence: the owner and the PPK download it; a colleague and another agency may not
    let url = file["url"].as_str().unwrap().to_string();
    for who in [&staff, &kasi] {
        let d = who.get(&url).await;
        assert_eq!(d.status, StatusCode::OK);
        assert_eq!(d.body, pdf);
        assert_eq!(d.headers[header::CONTENT_TYPE], "application/pdf");
        assert_eq!(d.headers["x-content-type-options"], "nosniff");
        let cd = d.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
        assert!(
            cd.starts_with("attachment; filename=\"Berita Acara Q2.pdf\""),
            "{cd}"
        );
    }
    assert_eq!(colleague.get(&url).await.status, StatusCode::FORBIDDEN);
    assert_eq!(other.get(&url).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        staff.get("/api/v1/evidence/nope").await.status,
        StatusCode::NOT_FOUND
    );
    let link_id = first["evidence"][0]["id"].as_str().unwrap();
    let l = staff.get(&format!("/api/v1/evidence/{link_id}")).await;
    assert_eq!(l.status, StatusCode::SEE_OTHER);
    assert_eq!(
        l.headers[header::LOCATION],
        "https://drive.example.go.id/bast-q1"
    );

    // only the owner records
    for who in [&kasi, &colleague, &other] {
        let r = who
            .post_json(&path, json!({ "sub_period": 1, "value": 1 }), None)
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    }

    // verification: the PPK only; needs-correction needs a comment
    let verify = |id: &Value| format!("/api/v1/realisasi/{}/verification", id.as_str().unwrap());
    for who in [&staff, &colleague, &other] {
        let r = who
            .post_json(&verify(&second["id"]), json!({ "status": "VALID" }), None)
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    }
    let r = kasi
        .post_json(
            &verify(&second["id"]),
            json!({ "status": "PERLU_PERBAIKAN", "comment": " " }),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    let r = kasi
        .post_json(
            &verify(&second["id"]),
            json!({ "status": "PERLU_PERBAIKAN", "comment": "Lampirkan daftar penerima",
                    "version": second["version"] }),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "PERLU_PERBAIKAN");
    assert_eq!(r.json["comment"], "Lampirkan daftar penerima");
    // an entry sent back for correction stops counting
    assert_eq!(iki_realisasi(&t.db, &kuantitas).await, Some(2.0));
    // a stale version is a conflict
    let r = kasi
        .post_json(
            &verify(&second["id"]),
            json!({ "status": "VALID", "version": second["version"] }),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = kasi
        .post_json(&verify(&first["id"]), json!({ "status": "VALID" }), None)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "VALID");
    assert!(r.json["verified_by_name"]
        .as_str()
        .unwrap()
        .contains("kasi1"));
    assert!(r.json["verified_at"].is_string());

    // a percentage is the latest quarter's level
    let kp = format!("/api/v1/indicators/{kualitas}/realisasi");
    for (q, v) in [(2, 90), (1, 80)] {
        let r = staff
            .post_json(&kp, json!({ "sub_period": q, "value": v }), None)
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    }
    assert_eq!(iki_realisasi(&t.db, &kualitas).await, Some(90.0));

    // the audit trail of an entry: recorded, then verified
    for who in [&kasi, &staff] {
        let a = who
            .get(&format!(
                "/api/v1/audit?entity=realisasi&id={}",
                second["id"].as_str().unwrap()
            ))
            .await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.json);
        let aksi: Vec<&str> = a
            .json
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["aksi"].as_str().unwrap())
            .collect();
        assert_eq!(aksi, ["create", "verify"]);
        assert_eq!(a.json[0]["sesudah"]["evidence"][0]["sha256"], sha);
        assert_eq!(a.json[1]["sesudah"]["status"], "PERLU_PERBAIKAN");
    }
    let a = colleague
        .get(&format!(
            "/api/v1/audit?entity=realisasi&id={}",
            second["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);

    // the OpenAPI document lists the routes
    let doc = staff.get("/api/v1/openapi.json").await.json;
    for p in [
        "/api/v1/indicators/{id}/realisasi",
        "/api/v1/realisasi/{id}/verification",
        "/api/v1/evidence/{id}",
    ] {
        assert!(doc["paths"][p].is_object(), "{p}");
    }
}
on_both!(record_verify_and_evidence);

async fn bad_input_leaves_nothing_behind(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let (kuantitas, kualitas, _) = iki_of(&t.db, &chain.staff1a).await;
    // a small limit so an oversized file is quick to send
    let site = Site::new(&t.db, 64 * 1024);
    let staff = site.login("staff1a").await;
    let path = format!("/api/v1/indicators/{kuantitas}/realisasi");
    let kp = format!("/api/v1/indicators/{kualitas}/realisasi");

    for (p, body, field) in [
        (&kp, json!({ "sub_period": 1, "value": 101 }), "value"),
        (&kp, json!({ "sub_period": 1, "value": -1 }), "value"),
        (&path, json!({ "sub_period": 9, "value": 1 }), "sub_period"),
        (
            &path,
            json!({ "sub_period": "nope", "value": 1 }),
            "sub_period",
        ),
        (
            &path,
            json!({ "sub_period": 1, "value": 1, "links": ["ftp://files.example.org/a"] }),
            "links",
        ),
        (
            &path,
            json!({ "sub_period": 1, "value": 1, "links": ["javascript:alert(1)"] }),
            "links",
        ),
    ] {
        let r = staff.post_json(p, body.clone(), None).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {}",
            r.json
        );
        assert_eq!(r.json["error"]["details"][0]["field"], field, "{}", r.json);
    }
    // in English on request
    let r = staff
        .send(
            Request::post(&kp)
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::ACCEPT_LANGUAGE, "en")
                .body(Body::from(
                    json!({ "sub_period": 1, "value": 150 }).to_string(),
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("between 0 and 100"),
        "{}",
        r.json
    );
    // malformed JSON, a wrong content type, a form without a value
    let r = staff
        .send(
            Request::post(&path)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from("{"))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    let r = staff
        .send(
            Request::post(&path)
                .header(header::CONTENT_TYPE, "text/plain")
                .body(Body::from("2"))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{}", r.json);
    let r = staff
        .post_form(&path, &[("sub_period", "1")], &[], None)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);

    // a Windows program renamed .pdf: refused by its content
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00".to_vec();
    exe.extend(std::iter::repeat_n(0u8, 4000));
    let r = staff
        .post_form(
            &path,
            &[("sub_period", "1"), ("value", "1")],
            &[("laporan.pdf", &exe)],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{}", r.json);
    assert_eq!(r.json["error"]["code"], "unsupported_media_type");
    // a file above the limit: refused while streaming (413), and above the request limit by
    // its Content-Length before any byte is read
    let mut big = b"%PDF-1.4\n".to_vec();
    big.extend(std::iter::repeat_n(b'x', 100 * 1024));
    let r = staff
        .post_form(
            &path,
            &[("sub_period", "1"), ("value", "1")],
            &[("besar.pdf", &big)],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", r.json);
    assert_eq!(r.json["error"]["code"], "payload_too_large");
    big.extend(std::iter::repeat_n(b'x', 1200 * 1024));
    let r = staff
        .post_form(
            &path,
            &[("sub_period", "1"), ("value", "1")],
            &[("lebih-besar.pdf", &big)],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", r.json);
    // a valid file with an invalid value: the file is not kept
    let r = staff
        .post_form(
            &kp,
            &[("sub_period", "1"), ("value", "250")],
            &[("ok.pdf", b"%PDF-1.4\n%%EOF\n")],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);

    // nothing was recorded, stored or left half-written
    for table in ["realisasi", "bukti", "berkas"] {
        assert_eq!(count(&t.db, table).await, 0, "{table}");
    }
    assert_eq!(site.stored_files(), Vec::<PathBuf>::new());
    assert_eq!(site.temp_files(), 0);
    assert_eq!(iki_realisasi(&t.db, &kuantitas).await, None);
    let audit: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE entitas = 'realisasi'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(audit, 0);
}
on_both!(bad_input_leaves_nothing_behind);

async fn idempotent_retries(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let (kuantitas, kualitas, _) = iki_of(&t.db, &chain.staff1a).await;
    let (theirs, _, _) = iki_of(&t.db, &chain.staff1b).await;
    let site = Site::new(&t.db, 1024 * 1024);
    let staff = site.login("staff1a").await;
    let colleague = site.login("staff1b").await;
    let path = format!("/api/v1/indicators/{kuantitas}/realisasi");
    let pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec();
    let fields = [("sub_period", "1"), ("value", "2")];
    let files: [(&str, &[u8]); 1] = [("bukti.pdf", &pdf)];
    let send = || staff.post_form(&path, &fields, &files, Some("tap-1"));
    let a = send().await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.json);
    let b = send().await;
    assert_eq!(b.status, StatusCode::OK, "{}", b.json);
    assert_eq!(a.json["id"], b.json["id"]);
    assert_eq!(a.json["evidence"], b.json["evidence"]);
    assert_eq!(count(&t.db, "realisasi").await, 1);
    assert_eq!(count(&t.db, "bukti").await, 1);
    assert_eq!(iki_realisasi(&t.db, &kuantitas).await, Some(2.0));
    assert_eq!(site.stored_files().len(), 1);
    assert_eq!(site.temp_files(), 0);
    // the same key for another request is refused
    let r = staff
        .post_json(
            &format!("/api/v1/indicators/{kualitas}/realisasi"),
            json!({ "sub_period": 1, "value": 50 }),
            Some("tap-1"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    assert_eq!(r.json["error"]["code"], "idempotency_key_reused");
    // keys are per account
    let r = colleague
        .post_json(
            &format!("/api/v1/indicators/{theirs}/realisasi"),
            json!({ "sub_period": 1, "value": 1 }),
            Some("tap-1"),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    // a double tap: two requests at once record once
    let body = json!({ "sub_period": 2, "value": 1 });
    let (x, y) = tokio::join!(
        staff.post_json(&path, body.clone(), Some("tap-2")),
        staff.post_json(&path, body.clone(), Some("tap-2"))
    );
    let mut statuses = [x.status, y.status];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::CREATED],
        "{} {}",
        x.json,
        y.json
    );
    assert_eq!(x.json["id"], y.json["id"]);
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM realisasi WHERE iki_id = $1 AND idempotency_key = 'tap-2'",
    )
    .bind(&kuantitas)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(n, 1);
    assert_eq!(iki_realisasi(&t.db, &kuantitas).await, Some(3.0));
    let creates: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE entitas = 'realisasi' AND aksi = 'create'",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(creates, 3);
    // a bad key
    let r = staff
        .post_json(
            &path,
            json!({ "sub_period": 1, "value": 1 }),
            Some("spasi di dalam"),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
}
on_both!(idempotent_retries);

async fn demo_seed_has_realisasi_with_evidence(t: TestDb) {
    let dir = std::env::temp_dir().join(format!("rantai-bukti-demo-{}", uuid::Uuid::new_v4()));
    // the demo seed keeps its files where the server would (only this test reads the variable)
    std::env::set_var("RANTAI_EVIDENCE_DIR", &dir);
    let s = server::seed::demo::run(&t.db).await.expect("seed demo");
    std::env::remove_var("RANTAI_EVIDENCE_DIR");
    let site = Site {
        router: server::router_with(
            server::AppState::new(
                t.db.clone(),
                server::state::leptos_options(([127, 0, 0, 1], 3000).into()),
            ),
            EvidenceStore::new(&dir, 10 << 20),
        ),
        dir,
    };
    // every file row has its file
    let rows = sqlx::query("SELECT sha256 FROM berkas WHERE instansi_id = $1")
        .bind(&s.instansi_id)
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert!(!rows.is_empty());
    let store = EvidenceStore::new(&site.dir, 10 << 20);
    for r in &rows {
        let sha: String = r.get("sha256");
        let bytes = std::fs::read(store.path_of(&s.instansi_id, &sha)).expect("file");
        assert_eq!(hex::encode(Sha256::digest(&bytes)), sha);
    }
    // pegawai's entries: a sub-period sent back and corrected, evidence downloadable
    let mut pegawai = User {
        router: site.router.clone(),
        cookie: None,
    };
    let r = pegawai
        .send(
            Request::post("/api/v1/auth/login")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    json!({ "username": "pegawai", "password": server::seed::demo::PASSWORD })
                        .to_string(),
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    pegawai.cookie = r.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .map(str::to_string);
    let me = pegawai.get("/api/v1/me").await.json;
    let skp = pegawai
        .get(&format!(
            "/api/v1/employees/{}/skp",
            me["id"].as_str().unwrap()
        ))
        .await
        .json;
    let entries: Vec<&Value> = skp["rhk"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["realisasi"].as_array().unwrap())
        .collect();
    assert!(entries.len() >= 3, "{}", entries.len());
    assert!(entries.iter().any(|e| e["status"] == "PERLU_PERBAIKAN"));
    assert!(entries.iter().any(|e| e["status"] == "VALID") || entries.len() < 9);
    let file = entries
        .iter()
        .flat_map(|e| e["evidence"].as_array().unwrap())
        .find(|b| b["kind"] == "FILE")
        .expect("a file");
    let d = pegawai.get(file["url"].as_str().unwrap()).await;
    assert_eq!(d.status, StatusCode::OK);
    assert!(d.body.starts_with(b"%PDF"));
    // the IKI's value is the cumulative rule's
    let iki = &skp["rhk"][0]["iki"][0];
    let l = pegawai
        .get(&format!(
            "/api/v1/indicators/{}/realisasi",
            iki["id"].as_str().unwrap()
        ))
        .await
        .json;
    assert_eq!(l["realisasi"], iki["realisasi"]);
    assert!(l["realisasi"].is_number(), "{l}");
    // colleagues have entries too
    let people: i64 = sqlx::query_scalar(
        "SELECT COUNT(DISTINCT k.pegawai_id) FROM realisasi r JOIN rhk k \
         ON k.instansi_id = r.instansi_id AND k.id = r.rhk_id WHERE r.instansi_id = $1",
    )
    .bind(&s.instansi_id)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    assert!(people >= 4, "{people}");
}
on_both!(demo_seed_has_realisasi_with_evidence);

async fn squad_lead_verifies_squad_rhk(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    // kasi1 leads a squad serving their RHK; staff2 (another section, PPK kasi2) is a member
    let lead = Client::as_user(&t.db, "kasi1").await;
    let r = lead
        .post_json(
            "/api/v1/squads",
            json!({ "nama": "Tim Data", "rhk_id": chain.kasi1, "alokasi_ketua": 10 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let id = r.json["id"].as_str().unwrap().to_string();
    let staff2: String =
        sqlx::query_scalar("SELECT pegawai_id FROM akun WHERE username = 'staff2'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    let r = lead
        .post_json(
            &format!("/api/v1/squads/{id}/members"),
            json!({ "version": r.json["version"], "pegawai_id": staff2, "peran": "ANGGOTA",
                    "alokasi": 30 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let row = r.json["anggota"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["peran"] == "ANGGOTA")
        .unwrap()["id"]
        .clone();
    let kolom: Vec<Value> = r.json["kolom"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| json!({ "id": k["id"], "judul": k["judul"] }))
        .collect();
    let r = lead
        .put_json(
            &format!("/api/v1/squads/{id}/matrix"),
            json!({ "version": r.json["version"], "kolom": kolom,
                    "sel": [{ "anggota_id": row, "kolom": 0, "judul": "Tersusunnya dasbor data" }] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let iki: String = sqlx::query_scalar(
        "SELECT i.id FROM iki i JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id \
         WHERE r.tim_id = $1 AND i.aspek = 'KUANTITAS'",
    )
    .bind(&id)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();

    let site = Site::new(&t.db, 1 << 20);
    let member = site.login("staff2").await;
    let kasi1 = site.login("kasi1").await;
    let outsider = site.login("staff1b").await;
    let r = member
        .post_form(
            &format!("/api/v1/indicators/{iki}/realisasi"),
            &[("sub_period", "1"), ("value", "1")],
            &[("dasbor.pdf", b"%PDF-1.4\n%%EOF\n")],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let entry = r.json["id"].as_str().unwrap().to_string();
    let file = r.json["evidence"][0]["url"].as_str().unwrap().to_string();
    // the lead (not the member's PPK) sees the evidence and verifies; an outsider does neither
    assert_eq!(kasi1.get(&file).await.status, StatusCode::OK);
    assert_eq!(outsider.get(&file).await.status, StatusCode::FORBIDDEN);
    let path = format!("/api/v1/realisasi/{entry}/verification");
    let r = outsider
        .post_json(&path, json!({ "status": "VALID" }), None)
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    let r = kasi1
        .post_json(
            &path,
            json!({ "status": "VALID", "comment": "Sesuai" }),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "VALID");
    // the member's own PPK verifies too
    let kasi2 = site.login("kasi2").await;
    assert_eq!(
        kasi2
            .get(&format!("/api/v1/indicators/{iki}/realisasi"))
            .await
            .json["can_verify"],
        true
    );
}
on_both!(squad_lead_verifies_squad_rhk);
