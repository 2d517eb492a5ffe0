//! Login, sessions, tokens, throttling and the shape of errors.

use app::backend::auth::credential;
use axum::body::Body;
use http::{header, Request, StatusCode};
use rantai_tests::fixture::PASSWORD;
use rantai_tests::http::Client;
use rantai_tests::{on_both, Org, TestDb};

async fn login_sets_a_safe_cookie_and_me_works(t: TestDb) {
    Org::build(&t.db).await;
    let mut c = Client::new(&t.db);
    let r = c.login("staff1a", PASSWORD).await;
    assert_eq!(r.status, StatusCode::OK);
    let set = r
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(set.starts_with("rantai_sesi="), "{set}");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax"),
        "{set}"
    );
    let me = c.get("/api/v1/me").await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json["name"], "Pegawai staff1a");
    assert_eq!(me.json["nip"], "198001012005011004");
    assert_eq!(me.json["roles"], serde_json::json!(["pegawai"]));
    for key in ["id", "unit_id", "instansi_id"] {
        assert!(
            me.json[key].as_str().is_some_and(|s| !s.is_empty()),
            "{key}"
        );
    }
    // roles follow the organisation
    let kasi = Client::as_user(&t.db, "kasi1")
        .await
        .get("/api/v1/me")
        .await;
    assert_eq!(
        kasi.json["roles"],
        serde_json::json!(["pegawai", "ppk", "pimpinan"])
    );
    let admin = Client::as_user(&t.db, "admin")
        .await
        .get("/api/v1/me")
        .await;
    assert_eq!(admin.json["roles"], serde_json::json!(["admin"]));
}
on_both!(login_sets_a_safe_cookie_and_me_works);

async fn bad_credentials_are_401_json_then_429(t: TestDb) {
    Org::build(&t.db).await;
    let mut c = Client::new(&t.db);
    let r = c.login("staff1a", "salah-sekali").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json["error"]["code"], "bad_credentials");
    assert_eq!(
        r.json["error"]["message"],
        "Nama pengguna atau kata sandi salah"
    );
    assert!(r.headers.get(header::SET_COOKIE).is_none());
    // unknown users get the same answer
    let r = c.login("tidak-ada", "salah-sekali").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    for _ in 0..4 {
        c.login("staff1a", "salah-sekali").await;
    }
    // locked now, even with the right password
    let r = c.login("staff1a", PASSWORD).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.json);
    assert_eq!(r.json["error"]["code"], "too_many_requests");
    // other users are not affected
    assert_eq!(c.login("staff1b", PASSWORD).await.status, StatusCode::OK);
}
on_both!(bad_credentials_are_401_json_then_429);

async fn logout_ends_the_session_and_login_rotates_it(t: TestDb) {
    Org::build(&t.db).await;
    let mut c = Client::as_user(&t.db, "staff1a").await;
    let first = c.cookie.clone().unwrap();
    c.login("staff1a", PASSWORD).await;
    let second = c.cookie.clone().unwrap();
    assert_ne!(first, second, "a login must issue a new session id");
    // the session from before the second login is gone
    let mut old = Client::new(&t.db);
    old.cookie = Some(first);
    assert_eq!(old.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        c.post_json("/api/v1/auth/logout", serde_json::json!({}))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(c.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
}
on_both!(logout_ends_the_session_and_login_rotates_it);

async fn every_endpoint_but_public_ones_needs_auth(t: TestDb) {
    Org::build(&t.db).await;
    let c = Client::new(&t.db);
    for path in [
        "/api/v1/me",
        "/api/v1/periods",
        "/api/v1/units",
        "/api/v1/employees",
        "/api/v1/audit?entity=pegawai&id=x",
    ] {
        let r = c.get(path).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(r.json["error"]["code"], "unauthorized", "{path}");
    }
    assert_eq!(
        c.post_json("/api/v1/auth/logout", serde_json::json!({}))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(c.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(c.get("/api/v1/openapi.json").await.status, StatusCode::OK);
}
on_both!(every_endpoint_but_public_ones_needs_auth);

async fn api_tokens_authenticate_and_can_expire(t: TestDb) {
    let org = Org::build(&t.db).await;
    let row = app::backend::repo::akun::find_for_login(&t.db.pool, "admin")
        .await
        .unwrap()
        .unwrap();
    let token = credential::create_token(&t.db, &org.instansi_a, &row.id, "payroll", Some(30))
        .await
        .unwrap();
    let mut c = Client::new(&t.db);
    c.bearer = Some(token.clone());
    let me = c.get("/api/v1/me").await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json["roles"], serde_json::json!(["admin"]));
    c.bearer = Some(format!("{token}x"));
    assert_eq!(c.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    let expired = credential::create_token(&t.db, &org.instansi_a, &row.id, "old", Some(-1))
        .await
        .unwrap();
    c.bearer = Some(expired);
    assert_eq!(c.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
}
on_both!(api_tokens_authenticate_and_can_expire);

async fn malformed_requests_get_4xx_json(t: TestDb) {
    Org::build(&t.db).await;
    let c = Client::new(&t.db);
    let bad_json = Request::post("/api/v1/auth/login")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{\"username\": 42"))
        .unwrap();
    let r = c.send(bad_json).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json["error"]["code"], "bad_request");
    let wrong_type = Request::post("/api/v1/auth/login")
        .body(Body::from("username=a"))
        .unwrap();
    assert_eq!(
        c.send(wrong_type).await.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    let c = Client::as_user(&t.db, "admin").await;
    let r = c.get("/api/v1/employees?limit=abc").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json["error"]["message"]
        .as_str()
        .unwrap()
        .contains("tidak valid"));
    let r = c.get("/api/v1/tidak-ada").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json["error"]["code"], "not_found");
}
on_both!(malformed_requests_get_4xx_json);

async fn messages_follow_accept_language(t: TestDb) {
    Org::build(&t.db).await;
    let c = Client::new(&t.db);
    let req = Request::get("/api/v1/me")
        .header(header::ACCEPT_LANGUAGE, "en-US,en;q=0.9")
        .body(Body::empty())
        .unwrap();
    let r = c.send(req).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json["error"]["message"], "Please sign in first");
    assert_eq!(
        c.get("/api/v1/me").await.json["error"]["message"],
        "Silakan masuk terlebih dahulu"
    );
}
on_both!(messages_follow_accept_language);

async fn cross_site_posts_are_refused(t: TestDb) {
    Org::build(&t.db).await;
    let c = Client::new(&t.db);
    let body = serde_json::json!({ "username": "staff1a", "password": PASSWORD }).to_string();
    let evil = Request::post("/api/v1/auth/login")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::from(body.clone()))
        .unwrap();
    let r = c.send(evil).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json["error"]["code"], "bad_origin");
    let same = Request::post("/api/v1/auth/login")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .body(Body::from(body))
        .unwrap();
    assert_eq!(c.send(same).await.status, StatusCode::OK);
}
on_both!(cross_site_posts_are_refused);

async fn health_and_security_headers(t: TestDb) {
    let c = Client::new(&t.db);
    let r = c.get("/healthz").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json["status"], "ok");
    assert_eq!(r.json["database"], t.db.backend.name());
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    assert!(r.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
    t.db.pool.close().await;
    let r = c.get("/healthz").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
}
on_both!(health_and_security_headers);

async fn admins_issue_tokens_for_their_own_instansi(t: TestDb) {
    Org::build(&t.db).await;
    let admin = Client::as_user(&t.db, "admin").await;
    let body = serde_json::json!({ "username": "staff2", "name": "ekspor payroll", "days": 30 });
    let r = admin.post_json("/api/v1/tokens", body.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let mut c = Client::new(&t.db);
    c.bearer = Some(r.json["token"].as_str().unwrap().to_string());
    assert_eq!(c.get("/api/v1/me").await.json["name"], "Pegawai staff2");
    // not for another instansi's account, not by a non-admin, not with bad input
    let other = serde_json::json!({ "username": "kepalab", "name": "x" });
    assert_eq!(
        admin.post_json("/api/v1/tokens", other).await.status,
        StatusCode::FORBIDDEN
    );
    let kepala = Client::as_user(&t.db, "kepala").await;
    assert_eq!(
        kepala.post_json("/api/v1/tokens", body).await.status,
        StatusCode::FORBIDDEN
    );
    let bad = serde_json::json!({ "username": "staff2", "name": " ", "days": 0 });
    assert_eq!(
        admin.post_json("/api/v1/tokens", bad).await.status,
        StatusCode::BAD_REQUEST
    );
    let missing = serde_json::json!({ "username": "tidak-ada", "name": "x" });
    assert_eq!(
        admin.post_json("/api/v1/tokens", missing).await.status,
        StatusCode::NOT_FOUND
    );
}
on_both!(admins_issue_tokens_for_their_own_instansi);
