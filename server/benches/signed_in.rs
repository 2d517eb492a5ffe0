//! The real router in-process with a signed-in session, for the benchmarks of API reads.
// Each bench binary includes this module and uses only part of it.
#![allow(dead_code)]

use app::backend::Db;
use axum::body::Body;
use http::{header, Request, StatusCode};
use tower::ServiceExt;

pub struct Session {
    pub router: axum::Router,
    pub cookie: String,
}

/// The router on `db`, signed in as `username` (the demo password).
pub async fn sign_in(db: &Db, username: &str) -> Session {
    let router = server::router(server::AppState::new(
        db.clone(),
        server::state::leptos_options(([127, 0, 0, 1], 3000).into()),
    ));
    let cookie = cookie_for(&router, username).await;
    Session { router, cookie }
}

/// GET `path` in the session; the size of the answer, which must be 200.
pub async fn get(s: &Session, path: &str) -> usize {
    let res = s
        .router
        .clone()
        .oneshot(
            Request::get(path)
                .header(header::HOST, "127.0.0.1:3000")
                .header(header::COOKIE, &s.cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    axum::body::to_bytes(res.into_body(), 64 << 20)
        .await
        .unwrap()
        .len()
}

/// Signs in as `username` (the demo password) on `router`; the session cookie.
pub async fn cookie_for(router: &axum::Router, username: &str) -> String {
    let login = serde_json::json!({
        "username": username,
        "password": server::seed::demo::PASSWORD,
    });
    let res = router
        .clone()
        .oneshot(
            Request::post("/api/v1/auth/login")
                .header(header::HOST, "127.0.0.1:3000")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(login.to_string()))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string()
}
