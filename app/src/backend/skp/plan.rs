//! Planning an SKP: opening it (optionally copied from last year), its RHK with IKI, the
//! behaviour expectations, the lampiran, risks, publishing a leader's RHK early, and
//! assigning one leader RHK to many subordinates at once.

use serde_json::json;
use sqlx::{Any, Transaction};

use super::access::{conflict, owner_scope, read_skp, require_owner, require_ppk, skp_not_found};
use super::intervensi;
use super::period::{annual, Annual};
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::skp::{self as repo, SkpRow};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{Employee, Lampiran, RhkInput, RisikoInput, Skp};
use crate::domain::jabatan::JenisJabatan;
use crate::domain::problem::{required_text, Problem};
use crate::domain::skp::{check_rhk_input, Aksi, Pendekatan, MAX_CATATAN};

pub(super) async fn audit_skp(
    tx: &mut Transaction<'_, Any>,
    actor: &Actor,
    skp: &SkpRow,
    aksi: &str,
    sebelum: Option<serde_json::Value>,
    sesudah: Option<serde_json::Value>,
) -> AppResult<()> {
    audit::record(
        tx,
        Change {
            instansi_id: &skp.instansi_id,
            akun_id: Some(&actor.akun_id),
            aksi,
            entitas: "skp",
            entitas_id: &skp.id,
            sebelum,
            sesudah,
        },
    )
    .await?;
    Ok(())
}

pub(super) fn is_jpt(e: &Employee) -> bool {
    JenisJabatan::from_code(&e.jenis_jabatan).is_some_and(|j| j.is_jpt())
}

/// The SKP as it is now, for the answer of a write.
pub(super) async fn fresh(db: &Db, id: &str) -> AppResult<Skp> {
    let s = repo::find(&db.pool, id).await?.ok_or_else(skp_not_found)?;
    Ok(repo::load(&db.pool, &s).await?)
}

/// An employee's SKP for an annual period (this year's by default).
pub async fn get(db: &Db, actor: &Actor, pegawai_id: &str, period: Option<&str>) -> AppResult<Skp> {
    let (_, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_employee(&scope)?;
    let p = annual(db, actor, period).await?;
    let s = repo::find_for(&db.pool, &actor.instansi_id, pegawai_id, &p.id)
        .await?
        .ok_or_else(|| {
            AppError::not_found(
                &format!("SKP tahun {}", p.tahun),
                &format!("The SKP of {}", p.tahun),
            )
        })?;
    Ok(repo::load(&db.pool, &s).await?)
}

pub async fn get_by_id(db: &Db, actor: &Actor, skp_id: &str) -> AppResult<Skp> {
    let s = read_skp(db, actor, skp_id).await?;
    Ok(repo::load(&db.pool, &s).await?)
}

/// Opens the SKP of `pegawai_id` (the actor's own by default) for the period, as a draft;
/// `copy_previous` copies last year's RHK, IKI, expectations and lampiran (the links to
/// superior RHK are chosen anew). An existing SKP is returned unchanged (`false`).
pub async fn open(
    db: &Db,
    actor: &Actor,
    pegawai_id: Option<&str>,
    period: Option<&str>,
    pendekatan: Option<Pendekatan>,
    copy_previous: bool,
) -> AppResult<(Skp, bool)> {
    let pegawai_id = match pegawai_id.or(actor.pegawai_id.as_deref()) {
        Some(id) => id.to_string(),
        None => {
            return Err(AppError::bad_request(
                "Akun ini tidak terhubung dengan data pegawai: sebutkan pegawai_id",
                "This account has no employee record: give pegawai_id",
            ))
        }
    };
    let (owner, scope) = owner_scope(db, &pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    require_owner(actor, &pegawai_id)?;
    let p = annual(db, actor, period).await?;
    p.require_open()?;
    if let Some(s) = repo::find_for(&db.pool, &actor.instansi_id, &pegawai_id, &p.id).await? {
        return Ok((repo::load(&db.pool, &s).await?, false));
    }
    let mut tx = db.begin().await?;
    let pendekatan = pendekatan.unwrap_or(Pendekatan::Kuantitatif);
    let id = repo::create_skp(
        &mut tx,
        &actor.instansi_id,
        &pegawai_id,
        &p.id,
        owner.ppk_id.as_deref(),
        pendekatan,
    )
    .await?;
    let row = repo::find(&mut *tx, &id)
        .await?
        .ok_or_else(AppError::internal)?;
    let copied = if copy_previous {
        copy_from_previous(&mut tx, &row, &p).await?
    } else {
        0
    };
    audit_skp(
        &mut tx,
        actor,
        &row,
        "create",
        None,
        Some(
            json!({ "pegawai_id": pegawai_id, "periode_id": p.id, "pendekatan": pendekatan.code(),
                     "disalin_rhk": copied }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok((fresh(db, &id).await?, true))
}

/// Copies last year's plan into a new SKP; returns the number of RHK copied.
async fn copy_from_previous(
    tx: &mut Transaction<'_, Any>,
    row: &SkpRow,
    p: &Annual,
) -> AppResult<usize> {
    use sqlx::Row;
    let prev: Option<String> = sqlx::query_scalar(
        "SELECT s.id FROM skp s JOIN periode pr ON pr.instansi_id = s.instansi_id AND pr.id = s.periode_id \
         WHERE s.instansi_id = $1 AND s.pegawai_id = $2 AND pr.tahun = $3",
    )
    .bind(&row.instansi_id)
    .bind(&row.pegawai_id)
    .bind(p.tahun - 1)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(prev) = prev else {
        return Err(AppError::not_found(
            &format!("SKP tahun {}", p.tahun - 1),
            &format!("The SKP of {}", p.tahun - 1),
        ));
    };
    let rhk = sqlx::query(
        "SELECT id, jenis, judul, perspektif, ekspektasi, bobot FROM rhk \
         WHERE instansi_id = $1 AND skp_id = $2 AND pensiun_at IS NULL ORDER BY urutan, id",
    )
    .bind(&row.instansi_id)
    .bind(&prev)
    .fetch_all(&mut **tx)
    .await?;
    for r in &rhk {
        let iki = repo::iki_inputs(&mut **tx, &row.instansi_id, &r.get::<String, _>("id")).await?;
        let input = RhkInput {
            jenis: crate::domain::skp::JenisRhk::from_code(&r.get::<String, _>("jenis"))
                .unwrap_or(crate::domain::skp::JenisRhk::Utama),
            judul: r.get("judul"),
            perspektif: r
                .get::<Option<String>, _>("perspektif")
                .as_deref()
                .and_then(crate::domain::skp::Perspektif::from_code),
            ekspektasi: r.get("ekspektasi"),
            intervensi_id: None,
            cascading: None,
            sasaran_id: None,
            bobot: Some(r.get("bobot")),
            iki,
        };
        repo::insert_rhk(
            tx,
            &row.instansi_id,
            &row.id,
            &row.pegawai_id,
            &row.periode_id,
            &input,
        )
        .await?;
    }
    sqlx::query(
        "INSERT INTO skp_perilaku (instansi_id, skp_id, nilai, ekspektasi) \
         SELECT instansi_id, $3, nilai, ekspektasi FROM skp_perilaku WHERE instansi_id = $1 AND skp_id = $2",
    )
    .bind(&row.instansi_id)
    .bind(&prev)
    .bind(&row.id)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE skp SET dukungan_sumber_daya = (SELECT dukungan_sumber_daya FROM skp WHERE instansi_id = $1 AND id = $2), \
         skema_pertanggungjawaban = (SELECT skema_pertanggungjawaban FROM skp WHERE instansi_id = $1 AND id = $2), \
         konsekuensi = (SELECT konsekuensi FROM skp WHERE instansi_id = $1 AND id = $2) \
         WHERE instansi_id = $1 AND id = $3",
    )
    .bind(&row.instansi_id)
    .bind(&prev)
    .bind(&row.id)
    .execute(&mut **tx)
    .await?;
    Ok(rhk.len())
}

/// A change by the owner: the SKP must be editable, the period open and `version` current.
/// Returns the SKP row (read inside the transaction) and its owner.
async fn begin_owner_change(
    db: &Db,
    tx: &mut Transaction<'_, Any>,
    actor: &Actor,
    skp_id: &str,
    version: i64,
) -> AppResult<(SkpRow, Employee)> {
    let s = repo::find(&mut **tx, skp_id)
        .await?
        .ok_or_else(skp_not_found)?;
    actor.require_instansi(&s.instansi_id)?;
    let (owner, scope) = owner_scope(db, &s.pegawai_id).await?;
    actor.require_employee(&scope)?;
    require_owner(actor, &s.pegawai_id)?;
    annual(db, actor, Some(&s.periode_id))
        .await?
        .require_open()?;
    s.status.after(Aksi::Ubah).map_err(|p| {
        let mut e = AppError::problem(p);
        e.status = http::StatusCode::CONFLICT;
        e.code = "not_editable";
        e
    })?;
    if !repo::bump(tx, &s.instansi_id, &s.id, version).await? {
        return Err(conflict());
    }
    Ok((s, owner))
}

async fn validate_rhk(
    tx: &mut Transaction<'_, Any>,
    s: &SkpRow,
    owner: &Employee,
    input: &RhkInput,
    editing: Option<&str>,
) -> AppResult<()> {
    let jpt = is_jpt(owner);
    let mut problems = check_rhk_input(jpt, input);
    problems.extend(intervensi::check(tx, s, owner, jpt, input, editing).await?);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AppError::problems(problems))
    }
}

fn rhk_json(id: &str, r: &RhkInput) -> serde_json::Value {
    json!({ "rhk_id": id, "rhk": r })
}

pub async fn add_rhk(
    db: &Db,
    actor: &Actor,
    skp_id: &str,
    version: i64,
    input: RhkInput,
) -> AppResult<Skp> {
    let mut tx = db.begin().await?;
    let (s, owner) = begin_owner_change(db, &mut tx, actor, skp_id, version).await?;
    validate_rhk(&mut tx, &s, &owner, &input, None).await?;
    let id = repo::insert_rhk(
        &mut tx,
        &s.instansi_id,
        &s.id,
        &s.pegawai_id,
        &s.periode_id,
        &input,
    )
    .await?;
    audit_skp(
        &mut tx,
        actor,
        &s,
        "rhk_create",
        None,
        Some(rhk_json(&id, &input)),
    )
    .await?;
    tx.commit().await?;
    fresh(db, &s.id).await
}

/// The RHK and its SKP for a change by its owner.
async fn owned_rhk(
    db: &Db,
    tx: &mut Transaction<'_, Any>,
    actor: &Actor,
    rhk_id: &str,
    version: i64,
) -> AppResult<(repo::RhkRow, SkpRow, Employee)> {
    let r = repo::find_rhk(&mut **tx, rhk_id)
        .await?
        .ok_or_else(|| AppError::not_found("RHK", "RHK"))?;
    actor.require_instansi(&r.instansi_id)?;
    let (s, owner) = begin_owner_change(db, tx, actor, &r.skp_id, version).await?;
    Ok((r, s, owner))
}

pub async fn update_rhk(
    db: &Db,
    actor: &Actor,
    rhk_id: &str,
    version: i64,
    input: RhkInput,
) -> AppResult<Skp> {
    let mut tx = db.begin().await?;
    let (r, s, owner) = owned_rhk(db, &mut tx, actor, rhk_id, version).await?;
    validate_rhk(&mut tx, &s, &owner, &input, Some(&r.id)).await?;
    repo::update_rhk(&mut tx, &s.instansi_id, &r.id, &input).await?;
    audit_skp(
        &mut tx,
        actor,
        &s,
        "rhk_update",
        Some(json!({ "rhk_id": r.id, "judul": r.judul, "intervensi_id": r.parent_id })),
        Some(rhk_json(&r.id, &input)),
    )
    .await?;
    tx.commit().await?;
    fresh(db, &s.id).await
}

pub async fn delete_rhk(db: &Db, actor: &Actor, rhk_id: &str, version: i64) -> AppResult<Skp> {
    let mut tx = db.begin().await?;
    let (r, s, _) = owned_rhk(db, &mut tx, actor, rhk_id, version).await?;
    // a squad RHK belongs to its cell of the Matriks Peran Hasil: removed only there
    if let Some(tim) = repo::squad_of_rhk(&mut *tx, &s.instansi_id, &r.id).await? {
        return Err(AppError::new(
            http::StatusCode::CONFLICT,
            "squad_rhk",
            format!("RHK ini berasal dari tim {tim}; ubah lewat Matriks Peran Hasil"),
            format!(
                "This RHK comes from the squad {tim}; change it through the Matriks Peran Hasil"
            ),
        ));
    }
    let children = repo::child_count(&mut tx, &s.instansi_id, &r.id).await?;
    if children > 0 {
        return Err(AppError::conflict(
            format!("RHK ini diintervensi oleh {children} RHK bawahan: minta mereka memindahkan intervensinya dahulu"),
            format!("{children} staff RHK intervene this RHK: they must link elsewhere first"),
        ));
    }
    repo::delete_rhk(&mut tx, &s.instansi_id, &r.id).await?;
    audit_skp(
        &mut tx,
        actor,
        &s,
        "rhk_delete",
        Some(json!({ "rhk_id": r.id, "judul": r.judul, "intervensi_id": r.parent_id })),
        None,
    )
    .await?;
    tx.commit().await?;
    fresh(db, &s.id).await
}

pub async fn set_lampiran(
    db: &Db,
    actor: &Actor,
    skp_id: &str,
    version: i64,
    l: Lampiran,
) -> AppResult<Skp> {
    let mut problems = vec![];
    for (field, label, list) in [
        (
            "dukungan_sumber_daya",
            "Dukungan sumber daya",
            &l.dukungan_sumber_daya,
        ),
        (
            "skema_pertanggungjawaban",
            "Skema pertanggungjawaban",
            &l.skema_pertanggungjawaban,
        ),
        ("konsekuensi", "Konsekuensi", &l.konsekuensi),
    ] {
        if list.len() > 30 {
            problems.push(Problem::new(
                field,
                format!("{label}: paling banyak 30 butir"),
                format!("{label}: at most 30 items"),
            ));
        }
        for (i, item) in list.iter().enumerate() {
            problems.extend(required_text(
                &format!("{field}[{i}]"),
                label,
                item,
                MAX_CATATAN,
            ));
        }
    }
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let mut tx = db.begin().await?;
    let (s, _) = begin_owner_change(db, &mut tx, actor, skp_id, version).await?;
    repo::set_lampiran(&mut tx, &s.instansi_id, &s.id, &l).await?;
    audit_skp(&mut tx, actor, &s, "lampiran", None, Some(json!(l))).await?;
    tx.commit().await?;
    fresh(db, &s.id).await
}

/// The PPK sets the ekspektasi khusus pimpinan per BerAKHLAK value (while the SKP is not
/// yet approved).
pub async fn set_perilaku(
    db: &Db,
    actor: &Actor,
    skp_id: &str,
    version: i64,
    values: Vec<(NilaiBerakhlak, String)>,
) -> AppResult<Skp> {
    let problems: Vec<Problem> = values
        .iter()
        .filter_map(|(v, t)| {
            crate::domain::problem::optional_text(v.code(), v.label(), t, MAX_CATATAN)
        })
        .collect();
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let mut tx = db.begin().await?;
    let s = repo::find(&mut *tx, skp_id)
        .await?
        .ok_or_else(skp_not_found)?;
    actor.require_instansi(&s.instansi_id)?;
    let (owner, _) = owner_scope(db, &s.pegawai_id).await?;
    require_ppk(actor, &owner)?;
    annual(db, actor, Some(&s.periode_id))
        .await?
        .require_open()?;
    if s.status == crate::domain::skp::StatusSkp::Disetujui {
        return Err(AppError::conflict(
            "SKP sudah disetujui: ekspektasi diubah melalui versi baru",
            "The SKP is approved: expectations change through a new version",
        ));
    }
    if !repo::bump(&mut tx, &s.instansi_id, &s.id, version).await? {
        return Err(conflict());
    }
    repo::set_perilaku(&mut tx, &s.instansi_id, &s.id, &values).await?;
    let after: serde_json::Map<String, serde_json::Value> = values
        .iter()
        .map(|(v, t)| (v.code().to_string(), json!(t.trim())))
        .collect();
    audit_skp(
        &mut tx,
        actor,
        &s,
        "perilaku",
        None,
        Some(serde_json::Value::Object(after)),
    )
    .await?;
    tx.commit().await?;
    fresh(db, &s.id).await
}

/// The RHK, its SKP and owner for a risk or publishing change: by the owner or their PPK, at
/// any status (the risk register stays live after approval).
async fn rhk_for_register(
    db: &Db,
    tx: &mut Transaction<'_, Any>,
    actor: &Actor,
    rhk_id: &str,
    owner_only: bool,
) -> AppResult<(repo::RhkRow, SkpRow)> {
    let r = repo::find_rhk(&mut **tx, rhk_id)
        .await?
        .ok_or_else(|| AppError::not_found("RHK", "RHK"))?;
    actor.require_instansi(&r.instansi_id)?;
    let (owner, scope) = owner_scope(db, &r.pegawai_id).await?;
    actor.require_employee(&scope)?;
    if owner_only || require_ppk(actor, &owner).is_err() {
        require_owner(actor, &r.pegawai_id)?;
    }
    let s = repo::find(&mut **tx, &r.skp_id)
        .await?
        .ok_or_else(skp_not_found)?;
    annual(db, actor, Some(&s.periode_id))
        .await?
        .require_open()?;
    Ok((r, s))
}

pub async fn add_risiko(db: &Db, actor: &Actor, rhk_id: &str, k: RisikoInput) -> AppResult<Skp> {
    let mut problems = vec![];
    problems.extend(required_text(
        "deskripsi",
        "Uraian risiko",
        &k.deskripsi,
        MAX_CATATAN,
    ));
    problems.extend(crate::domain::problem::optional_text(
        "mitigasi",
        "Mitigasi",
        &k.mitigasi,
        MAX_CATATAN,
    ));
    problems.extend(crate::domain::problem::optional_text(
        "pemilik",
        "Pemilik risiko",
        &k.pemilik,
        200,
    ));
    if let Err(p) = crate::domain::risiko::level(k.kemungkinan, k.dampak) {
        problems.extend(p);
    }
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let mut tx = db.begin().await?;
    let (r, s) = rhk_for_register(db, &mut tx, actor, rhk_id, false).await?;
    let id = repo::insert_risiko(&mut tx, &s.instansi_id, &r.id, &k).await?;
    audit_skp(
        &mut tx,
        actor,
        &s,
        "risiko_create",
        None,
        Some(json!({ "rhk_id": r.id, "risiko_id": id, "risiko": k })),
    )
    .await?;
    tx.commit().await?;
    fresh(db, &s.id).await
}

pub async fn delete_risiko(
    db: &Db,
    actor: &Actor,
    rhk_id: &str,
    risiko_id: &str,
) -> AppResult<Skp> {
    let mut tx = db.begin().await?;
    let (r, s) = rhk_for_register(db, &mut tx, actor, rhk_id, false).await?;
    if !repo::delete_risiko(&mut tx, &s.instansi_id, &r.id, risiko_id).await? {
        return Err(AppError::not_found("Risiko", "Risk"));
    }
    audit_skp(
        &mut tx,
        actor,
        &s,
        "risiko_delete",
        Some(json!({ "rhk_id": r.id, "risiko_id": risiko_id })),
        None,
    )
    .await?;
    tx.commit().await?;
    fresh(db, &s.id).await
}

/// A leader publishes (or withdraws) a draft RHK so their staff can intervene it before the
/// SKP is approved. Withdrawing is refused while staff RHK intervene it.
pub async fn publish(db: &Db, actor: &Actor, rhk_id: &str, terbit: bool) -> AppResult<Skp> {
    let mut tx = db.begin().await?;
    let (r, s) = rhk_for_register(db, &mut tx, actor, rhk_id, true).await?;
    if !terbit && r.skp_status != crate::domain::skp::StatusSkp::Disetujui {
        let children = repo::child_count(&mut tx, &s.instansi_id, &r.id).await?;
        if children > 0 {
            return Err(AppError::conflict(
                format!("RHK ini sudah diintervensi oleh {children} RHK bawahan"),
                format!("{children} staff RHK already intervene this RHK"),
            ));
        }
    }
    repo::set_terbit(&mut tx, &s.instansi_id, &r.id, terbit).await?;
    audit_skp(
        &mut tx,
        actor,
        &s,
        if terbit {
            "rhk_publish"
        } else {
            "rhk_unpublish"
        },
        None,
        Some(json!({ "rhk_id": r.id })),
    )
    .await?;
    tx.commit().await?;
    fresh(db, &s.id).await
}

/// What assigning one leader RHK to many subordinates did, per person.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Penugasan {
    pub pegawai_id: String,
    /// The new RHK in their SKP, when it was made.
    pub rhk_id: Option<String>,
    /// Why not, when it was not (their SKP is submitted or approved, they are not the
    /// leader's staff, …).
    pub alasan: Option<String>,
}

/// The leader (owner of `rhk_id`) gives the same RHK to many of the staff they assess: each
/// gets, in their SKP (opened as a draft if needed), an RHK intervening the leader's with the
/// given title and IKI (by default the leader's title and IKI). A staff member whose SKP
/// cannot change now is skipped with the reason; the others are written in one transaction.
pub async fn assign(
    db: &Db,
    actor: &Actor,
    rhk_id: &str,
    pegawai_ids: &[String],
    template: Option<RhkInput>,
) -> AppResult<Vec<Penugasan>> {
    if pegawai_ids.is_empty() || pegawai_ids.len() > 500 {
        return Err(AppError::problem(Problem::new(
            "pegawai_ids",
            "Pilih 1 sampai 500 pegawai",
            "Choose 1 to 500 employees",
        )));
    }
    let parent = repo::find_rhk(&db.pool, rhk_id)
        .await?
        .ok_or_else(|| AppError::not_found("RHK", "RHK"))?;
    actor.require_instansi(&parent.instansi_id)?;
    if actor.pegawai_id.as_deref() != Some(parent.pegawai_id.as_str()) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya pemilik RHK yang dapat menugaskannya kepada bawahan",
            "Only the owner of the RHK can assign it to their staff",
        ));
    }
    let p = annual(db, actor, Some(&parent.periode_id)).await?;
    p.require_open()?;
    let template = match template {
        Some(t) => t,
        None => {
            let mut iki = repo::iki_inputs(&db.pool, &parent.instansi_id, &parent.id).await?;
            // a JPT's IKI carry no aspect; staff need Kuantitas, Kualitas and Waktu
            for (k, a) in iki.iter_mut().zip(crate::domain::skp::ASPEK_WAJIB) {
                k.aspek.get_or_insert(a);
            }
            RhkInput {
                jenis: crate::domain::skp::JenisRhk::Utama,
                judul: parent.judul.clone(),
                perspektif: None,
                ekspektasi: None,
                intervensi_id: None,
                cascading: None,
                sasaran_id: None,
                bobot: None,
                iki,
            }
        }
    };
    let mut input = template;
    input.intervensi_id = Some(parent.id.clone());
    input.perspektif = None;
    input.sasaran_id = None;
    let problems = check_rhk_input(false, &input);
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let mut ids: Vec<&String> = pegawai_ids.iter().collect();
    ids.sort();
    ids.dedup();
    let mut out = vec![];
    let mut tx = db.begin().await?;
    for id in ids {
        let skip = |alasan: &str| Penugasan {
            pegawai_id: id.clone(),
            rhk_id: None,
            alasan: Some(alasan.to_string()),
        };
        let Some((owner, _)) = crate::backend::repo::employee::find(&db.pool, id).await? else {
            out.push(skip("Pegawai tidak ditemukan"));
            continue;
        };
        if owner.ppk_id.as_deref() != actor.pegawai_id.as_deref() {
            out.push(skip("Bukan pegawai yang Anda nilai"));
            continue;
        }
        if is_jpt(&owner) {
            out.push(skip("Pejabat JPT menyusun RHK dengan perspektif sendiri"));
            continue;
        }
        let row =
            match repo::find_for(&db.pool, &parent.instansi_id, id, &parent.periode_id).await? {
                Some(r) => r,
                None => {
                    let sid = repo::create_skp(
                        &mut tx,
                        &parent.instansi_id,
                        id,
                        &parent.periode_id,
                        owner.ppk_id.as_deref(),
                        Pendekatan::Kuantitatif,
                    )
                    .await?;
                    let r = repo::find(&mut *tx, &sid)
                        .await?
                        .ok_or_else(AppError::internal)?;
                    audit_skp(
                        &mut tx,
                        actor,
                        &r,
                        "create",
                        None,
                        Some(json!({ "pegawai_id": id, "periode_id": parent.periode_id })),
                    )
                    .await?;
                    r
                }
            };
        if !row.status.editable() {
            out.push(skip(&format!("SKP berstatus {}", row.status.label())));
            continue;
        }
        if !repo::bump(&mut tx, &row.instansi_id, &row.id, row.version).await? {
            return Err(conflict());
        }
        let new_id = repo::insert_rhk(
            &mut tx,
            &row.instansi_id,
            &row.id,
            id,
            &row.periode_id,
            &input,
        )
        .await?;
        audit_skp(
            &mut tx,
            actor,
            &row,
            "rhk_assign",
            None,
            Some(json!({ "rhk_id": new_id, "penugasan_dari": parent.id, "rhk": input })),
        )
        .await?;
        out.push(Penugasan {
            pegawai_id: id.clone(),
            rhk_id: Some(new_id),
            alasan: None,
        });
    }
    tx.commit().await?;
    Ok(out)
}
