use leptos::prelude::*;

use super::angka::{csv_href, CsvLink};
use crate::domain::dto::{BandKurva, Dasbor};
use crate::domain::kurva::{bands, KurvaSettings, Sebaran};
use crate::i18n::*;
use crate::ui::evaluasi::sebaran_chart::SebaranChart;

/// The curve's bands for the unit's organisation predikat against the distribution shown (the
/// default settings, as the dashboard checks them); none while the result is not set.
pub fn bands_of(d: &Dasbor) -> Vec<BandKurva> {
    let mut sebaran = Sebaran::default();
    for s in &d.predikat {
        sebaran.add(s.predikat, s.count);
    }
    let total = sebaran.total();
    let settings = KurvaSettings::default();
    let checked = total > 0 && total >= settings.min_group;
    d.organisasi
        .map(bands)
        .unwrap_or_default()
        .into_iter()
        .map(|b| {
            let actual = b.count(&sebaran);
            BandKurva {
                description: b.description(),
                kind: if b.bound.is_ceiling() {
                    "at_most"
                } else {
                    "at_least"
                }
                .into(),
                required: b.bound.head_count(total, settings.rounding),
                holds: !checked || b.bound.holds(actual, total, settings.rounding),
                actual,
                predikat: b.predikat,
            }
        })
        .collect()
}

/// The predikat distribution of the unit's people against the curve of its organisation
/// result (the calibration's chart), the people not rated yet and the breaches.
#[component]
pub fn PredikatPanel(d: Signal<Dasbor>) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || {
        d.with(|d| {
            let total: usize = d.predikat.iter().map(|s| s.count).sum();
            let organisasi = match d.organisasi {
                Some(o) => view! { <p>{t!(i18n, dasbor.organisasi)} " " <strong>{o.label()}</strong></p> }.into_any(),
                None => view! { <p class="muted">{t!(i18n, dasbor.organisasi_belum)}</p> }.into_any(),
            };
            let belum = (d.belum_dinilai > 0).then(|| {
                view! { <p class="muted">{t_string!(i18n, dasbor.belum_dinilai, n = d.belum_dinilai).to_string()}</p> }
            });
            let chart = if total == 0 {
                view! { <p class="empty">{t!(i18n, dasbor.predikat_empty)}</p> }.into_any()
            } else {
                view! { <SebaranChart distribution=d.predikat.clone() bands=bands_of(d) total/> }.into_any()
            };
            let pelanggaran = (!d.pelanggaran.is_empty()).then(|| {
                view! {
                    <div class="violations" role="alert">
                        <h3>{t!(i18n, dasbor.pelanggaran_heading)}</h3>
                        <ul>{d.pelanggaran.iter().map(|v| view! { <li>{v.message.clone()}</li> }).collect_view()}</ul>
                    </div>
                }
            });
            let csv_label = format!(
                "{} — {}",
                t_string!(i18n, dasbor.unduh_csv),
                t_string!(i18n, dasbor.predikat_heading)
            );
            view! {
                {organisasi}
                {belum}
                {chart}
                {pelanggaran}
                <CsvLink href=csv_href("predikat", &d.total.unit_id, &d.periode_id) label=csv_label/>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="dasbor-predikat-h">
            <h2 id="dasbor-predikat-h">{t!(i18n, dasbor.predikat_heading)}</h2>
            {body}
        </section>
    }
}
