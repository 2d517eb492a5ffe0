//! The thin JSON API (../shared/API.md): `/api/v1/…`, documented at `/api/v1/openapi.json`.

pub mod audit;
pub mod auth;
pub mod cascade;
pub mod dashboard;
pub mod dashboard_csv;
pub mod dashboard_employee;
pub mod employees;
pub mod evaluations;
pub mod extract;
pub mod feedback;
pub mod followup;
pub mod health;
pub mod inovasi;
pub mod me;
pub mod openapi;
pub mod periods;
pub mod realisasi;
pub mod sasaran;
pub mod skp;
pub mod squads;
pub mod survei;
pub mod tabel;
pub mod tokens;
pub mod units;
pub mod workload;

use axum::routing::{delete, get, post, put};
use axum::Router;

use crate::AppState;

/// The API routes; `evidence` is where realisasi evidence files are kept.
pub fn routes(evidence: app::backend::realisasi::EvidenceStore) -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi::openapi_json))
        .route("/auth/login", post(auth::login))
        .route("/auth/logout", post(auth::logout))
        .route("/me", get(me::me))
        .route("/periods", get(periods::list))
        .route("/units", get(units::list))
        .route("/units/{id}", get(units::get))
        .route("/units/{id}/cascade", get(cascade::tree))
        .route("/units/{id}/cascade/search", get(cascade::search))
        .route("/strategic-goals", get(sasaran::list).post(sasaran::create))
        .route("/strategic-goals/import", post(sasaran::import))
        .route(
            "/strategic-goals/{id}",
            put(sasaran::update).delete(sasaran::delete),
        )
        .route("/skp", post(skp::open))
        .route("/skp/review", get(skp::review))
        .route("/skp/{id}", get(skp::get))
        .route("/skp/{id}/rhk", post(skp::add_rhk))
        .route("/skp/{id}/perilaku", put(skp::perilaku))
        .route("/skp/{id}/lampiran", put(skp::lampiran))
        .route("/skp/{id}/versions/{versi}", get(skp::version))
        .route("/skp/{id}/pdf", get(skp::pdf))
        .route("/skp/{id}/{step}", post(skp::step))
        .route("/rhk/{id}", put(skp::update_rhk).delete(skp::delete_rhk))
        .route("/rhk/{id}/chain", get(cascade::chain))
        .route("/rhk/{id}/publish", post(skp::publish))
        .route("/rhk/{id}/assign", post(skp::assign))
        .route("/rhk/{id}/risks", post(skp::add_risk))
        .route("/rhk/{id}/risks/{risk}", delete(skp::delete_risk))
        .route("/employees", get(employees::list))
        .route("/employees/{id}", get(employees::get))
        .route("/employees/{id}/skp", get(skp::of_employee))
        .route(
            "/employees/{id}/contributions",
            get(workload::contributions),
        )
        .route("/workload", get(workload::workload))
        .route(
            "/employees/{id}/feedback",
            get(feedback::list).post(feedback::give),
        )
        .route("/employees/{id}/feedback-requests", post(feedback::ask))
        .route(
            "/employees/{id}/dialogues",
            get(feedback::dialogues).post(feedback::schedule),
        )
        .route("/dialogues/{id}", put(feedback::update_dialogue))
        .route("/dialogues/{id}/follow-ups", post(feedback::add_follow_up))
        .route(
            "/dialogues/{id}/coaching-rating",
            post(feedback::rate_coaching),
        )
        .route(
            "/employees/{id}/innovations",
            get(inovasi::list).post(inovasi::create),
        )
        .route("/innovations/{id}", put(inovasi::update))
        .route("/units/{id}/innovations", get(inovasi::for_unit))
        .route("/follow-ups/{id}", put(feedback::set_follow_up))
        .route("/notifications", get(feedback::notifications))
        .route("/notifications/read", post(feedback::mark_read))
        .route("/squads", get(squads::list).post(squads::create))
        .route("/squads/{id}", get(squads::get).put(squads::update))
        .route("/squads/{id}/members", post(squads::add_member))
        .route(
            "/squads/{id}/members/{anggota}",
            put(squads::update_member).delete(squads::remove_member),
        )
        .route(
            "/squads/{id}/members/{anggota}/recommendation",
            post(squads::recommendation),
        )
        .route("/squads/{id}/matrix", put(squads::matrix))
        .route("/evaluations", get(evaluations::index))
        .route("/evaluations/export", get(followup::export))
        .route("/evaluations/{id}", get(evaluations::get))
        .route("/evaluations/{id}/pdf", get(followup::pdf))
        .route("/employees/{id}/angka-kredit", get(followup::ledger))
        .route("/employees/{id}/potential", put(followup::set_potential))
        .route("/talent", get(followup::talent))
        .route(
            "/settings/curve",
            get(followup::curve).put(followup::set_curve),
        )
        .route(
            "/evaluations/{id}/acknowledgement",
            post(evaluations::acknowledge),
        )
        .route(
            "/employees/{id}/evaluation",
            get(evaluations::of_employee).post(evaluations::rate),
        )
        .route(
            "/units/{id}/organisation-result",
            get(evaluations::organisation_result).put(evaluations::set_organisation_result),
        )
        .route("/evaluations/{id}/appeal", post(evaluations::appeal))
        .route("/appeals", get(evaluations::appeals))
        .route("/appeals/{id}", get(evaluations::get_appeal))
        .route("/appeals/{id}/decision", post(evaluations::decide))
        .route("/dashboard", get(dashboard::dashboard))
        .route("/dashboard/stream", get(dashboard::stream))
        .route("/dashboard.csv", get(dashboard_csv::dashboard_csv))
        .route(
            "/dashboard/employee",
            get(dashboard_employee::employee_dashboard),
        )
        .route("/calibration", get(evaluations::calibration))
        .route("/calibration/moves", post(evaluations::move_person))
        .route("/calibration/finalisation", post(evaluations::finalise))
        .route("/audit", get(audit::list))
        .route("/tokens", post(tokens::create))
        .merge(realisasi::routes(evidence))
        .merge(survei::routes())
        .fallback(|| async { app::backend::AppError::not_found("Endpoint API", "API endpoint") })
}
