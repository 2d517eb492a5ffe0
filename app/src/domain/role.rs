//! Roles. `Pegawai`, `Ppk` and `Pimpinan` are derived from the organisation (having an
//! employee record, being someone's assessor, heading a unit); `Admin` and `Auditor` are
//! granted to accounts of one instansi.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Pegawai,
    Ppk,
    Pimpinan,
    Admin,
    Auditor,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Pegawai => "pegawai",
            Role::Ppk => "ppk",
            Role::Pimpinan => "pimpinan",
            Role::Admin => "admin",
            Role::Auditor => "auditor",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        [
            Role::Pegawai,
            Role::Ppk,
            Role::Pimpinan,
            Role::Admin,
            Role::Auditor,
        ]
        .into_iter()
        .find(|r| r.code() == code.trim().to_ascii_lowercase())
    }

    /// Roles an admin can grant to an account; the others follow from the organisation.
    pub fn is_grantable(self) -> bool {
        matches!(self, Role::Admin | Role::Auditor)
    }
}
