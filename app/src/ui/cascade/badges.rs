use leptos::prelude::*;

use crate::domain::cascade::Flag;
use crate::i18n::*;

pub fn flag_label(i18n: leptos_i18n::I18nContext<Locale>, f: Flag) -> &'static str {
    match f {
        Flag::Orphan => t_string!(i18n, flags.orphan),
        Flag::Unsupported => t_string!(i18n, flags.unsupported),
        Flag::Overloaded => t_string!(i18n, flags.overloaded),
        Flag::HighRisk => t_string!(i18n, flags.high_risk),
        Flag::TargetMismatch => t_string!(i18n, flags.target_mismatch),
    }
}

/// The warnings of a result (orphan, unsupported, …) as badges with a warning sign.
#[component]
pub fn FlagBadges(flags: Vec<Flag>) -> impl IntoView {
    let i18n = use_i18n();
    (!flags.is_empty()).then(|| {
        view! {
            <span class="flags">
                {flags
                    .into_iter()
                    .map(|f| {
                        let class = format!("badge warn flag-{}", f.code().replace('_', "-"));
                        view! {
                            <span class=class>
                                <span aria-hidden="true">"⚠ "</span>
                                {move || flag_label(i18n, f)}
                            </span>
                            " "
                        }
                    })
                    .collect_view()}
            </span>
        }
    })
}

/// Progress (0–1) as a bar with the percentage as text; "no progress yet" when unknown.
#[component]
pub fn ProgressBar(
    value: Option<f64>,
    /// Set when a visible label ("Capaian") already names it.
    #[prop(optional)]
    labelled: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    match value {
        Some(v) => {
            let pct = (v.clamp(0.0, 1.0) * 100.0).round() as i64;
            let style = format!("width: {pct}%");
            leptos::either::Either::Left(view! {
                <span class="progress">
                    <span class="progress-bar" aria-hidden="true">
                        <span class="progress-fill" style=style></span>
                    </span>
                    <span class="progress-text">
                        {(!labelled).then(|| view! { <span class="visually-hidden">{t!(i18n, skp.progress)} " "</span> })}
                        {format!("{pct}%")}
                    </span>
                </span>
            })
        }
        None => leptos::either::Either::Right(view! {
            <span class="progress progress-none muted">{t!(i18n, skp.progress_none)}</span>
        }),
    }
}
