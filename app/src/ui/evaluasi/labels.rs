//! The words and small pieces the evaluation pages share: status, predikat badges, dates.

use leptos::prelude::*;

use crate::domain::rating::Predikat;
use crate::i18n::*;
use crate::ui::skp::labels::I18n;

/// DINILAI, FINAL, or none (not rated yet), in the user's language.
pub fn status_label(i18n: I18n, status: Option<&str>) -> &'static str {
    match status {
        Some("FINAL") => t_string!(i18n, evaluasi.status_final),
        Some(_) => t_string!(i18n, evaluasi.status_dinilai),
        None => t_string!(i18n, evaluasi.status_belum),
    }
}

/// The predikat, an official term that stays Indonesian in every language.
#[component]
pub fn PredikatBadge(predikat: Predikat) -> impl IntoView {
    let class = format!("badge predikat predikat-{}", predikat.code().to_lowercase());
    view! { <span class=class>{predikat.label()}</span> }
}

/// A timestamp or date (`YYYY-MM-DD…`) as the day, `DD-MM-YYYY` (the Indonesian order).
pub fn tanggal(ts: &str) -> String {
    match (ts.get(0..4), ts.get(5..7), ts.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{d}-{m}-{y}"),
        _ => ts.to_string(),
    }
}

/// A page parameter from the query string (`?k=`), none when absent or blank.
pub fn query_param(k: &'static str) -> Memo<Option<String>> {
    let query = leptos_router::hooks::use_query_map();
    Memo::new(move |_| query.with(|q| q.get(k)).filter(|s| !s.trim().is_empty()))
}

/// `aria-current="page"` for the list entry that is open (`chosen`).
pub fn current_if(
    chosen: Memo<Option<String>>,
    id: String,
) -> impl Fn() -> Option<&'static str> + Clone + Send + Sync + 'static {
    move || (chosen.get().as_deref() == Some(id.as_str())).then_some("page")
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_in_indonesian_order() {
        assert_eq!(super::tanggal("2026-01-09T08:00:00.000Z"), "09-01-2026");
        assert_eq!(super::tanggal("2026-01-26"), "26-01-2026");
    }
}
