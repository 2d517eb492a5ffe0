//! The demo's performance dialogues between `pegawai` and her PPK: a planning dialogue at the
//! start of the year and a review after the first sub-period (both held, with notes and
//! follow-ups, one still open and overdue), a mentoring session held three weeks ago that she
//! has not rated yet, and a coaching session scheduled for next week.

use app::backend::ids::{new_id, now};
use app::backend::AppError;
use chrono::{Duration, NaiveDate};
use sqlx::{Any, Row, Transaction};

struct Dialog {
    jenis: &'static str,
    judul: &'static str,
    jadwal: String,
    status: &'static str,
    catatan: &'static str,
    /// (description, by the employee?, due, done)
    follow_ups: Vec<(&'static str, bool, String, bool)>,
}

pub async fn seed(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    periode_id: &str,
    pegawai_id: &str,
) -> Result<(), AppError> {
    let Some(row) = sqlx::query(
        "SELECT p.ppk_id, pr.mulai FROM pegawai p \
         JOIN periode pr ON pr.instansi_id = p.instansi_id AND pr.id = $3 \
         WHERE p.instansi_id = $1 AND p.id = $2 AND p.ppk_id IS NOT NULL",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(());
    };
    let ppk: String = row.get("ppk_id");
    let today = chrono::Utc::now().date_naive();
    let start =
        NaiveDate::parse_from_str(&row.get::<String, _>("mulai"), "%Y-%m-%d").unwrap_or(today);
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let planning = (start + Duration::days(14)).min(today);
    let review = (start + Duration::days(100)).min(today);
    let dialogs = [
        Dialog {
            jenis: "PERENCANAAN",
            judul: "Penyepakatan SKP dan ekspektasi tahun ini",
            jadwal: format!("{}T09:00", day(planning)),
            status: "SELESAI",
            catatan: "RHK utama disepakati mengintervensi RHK kepala seksi. Ekspektasi: laporan \
                      bulanan paling lambat tanggal 5.",
            follow_ups: vec![(
                "Lengkapi IKI kualitas pada RHK kedua",
                true,
                day(planning + Duration::days(7)),
                true,
            )],
        },
        Dialog {
            jenis: "REVIU",
            judul: "Reviu capaian triwulan I",
            jadwal: format!("{}T13:30", day(review)),
            status: "SELESAI",
            catatan: "Capaian sesuai rencana; bukti dukung perlu berita acara. Pegawai meminta \
                      pelatihan analisis data.",
            follow_ups: vec![
                (
                    "Usulkan pelatihan analisis data ke subbagian kepegawaian",
                    false,
                    day(review + Duration::days(14)),
                    true,
                ),
                (
                    "Unggah berita acara penyaluran yang belum lengkap",
                    true,
                    day(today - Duration::days(3)),
                    false,
                ),
            ],
        },
        Dialog {
            jenis: "MENTORING",
            judul: "Mentoring penyusunan bukti dukung",
            jadwal: format!("{}T14:00", day((today - Duration::days(20)).max(start))),
            status: "SELESAI",
            catatan: "Contoh berita acara dan foto kegiatan dibahas; pegawai mencoba menyusun \
                      sendiri untuk kegiatan bulan ini.",
            follow_ups: vec![],
        },
        Dialog {
            jenis: "COACHING",
            judul: "Coaching penyusunan laporan analisis",
            jadwal: format!("{}T10:00", day(today + Duration::days(7))),
            status: "DIJADWALKAN",
            catatan: "",
            follow_ups: vec![],
        },
    ];
    let at = now();
    for d in dialogs {
        let id = new_id();
        sqlx::query(
            "INSERT INTO dialog_kinerja (instansi_id, id, pegawai_id, pimpinan_id, periode_id, \
             jenis, judul, jadwal, status, catatan, dibuat_oleh, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $4, $11, $11)",
        )
        .bind(inst)
        .bind(&id)
        .bind(pegawai_id)
        .bind(&ppk)
        .bind(periode_id)
        .bind(d.jenis)
        .bind(d.judul)
        .bind(&d.jadwal)
        .bind(d.status)
        .bind(d.catatan)
        .bind(&at)
        .execute(&mut **tx)
        .await?;
        for (uraian, by_employee, due, done) in d.follow_ups {
            let pic = if by_employee {
                pegawai_id
            } else {
                ppk.as_str()
            };
            sqlx::query(
                "INSERT INTO tindak_lanjut_dialog (instansi_id, id, dialog_id, uraian, pic_id, \
                 jatuh_tempo, status, selesai_at, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
            )
            .bind(inst)
            .bind(new_id())
            .bind(&id)
            .bind(uraian)
            .bind(pic)
            .bind(&due)
            .bind(if done { "SELESAI" } else { "TERBUKA" })
            .bind(done.then(|| format!("{due}T12:00:00.000Z")))
            .bind(&at)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}
