use leptos::either::Either;
use leptos::prelude::*;

use super::inovasi_card::InovasiCard;
use crate::api::inovasi::inovasi_per_unit;
use crate::domain::dto::{InovasiUnit, JumlahInovasi};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// A unit's innovations: the counts of the subtree and of each sub-unit (a table; each
/// sub-unit opens its own view) and the newest records with their owners.
#[component]
pub fn UnitPanel(unit: String, period: Memo<Option<String>>) -> impl IntoView {
    let data = Resource::new(
        move || (unit.clone(), period.get()),
        |(u, y)| inovasi_per_unit(Some(u), y),
    );
    view! {
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => Either::Left(view! { <Counts d/> }),
                    Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                }
            })}
        </Transition>
    }
}

fn row(c: JumlahInovasi, link: bool) -> impl IntoView {
    let name = if link {
        let href = format!("/inovasi?unit={}", c.unit_id);
        Either::Left(view! { <a href=href>{c.unit_name}</a> })
    } else {
        Either::Right(c.unit_name)
    };
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="num">{c.total}</td>
            <td class="num">{c.ide}</td>
            <td class="num">{c.prototipe}</td>
            <td class="num">{c.diterapkan}</td>
        </tr>
    }
}

#[component]
fn Counts(d: InovasiUnit) -> impl IntoView {
    let i18n = use_i18n();
    let empty = d.items.is_empty();
    let heading = format!("{} · {}", d.unit.unit_name, d.year);
    let total = d.unit.clone();
    let subs = d.sub_units.into_iter().map(|c| row(c, true)).collect_view();
    let cards = d
        .items
        .into_iter()
        .map(|i| view! { <InovasiCard i show_owner=true/> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="ino-unit-h">
            <h2 id="ino-unit-h">{heading}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ino-unit-h">
                <table class="hasil-360">
                    <caption class="visually-hidden">{t!(i18n, inovasi.tabel_caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, inovasi.unit)}</th>
                            <th scope="col" class="num">{t!(i18n, inovasi.jumlah)}</th>
                            <th scope="col" class="num">"Ide"</th>
                            <th scope="col" class="num">"Prototipe"</th>
                            <th scope="col" class="num">"Diterapkan"</th>
                        </tr>
                    </thead>
                    <tbody>{row(total, false)}{subs}</tbody>
                </table>
            </div>
        </section>
        {empty.then(|| view! { <p class="empty panel">{t!(i18n, inovasi.kosong_unit)}</p> })}
        <ul class="plain-list inovasi-list">{cards}</ul>
    }
}
