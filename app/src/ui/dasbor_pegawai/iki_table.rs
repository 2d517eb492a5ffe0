use leptos::prelude::*;

use super::labels::{model, nilai, persen};
use crate::domain::dto::{IkiKemajuan, ProyeksiIki};
use crate::i18n::*;
use crate::ui::common::url::encode;
use crate::ui::skp::labels::{aspek_label, fmt_num};

/// An RHK's IKI: target, cumulative realisasi (with the way to its entries) and the year-end
/// projection with its model and inputs. On a phone each row stacks, labelled by its column.
#[component]
pub fn IkiTable(iki: Vec<IkiKemajuan>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = iki
        .into_iter()
        .map(|k| view! { <IkiRow k/> })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="dp-iki">
                <caption class="visually-hidden">{t!(i18n, dasbor_saya.iki_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, dasbor_saya.col_indikator)}</th>
                        <th scope="col">{t!(i18n, dasbor_saya.col_target)}</th>
                        <th scope="col">{t!(i18n, dasbor_saya.col_realisasi)}</th>
                        <th scope="col">{t!(i18n, dasbor_saya.col_proyeksi)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn IkiRow(k: IkiKemajuan) -> impl IntoView {
    let i18n = use_i18n();
    let aspek = k.aspek;
    let satuan = k.satuan.clone();
    let target = nilai(i18n, k.target, &satuan);
    let real = k.realisasi.map(|r| nilai(i18n, r, &satuan));
    let href = format!("/realisasi?iki={}", encode(&k.iki_id, false));
    let indikator = k.indikator.clone();
    let link_label = move || {
        t_string!(
            i18n,
            dasbor_saya.link_realisasi_label,
            indikator = indikator.clone()
        )
        .to_string()
    };
    let proyeksi = match k.proyeksi {
        Some(p) => view! { <Proyeksi p satuan=satuan.clone()/> }.into_any(),
        None => view! { <span class="muted">{t!(i18n, dasbor_saya.belum_ada)}</span> }.into_any(),
    };
    view! {
        <tr>
            <th scope="row" data-label=move || t_string!(i18n, dasbor_saya.col_indikator)>
                {aspek.map(|a| view! { <span class="dp-aspek">{move || aspek_label(i18n, a)}</span> " " })}
                {k.indikator.clone()}
            </th>
            <td class="num" data-label=move || t_string!(i18n, dasbor_saya.col_target)>{target}</td>
            <td class="num" data-label=move || t_string!(i18n, dasbor_saya.col_realisasi)>
                {match real {
                    Some(r) => view! { <span>{r}</span> }.into_any(),
                    None => view! { <span class="muted">{t!(i18n, dasbor_saya.belum_ada)}</span> }.into_any(),
                }}
                " " <a href=href aria-label=link_label class="dp-link-small">{t!(i18n, dasbor_saya.link_realisasi)}</a>
            </td>
            <td data-label=move || t_string!(i18n, dasbor_saya.col_proyeksi)>{proyeksi}</td>
        </tr>
    }
}

/// The projected value, "model: k dari n subperiode, laju …" and whether it falls short.
#[component]
fn Proyeksi(p: ProyeksiIki, satuan: String) -> impl IntoView {
    let i18n = use_i18n();
    let value = nilai(i18n, p.nilai, &satuan);
    let code = p.model.clone();
    let (k, n) = (p.dilaporkan, p.jumlah_sub);
    let laju = fmt_num(i18n, (p.laju * 100.0).round() / 100.0);
    let detail = move || {
        t_string!(
            i18n,
            dasbor_saya.model_text,
            model = model(i18n, &code),
            k = k,
            n = n,
            laju = laju.clone()
        )
        .to_string()
    };
    let short = persen(p.kekurangan);
    let badge = if p.kurang {
        view! {
            <span class="badge dp-kurang">
                <span aria-hidden="true">"▼ "</span>{t!(i18n, dasbor_saya.kurang)}
            </span>
            " " <span class="small">{t!(i18n, dasbor_saya.kurang_pct, pct = short)}</span>
        }
        .into_any()
    } else {
        view! { <span class="badge status-ok">{t!(i18n, dasbor_saya.tercapai)}</span> }.into_any()
    };
    view! {
        <strong class="num">{value}</strong>
        <span class="dp-model small muted">{detail}</span>
        <span class="dp-proyeksi-flag">{badge}</span>
    }
}
