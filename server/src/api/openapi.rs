//! The OpenAPI 3 document, generated from the handlers' annotations.

use app::domain::dto::{Employee, Me, Period, Unit};
use axum::Json;
use serde::Serialize;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

/// `{"error": {"code", "message", "details"?}}`
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
    pub details: Option<Vec<Object>>,
}

#[derive(Serialize, ToSchema)]
pub struct Object {}

#[derive(Serialize, ToSchema)]
pub struct UnitPage {
    pub items: Vec<Unit>,
    pub next_cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct EmployeePage {
    pub items: Vec<Employee>,
    pub next_cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PeriodPage {
    pub items: Vec<Period>,
    pub next_cursor: Option<String>,
}

struct Security;

impl Modify for Security {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let c = doc.components.get_or_insert_with(Default::default);
        c.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("rantai_sesi"))),
        );
        c.add_security_scheme(
            "token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Rantai API", version = "1", description = "Kinerja ASN (PermenPANRB 6/2022): the thin JSON API."),
    paths(
        super::health::healthz,
        openapi_json,
        super::auth::login,
        super::auth::logout,
        super::me::me,
        super::periods::list,
        super::units::list,
        super::units::get,
        super::employees::list,
        super::employees::get,
        super::audit::list,
        super::tokens::create,
    ),
    components(schemas(super::tokens::NewToken, super::tokens::IssuedToken, ErrorBody, ErrorDetail, Me, Unit, Employee, Period, UnitPage, EmployeePage, PeriodPage)),
    modifiers(&Security),
    security(("session" = []), ("token" = [])),
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "system", responses((status = 200)))]
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
