//! SQL of dialog kinerja and their follow-ups. Authorisation and validation happen in
//! `backend::dialog` before these run.

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use crate::backend::ids::{new_id, now};
use crate::domain::coaching;
use crate::domain::dialog::{terlambat, StatusTindakLanjut};
use crate::domain::dto::{DialogKinerja, PenilaianCoaching, TindakLanjutDialog};

/// What the use cases need to know about one dialogue.
#[derive(Clone, Debug)]
pub struct DialogRow {
    pub instansi_id: String,
    pub id: String,
    pub pegawai_id: String,
    pub pimpinan_id: String,
    pub periode_id: String,
    pub jenis: String,
    pub judul: String,
    pub status: String,
    pub catatan: String,
    pub version: i64,
}

/// A dialogue by id in any instansi (so callers can tell 403 from 404).
pub async fn find<'e, E>(ex: E, id: &str) -> sqlx::Result<Option<DialogRow>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    Ok(sqlx::query(
        "SELECT instansi_id, id, pegawai_id, pimpinan_id, periode_id, jenis, judul, status, \
         catatan, version FROM dialog_kinerja WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(ex)
    .await?
    .map(|r| DialogRow {
        instansi_id: r.get("instansi_id"),
        id: r.get("id"),
        pegawai_id: r.get("pegawai_id"),
        pimpinan_id: r.get("pimpinan_id"),
        periode_id: r.get("periode_id"),
        jenis: r.get("jenis"),
        judul: r.get("judul"),
        status: r.get("status"),
        catatan: r.get("catatan"),
        version: r.get("version"),
    }))
}

fn dialog(r: &AnyRow) -> DialogKinerja {
    DialogKinerja {
        id: r.get("id"),
        employee_id: r.get("pegawai_id"),
        employee_name: r.get("pegawai_nama"),
        leader_id: r.get("pimpinan_id"),
        leader_name: r.get("pimpinan_nama"),
        period_id: r.get("periode_id"),
        kind: r.get("jenis"),
        title: r.get("judul"),
        schedule: r.get("jadwal"),
        status: r.get("status"),
        notes: r.get("catatan"),
        created_by: r.get("dibuat_oleh"),
        version: r.get("version"),
        follow_ups: vec![],
        can_edit: false,
        coaching_rating: r
            .get::<Option<String>, _>("skor")
            .and_then(|s| coaching::from_text(&s))
            .map(|skor| PenilaianCoaching {
                average: coaching::rata_rata(&skor),
                scores: skor.to_vec(),
                comment: r.get::<Option<String>, _>("komentar").unwrap_or_default(),
                at: r.get::<Option<String>, _>("dinilai_at").unwrap_or_default(),
            }),
        can_rate: false,
    }
}

/// An employee's dialogues of an annual period, newest schedule first, with their follow-ups
/// (`today` decides which are overdue).
pub async fn list<'e, E>(
    ex: E,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
    today: &str,
) -> sqlx::Result<Vec<DialogKinerja>>
where
    E: sqlx::Executor<'e, Database = Any> + Copy,
{
    let rows = sqlx::query(
        "SELECT d.id, d.pegawai_id, p.nama AS pegawai_nama, d.pimpinan_id, k.nama AS pimpinan_nama, \
                d.periode_id, d.jenis, d.judul, d.jadwal, d.status, d.catatan, d.dibuat_oleh, \
                d.version, c.skor, c.komentar, c.created_at AS dinilai_at \
         FROM dialog_kinerja d \
         JOIN pegawai p ON p.instansi_id = d.instansi_id AND p.id = d.pegawai_id \
         JOIN pegawai k ON k.instansi_id = d.instansi_id AND k.id = d.pimpinan_id \
         LEFT JOIN penilaian_coaching c ON c.instansi_id = d.instansi_id AND c.dialog_id = d.id \
         WHERE d.instansi_id = $1 AND d.pegawai_id = $2 AND d.periode_id = $3 \
         ORDER BY d.jadwal DESC, d.id DESC",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_all(ex)
    .await?;
    let mut out: Vec<DialogKinerja> = rows.iter().map(dialog).collect();
    let follow = sqlx::query(
        "SELECT t.id, t.dialog_id, t.uraian, t.pic_id, g.nama AS pic_nama, t.jatuh_tempo, \
                t.status, t.selesai_at, t.version \
         FROM tindak_lanjut_dialog t \
         JOIN dialog_kinerja d ON d.instansi_id = t.instansi_id AND d.id = t.dialog_id \
         JOIN pegawai g ON g.instansi_id = t.instansi_id AND g.id = t.pic_id \
         WHERE d.instansi_id = $1 AND d.pegawai_id = $2 AND d.periode_id = $3 \
         ORDER BY t.jatuh_tempo, t.id",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_all(ex)
    .await?;
    for r in &follow {
        let dialog_id: String = r.get("dialog_id");
        let status: String = r.get("status");
        let due: String = r.get("jatuh_tempo");
        let open = StatusTindakLanjut::from_code(&status).unwrap_or(StatusTindakLanjut::Terbuka);
        if let Some(d) = out.iter_mut().find(|d| d.id == dialog_id) {
            d.follow_ups.push(TindakLanjutDialog {
                id: r.get("id"),
                description: r.get("uraian"),
                pic_id: r.get("pic_id"),
                pic_name: r.get("pic_nama"),
                overdue: terlambat(open, &due, today),
                due,
                status,
                done_at: r.get("selesai_at"),
                version: r.get("version"),
            });
        }
    }
    Ok(out)
}

/// What a new dialogue writes.
pub struct NewDialog<'a> {
    pub pegawai_id: &'a str,
    pub pimpinan_id: &'a str,
    pub periode_id: &'a str,
    pub jenis: &'a str,
    pub judul: &'a str,
    pub jadwal: &'a str,
    pub catatan: &'a str,
    pub dibuat_oleh: &'a str,
}

pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    d: &NewDialog<'_>,
) -> sqlx::Result<String> {
    let (id, at) = (new_id(), now());
    sqlx::query(
        "INSERT INTO dialog_kinerja (instansi_id, id, pegawai_id, pimpinan_id, periode_id, jenis, \
         judul, jadwal, catatan, dibuat_oleh, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
    )
    .bind(inst)
    .bind(&id)
    .bind(d.pegawai_id)
    .bind(d.pimpinan_id)
    .bind(d.periode_id)
    .bind(d.jenis)
    .bind(d.judul)
    .bind(d.jadwal)
    .bind(d.catatan)
    .bind(d.dibuat_oleh)
    .bind(&at)
    .execute(&mut **tx)
    .await?;
    super::dasbor::refresh_dialog(tx, inst, &id).await?;
    Ok(id)
}

/// Changes notes and status when `version` is current; false otherwise.
pub async fn update(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    id: &str,
    catatan: &str,
    status: &str,
    version: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE dialog_kinerja SET catatan = $3, status = $4, version = version + 1, \
         updated_at = $5 WHERE instansi_id = $1 AND id = $2 AND version = $6",
    )
    .bind(inst)
    .bind(id)
    .bind(catatan)
    .bind(status)
    .bind(now())
    .bind(version)
    .execute(&mut **tx)
    .await?;
    // held or cancelled: the dashboard counts the dialogues held per quarter
    super::dasbor::refresh_dialog(tx, inst, id).await?;
    Ok(done.rows_affected() == 1)
}

pub async fn insert_follow_up(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    dialog_id: &str,
    uraian: &str,
    pic_id: &str,
    due: &str,
) -> sqlx::Result<String> {
    let (id, at) = (new_id(), now());
    sqlx::query(
        "INSERT INTO tindak_lanjut_dialog (instansi_id, id, dialog_id, uraian, pic_id, \
         jatuh_tempo, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
    )
    .bind(inst)
    .bind(&id)
    .bind(dialog_id)
    .bind(uraian)
    .bind(pic_id)
    .bind(due)
    .bind(&at)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// A follow-up by id: (instansi, dialog id, status, version).
pub async fn find_follow_up<'e, E>(
    ex: E,
    id: &str,
) -> sqlx::Result<Option<(String, String, String, i64)>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    Ok(sqlx::query(
        "SELECT instansi_id, dialog_id, status, version FROM tindak_lanjut_dialog WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(ex)
    .await?
    .map(|r| {
        (
            r.get("instansi_id"),
            r.get("dialog_id"),
            r.get("status"),
            r.get("version"),
        )
    }))
}

pub async fn set_follow_up_status(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    id: &str,
    status: StatusTindakLanjut,
    version: i64,
) -> sqlx::Result<bool> {
    let at = now();
    let selesai = (status == StatusTindakLanjut::Selesai).then_some(at.as_str());
    let done = sqlx::query(
        "UPDATE tindak_lanjut_dialog SET status = $3, selesai_at = $4, version = version + 1, \
         updated_at = $5 WHERE instansi_id = $1 AND id = $2 AND version = $6",
    )
    .bind(inst)
    .bind(id)
    .bind(status.code())
    .bind(selesai)
    .bind(&at)
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An open follow-up of someone's that is due by `until` and was not reminded of yet.
pub struct Pengingat {
    pub id: String,
    pub uraian: String,
    pub jatuh_tempo: String,
    pub pegawai_id: String,
    pub periode_id: String,
}

pub async fn due_unreminded<'e, E>(
    ex: E,
    inst: &str,
    pic_id: &str,
    until: &str,
) -> sqlx::Result<Vec<Pengingat>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    Ok(sqlx::query(
        "SELECT t.id, t.uraian, t.jatuh_tempo, d.pegawai_id, d.periode_id \
         FROM tindak_lanjut_dialog t \
         JOIN dialog_kinerja d ON d.instansi_id = t.instansi_id AND d.id = t.dialog_id \
         WHERE t.instansi_id = $1 AND t.pic_id = $2 AND t.status = 'TERBUKA' \
           AND t.diingatkan_at IS NULL AND t.jatuh_tempo <= $3 AND d.status <> 'DIBATALKAN' \
         ORDER BY t.jatuh_tempo, t.id LIMIT 20",
    )
    .bind(inst)
    .bind(pic_id)
    .bind(until)
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Pengingat {
        id: r.get("id"),
        uraian: r.get("uraian"),
        jatuh_tempo: r.get("jatuh_tempo"),
        pegawai_id: r.get("pegawai_id"),
        periode_id: r.get("periode_id"),
    })
    .collect())
}

/// Marks a follow-up reminded; false when another request already did (so one reminder).
pub async fn mark_reminded(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    id: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE tindak_lanjut_dialog SET diingatkan_at = $3 \
         WHERE instansi_id = $1 AND id = $2 AND diingatkan_at IS NULL",
    )
    .bind(inst)
    .bind(id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether `lead` leads a squad of the period that `pegawai` is (still) a member of.
pub async fn leads_squad_of<'e, E>(
    ex: E,
    inst: &str,
    periode_id: &str,
    lead: &str,
    pegawai_id: &str,
) -> sqlx::Result<bool>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM tim t \
         JOIN tim_anggota a ON a.instansi_id = t.instansi_id AND a.tim_id = t.id \
         WHERE t.instansi_id = $1 AND t.periode_id = $2 AND t.ketua_id = $3 \
           AND a.pegawai_id = $4 AND a.keluar_at IS NULL",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(lead)
    .bind(pegawai_id)
    .fetch_one(ex)
    .await?;
    Ok(n > 0)
}

/// Stores the employee's rating of a session; `false` when it was rated already.
pub async fn insert_coaching(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    dialog_id: &str,
    pegawai_id: &str,
    skor: &str,
    komentar: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO penilaian_coaching (instansi_id, dialog_id, pegawai_id, skor, komentar, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (instansi_id, dialog_id) DO NOTHING",
    )
    .bind(inst)
    .bind(dialog_id)
    .bind(pegawai_id)
    .bind(skor)
    .bind(komentar)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}
