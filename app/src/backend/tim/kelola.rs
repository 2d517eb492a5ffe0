//! Squads: the list a caller may see, the squad page, creating and changing a squad, its
//! members' roles and allocations, and the lead's feedback and recommendation per member.

use serde_json::json;

use super::access::{audit_tim, conflict, read_tim, require_kelola, tim_not_found};
use super::matriks::retire_cells_of;
use crate::backend::authz::Actor;
use crate::backend::repo::skp::find_rhk;
use crate::backend::repo::tim::{self as repo, AnggotaRow, TimRow};
use crate::backend::repo::{employee, tim::NewTim};
use crate::backend::skp::period::annual;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{
    page_limit, AnggotaInput, Employee, Page, Rekomendasi, RekomendasiInput, Tim, TimInput,
    TimRingkas, TimUpdate,
};
use crate::domain::problem::{optional_text, Problem};
use crate::domain::skp::MAX_CATATAN;
use crate::domain::tim::{check_alokasi, check_peran, check_tim, peran_key, PeranTim};

/// Default allocation of the lead's own KETUA role.
pub const ALOKASI_KETUA: i64 = 10;

/// The squads of a period (this year's by default) that the actor may see.
pub async fn list(
    db: &Db,
    actor: &Actor,
    period: Option<&str>,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> AppResult<Page<TimRingkas>> {
    let p = annual(db, actor, period).await?;
    Ok(repo::list(&db.pool, actor, &p.id, page_limit(limit), cursor).await?)
}

/// The squad page: members, roles, the matrix, progress per result, recent activity.
pub async fn get(db: &Db, actor: &Actor, id: &str) -> AppResult<Tim> {
    let (t, a) = read_tim(db, actor, id).await?;
    Ok(repo::load(&db.pool, &t, a.kelola, a.ketua).await?)
}

async fn fresh(db: &Db, actor: &Actor, id: &str) -> AppResult<Tim> {
    get(db, actor, id).await
}

/// An employee of the actor's agency, for a squad role.
async fn member_of_instansi(db: &Db, actor: &Actor, pegawai_id: &str) -> AppResult<Employee> {
    let (e, scope) = employee::find(&db.pool, pegawai_id)
        .await?
        .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))?;
    actor.require_instansi(&scope.instansi_id)?;
    Ok(e)
}

/// Checks the served RHK: the same period, and the lead's or the creator's own (an admin
/// may choose any leader's RHK).
async fn check_served(
    db: &Db,
    actor: &Actor,
    periode_id: &str,
    ketua_id: &str,
    rhk_id: Option<&str>,
) -> AppResult<Option<String>> {
    let Some(id) = rhk_id.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let bad = |id: &str, en: &str| AppError::problem(Problem::new("rhk_id", id, en));
    let r = find_rhk(&db.pool, id)
        .await?
        .filter(|r| r.instansi_id == actor.instansi_id)
        .ok_or_else(|| {
            bad(
                "RHK yang dilayani tim tidak ditemukan",
                "The squad's RHK was not found",
            )
        })?;
    if r.periode_id != periode_id {
        return Err(bad(
            "RHK yang dilayani tim berasal dari periode lain",
            "The squad's RHK belongs to another period",
        ));
    }
    let own =
        r.pegawai_id == ketua_id || actor.pegawai_id.as_deref() == Some(r.pegawai_id.as_str());
    if !own && !actor.is_admin() {
        return Err(bad(
            "RHK yang dilayani tim harus milik ketua tim atau pimpinan yang membentuknya",
            "The squad's RHK must be the lead's or the forming leader's",
        ));
    }
    Ok(Some(r.id))
}

/// A leader (someone who heads a unit or assesses staff) or an admin forms a squad. The lead
/// (the caller by default) joins it as KETUA; when it serves an RHK, the matrix starts with
/// one column per IKI of that RHK.
pub async fn create(db: &Db, actor: &Actor, input: TimInput) -> AppResult<Tim> {
    if !(actor.is_admin() || actor.is_ppk || !actor.headed_paths.is_empty()) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Tim kerja dibentuk oleh pimpinan atau admin",
            "Squads are formed by a leader or an admin",
        ));
    }
    let alokasi = input.alokasi_ketua.unwrap_or(ALOKASI_KETUA);
    let mut problems = check_tim(&input.nama, &input.tujuan);
    problems.extend(check_alokasi(alokasi).map(|p| p.under("alokasi_ketua")));
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let p = annual(db, actor, input.periode_id.as_deref()).await?;
    p.require_open()?;
    let ketua_id = match input.ketua_id.as_deref().or(actor.pegawai_id.as_deref()) {
        Some(id) => member_of_instansi(db, actor, id).await?.id,
        None => {
            return Err(AppError::problem(Problem::new(
                "ketua_id",
                "Pilih ketua tim",
                "Choose the squad's lead",
            )))
        }
    };
    let rhk_id = check_served(db, actor, &p.id, &ketua_id, input.rhk_id.as_deref()).await?;
    let mut tx = db.begin().await?;
    let id = repo::insert_tim(
        &mut tx,
        &actor.instansi_id,
        NewTim {
            periode_id: &p.id,
            nama: &input.nama,
            tujuan: &input.tujuan,
            ketua_id: &ketua_id,
            rhk_id: rhk_id.as_deref(),
            dibuat_oleh: Some(&actor.akun_id),
        },
    )
    .await?;
    repo::insert_anggota(
        &mut tx,
        &actor.instansi_id,
        &id,
        &ketua_id,
        PeranTim::Ketua,
        "",
        alokasi,
    )
    .await?;
    if let Some(rhk) = &rhk_id {
        default_columns(&mut tx, &actor.instansi_id, &id, rhk).await?;
    }
    let t = repo::find(&mut *tx, &id)
        .await?
        .ok_or_else(AppError::internal)?;
    audit_tim(
        &mut tx,
        actor,
        &t,
        "create",
        None,
        Some(
            json!({ "nama": t.nama, "tujuan": t.tujuan, "periode_id": t.periode_id,
                     "ketua_id": ketua_id, "rhk_id": rhk_id, "alokasi_ketua": alokasi }),
        ),
    )
    .await?;
    tx.commit().await?;
    fresh(db, actor, &id).await
}

/// One column per IKI of the served RHK (or one with its title when it has none).
async fn default_columns(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    inst: &str,
    tim_id: &str,
    rhk_id: &str,
) -> AppResult<()> {
    use sqlx::Row;
    let iki = sqlx::query(
        "SELECT id, nama FROM iki WHERE instansi_id = $1 AND rhk_id = $2 ORDER BY urutan, id",
    )
    .bind(inst)
    .bind(rhk_id)
    .fetch_all(&mut **tx)
    .await?;
    if iki.is_empty() {
        let judul: String =
            sqlx::query_scalar("SELECT judul FROM rhk WHERE instansi_id = $1 AND id = $2")
                .bind(inst)
                .bind(rhk_id)
                .fetch_one(&mut **tx)
                .await?;
        repo::insert_kolom(tx, inst, tim_id, 0, &judul, rhk_id, None).await?;
    }
    for (i, k) in iki.iter().enumerate() {
        let iki_id: String = k.get("id");
        let nama: String = k.get("nama");
        repo::insert_kolom(tx, inst, tim_id, i as i64, &nama, rhk_id, Some(&iki_id)).await?;
    }
    Ok(())
}

/// The squad as read at `version`, for a change by someone who manages it (period open).
pub(super) async fn begin_change(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    actor: &Actor,
    id: &str,
    version: i64,
) -> AppResult<TimRow> {
    let (t, a) = read_tim(db, actor, id).await?;
    require_kelola(&a)?;
    annual(db, actor, Some(&t.periode_id))
        .await?
        .require_open()?;
    if !repo::bump_tim(tx, &t.instansi_id, &t.id, version).await? {
        return Err(conflict());
    }
    Ok(t)
}

/// Changes the squad's name, purpose and served RHK.
pub async fn update(db: &Db, actor: &Actor, id: &str, input: TimUpdate) -> AppResult<Tim> {
    let problems = check_tim(&input.nama, &input.tujuan);
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let current = repo::find(&db.pool, id).await?.ok_or_else(tim_not_found)?;
    let rhk_id = match input.rhk_id.as_deref() {
        Some(r) => check_served(db, actor, &current.periode_id, &current.ketua_id, Some(r)).await?,
        None => current.rhk_id.clone(),
    };
    let mut tx = db.begin().await?;
    let t = begin_change(db, &mut tx, actor, id, input.version).await?;
    repo::update_tim(
        &mut tx,
        &t.instansi_id,
        &t.id,
        &input.nama,
        &input.tujuan,
        rhk_id.as_deref(),
    )
    .await?;
    audit_tim(
        &mut tx,
        actor,
        &t,
        "update",
        Some(json!({ "nama": t.nama, "tujuan": t.tujuan, "rhk_id": t.rhk_id })),
        Some(json!({ "nama": input.nama.trim(), "tujuan": input.tujuan.trim(), "rhk_id": rhk_id })),
    )
    .await?;
    tx.commit().await?;
    fresh(db, actor, &t.id).await
}

fn check_role_input(input: &AnggotaInput) -> AppResult<()> {
    let problems = check_peran(input.peran, input.nama_peran.as_deref(), input.alokasi);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AppError::problems(problems))
    }
}

/// Refuses a second active row of the same person with the same role; KETUA is only for the
/// squad's lead.
fn check_unique(
    t: &TimRow,
    rows: &[AnggotaRow],
    pegawai_id: &str,
    input: &AnggotaInput,
    except: Option<&str>,
) -> AppResult<()> {
    if input.peran == PeranTim::Ketua && pegawai_id != t.ketua_id {
        return Err(AppError::problem(Problem::new(
            "peran",
            "Peran ketua hanya untuk ketua tim",
            "The KETUA role is for the squad's lead only",
        )));
    }
    let key = peran_key(input.peran, input.nama_peran.as_deref().unwrap_or_default());
    let taken = rows.iter().any(|a| {
        a.keluar_at.is_none()
            && a.pegawai_id == pegawai_id
            && Some(a.id.as_str()) != except
            && peran_key(a.peran, &a.nama_peran) == key
    });
    if taken {
        let mut e = AppError::conflict(
            "Pegawai ini sudah menjadi anggota tim dengan peran yang sama",
            "This employee is already in the squad with the same role",
        );
        e.code = "duplicate_member";
        return Err(e);
    }
    Ok(())
}

/// Adds a member's role (a person may hold several roles, each once).
pub async fn add_anggota(
    db: &Db,
    actor: &Actor,
    tim_id: &str,
    input: AnggotaInput,
) -> AppResult<Tim> {
    check_role_input(&input)?;
    let e = member_of_instansi(db, actor, &input.pegawai_id).await?;
    let mut tx = db.begin().await?;
    let t = begin_change(db, &mut tx, actor, tim_id, input.version).await?;
    let rows = repo::anggota_rows(&mut *tx, &t.instansi_id, &t.id).await?;
    if rows.iter().filter(|a| a.keluar_at.is_none()).count() >= crate::domain::tim::MAX_ANGGOTA {
        return Err(AppError::problem(Problem::new(
            "pegawai_id",
            format!(
                "Paling banyak {} peran per tim",
                crate::domain::tim::MAX_ANGGOTA
            ),
            format!(
                "At most {} roles per squad",
                crate::domain::tim::MAX_ANGGOTA
            ),
        )));
    }
    check_unique(&t, &rows, &e.id, &input, None)?;
    let nama_peran = input.nama_peran.clone().unwrap_or_default();
    let id = repo::insert_anggota(
        &mut tx,
        &t.instansi_id,
        &t.id,
        &e.id,
        input.peran,
        &nama_peran,
        input.alokasi,
    )
    .await?;
    audit_tim(
        &mut tx,
        actor,
        &t,
        "anggota_add",
        None,
        Some(
            json!({ "anggota_id": id, "pegawai_id": e.id, "peran": input.peran.code(),
                     "nama_peran": nama_peran, "alokasi": input.alokasi }),
        ),
    )
    .await?;
    tx.commit().await?;
    fresh(db, actor, &t.id).await
}

async fn active_row(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    t: &TimRow,
    anggota_id: &str,
) -> AppResult<(AnggotaRow, Vec<AnggotaRow>)> {
    let rows = repo::anggota_rows(&mut **tx, &t.instansi_id, &t.id).await?;
    let row = rows
        .iter()
        .find(|a| a.id == anggota_id && a.keluar_at.is_none())
        .cloned()
        .ok_or_else(|| AppError::not_found("Anggota tim", "Squad member"))?;
    Ok((row, rows))
}

/// Changes a member's role or allocation.
pub async fn update_anggota(
    db: &Db,
    actor: &Actor,
    tim_id: &str,
    anggota_id: &str,
    input: AnggotaInput,
) -> AppResult<Tim> {
    check_role_input(&input)?;
    let mut tx = db.begin().await?;
    let t = begin_change(db, &mut tx, actor, tim_id, input.version).await?;
    let (row, rows) = active_row(&mut tx, &t, anggota_id).await?;
    if row.peran == PeranTim::Ketua && input.peran != PeranTim::Ketua {
        return Err(AppError::problem(Problem::new(
            "peran",
            "Ketua tim tetap berperan ketua; ubah alokasinya saja",
            "The lead keeps the KETUA role; change its allocation only",
        )));
    }
    check_unique(&t, &rows, &row.pegawai_id, &input, Some(&row.id))?;
    let nama_peran = input.nama_peran.clone().unwrap_or_default();
    repo::update_anggota(
        &mut tx,
        &t.instansi_id,
        &row.id,
        input.peran,
        &nama_peran,
        input.alokasi,
    )
    .await?;
    audit_tim(
        &mut tx,
        actor,
        &t,
        "anggota_update",
        Some(
            json!({ "anggota_id": row.id, "peran": row.peran.code(), "nama_peran": row.nama_peran,
                     "alokasi": row.alokasi }),
        ),
        Some(
            json!({ "anggota_id": row.id, "peran": input.peran.code(), "nama_peran": nama_peran,
                     "alokasi": input.alokasi }),
        ),
    )
    .await?;
    tx.commit().await?;
    fresh(db, actor, &t.id).await
}

/// Removes a member's role: the row stays with the date it ended, and the RHK of its cells
/// are retired (kept in the member's SKP with their realisasi, marked retired).
pub async fn remove_anggota(
    db: &Db,
    actor: &Actor,
    tim_id: &str,
    anggota_id: &str,
    version: i64,
) -> AppResult<Tim> {
    let mut tx = db.begin().await?;
    let t = begin_change(db, &mut tx, actor, tim_id, version).await?;
    let (row, _) = active_row(&mut tx, &t, anggota_id).await?;
    if row.peran == PeranTim::Ketua {
        return Err(AppError::conflict(
            "Peran ketua tidak dapat dihapus dari tim",
            "The lead's role cannot be removed from the squad",
        ));
    }
    let retired = retire_cells_of(&mut tx, actor, &t, &row).await?;
    repo::keluar_anggota(&mut tx, &t.instansi_id, &row.id).await?;
    audit_tim(
        &mut tx,
        actor,
        &t,
        "anggota_remove",
        Some(
            json!({ "anggota_id": row.id, "pegawai_id": row.pegawai_id, "peran": row.peran.code(),
                     "alokasi": row.alokasi }),
        ),
        Some(json!({ "rhk_pensiun": retired })),
    )
    .await?;
    tx.commit().await?;
    fresh(db, actor, &t.id).await
}

/// The lead's feedback and rating recommendation for a member (who holds, or held, a role);
/// the member's PPK sees it on the member's contribution map when rating.
pub async fn rekomendasi(
    db: &Db,
    actor: &Actor,
    tim_id: &str,
    pegawai_id: &str,
    input: RekomendasiInput,
) -> AppResult<Rekomendasi> {
    let (t, a) = read_tim(db, actor, tim_id).await?;
    if !a.ketua {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya ketua tim yang memberi umpan balik dan rekomendasi",
            "Only the squad's lead gives feedback and recommendations",
        ));
    }
    let mut problems: Vec<Problem> = optional_text(
        "umpan_balik",
        "Umpan balik",
        &input.umpan_balik,
        MAX_CATATAN,
    )
    .into_iter()
    .collect();
    if input.umpan_balik.trim().is_empty() && input.rating.is_none() {
        problems.push(Problem::new(
            "umpan_balik",
            "Isi umpan balik atau rekomendasi rating",
            "Give feedback or a rating recommendation",
        ));
    }
    if pegawai_id == t.ketua_id {
        problems.push(Problem::new(
            "pegawai_id",
            "Ketua tim tidak memberi rekomendasi untuk dirinya sendiri",
            "The lead gives no recommendation for themselves",
        ));
    }
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    annual(db, actor, Some(&t.periode_id))
        .await?
        .require_open()?;
    let mut tx = db.begin().await?;
    let rows = repo::anggota_rows(&mut *tx, &t.instansi_id, &t.id).await?;
    if !rows.iter().any(|r| r.pegawai_id == pegawai_id) {
        return Err(AppError::not_found("Anggota tim", "Squad member"));
    }
    repo::upsert_rekomendasi(
        &mut tx,
        &t.instansi_id,
        &t.id,
        pegawai_id,
        &input.umpan_balik,
        input.rating,
        &t.ketua_id,
    )
    .await?;
    audit_tim(
        &mut tx,
        actor,
        &t,
        "rekomendasi",
        None,
        Some(
            json!({ "pegawai_id": pegawai_id, "umpan_balik": input.umpan_balik.trim(),
                     "rating": input.rating.map(|r| r.code()) }),
        ),
    )
    .await?;
    tx.commit().await?;
    repo::rekomendasi_for(&db.pool, &t.instansi_id, pegawai_id, &t.periode_id)
        .await?
        .into_iter()
        .find(|r| r.tim_id == t.id)
        .ok_or_else(AppError::internal)
}
