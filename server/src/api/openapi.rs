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

#[derive(Serialize, ToSchema)]
pub struct SquadPage {
    pub items: Vec<app::domain::dto::TimRingkas>,
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
        super::skp::of_employee,
        super::skp::get,
        super::skp::open,
        super::skp::add_rhk,
        super::skp::update_rhk,
        super::skp::delete_rhk,
        super::skp::step,
        super::skp::perilaku,
        super::skp::lampiran,
        super::skp::add_risk,
        super::skp::delete_risk,
        super::skp::publish,
        super::skp::version,
        super::skp::review,
        super::skp::assign,
        super::skp::pdf,
        super::cascade::tree,
        super::cascade::search,
        super::cascade::chain,
        super::sasaran::list,
        super::sasaran::create,
        super::sasaran::update,
        super::sasaran::delete,
        super::sasaran::import,
        super::squads::list,
        super::squads::create,
        super::squads::get,
        super::squads::update,
        super::squads::add_member,
        super::squads::update_member,
        super::squads::remove_member,
        super::squads::matrix,
        super::realisasi::create,
        super::realisasi::list,
        super::realisasi::verification,
        super::realisasi::evidence,
        super::feedback::list,
        super::feedback::give,
        super::feedback::ask,
        super::feedback::notifications,
        super::feedback::mark_read,
        super::feedback::dialogues,
        super::feedback::schedule,
        super::feedback::update_dialogue,
        super::feedback::add_follow_up,
        super::feedback::rate_coaching,
        super::inovasi::list,
        super::inovasi::create,
        super::inovasi::update,
        super::inovasi::for_unit,
        super::feedback::set_follow_up,
        super::squads::recommendation,
        super::workload::contributions,
        super::workload::workload,
        super::evaluations::index,
        super::evaluations::get,
        super::evaluations::of_employee,
        super::evaluations::rate,
        super::evaluations::acknowledge,
        super::evaluations::organisation_result,
        super::evaluations::set_organisation_result,
        super::evaluations::calibration,
        super::evaluations::move_person,
        super::evaluations::finalise,
        super::evaluations::appeal,
        super::evaluations::appeals,
        super::evaluations::get_appeal,
        super::evaluations::decide,
        super::dashboard::dashboard,
        super::followup::ledger,
        super::followup::set_potential,
        super::followup::talent,
        super::followup::export,
        super::followup::pdf,
        super::followup::curve,
        super::followup::set_curve,
        super::dashboard::stream,
        super::dashboard_csv::dashboard_csv,
        super::dashboard_employee::employee_dashboard,
        super::survei::results_of,
        super::survei::start,
        super::survei::invite,
        super::survei::link,
        super::survei::close,
        super::survei::mine,
        super::survei::answer_mine,
        super::survei::form,
        super::survei::answer_link,
    ),
    components(schemas(super::tokens::NewToken, super::tokens::IssuedToken,
        super::skp::OpenSkp, super::skp::RhkWrite, super::skp::StepBody, super::skp::PerilakuBody,
        super::skp::LampiranBody, super::skp::PublishBody, super::skp::AssignBody,
        app::backend::skp::plan::Penugasan, super::sasaran::NewGoal, super::sasaran::GoalWrite,
        app::domain::dto::Skp, app::domain::dto::Rhk, app::domain::dto::Iki, app::domain::dto::RhkRef,
        app::domain::dto::Risiko, app::domain::dto::Perilaku, app::domain::dto::Lampiran,
        app::domain::dto::PegawaiRingkas, app::domain::dto::SkpBawahan, app::domain::dto::RhkInput,
        app::domain::dto::IkiInput, app::domain::dto::RisikoInput, app::domain::dto::SasaranInput,
        app::domain::dto::IndikatorInput, app::domain::dto::SasaranStrategis, app::domain::dto::IndikatorSasaran,
        app::domain::dto::Cascade, app::domain::dto::CascadeNode, app::domain::dto::CascadeSummary,
        app::domain::dto::CascadeHit, app::domain::dto::ChainStep, app::domain::dto::Owner, ErrorBody, ErrorDetail, Me, Unit, Employee, Period, UnitPage, EmployeePage, PeriodPage,
        SquadPage, app::domain::dto::Tim, app::domain::dto::TimRingkas, app::domain::dto::AnggotaTim,
        app::domain::dto::KolomMph, app::domain::dto::SelMph, app::domain::dto::AktivitasTim,
        app::domain::dto::Rekomendasi, app::domain::dto::TimInput, app::domain::dto::TimUpdate,
        app::domain::dto::AnggotaInput, app::domain::dto::KolomInput, app::domain::dto::SelInput,
        app::domain::dto::MatriksInput, app::domain::dto::RekomendasiInput, app::domain::dto::Kontribusi,
        app::domain::dto::PetaKontribusi, app::domain::dto::BebanKerja, app::domain::dto::BebanPegawai,
        app::domain::dto::BebanUnit, app::domain::dto::PeranBeban, app::domain::tim::Beban,
        app::domain::dto::Realisasi, app::domain::dto::RealisasiIki, app::domain::dto::Bukti,
        app::domain::dto::RealisasiInput, app::domain::dto::SubPeriodRef, app::domain::dto::VerifikasiInput,
        app::domain::dto::EntriAk, app::domain::kemajuan_ak::Kemajuan, app::domain::kemajuan_ak::TargetAk,
        app::domain::dto::KotakTalenta, app::domain::dto::OrangTalenta,
        app::domain::dto::UmpanBalikSkp, app::domain::dto::UmpanBalik, app::domain::dto::PermintaanUmpanBalik,
        app::domain::dto::TopikRhk, app::domain::dto::SubPeriodOption, app::domain::dto::UmpanBalikInput,
        app::domain::dto::PermintaanInput, app::domain::dto::DaftarNotifikasi, app::domain::dto::Notifikasi,
        super::feedback::MarkRead, super::feedback::Marked, app::domain::dto::DaftarDialog,
        app::domain::dto::DialogKinerja, app::domain::dto::TindakLanjutDialog, app::domain::dto::DialogInput,
        app::domain::dto::DialogUpdate, app::domain::dto::TindakLanjutInput, app::domain::dto::TindakLanjutStatus,
        app::domain::dto::PenilaianCoaching, app::domain::dto::PenilaianCoachingInput,
        app::domain::dto::Inovasi, app::domain::dto::RhkPilihan, app::domain::dto::DaftarInovasi,
        app::domain::dto::InovasiInput, app::domain::dto::JumlahInovasi, app::domain::dto::InovasiUnit,
        super::survei::StartBody, super::survei::InviteBody, app::domain::dto::Survei360,
        app::domain::dto::Undangan360, app::domain::dto::Tautan360, app::domain::dto::UndanganSaya,
        app::domain::dto::Formulir360, app::domain::dto::Jawaban360Input, app::domain::dto::Diterima360,
        app::domain::dto::Hasil360, app::domain::dto::BarisHasil360)),
    modifiers(&Security),
    security(("session" = []), ("token" = [])),
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "system", responses((status = 200)))]
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
