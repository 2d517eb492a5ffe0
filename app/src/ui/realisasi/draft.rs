//! The realisasi form's local draft: kept in the browser's storage per IKI until the entry is
//! recorded, so a phone that loses its network (or its tab) loses nothing typed. The draft
//! carries its idempotency key: retrying the same draft can never record twice.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub sub_period: String,
    pub value: String,
    pub narrative: String,
    pub link: String,
    /// The Idempotency-Key of this draft's request.
    pub key: String,
}

impl Draft {
    /// Whether anything was typed (an untouched form keeps no draft).
    pub fn is_blank(&self) -> bool {
        self.value.trim().is_empty()
            && self.narrative.trim().is_empty()
            && self.link.trim().is_empty()
    }
}

pub fn storage_key(iki_id: &str) -> String {
    format!("rantai.realisasi.draft.{iki_id}")
}

#[cfg(feature = "hydrate")]
fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

/// A fresh key for a new draft: 128 random bits from the browser, in hex (getRandomValues
/// works on plain http too, unlike randomUUID).
#[cfg(feature = "hydrate")]
pub fn new_key() -> String {
    let mut bytes = [0u8; 16];
    let filled = leptos::prelude::window()
        .crypto()
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).map(|_| ()));
    if filled.is_err() {
        // no Web Crypto: the time is unique enough per device and draft
        return format!("t{}", leptos::web_sys::js_sys::Date::now());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(not(feature = "hydrate"))]
pub fn new_key() -> String {
    String::new()
}

#[cfg(feature = "hydrate")]
pub fn load(iki_id: &str) -> Option<Draft> {
    let raw = storage()?.get_item(&storage_key(iki_id)).ok()??;
    serde_json::from_str(&raw).ok()
}

#[cfg(not(feature = "hydrate"))]
pub fn load(_iki_id: &str) -> Option<Draft> {
    None
}

#[cfg(feature = "hydrate")]
pub fn save(iki_id: &str, d: &Draft) {
    if let (Some(s), Ok(raw)) = (storage(), serde_json::to_string(d)) {
        let _ = s.set_item(&storage_key(iki_id), &raw);
    }
}

#[cfg(not(feature = "hydrate"))]
pub fn save(_iki_id: &str, _d: &Draft) {}

#[cfg(feature = "hydrate")]
pub fn clear(iki_id: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&storage_key(iki_id));
    }
}

#[cfg(not(feature = "hydrate"))]
pub fn clear(_iki_id: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_blank_until_something_is_typed() {
        let mut d = Draft {
            sub_period: "3".into(),
            key: "k".into(),
            ..Default::default()
        };
        assert!(d.is_blank());
        d.value = "2".into();
        assert!(!d.is_blank());
        assert_eq!(storage_key("x"), "rantai.realisasi.draft.x");
    }
}
