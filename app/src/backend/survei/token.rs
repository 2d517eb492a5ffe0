//! Masyarakat links: `<instansi_id>.<secret>`, 32 random bytes; only the secret's SHA-256 is
//! stored, so the database cannot give a link back.

use crate::backend::auth::credential::{digest, parse};

pub fn new_secret() -> String {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The token for a link and the digest to store.
pub fn issue(instansi_id: &str) -> (String, String) {
    let secret = new_secret();
    (format!("{instansi_id}.{secret}"), digest(&secret))
}

/// The instansi and the digest of a presented token; none when it cannot be one of ours.
pub fn read(token: &str) -> Option<(String, String)> {
    parse(token.trim())
}
