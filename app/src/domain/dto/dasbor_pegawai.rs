//! The employee dashboard (issue 7.2), and the employee level of a leader's drill-down: own
//! progress per RHK and per squad role, the year-end projection of every IKI, the upcoming
//! follow-ups of the dialogues and the latest feedback.

use serde::{Deserialize, Serialize};

use crate::domain::proyeksi::{kekurangan, kurang, Proyeksi};
use crate::domain::skp::{Aspek, JenisRhk};

/// The year-end projection of an IKI (`domain::proyeksi::proyeksikan`) with the inputs that
/// produced it, so it can be checked by hand.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProyeksiIki {
    /// `RATA_RATA` (pace of the reported sub-periods) or `TREN_LINEAR` (least-squares line).
    pub model: String,
    /// The projected value at the end of the year.
    pub nilai: f64,
    /// The latest sub-period reported (1-based) and the sub-periods of the year.
    pub dilaporkan: u32,
    pub jumlah_sub: u32,
    /// Per sub-period: the mean pace or the slope of the line.
    pub laju: f64,
    /// The projection falls short of the target.
    pub kurang: bool,
    /// The shortfall as a share of the target (0.2 = 20 % short); 0 or less reaches it.
    pub kekurangan: f64,
}

impl ProyeksiIki {
    /// The projection as the dashboard shows it against `target`.
    ///
    /// ```
    /// use app::domain::dto::ProyeksiIki;
    /// use app::domain::proyeksi::proyeksikan;
    /// use app::domain::realisasi::{Entri, StatusRealisasi::Valid};
    /// let e = |sub_periode, nilai| Entri { sub_periode, nilai, status: Valid };
    /// // 2 + 1 ton in two quarters: 1.5 a quarter, 6 by December against a target of 10
    /// let p = proyeksikan("ton", &[e(1, 2.0), e(2, 1.0)], 4).unwrap();
    /// let d = ProyeksiIki::dari(10.0, &p);
    /// assert_eq!((d.model.as_str(), d.nilai, d.laju), ("RATA_RATA", 6.0, 1.5));
    /// assert_eq!((d.dilaporkan, d.jumlah_sub), (2, 4));
    /// assert!(d.kurang);
    /// assert!((d.kekurangan - 0.4).abs() < 1e-9);
    /// ```
    pub fn dari(target: f64, p: &Proyeksi) -> ProyeksiIki {
        ProyeksiIki {
            model: p.model.code().to_string(),
            nilai: p.nilai,
            dilaporkan: p.dilaporkan,
            jumlah_sub: p.jumlah_sub,
            laju: p.laju,
            kurang: kurang(target, p.nilai),
            kekurangan: kekurangan(target, p.nilai),
        }
    }
}

/// One IKI of an RHK with its target, cumulative realisasi and projection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct IkiKemajuan {
    pub iki_id: String,
    pub indikator: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub aspek: Option<Aspek>,
    pub target: f64,
    pub satuan: String,
    /// The cumulative realisasi (`domain::realisasi::kumulatif`); none recorded yet.
    pub realisasi: Option<f64>,
    /// None without a counting entry.
    pub proyeksi: Option<ProyeksiIki>,
}

/// One of the employee's active RHK of the year with its progress and flags.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RhkKemajuan {
    pub rhk_id: String,
    pub judul: String,
    /// UTAMA or TAMBAHAN.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub jenis: JenisRhk,
    /// The squad whose Matriks Peran Hasil made it; none for a home-unit RHK.
    pub tim_id: Option<String>,
    pub tim_nama: Option<String>,
    /// Mean IKI achievement (0–1, as in the cascade); none without IKI.
    pub progres: Option<f64>,
    /// Progress trails the time elapsed by more than 25 points (`domain::dasbor::tertinggal`).
    pub tertinggal: bool,
    /// A risk of level Tinggi or above.
    pub risiko_tinggi: bool,
    pub iki: Vec<IkiKemajuan>,
}

/// An RHK that a squad role gave the employee (a cell of the squad's matrix).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RhkPeran {
    pub rhk_id: String,
    pub judul: String,
    pub progres: Option<f64>,
    pub tertinggal: bool,
}

/// One active squad role of the employee in the year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PeranKemajuan {
    pub anggota_id: String,
    pub tim_id: String,
    pub tim_nama: String,
    /// The role's label (Ketua tim, Anggota, or its own name).
    pub peran: String,
    /// The share of the person's time (0–100 %).
    pub alokasi: i64,
    pub rhk: Vec<RhkPeran>,
    /// Mean progress of the role's RHK; none when the matrix gave it none.
    pub progres: Option<f64>,
}

/// An open follow-up of one of the employee's dialogues.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TindakLanjutMendatang {
    pub id: String,
    pub dialog_id: String,
    pub dialog_title: String,
    /// PERENCANAAN, KLARIFIKASI, REVIU, COACHING, MENTORING or KONSELING.
    pub dialog_kind: String,
    pub description: String,
    pub pic_id: String,
    pub pic_name: String,
    /// `YYYY-MM-DD`.
    pub due: String,
    /// Past its due date.
    pub overdue: bool,
}

/// A recent piece of feedback the employee received.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UmpanBalikTerbaru {
    pub id: String,
    pub giver_id: String,
    pub giver_name: String,
    /// On an RHK (with its title) …
    pub rhk_id: Option<String>,
    pub rhk_judul: Option<String>,
    /// … or on a BerAKHLAK value (its code).
    pub nilai: Option<String>,
    /// The beginning of the text (at most 160 characters).
    pub cuplikan: String,
    pub sub_period_name: String,
    pub created_at: String,
}

/// The employee dashboard of one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DasborPegawai {
    pub pegawai_id: String,
    pub nama: String,
    pub nip: String,
    pub jabatan: String,
    pub unit_name: String,
    pub periode_id: String,
    pub tahun: i64,
    /// The share of the year that has passed (0–1).
    pub waktu_berjalan: f64,
    /// DRAFT, DIAJUKAN, DISETUJUI or DIKEMBALIKAN; none without an SKP for the year.
    pub skp_status: Option<String>,
    pub skp_id: Option<String>,
    /// Mean progress of the RHK (no realisasi counts 0); none without RHK.
    pub progres: Option<f64>,
    pub rhk: Vec<RhkKemajuan>,
    pub peran: Vec<PeranKemajuan>,
    /// Open follow-ups, soonest due first (at most 10).
    pub tindak_lanjut: Vec<TindakLanjutMendatang>,
    /// The latest feedback received, newest first (at most 5).
    pub umpan_balik: Vec<UmpanBalikTerbaru>,
    /// The caller is this employee.
    pub milik_sendiri: bool,
}
