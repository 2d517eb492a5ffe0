use app::backend::realisasi::EvidenceStore;
use app::{shell, App};
use axum::routing::get;
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::limit::RequestBodyLimitLayer;

use crate::{api, middleware, AppState};

/// The whole application: JSON API, Leptos pages and server functions, static files; evidence
/// files where `RANTAI_EVIDENCE_DIR` says.
pub fn router(state: AppState) -> Router {
    router_with(state, EvidenceStore::from_env())
}

/// The application with evidence files kept by `evidence` (tests and benchmarks use a
/// directory of their own).
pub fn router_with(state: AppState, evidence: EvidenceStore) -> Router {
    // the upload route sets its own limit; this outer one must not be below it
    let body_limit = (32 * 1024 * 1024).max(evidence.request_limit());
    let routes = generate_route_list(App);
    let db = state.db.clone();
    let opts = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(api::health::healthz))
        .nest("/api/v1", api::routes(evidence))
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(db.clone()),
            move || shell(opts.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn(middleware::localize_errors))
        .layer(axum::middleware::from_fn(middleware::check_origin))
        .layer(axum::middleware::from_fn(middleware::security_headers))
        .layer(RequestBodyLimitLayer::new(body_limit))
        .with_state(state)
}
