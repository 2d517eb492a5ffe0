use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::evaluasi::finalisasi;
use crate::api::ApiError;
use crate::domain::dto::{FinalisasiInput, Kalibrasi};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::confirm::ConfirmButton;

/// One recorded justification for all the violations: each violation with its own reason,
/// one line each, so the audit log keeps which reason answers which rule.
fn justifikasi(violations: &[String], reasons: &[String]) -> String {
    violations
        .iter()
        .zip(reasons)
        .filter(|(_, r)| !r.trim().is_empty())
        .map(|(v, r)| format!("{v}: {}", r.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// "Finalisasi": asks first, then locks every result of the unit. While the curve is broken
/// each violation needs a justification (a field per violation); the server refuses
/// otherwise, and its message is shown here.
#[component]
pub fn FinalisasiForm(kal: RwSignal<Kalibrasi>, notice: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let messages = Memo::new(move |_| {
        kal.with(|k| {
            k.violations
                .iter()
                .map(|v| v.message.clone())
                .collect::<Vec<_>>()
        })
    });
    let reasons = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        let n = messages.with(Vec::len);
        reasons.update(|r| r.resize(n, String::new()));
    });
    let go = move |_| {
        busy.set(true);
        error.set(None);
        let (unit, period) = kal.with_untracked(|k| (k.unit_id.clone(), k.periode_id.clone()));
        let input = FinalisasiInput {
            unit,
            period: Some(period),
            justifikasi: justifikasi(&messages.get_untracked(), &reasons.get_untracked()),
        };
        spawn_local(async move {
            match finalisasi(input).await {
                Ok(k) => {
                    notice.set(Some(t_string!(i18n, evaluasi.final_done).to_string()));
                    kal.set(k);
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel" aria-labelledby="final-h">
            <h2 id="final-h">{t!(i18n, evaluasi.final_heading)}</h2>
            <p class="hint">{t!(i18n, evaluasi.final_intro)}</p>
            {move || messages.get().into_iter().enumerate().map(|(i, m)| {
                let id = format!("justifikasi-{i}");
                view! {
                    <div class="field">
                        <label for=id.clone()>{t!(i18n, evaluasi.justifikasi_untuk)} " " {m}</label>
                        <textarea id=id rows="2" maxlength="1000"
                            prop:value=move || reasons.with(|r| r.get(i).cloned().unwrap_or_default())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                reasons.update(|r| { if r.len() <= i { r.resize(i + 1, String::new()); } r[i] = v; });
                            }></textarea>
                    </div>
                }
            }).collect_view()}
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <ConfirmButton
                label=Signal::derive(move || t_string!(i18n, evaluasi.finalisasi).to_string())
                question=Signal::derive(move || t_string!(i18n, evaluasi.final_tanya).to_string())
                confirm=Signal::derive(move || t_string!(i18n, evaluasi.final_ya).to_string())
                busy=busy
                on_confirm=Callback::new(go)/>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_line_per_justified_violation() {
        let v = vec![
            "Baik paling banyak 70 %".to_string(),
            "Butuh Perbaikan".to_string(),
        ];
        let r = vec![" unit baru ".to_string(), String::new()];
        assert_eq!(
            super::justifikasi(&v, &r),
            "Baik paling banyak 70 %: unit baru"
        );
    }
}
