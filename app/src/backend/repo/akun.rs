use sqlx::{Any, Row, Transaction};

use crate::backend::audit::{self, Change};
use crate::backend::auth::password;
use crate::backend::ids::{new_id, now};
use crate::backend::AppError;
use crate::domain::role::Role;

pub struct LoginRow {
    pub instansi_id: String,
    pub id: String,
    pub password_hash: String,
    pub aktif: bool,
}

pub async fn find_for_login(
    pool: &sqlx::AnyPool,
    username: &str,
) -> Result<Option<LoginRow>, sqlx::Error> {
    Ok(
        sqlx::query("SELECT instansi_id, id, password_hash, aktif FROM akun WHERE username = $1")
            .bind(username.trim().to_lowercase())
            .fetch_optional(pool)
            .await?
            .map(|r| LoginRow {
                instansi_id: r.get("instansi_id"),
                id: r.get("id"),
                password_hash: r.get("password_hash"),
                aktif: r.get::<i64, _>("aktif") == 1,
            }),
    )
}

pub struct NewAkun<'a> {
    pub username: &'a str,
    pub password: &'a str,
    pub pegawai_id: Option<&'a str>,
    pub roles: &'a [Role],
}

/// Usernames: 3–64 characters of a–z, 0–9, '.', '_' or '-'; stored lower-case.
pub fn validate_username(username: &str) -> Result<String, AppError> {
    let u = username.trim().to_lowercase();
    let ok = (3..=64).contains(&u.len())
        && u.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c));
    if ok {
        Ok(u)
    } else {
        Err(AppError::bad_request(
            "Nama pengguna harus 3–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung",
            "A username has 3–64 characters: lower-case letters, digits, '.', '_' or '-'",
        ))
    }
}

pub fn validate_password(pw: &str) -> Result<(), AppError> {
    if pw.chars().count() >= password::MIN_LENGTH {
        Ok(())
    } else {
        Err(AppError::bad_request(
            format!("Kata sandi minimal {} karakter", password::MIN_LENGTH),
            format!(
                "A password needs at least {} characters",
                password::MIN_LENGTH
            ),
        ))
    }
}

/// Creates an account with an argon2id hash; granted roles must be admin or auditor.
pub async fn create(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    by: Option<&str>,
    a: NewAkun<'_>,
) -> Result<String, AppError> {
    let username = validate_username(a.username)?;
    validate_password(a.password)?;
    if let Some(r) = a.roles.iter().find(|r| !r.is_grantable()) {
        return Err(AppError::bad_request(
            format!(
                "Peran '{}' tidak dapat diberikan; peran itu mengikuti struktur organisasi",
                r.code()
            ),
            format!(
                "Role '{}' cannot be granted; it follows from the organisation",
                r.code()
            ),
        ));
    }
    let hash = password::hash(a.password).map_err(|_| AppError::internal())?;
    let peran = a
        .roles
        .iter()
        .map(|r| r.code())
        .collect::<Vec<_>>()
        .join(",");
    let id = new_id();
    let ts = now();
    sqlx::query(
        "INSERT INTO akun (instansi_id, id, username, password_hash, pegawai_id, peran, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
    )
    .bind(instansi_id)
    .bind(&id)
    .bind(&username)
    .bind(&hash)
    .bind(a.pegawai_id)
    .bind(&peran)
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    audit::record(
        tx,
        Change {
            instansi_id,
            akun_id: by,
            aksi: "create",
            entitas: "akun",
            entitas_id: &id,
            sebelum: None,
            // never the hash
            sesudah: Some(serde_json::json!({ "username": username, "pegawai_id": a.pegawai_id, "peran": peran })),
        },
    )
    .await?;
    Ok(id)
}
