//! Building local addresses.

/// Percent-encodes a query value (everything but unreserved characters; `/` kept when
/// `keep_slash`, for paths).
pub fn encode(s: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b'/' if keep_slash => out.push('/'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `path?k=v&…` from the pairs whose value is present and not empty.
pub fn with_query(path: &str, pairs: &[(&str, Option<&str>)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| {
            v.filter(|v| !v.is_empty())
                .map(|v| format!("{k}={}", encode(v, false)))
        })
        .collect();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes() {
        assert_eq!(encode("a b&c/d", false), "a%20b%26c%2Fd");
        assert_eq!(encode("/organisasi?x", true), "/organisasi%3Fx");
        assert_eq!(encode("Sri Ä", false), "Sri%20%C3%84");
        assert_eq!(
            with_query("/o", &[("unit", Some("u1")), ("q", Some(""))]),
            "/o?unit=u1"
        );
        assert_eq!(with_query("/o", &[("q", None)]), "/o");
    }
}
