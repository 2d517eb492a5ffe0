//! Authentication: argon2id passwords, server-side sessions and API tokens, and the throttle
//! on failed logins. Sessions and tokens are looked up by the SHA-256 of their secret, under
//! the instansi id that the credential itself carries (so lookups stay on one shard).

pub mod credential;
pub mod current;
pub mod login;
pub mod password;
pub mod throttle;

pub const SESSION_COOKIE: &str = "rantai_sesi";
/// Absolute session lifetime.
pub const SESSION_HOURS: i64 = 12;
