//! A rule broken by user input: which field, and why, in both UI languages. The backend turns
//! a list of them into a 422 with details; the UI shows each next to its field.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The field (or `rhk[2].iki[0].target`-style path) the problem is about.
    pub field: String,
    pub id: String,
    pub en: String,
}

impl Problem {
    pub fn new(field: impl Into<String>, id: impl Into<String>, en: impl Into<String>) -> Self {
        Problem {
            field: field.into(),
            id: id.into(),
            en: en.into(),
        }
    }

    /// The same problem about a field nested under `prefix` (`rhk[0]` + `judul`).
    pub fn under(mut self, prefix: &str) -> Self {
        self.field = if self.field.is_empty() {
            prefix.to_string()
        } else {
            format!("{prefix}.{}", self.field)
        };
        self
    }
}

/// Checks a required text: trimmed, non-empty, at most `max` characters.
pub fn required_text(field: &str, label: &str, value: &str, max: usize) -> Option<Problem> {
    let n = value.trim().chars().count();
    if n == 0 {
        Some(Problem::new(
            field,
            format!("{label} wajib diisi"),
            format!("{label} is required"),
        ))
    } else if n > max {
        Some(Problem::new(
            field,
            format!("{label} terlalu panjang (maks. {max} karakter)"),
            format!("{label} is too long (max. {max} characters)"),
        ))
    } else {
        None
    }
}

/// Checks an optional text: at most `max` characters.
pub fn optional_text(field: &str, label: &str, value: &str, max: usize) -> Option<Problem> {
    if value.trim().is_empty() {
        None
    } else {
        required_text(field, label, value, max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        assert!(required_text("judul", "Judul", "  ", 10).is_some());
        assert!(required_text("judul", "Judul", "Laporan", 10).is_none());
        let long = required_text("judul", "Judul", "abcdefghijk", 10).unwrap();
        assert!(long.id.contains("maks. 10"));
        assert!(optional_text("x", "X", "", 3).is_none());
        assert!(optional_text("x", "X", "abcd", 3).is_some());
        assert_eq!(
            Problem::new("target", "a", "b").under("iki[1]").field,
            "iki[1].target"
        );
    }
}
