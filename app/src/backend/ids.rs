//! Identifiers and timestamps. Ids are UUIDv7 (time-ordered, made by any stateless server
//! without coordination); timestamps are RFC 3339 UTC text, which sorts in time order.

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub fn at_offset(d: chrono::Duration) -> String {
    (chrono::Utc::now() + d).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
