use crate::i18n::*;

/// The name of a responder group (or LAINNYA, the pool, or SEMUA, the overall).
pub fn group_label(i18n: leptos_i18n::I18nContext<Locale>, code: &str) -> String {
    match code {
        "ATASAN" => t_string!(i18n, survei.g_atasan),
        "REKAN" => t_string!(i18n, survei.g_rekan),
        "BAWAHAN" => t_string!(i18n, survei.g_bawahan),
        "MASYARAKAT" => t_string!(i18n, survei.g_masyarakat),
        "LAINNYA" => t_string!(i18n, survei.g_lainnya),
        _ => t_string!(i18n, survei.semua),
    }
    .to_string()
}

pub fn state_label(i18n: leptos_i18n::I18nContext<Locale>, code: &str) -> String {
    match code {
        "USED" => t_string!(i18n, survei.status_used),
        "EXPIRED" => t_string!(i18n, survei.status_expired),
        _ => t_string!(i18n, survei.status_open),
    }
    .to_string()
}

/// `2026-12-16T10:00:00.000Z` → `2026-12-16`.
pub fn day(at: &str) -> String {
    at.chars().take(10).collect()
}
