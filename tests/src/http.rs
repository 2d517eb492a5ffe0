//! Drives the real router in-process with `oneshot`.

use app::backend::Db;
use axum::body::Body;
use axum::Router;
use http::{header, HeaderMap, Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt;

pub struct Client {
    router: Router,
    pub cookie: Option<String>,
    pub bearer: Option<String>,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub json: Value,
    /// The raw body (for non-JSON answers such as PDF).
    pub body: Vec<u8>,
}

impl Client {
    pub fn new(db: &Db) -> Client {
        let opts = server::state::leptos_options(([127, 0, 0, 1], 3000).into());
        let router = server::router(server::AppState::new(db.clone(), opts));
        Client {
            router,
            cookie: None,
            bearer: None,
        }
    }

    /// Signs in and keeps the session cookie; returns the login reply.
    pub async fn login(&mut self, username: &str, password: &str) -> Reply {
        let r = self
            .post_json(
                "/api/v1/auth/login",
                serde_json::json!({ "username": username, "password": password }),
            )
            .await;
        if let Some(set) = r
            .headers
            .get(header::SET_COOKIE)
            .and_then(|v| v.to_str().ok())
        {
            self.cookie = set.split(';').next().map(str::to_string);
        }
        r
    }

    pub async fn as_user(db: &Db, username: &str) -> Client {
        Client::as_user_with(db, username, crate::fixture::PASSWORD).await
    }

    /// Signs in with another password (the demo accounts').
    pub async fn as_user_with(db: &Db, username: &str, password: &str) -> Client {
        let mut c = Client::new(db);
        let r = c.login(username, password).await;
        assert_eq!(r.status, StatusCode::OK, "login {username}: {}", r.json);
        c
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    pub async fn post_json(&self, path: &str, body: Value) -> Reply {
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(req).await
    }

    pub async fn put_json(&self, path: &str, body: Value) -> Reply {
        let req = Request::put(path)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(req).await
    }

    pub async fn delete(&self, path: &str) -> Reply {
        self.send(Request::delete(path).body(Body::empty()).unwrap())
            .await
    }

    /// Sends a request with the client's credentials added.
    pub async fn send(&self, mut req: Request<Body>) -> Reply {
        let h = req.headers_mut();
        h.entry(header::HOST)
            .or_insert("127.0.0.1:3000".parse().unwrap());
        if let Some(c) = &self.cookie {
            h.insert(header::COOKIE, c.parse().unwrap());
        }
        if let Some(t) = &self.bearer {
            h.insert(
                header::AUTHORIZATION,
                format!("Bearer {t}").parse().unwrap(),
            );
        }
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("router never fails");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 16 * 1024 * 1024)
            .await
            .unwrap();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply {
            status,
            headers,
            json,
            body: bytes.to_vec(),
        }
    }
}
