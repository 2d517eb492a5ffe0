use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::tindak_lanjut::ledger_ak;
use crate::domain::dto::AngkaKredit;
use crate::domain::kemajuan_ak::TargetAk;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::{query_param, tanggal, PredikatBadge};
use crate::ui::evaluasi::sub_nav::EvaluasiSubNav;
use crate::ui::skp::labels::fmt_num;

/// `/angka-kredit?pegawai=`: a functional employee's angka kredit (the caller's own without
/// `pegawai=`): the progress towards the next pangkat and jenjang, and every ledger entry with
/// the percentage and coefficient it used (corrected entries kept, marked).
#[component]
pub fn AngkaKreditPage() -> impl IntoView {
    let i18n = use_i18n();
    let pegawai = query_param("pegawai");
    let data = Resource::new(move || pegawai.get(), ledger_ak);
    view! {
        <Title text=move || t_string!(i18n, tindak_lanjut.ak_title).to_string()/>
        <div class="page eval-page">
            <h1>{t!(i18n, tindak_lanjut.ak_title)}</h1>
            <EvaluasiSubNav/>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(a) if a.jenjang.is_none() && a.entries.is_empty() => EitherOf3::A(view! {
                            <section class="panel">
                                <h2>{a.name.clone()}</h2>
                                <p class="empty">{t!(i18n, tindak_lanjut.ak_bukan_fungsional)}</p>
                            </section>
                        }),
                        Ok(a) => EitherOf3::B(view! { <Ledger a/> }),
                        Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn Ledger(a: AngkaKredit) -> impl IntoView {
    let i18n = use_i18n();
    let jenjang = a.jenjang.map(|j| j.label());
    let kemajuan = a.kemajuan;
    view! {
        <section class="panel" aria-labelledby="ak-h">
            <h2 id="ak-h">{a.name.clone()}</h2>
            <p class="muted">{a.nip.clone()} " · " {a.jabatan.clone()} {jenjang.map(|j| format!(" · {j}"))}</p>
            <dl class="facts">
                <div><dt>{t!(i18n, tindak_lanjut.ak_total)}</dt><dd><strong>{fmt_num(i18n, a.total)}</strong></dd></div>
                <div><dt>{t!(i18n, tindak_lanjut.ak_total_jenjang)}</dt><dd>{fmt_num(i18n, a.total_jenjang)}</dd></div>
            </dl>
            {kemajuan.map(|k| view! {
                <Kemajuan id="ak-pangkat" label=t_string!(i18n, tindak_lanjut.ak_pangkat) t=k.pangkat/>
                {k.jenjang.map(|t| view! { <Kemajuan id="ak-jenjang" label=t_string!(i18n, tindak_lanjut.ak_jenjang) t/> })}
            })}
        </section>
        <section class="panel" aria-labelledby="ak-entri-h">
            <h2 id="ak-entri-h">{t!(i18n, tindak_lanjut.ak_entries)}</h2>
            {if a.entries.is_empty() {
                view! { <p class="empty">{t!(i18n, tindak_lanjut.ak_empty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list peserta-list">
                        {a.entries.into_iter().map(|x| {
                            let corrected = x.status != "BERLAKU";
                            let class = if corrected { "peserta ak-koreksi" } else { "peserta" };
                            let sumber = if x.sumber == "KEBERATAN" {
                                t_string!(i18n, tindak_lanjut.ak_sumber_keberatan)
                            } else {
                                t_string!(i18n, tindak_lanjut.ak_sumber_kalibrasi)
                            };
                            view! {
                                <li class=class>
                                    <p>
                                        <strong>{x.tahun}</strong> " " <PredikatBadge predikat=x.predikat/>
                                        " " <strong>{fmt_num(i18n, x.angka_kredit)} " AK"</strong>
                                        {corrected.then(|| view! { " " <span class="badge">{t!(i18n, tindak_lanjut.ak_dikoreksi)}</span> })}
                                    </p>
                                    <p class="muted">
                                        {x.jenjang.label()} " · " {t!(i18n, tindak_lanjut.ak_rumus, bulan = x.bulan, persen = fmt_num(i18n, x.persentase), koef = fmt_num(i18n, x.koefisien))}
                                    </p>
                                    <p class="muted">{sumber} " · " {tanggal(&x.created_at)}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Progress towards one threshold, as a labelled `<progress>` and the AK still missing.
#[component]
fn Kemajuan(id: &'static str, label: &'static str, t: TargetAk) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="ak-kemajuan">
            <label for=id>{label} " (" {fmt_num(i18n, t.kebutuhan)} " AK)"</label>
            <progress id=id max="100" value=t.persen>{format!("{:.0} %", t.persen)}</progress>
            <p class="muted">
                {if t.tercapai {
                    t_string!(i18n, tindak_lanjut.ak_tercapai).to_string()
                } else {
                    format!("{:.0} % · {} {}", t.persen, t_string!(i18n, tindak_lanjut.ak_kurang), fmt_num(i18n, t.kurang))
                }}
            </p>
        </div>
    }
}
