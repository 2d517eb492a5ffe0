use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::entry_list::EntryList;
use super::record_form::RecordForm;
use crate::api::realisasi::entri_realisasi;
use crate::domain::dto::{Realisasi, RealisasiIki};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::query_param;
use crate::ui::skp::labels::fmt_num;

/// `/realisasi?iki=`: one IKI's target and cumulative realisasi, the form to record an entry
/// (the owner), and the entries with their evidence (verified here by the PPK).
#[component]
pub fn RealisasiPage() -> impl IntoView {
    let i18n = use_i18n();
    let iki = query_param("iki");
    let data = Resource::new(
        move || iki.get(),
        |iki| async move {
            match iki {
                Some(id) => entri_realisasi(id, None).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let notice = RwSignal::new(None::<String>);
    view! {
        <Title text=move || t_string!(i18n, realisasi.title).to_string()/>
        <div class="page eval-page">
            <h1>{t!(i18n, realisasi.title)}</h1>
            <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(r)) => Either::Left(view! { <IkiView r notice/> }.into_any()),
                        Ok(None) => Either::Left(view! { <p class="empty panel">{t!(i18n, realisasi.pilih_iki)}</p> }.into_any()),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn IkiView(r: RealisasiIki, notice: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let items = RwSignal::new(r.items);
    let cumulative = RwSignal::new(r.realisasi);
    let target = fmt_num(i18n, r.target);
    let satuan = r.satuan.clone();
    let iki_id = r.iki_id.clone();
    let feedback = format!(
        "/umpan-balik?pegawai={}&period={}&rhk={}",
        r.owner_id, r.period_id, r.rhk_id
    );
    // a new or verified entry changes the cumulative value: read the IKI again
    let refresh = {
        let iki_id = iki_id.clone();
        move || {
            let iki_id = iki_id.clone();
            leptos::task::spawn_local(async move {
                if let Ok(fresh) = entri_realisasi(iki_id, None).await {
                    cumulative.set(fresh.realisasi);
                    items.set(fresh.items);
                }
            });
        }
    };
    let refresh2 = refresh.clone();
    let on_saved = Callback::new(move |saved: Realisasi| {
        notice.set(Some(format!(
            "{}: {}",
            saved.sub_period_name,
            t_string!(i18n, realisasi.tersimpan)
        )));
        refresh();
    });
    let on_verified = Callback::new(move |v: Realisasi| {
        notice.set(Some(format!(
            "{}: {}",
            v.sub_period_name,
            super::entry_list::status_label(i18n, v.status)
        )));
        refresh2();
    });
    let satuan_c = satuan.clone();
    view! {
        <section class="panel" aria-labelledby="iki-h">
            <h2 id="iki-h">{r.nama.clone()}</h2>
            <dl class="facts">
                <div><dt>{t!(i18n, skp.iki_target)}</dt><dd>{target} " " {satuan.clone()}</dd></div>
                <div><dt>{t!(i18n, realisasi.kumulatif)}</dt>
                    <dd>{move || cumulative.get().map(|v| format!("{} {}", fmt_num(i18n, v), satuan_c)).unwrap_or_else(|| "–".into())}</dd></div>
            </dl>
            <p><a href=feedback>{t!(i18n, umpan_balik.link)}</a></p>
        </section>
        {r.can_record.then(|| view! { <RecordForm iki_id=iki_id.clone() satuan=satuan.clone() on_saved/> })}
        <section class="panel" aria-labelledby="entri-h">
            <h2 id="entri-h">{t!(i18n, realisasi.riwayat)}</h2>
            <EntryList items satuan can_verify=r.can_verify on_verified/>
        </section>
    }
}
