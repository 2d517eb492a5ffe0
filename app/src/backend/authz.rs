//! The one place that decides who may read and write what.
//!
//! - admin: everything in their own instansi, read and write;
//! - auditor: everything in their own instansi, read only;
//! - pimpinan (heads a unit): employees in the subtree of the unit(s) they head;
//! - PPK / atasan PPK: the employees they assess, or whose assessor they supervise;
//! - pegawai: themselves.
//!
//! Anything in another instansi is forbidden (403), never silently empty.

use sqlx::Row;

use super::db::text;
use super::{AppError, AppResult, Db};
use crate::domain::dto::Me;
use crate::domain::role::Role;

#[derive(Clone, Debug)]
pub struct Actor {
    pub akun_id: String,
    pub instansi_id: String,
    pub instansi_nama: String,
    pub username: String,
    pub granted: Vec<Role>,
    pub pegawai_id: Option<String>,
    pub nip: Option<String>,
    pub nama: String,
    pub unit_id: Option<String>,
    pub unit_nama: Option<String>,
    pub jabatan: Option<String>,
    pub is_ppk: bool,
    /// Materialised paths of the units this person heads.
    pub headed_paths: Vec<String>,
}

/// What the authorisation rules need to know about one employee.
#[derive(Clone, Debug)]
pub struct EmployeeScope {
    pub instansi_id: String,
    pub id: String,
    pub unit_path: String,
    pub ppk_id: Option<String>,
    pub atasan_ppk_id: Option<String>,
}

impl Actor {
    pub async fn load(db: &Db, instansi_id: &str, akun_id: &str) -> AppResult<Option<Actor>> {
        // One query: a person holds one jabatan, so they head at most that jabatan's unit.
        let row = sqlx::query(
            "SELECT a.id, a.username, a.peran, a.pegawai_id, i.nama AS instansi_nama, \
                    p.nip, p.nama, p.unit_id, u.nama AS unit_nama, j.nama AS jabatan, \
                    CASE WHEN j.kepala_unit = 1 THEN ju.path END AS headed_path, \
                    CAST(CASE WHEN EXISTS (SELECT 1 FROM pegawai b \
                        WHERE b.instansi_id = a.instansi_id AND b.ppk_id = a.pegawai_id) \
                        THEN 1 ELSE 0 END AS BIGINT) AS is_ppk \
             FROM akun a \
             JOIN instansi i ON i.instansi_id = a.instansi_id \
             LEFT JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id \
             LEFT JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
             LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
             LEFT JOIN unit_kerja ju ON ju.instansi_id = j.instansi_id AND ju.id = j.unit_id \
             WHERE a.instansi_id = $1 AND a.id = $2 AND a.aktif = 1",
        )
        .bind(instansi_id)
        .bind(akun_id)
        .fetch_optional(&db.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let pegawai_id: Option<String> = row.get("pegawai_id");
        let is_ppk = row.get::<i64, _>("is_ppk") == 1;
        let headed_paths: Vec<String> = row
            .get::<Option<String>, _>("headed_path")
            .into_iter()
            .collect();
        let username: String = row.get("username");
        Ok(Some(Actor {
            akun_id: row.get("id"),
            instansi_id: instansi_id.to_string(),
            instansi_nama: row.get("instansi_nama"),
            nama: row
                .get::<Option<String>, _>("nama")
                .unwrap_or_else(|| username.clone()),
            username,
            granted: text(&row, "peran")
                .split(',')
                .filter_map(Role::from_code)
                .collect(),
            pegawai_id,
            nip: row.get("nip"),
            unit_id: row.get("unit_id"),
            unit_nama: row.get("unit_nama"),
            jabatan: row.get("jabatan"),
            is_ppk,
            headed_paths,
        }))
    }

    pub fn roles(&self) -> Vec<Role> {
        let mut roles = vec![];
        if self.pegawai_id.is_some() {
            roles.push(Role::Pegawai);
        }
        if self.is_ppk {
            roles.push(Role::Ppk);
        }
        if !self.headed_paths.is_empty() {
            roles.push(Role::Pimpinan);
        }
        roles.extend(self.granted.iter().copied());
        roles.sort();
        roles.dedup();
        roles
    }

    pub fn is_admin(&self) -> bool {
        self.granted.contains(&Role::Admin)
    }

    /// Admins and auditors read everything in their instansi.
    pub fn reads_whole_instansi(&self) -> bool {
        self.is_admin() || self.granted.contains(&Role::Auditor)
    }

    pub fn me(&self) -> Me {
        Me {
            id: self
                .pegawai_id
                .clone()
                .unwrap_or_else(|| self.akun_id.clone()),
            account_id: self.akun_id.clone(),
            username: self.username.clone(),
            nip: self.nip.clone(),
            name: self.nama.clone(),
            roles: self.roles(),
            unit_id: self.unit_id.clone(),
            unit_name: self.unit_nama.clone(),
            jabatan: self.jabatan.clone(),
            instansi_id: self.instansi_id.clone(),
            instansi_name: self.instansi_nama.clone(),
        }
    }

    /// Anything of another instansi is forbidden.
    pub fn require_instansi(&self, instansi_id: &str) -> AppResult<()> {
        if instansi_id == self.instansi_id {
            Ok(())
        } else {
            Err(AppError::forbidden())
        }
    }

    /// Changing the organisation, periods, accounts and tokens: admins only.
    pub fn require_admin(&self) -> AppResult<()> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(AppError::forbidden())
        }
    }

    pub fn can_read_employee(&self, e: &EmployeeScope) -> bool {
        if e.instansi_id != self.instansi_id {
            return false;
        }
        if self.reads_whole_instansi() {
            return true;
        }
        let me = self.pegawai_id.as_deref();
        me.is_some()
            && (me == Some(e.id.as_str())
                || e.ppk_id.as_deref() == me
                || e.atasan_ppk_id.as_deref() == me)
            || self
                .headed_paths
                .iter()
                .any(|p| e.unit_path.starts_with(p.as_str()))
    }

    pub fn require_employee(&self, e: &EmployeeScope) -> AppResult<()> {
        if self.can_read_employee(e) {
            Ok(())
        } else {
            Err(AppError::forbidden())
        }
    }

    /// The SQL condition matching `can_read_employee` for lists, over `p` (pegawai) joined
    /// with `u` (its unit_kerja). Binds are appended to `sql`.
    pub fn employee_filter(&self, sql: &mut Sql) -> String {
        let inst = sql.bind(&self.instansi_id);
        if self.reads_whole_instansi() {
            return format!("p.instansi_id = {inst}");
        }
        let mut any = vec![];
        if let Some(me) = &self.pegawai_id {
            let me = sql.bind(me);
            any.push(format!(
                "p.id = {me} OR p.ppk_id = {me} OR p.atasan_ppk_id = {me}"
            ));
        }
        for path in &self.headed_paths {
            let like = sql.bind(&format!("{path}%"));
            any.push(format!("u.path LIKE {like}"));
        }
        if any.is_empty() {
            any.push("1 = 0".into());
        }
        format!("p.instansi_id = {inst} AND ({})", any.join(" OR "))
    }
}

/// A query under construction with numbered `$n` text binds (the placeholder style that both
/// backends accept through `sqlx::Any`).
#[derive(Default, Debug)]
pub struct Sql {
    pub args: Vec<String>,
}

impl Sql {
    pub fn bind(&mut self, value: &str) -> String {
        self.args.push(value.to_string());
        format!("${}", self.args.len())
    }

    pub fn query<'q>(
        &'q self,
        text: &'q str,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        self.args
            .iter()
            .fold(sqlx::query(text), |q, a| q.bind(a.as_str()))
    }
}
