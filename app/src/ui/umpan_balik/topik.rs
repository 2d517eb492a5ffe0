//! A topic (an RHK or a BerAKHLAK value) as one `<select>` value: `rhk:<id>` or `nilai:<CODE>`.

use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::UmpanBalikSkp;

pub fn encode(rhk_id: Option<&str>, nilai: Option<&str>) -> String {
    match (rhk_id, nilai) {
        (Some(r), _) => format!("rhk:{r}"),
        (None, Some(n)) => format!("nilai:{n}"),
        (None, None) => String::new(),
    }
}

/// (rhk_id, nilai) of a select value.
pub fn decode(v: &str) -> (Option<String>, Option<String>) {
    if let Some(r) = v.strip_prefix("rhk:") {
        (Some(r.to_string()), None)
    } else if let Some(n) = v.strip_prefix("nilai:") {
        (None, Some(n.to_string()))
    } else {
        (None, None)
    }
}

/// The title of a topic for a list: the RHK's title or the value's name.
pub fn label(d: &UmpanBalikSkp, rhk_id: Option<&str>, nilai: Option<&str>) -> String {
    match (rhk_id, nilai) {
        (Some(r), _) => d
            .rhk
            .iter()
            .find(|x| x.id == r)
            .map(|x| x.title.clone())
            .unwrap_or_else(|| "RHK".into()),
        (None, Some(n)) => NilaiBerakhlak::from_code(n)
            .map(|v| v.label().to_string())
            .unwrap_or_else(|| n.to_string()),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(decode(&encode(Some("r1"), None)), (Some("r1".into()), None));
        assert_eq!(
            decode(&encode(None, Some("LOYAL"))),
            (None, Some("LOYAL".into()))
        );
        assert_eq!(decode(""), (None, None));
    }
}
