//! Fictional people: Indonesian names from several regions with academic titles that fit the
//! position, NIPs that validate (and match the name's sex), PNS or PPPK with a plausible
//! golongan. Everything comes from the caller's [`Rng`], so a seed gives the same people.

use std::collections::HashSet;

use app::domain::jabatan::{JenisJabatan, Jenjang};
use app::domain::pegawai::{StatusAsn, GOLONGAN_PPPK, PANGKAT_PNS};
use chrono::NaiveDate;

use super::rng::Rng;

/// The latest appointment (TMT) year in generated NIPs, fixed so the data never drifts.
pub const LAST_APPOINTMENT_YEAR: i64 = 2024;
const FIRST_BIRTH_YEAR: i64 = 1966;
const LAST_BIRTH_YEAR: i64 = 2001;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edu {
    Sd,
    Smp,
    Sma,
    D3,
    S1,
    S2,
    S3,
}

/// Field of study: decides the degree titles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Umum,
    Ekonomi,
    Hukum,
    Teknik,
    Pendidikan,
    KesMas,
    Keperawatan,
    Kebidanan,
    Kedokteran,
    Komputer,
    Psikologi,
    Statistik,
    Farmasi,
    Gizi,
    Planologi,
}

/// What the person will hold; decides age, education, status and golongan.
#[derive(Clone, Copy, Debug)]
pub struct Role<'a> {
    pub jenis: JenisJabatan,
    pub jenjang: Option<Jenjang>,
    /// For pelaksana: the education mix of the position.
    pub edu: &'a [(Edu, u32)],
    pub fields: &'a [Field],
    /// Probability that the person is a woman.
    pub female: f64,
    /// Probability of PPPK (only for pelaksana and fungsional).
    pub pppk: f64,
}

#[derive(Clone, Debug)]
pub struct Person {
    pub nama: String,
    pub nip: String,
    pub status: StatusAsn,
    pub golongan: String,
}

/// Makes a person for the role, with an NIP not yet in `nips` (and records it there).
pub fn person(rng: &mut Rng, role: &Role<'_>, nips: &mut HashSet<String>) -> Person {
    let female = rng.chance(role.female);
    let can_pppk = matches!(
        role.jenis,
        JenisJabatan::Pelaksana | JenisJabatan::Fungsional
    ) && !matches!(role.jenjang, Some(Jenjang::AhliMadya | Jenjang::AhliUtama));
    let status = if can_pppk && rng.chance(role.pppk) {
        StatusAsn::Pppk
    } else {
        StatusAsn::Pns
    };
    let edu = education(rng, role);
    let field = rng.pick(if role.fields.is_empty() {
        &[Field::Umum]
    } else {
        role.fields
    });
    let min_age = match edu {
        Edu::Sd | Edu::Smp | Edu::Sma => 20,
        Edu::D3 => 21,
        _ => 22,
    };
    let (birth_year, appointed) = match status {
        StatusAsn::Pppk => {
            let ay = rng.range(2021, LAST_APPOINTMENT_YEAR);
            let age = rng.range(min_age.max(ay - LAST_BIRTH_YEAR), 35);
            (ay - age, ay)
        }
        StatusAsn::Pns => {
            let (lo, hi) = birth_years(role);
            let by = rng.range(lo, hi);
            let max_age = 35.min(LAST_APPOINTMENT_YEAR - by).max(min_age);
            (by, by + rng.range(min_age, max_age))
        }
    };
    let golongan = golongan(rng, role, status, edu, LAST_APPOINTMENT_YEAR - appointed);
    let nip = nip(rng, birth_year, appointed, female, nips);
    let name = name(rng, female);
    let nama = titled(rng, &name, edu, field, birth_year);
    Person {
        nama,
        nip,
        status,
        golongan,
    }
}

fn education(rng: &mut Rng, role: &Role<'_>) -> Edu {
    use Edu::*;
    use Jenjang::*;
    let mix: &[(Edu, u32)] = match (role.jenis, role.jenjang) {
        (j, _) if j.is_jpt() => &[(S1, 1), (S2, 7), (S3, 2)],
        (JenisJabatan::Administrator, _) => &[(S1, 4), (S2, 6)],
        (JenisJabatan::Pengawas, _) => &[(S1, 7), (S2, 3)],
        (JenisJabatan::Fungsional, Some(AhliPertama)) => &[(S1, 9), (S2, 1)],
        (JenisJabatan::Fungsional, Some(AhliMuda)) => &[(S1, 6), (S2, 4)],
        (JenisJabatan::Fungsional, Some(AhliMadya)) => &[(S1, 2), (S2, 7), (S3, 1)],
        (JenisJabatan::Fungsional, Some(AhliUtama)) => &[(S2, 6), (S3, 4)],
        (JenisJabatan::Fungsional, Some(Pemula)) => &[(Sma, 1)],
        (JenisJabatan::Fungsional, _) => &[(D3, 1)],
        _ if !role.edu.is_empty() => role.edu,
        _ => &[(Sma, 5), (D3, 3), (S1, 2)],
    };
    rng.weighted(mix)
}

/// Birth years that make a PNS the right age for the position.
fn birth_years(role: &Role<'_>) -> (i64, i64) {
    use Jenjang::*;
    let (lo, hi) = match (role.jenis, role.jenjang) {
        (JenisJabatan::JptUtama | JenisJabatan::JptMadya, _) => (1966, 1974),
        (JenisJabatan::JptPratama, _) => (1966, 1978),
        (JenisJabatan::Administrator, _) => (1968, 1984),
        (JenisJabatan::Pengawas, _) => (1970, 1990),
        (JenisJabatan::Fungsional, Some(AhliUtama)) => (1966, 1975),
        (JenisJabatan::Fungsional, Some(AhliMadya)) => (1966, 1982),
        (JenisJabatan::Fungsional, Some(AhliMuda)) => (1975, 1992),
        (JenisJabatan::Fungsional, Some(AhliPertama)) => (1985, 2000),
        (JenisJabatan::Fungsional, Some(Penyelia)) => (1968, 1988),
        (JenisJabatan::Fungsional, Some(Mahir)) => (1978, 1995),
        (JenisJabatan::Fungsional, Some(Pemula)) => (1995, 2001),
        (JenisJabatan::Fungsional, _) => (1985, 2001),
        _ => (FIRST_BIRTH_YEAR, LAST_BIRTH_YEAR),
    };
    (lo.max(FIRST_BIRTH_YEAR), hi.min(LAST_BIRTH_YEAR))
}

/// PNS: a range of PANGKAT_PNS by position, climbed with years of service. PPPK: by jenjang
/// or education (Perpres 98/2020).
fn golongan(rng: &mut Rng, role: &Role<'_>, status: StatusAsn, edu: Edu, tenure: i64) -> String {
    use Jenjang::*;
    match status {
        StatusAsn::Pns => {
            let (lo, hi): (i64, i64) = match (role.jenis, role.jenjang) {
                (JenisJabatan::JptUtama, _) => (15, 16),
                (JenisJabatan::JptMadya, _) => (14, 16),
                (JenisJabatan::JptPratama, _) => (13, 15),
                (JenisJabatan::Administrator, _) => (11, 13),
                (JenisJabatan::Pengawas, _) => (10, 12),
                (JenisJabatan::Fungsional, Some(AhliPertama)) => (8, 9),
                (JenisJabatan::Fungsional, Some(AhliMuda)) => (10, 11),
                (JenisJabatan::Fungsional, Some(AhliMadya)) => (12, 14),
                (JenisJabatan::Fungsional, Some(AhliUtama)) => (15, 16),
                (JenisJabatan::Fungsional, Some(Pemula)) => (4, 5),
                (JenisJabatan::Fungsional, Some(Terampil)) => (6, 7),
                (JenisJabatan::Fungsional, Some(Mahir)) => (8, 9),
                (JenisJabatan::Fungsional, Some(Penyelia)) => (10, 11),
                _ => match edu {
                    Edu::Sd => (0, 3),
                    Edu::Smp => (2, 5),
                    Edu::Sma => (4, 7),
                    Edu::D3 => (6, 8),
                    _ => (8, 11),
                },
            };
            let span = hi - lo;
            let mut idx = lo + (tenure * (span + 1) / 24).min(span);
            if idx > lo && rng.chance(0.2) {
                idx -= 1;
            }
            PANGKAT_PNS[idx as usize].0.to_string()
        }
        StatusAsn::Pppk => {
            let (lo, hi): (i64, i64) = match role.jenjang {
                Some(Pemula) => (5, 5),
                Some(Terampil) => (7, 7),
                Some(Mahir | Penyelia) => (8, 8),
                Some(AhliPertama) => (9, 9),
                Some(AhliMuda) => (10, 11),
                Some(AhliMadya | AhliUtama) => (11, 13),
                None => match edu {
                    Edu::Sd => (1, 3),
                    Edu::Smp => (4, 4),
                    Edu::Sma => (5, 5),
                    Edu::D3 => (7, 7),
                    Edu::S1 => (9, 9),
                    _ => (10, 10),
                },
            };
            GOLONGAN_PPPK[(rng.range(lo, hi) - 1) as usize].to_string()
        }
    }
}

fn nip(rng: &mut Rng, by: i64, ay: i64, female: bool, nips: &mut HashSet<String>) -> String {
    let days = if NaiveDate::from_ymd_opt(by as i32, 2, 29).is_some() {
        366
    } else {
        365
    };
    let birth = NaiveDate::from_yo_opt(by as i32, 1 + rng.below(days) as u32)
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(by as i32, 1, 1).unwrap_or_default());
    let month = rng.range(1, 12);
    let sex = if female { 2 } else { 1 };
    let stem = format!("{}{ay:04}{month:02}{sex}", birth.format("%Y%m%d"));
    let mut seq = rng.range(1, 999);
    for _ in 0..999 {
        let candidate = format!("{stem}{seq:03}");
        if nips.insert(candidate.clone()) {
            return candidate;
        }
        seq = seq % 999 + 1;
    }
    // 999 people born the same day and appointed the same month: move the month.
    let alt = (month % 12) + 1;
    nip(rng, by, ay - i64::from(alt == 1), female, nips)
}

type Names = &'static [&'static str];

/// A naming tradition: first names by sex, family or second names by sex, how they join.
struct Region {
    weight: u32,
    male: Names,
    female: Names,
    male_last: Names,
    female_last: Names,
    style: Style,
}

#[derive(Clone, Copy)]
enum Style {
    /// first + last
    Plain,
    /// Batak: marga, women sometimes "br." (boru)
    Batak,
    /// Bali: I/Ni + birth-order name + given name
    Bali,
    /// Bugis: "Andi" for some
    Bugis,
    /// Aceh: "Teuku"/"Cut" for some
    Aceh,
}

const REGIONS: &[Region] = &[
    Region {
        weight: 28,
        male: &[
            "Agus", "Budi", "Bambang", "Eko", "Joko", "Hadi", "Slamet", "Teguh", "Wahyu", "Yudi",
            "Rudi", "Heru", "Sigit", "Arif", "Bayu", "Dimas", "Fajar", "Galih", "Rizky", "Dwi",
            "Hari", "Sugeng", "Adi", "Anton", "Yoga", "Gilang", "Nanang", "Bagus", "Wisnu",
            "Prasetyo",
        ],
        female: &[
            "Sri", "Endang", "Dewi", "Ratna", "Wulan", "Retno", "Tri", "Yuni", "Ayu", "Indah",
            "Putri", "Rina", "Dian", "Eka", "Nanik", "Fitri", "Anik", "Dyah", "Ika", "Novi",
            "Erna", "Lestari", "Winarti", "Puji",
        ],
        male_last: &[
            "Santoso",
            "Setiawan",
            "Prasetyo",
            "Wibowo",
            "Nugroho",
            "Hidayat",
            "Saputra",
            "Kurniawan",
            "Susanto",
            "Purnomo",
            "Widodo",
            "Suryadi",
            "Hartono",
            "Pratama",
            "Wicaksono",
            "Firmansyah",
            "Utomo",
            "Sulistyo",
            "Raharjo",
            "Priyanto",
            "Haryanto",
            "Wijayanto",
            "Cahyono",
            "Budiman",
            "Susilo",
        ],
        female_last: &[
            "Lestari",
            "Wahyuni",
            "Handayani",
            "Rahayu",
            "Wulandari",
            "Susanti",
            "Kusumawati",
            "Puspitasari",
            "Anggraini",
            "Permatasari",
            "Utami",
            "Astuti",
            "Sulistyowati",
            "Rahmawati",
            "Setyaningsih",
            "Purwaningsih",
            "Widyastuti",
            "Hastuti",
            "Pratiwi",
            "Safitri",
            "Nurjanah",
            "Kartikasari",
        ],
        style: Style::Plain,
    },
    Region {
        weight: 15,
        male: &[
            "Asep", "Dede", "Ujang", "Yayan", "Cecep", "Dadang", "Engkus", "Iwan", "Ade", "Deden",
            "Aep", "Jajang", "Wawan", "Yana", "Hendra", "Rahmat", "Dudi", "Ridwan",
        ],
        female: &[
            "Euis", "Neng", "Iis", "Yeni", "Rina", "Tati", "Lilis", "Nenden", "Cucu", "Ai", "Teti",
            "Dedeh", "Imas", "Nining", "Yuyun", "Wiwin", "Elis", "Rosi",
        ],
        male_last: &[
            "Saepudin",
            "Sopyan",
            "Hermawan",
            "Supriatna",
            "Hidayat",
            "Ruhiyat",
            "Sumarna",
            "Suryana",
            "Gunawan",
            "Kusnadi",
            "Mulyana",
            "Rukmana",
            "Sutisna",
            "Permana",
            "Nugraha",
            "Sobandi",
            "Kurniadi",
            "Ramdani",
        ],
        female_last: &[
            "Komalasari",
            "Kurniasih",
            "Nurhasanah",
            "Rosita",
            "Sumiati",
            "Marlina",
            "Suryani",
            "Rohaeti",
            "Maryani",
            "Nurlaela",
            "Sukmawati",
            "Rahmawati",
            "Mulyani",
            "Heryani",
            "Setiasih",
        ],
        style: Style::Plain,
    },
    Region {
        weight: 15,
        male: &[
            "Muhammad", "Ahmad", "Abdul", "Hasan", "Ilham", "Fikri", "Rizal", "Farhan", "Hafiz",
            "Syaiful", "Zainal", "Ridwan", "Arif", "Fauzan", "Hamzah", "Lukman", "Yusuf",
            "Ibrahim", "Ismail",
        ],
        female: &[
            "Siti", "Nur", "Fatimah", "Nurul", "Aisyah", "Khadijah", "Annisa", "Laila", "Rahma",
            "Halimah", "Maryam", "Sarah", "Hana", "Zahra",
        ],
        male_last: &[
            "Ridwan",
            "Fauzi",
            "Aziz",
            "Rizal",
            "Syaiful",
            "Basri",
            "Maulana",
            "Ramadhan",
            "Hakim",
            "Rahman",
            "Hidayatullah",
            "Faisal",
            "Nasrullah",
            "Zulkarnain",
            "Anwar",
        ],
        female_last: &[
            "Rahmawati",
            "Aisyah",
            "Zahra",
            "Hidayah",
            "Aminah",
            "Fauziah",
            "Khairunnisa",
            "Maharani",
            "Azizah",
            "Mardhiyah",
            "Nabila",
            "Salsabila",
            "Hasanah",
            "Qomariyah",
        ],
        style: Style::Plain,
    },
    Region {
        weight: 8,
        male: &[
            "Parlindungan",
            "Togar",
            "Hotman",
            "Robert",
            "Daniel",
            "Bonar",
            "Maruli",
            "Sahat",
            "Rudolf",
            "Hendrik",
            "Posman",
            "Jonggi",
            "Rinaldi",
            "Martua",
            "Sabar",
            "Tigor",
            "Fernando",
            "Samuel",
            "Andreas",
            "Poltak",
        ],
        female: &[
            "Rosmawati",
            "Lasma",
            "Friska",
            "Sondang",
            "Ruth",
            "Maria",
            "Debora",
            "Yohana",
            "Tiur",
            "Rotua",
            "Melati",
            "Nurmala",
            "Hotnida",
            "Lenny",
            "Erlina",
            "Rosdiana",
        ],
        male_last: &[
            "Siregar",
            "Nasution",
            "Simanjuntak",
            "Sitompul",
            "Hutapea",
            "Lubis",
            "Harahap",
            "Pasaribu",
            "Tampubolon",
            "Sinaga",
            "Simatupang",
            "Panjaitan",
            "Situmorang",
            "Manurung",
            "Hutagalung",
            "Sihombing",
            "Napitupulu",
            "Silalahi",
            "Sitorus",
            "Marpaung",
        ],
        female_last: &[],
        style: Style::Batak,
    },
    Region {
        weight: 6,
        male: &[
            "Afrizal",
            "Zulkifli",
            "Yusril",
            "Rahmat",
            "Fadli",
            "Irwan",
            "Syafri",
            "Andri",
            "Hendri",
            "Jasman",
            "Efendi",
            "Novrizal",
            "Zulhendri",
            "Yulizar",
            "Firdaus",
            "Defrizal",
        ],
        female: &[
            "Yulianti",
            "Fitri",
            "Rahmi",
            "Yusra",
            "Desi",
            "Silvia",
            "Mardiah",
            "Elfi",
            "Yenni",
            "Nofriyanti",
            "Suci",
            "Rini",
            "Gusnita",
        ],
        male_last: &[
            "Yusuf",
            "Putra",
            "Syahputra",
            "Chaniago",
            "Tanjung",
            "Piliang",
            "Koto",
            "Sikumbang",
            "Jambak",
            "Malik",
            "Amri",
            "Darwis",
        ],
        female_last: &[
            "Yanti",
            "Rahmadani",
            "Novita",
            "Zulfa",
            "Yulia",
            "Mardiati",
            "Wahyuni",
            "Oktavia",
            "Amelia",
            "Sari",
            "Marlinda",
        ],
        style: Style::Plain,
    },
    Region {
        weight: 6,
        male: &[
            "Syamsul",
            "Abdul",
            "Muhammad",
            "Irfan",
            "Ikhsan",
            "Baso",
            "Arman",
            "Akbar",
            "Syahrir",
            "Jufri",
            "Ridwan",
            "Hasanuddin",
            "Rusli",
            "Amiruddin",
        ],
        female: &[
            "Nurhayati",
            "Hasmawati",
            "Rismawati",
            "Haslinda",
            "Musdalifah",
            "Hasnah",
            "Nurhaedah",
            "Irmawati",
            "Kasmawati",
            "Hariani",
            "Fatmawati",
            "Jumriani",
        ],
        male_last: &[
            "Bahri",
            "Rahman",
            "Amir",
            "Arsyad",
            "Syam",
            "Hamzah",
            "Said",
            "Latief",
            "Basri",
            "Alimuddin",
            "Tahir",
            "Makmur",
            "Salam",
        ],
        female_last: &[
            "Syam", "Said", "Amir", "Arsyad", "Tahir", "Latief", "Rahman", "Hamzah", "Basri",
        ],
        style: Style::Bugis,
    },
    Region {
        weight: 5,
        male: &[
            "Suarjana",
            "Sudarsana",
            "Sukadana",
            "Widiana",
            "Wirawan",
            "Suparta",
            "Astawa",
            "Mahendra",
            "Adnyana",
            "Suardana",
            "Arsana",
            "Sumerta",
            "Darmawan",
            "Sutrisna",
            "Ariawan",
            "Budiarta",
            "Mertayasa",
            "Wiguna",
            "Sanjaya",
            "Eka Saputra",
            "Adi Pratama",
        ],
        female: &[
            "Suartini",
            "Sumiarti",
            "Ayu Lestari",
            "Sri Wahyuni",
            "Ariani",
            "Sukerti",
            "Widiastuti",
            "Ayu Pratiwi",
            "Dewi Anggreni",
            "Puspayanti",
            "Wulandari",
            "Suastini",
            "Yuliantari",
            "Sriasih",
            "Purnamasari",
            "Ratna Dewi",
        ],
        male_last: &[
            "Wayan", "Putu", "Gede", "Made", "Kadek", "Nyoman", "Komang", "Ketut",
        ],
        female_last: &[
            "Luh", "Putu", "Made", "Kadek", "Nyoman", "Komang", "Ketut", "Wayan", "Luh Putu",
        ],
        style: Style::Bali,
    },
    Region {
        weight: 4,
        male: &[
            "Muhammad", "Zulfikar", "Rizki", "Iqbal", "Fadhil", "Maulana", "Safrizal", "Munawar",
            "Khairul", "Yusri", "Nasrul", "Mukhlis", "Azhari", "Bukhari",
        ],
        female: &[
            "Nurul", "Fauziah", "Rahmah", "Nurlela", "Safriana", "Yusnidar", "Rosmiati",
            "Zahratul", "Hayatun", "Ainul", "Raihan", "Mutia", "Intan",
        ],
        male_last: &[
            "Nasir", "Iskandar", "Mahmud", "Daud", "Yusuf", "Hasyim", "Ibrahim", "Sulaiman",
            "Abdullah", "Amin", "Ismail", "Usman", "Hanafiah", "Jamil",
        ],
        female_last: &[
            "Husna", "Aini", "Fitria", "Mardhiah", "Rahmi", "Nufus", "Fitriani", "Zahara",
            "Hayati", "Safitri", "Jannah", "Mawaddah",
        ],
        style: Style::Aceh,
    },
    Region {
        weight: 4,
        male: &[
            "Ferry",
            "Johnny",
            "Stevanus",
            "Hendrik",
            "Frangky",
            "Jefry",
            "Michael",
            "Roy",
            "Herman",
            "Ricky",
            "Alfred",
            "Yopie",
            "Denny",
            "Fransiskus",
            "Maikel",
        ],
        female: &[
            "Meiske",
            "Lenny",
            "Grace",
            "Vanny",
            "Novita",
            "Merry",
            "Deisy",
            "Juliana",
            "Olivia",
            "Stella",
            "Yoke",
            "Christin",
            "Feibe",
            "Margaretha",
        ],
        male_last: &[
            "Wenas",
            "Lumempouw",
            "Sondakh",
            "Rumengan",
            "Pangemanan",
            "Mandagi",
            "Tumbelaka",
            "Lengkong",
            "Rondonuwu",
            "Kaunang",
            "Tumewu",
            "Rompas",
            "Sumampouw",
            "Pinontoan",
            "Karundeng",
            "Tangkilisan",
            "Warouw",
        ],
        female_last: &[],
        style: Style::Plain,
    },
    Region {
        weight: 3,
        male: &[
            "Abdullah",
            "Yohanes",
            "Ruslan",
            "Jacob",
            "Marthen",
            "Hendrik",
            "Samuel",
            "Ismail",
            "Frans",
            "Julius",
            "Rahman",
            "Dominggus",
        ],
        female: &[
            "Maria",
            "Yuliana",
            "Nurlela",
            "Margaretha",
            "Salma",
            "Theresia",
            "Fransina",
            "Jeane",
            "Saida",
            "Ester",
        ],
        male_last: &[
            "Pattinama",
            "Latuconsina",
            "Tuasikal",
            "Pelupessy",
            "Sahetapy",
            "Tupamahu",
            "Wattimena",
            "Sopacua",
            "Latumahina",
            "Ohorella",
            "Tuhumury",
            "Lewerissa",
            "Pattiasina",
            "Tahapary",
            "Huwae",
            "Sapulette",
        ],
        female_last: &[],
        style: Style::Plain,
    },
    Region {
        weight: 4,
        male: &[
            "Hendra", "Steven", "Kevin", "Darmawan", "Budi", "Willy", "Ricky", "Andy", "Hendry",
            "Yohanes", "Felix", "Surya", "Jimmy", "Tony", "Welly",
        ],
        female: &[
            "Linda", "Melinda", "Vivian", "Yuliana", "Lily", "Cindy", "Fenny", "Susanti",
            "Meilani", "Jessica", "Irene", "Evelyn", "Natalia", "Sherly",
        ],
        male_last: &[
            "Wijaya",
            "Halim",
            "Gunawan",
            "Kusuma",
            "Santoso",
            "Salim",
            "Hartanto",
            "Setiadi",
            "Tanjaya",
            "Sugianto",
            "Widjaja",
            "Tanuwijaya",
            "Hadinata",
            "Kurniadi",
            "Lukito",
            "Sutanto",
            "Lianto",
        ],
        female_last: &[],
        style: Style::Plain,
    },
];

/// A full name (without titles) of the given sex.
pub fn name(rng: &mut Rng, female: bool) -> String {
    let weights: Vec<(usize, u32)> = REGIONS
        .iter()
        .enumerate()
        .map(|(i, r)| (i, r.weight))
        .collect();
    let r = &REGIONS[rng.weighted(&weights)];
    let first = rng.pick(if female { r.female } else { r.male });
    let last_list = if female && !r.female_last.is_empty() {
        r.female_last
    } else {
        r.male_last
    };
    let mut last = rng.pick(last_list);
    if last == first {
        last = rng.pick(last_list);
    }
    match r.style {
        Style::Plain => {
            if last == first {
                first.to_string()
            } else {
                format!("{first} {last}")
            }
        }
        Style::Batak => {
            if female && rng.chance(0.35) {
                format!("{first} br. {last}")
            } else {
                format!("{first} {last}")
            }
        }
        Style::Bali => format!("{} {last} {first}", if female { "Ni" } else { "I" }),
        Style::Bugis => {
            let andi = if rng.chance(0.2) { "Andi " } else { "" };
            format!("{andi}{first} {last}")
        }
        Style::Aceh => {
            let gelar = match (female, rng.chance(0.15)) {
                (false, true) => "Teuku ",
                (true, true) => "Cut ",
                _ => "",
            };
            format!("{gelar}{first} {last}")
        }
    }
}

/// Adds the academic titles of the education: "Dr. Ahmad Fauzi, S.T., M.T.",
/// "dr. Nur Aisyah, M.Kes.", "Dewi Lestari, A.Md.Keb.".
pub fn titled(rng: &mut Rng, name: &str, edu: Edu, field: Field, birth_year: i64) -> String {
    use Field::*;
    let mut pre: Vec<&str> = vec![];
    let mut post: Vec<&str> = vec![];
    match edu {
        Edu::Sd | Edu::Smp | Edu::Sma => {}
        Edu::D3 => post.push(match field {
            Ekonomi => "A.Md.Ak.",
            Keperawatan => "A.Md.Kep.",
            Kebidanan => "A.Md.Keb.",
            Komputer => "A.Md.Kom.",
            KesMas => "A.Md.KL.",
            Teknik | Planologi => "A.Md.T.",
            Gizi => "A.Md.Gz.",
            Farmasi => "A.Md.Farm.",
            _ => "A.Md.",
        }),
        Edu::S1 | Edu::S2 | Edu::S3 => {
            let bachelor: &str = match field {
                Umum => rng.pick(&["S.Sos.", "S.AP.", "S.IP.", "S.E.", "S.H.", "S.I.Kom."]),
                Ekonomi => rng.pick(&["S.E.", "S.E.", "S.Ak."]),
                Hukum => "S.H.",
                Teknik => "S.T.",
                Pendidikan => "S.Pd.",
                KesMas => "S.K.M.",
                Keperawatan => "S.Kep., Ners",
                Kebidanan => "S.Tr.Keb.",
                Kedokteran => "",
                Komputer => rng.pick(&["S.Kom.", "S.Kom.", "S.T."]),
                Psikologi => "S.Psi.",
                Statistik => rng.pick(&["S.Si.", "S.Stat."]),
                Farmasi => "S.Farm.",
                Gizi => "S.Gz.",
                Planologi => rng.pick(&["S.T.", "S.PWK."]),
            };
            if edu == Edu::S3 {
                pre.push("Dr.");
            }
            match field {
                Kedokteran => pre.push("dr."),
                Farmasi => pre.push("apt."),
                Teknik if birth_year < 1975 && rng.chance(0.5) => pre.push("Ir."),
                _ => {}
            }
            if !bachelor.is_empty() && !pre.contains(&"Ir.") {
                post.push(bachelor);
            }
            if edu != Edu::S1 {
                post.push(match field {
                    Umum => rng.pick(&["M.Si.", "M.AP.", "M.M."]),
                    Ekonomi => rng.pick(&["M.M.", "M.Ak.", "M.Si."]),
                    Hukum => "M.H.",
                    Teknik | Planologi => "M.T.",
                    Pendidikan => "M.Pd.",
                    KesMas | Kedokteran | Kebidanan | Gizi | Farmasi => "M.Kes.",
                    Keperawatan => "M.Kep.",
                    Komputer => rng.pick(&["M.Kom.", "M.T.I."]),
                    Psikologi => "M.Psi.",
                    Statistik => "M.Si.",
                });
            }
        }
    }
    let mut out = String::with_capacity(name.len() + 24);
    for p in &pre {
        out.push_str(p);
        out.push(' ');
    }
    out.push_str(name);
    for p in &post {
        out.push_str(", ");
        out.push_str(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::nip::{JenisKelamin, Nip};
    use app::domain::pegawai::normalise_golongan;

    #[test]
    fn people_validate() {
        let mut rng = Rng::new(1);
        let mut nips = HashSet::new();
        let roles = [
            Role {
                jenis: JenisJabatan::JptPratama,
                jenjang: None,
                edu: &[],
                fields: &[Field::Teknik],
                female: 0.3,
                pppk: 0.0,
            },
            Role {
                jenis: JenisJabatan::Fungsional,
                jenjang: Some(Jenjang::Terampil),
                edu: &[],
                fields: &[Field::Kebidanan],
                female: 1.0,
                pppk: 0.5,
            },
            Role {
                jenis: JenisJabatan::Pelaksana,
                jenjang: None,
                edu: &[(Edu::Sd, 1), (Edu::Sma, 1)],
                fields: &[],
                female: 0.5,
                pppk: 0.3,
            },
        ];
        for i in 0..3000 {
            let role = &roles[i % roles.len()];
            let p = person(&mut rng, role, &mut nips);
            let nip = Nip::parse(&p.nip).unwrap_or_else(|e| panic!("{}: {e}", p.nip));
            let by = nip.tanggal_lahir().format("%Y").to_string();
            assert!(("1966".."2002").contains(&by.as_str()), "{}", p.nip);
            let ay: i64 = p.nip[8..12].parse().unwrap();
            let age = ay - by.parse::<i64>().unwrap();
            assert!((20..=35).contains(&age), "{} age {age}", p.nip);
            assert!(normalise_golongan(p.status, &p.golongan).is_ok(), "{p:?}");
            if role.female == 1.0 {
                assert_eq!(nip.jenis_kelamin(), JenisKelamin::Perempuan);
                assert!(p.nama.ends_with("A.Md.Keb."), "{}", p.nama);
            }
        }
        assert_eq!(nips.len(), 3000);
    }
}
