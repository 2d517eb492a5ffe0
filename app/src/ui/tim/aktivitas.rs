use leptos::prelude::*;

use crate::domain::dto::AktivitasTim;
use crate::i18n::*;
use crate::ui::skp::labels::I18n;

fn aksi_label(i18n: I18n, aksi: &str) -> String {
    match aksi {
        "create" => t_string!(i18n, tim.aksi_create).to_string(),
        "update" => t_string!(i18n, tim.aksi_update).to_string(),
        "anggota_add" => t_string!(i18n, tim.aksi_anggota_add).to_string(),
        "anggota_update" => t_string!(i18n, tim.aksi_anggota_update).to_string(),
        "anggota_remove" => t_string!(i18n, tim.aksi_anggota_remove).to_string(),
        "matriks" => t_string!(i18n, tim.aksi_matriks).to_string(),
        "rekomendasi" => t_string!(i18n, tim.aksi_rekomendasi).to_string(),
        other => other.to_string(),
    }
}

/// "2026-03-01T08:00:00Z" as "2026-03-01 08:00".
fn when(at: &str) -> String {
    at.get(..16).unwrap_or(at).replace('T', " ")
}

/// The squad's last changes (its audit trail, newest first).
#[component]
pub fn AktivitasList(items: Vec<AktivitasTim>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="tim-akt-h">
            <h2 id="tim-akt-h">{t!(i18n, tim.aktivitas_heading)}</h2>
            {if items.is_empty() {
                view! { <p class="empty">{t!(i18n, tim.aktivitas_empty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list aktivitas">
                        {items.into_iter().map(|a| {
                            let aksi = a.aksi.clone();
                            let label = move || aksi_label(i18n, &aksi);
                            view! {
                                <li>
                                    <time datetime=a.at.clone()>{when(&a.at)}</time>
                                    " " <span>{label}</span>
                                    {a.oleh.map(|o| view! { <span class="muted">" — " {o}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
