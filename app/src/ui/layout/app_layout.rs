use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::components::{Outlet, Redirect};
use leptos_router::hooks::use_location;

use super::main_nav::MainNav;
use crate::api::auth::current_user;
use crate::api::ApiError;
use crate::domain::dto::Me;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::notifikasi::bell::NotificationBell;
use crate::ui::notifikasi::NotifikasiBerubah;

/// The signed-in user, loaded once per visit by the layout (a blocking resource, so the
/// server can still redirect to /login before anything is sent).
#[derive(Clone, Copy)]
pub struct CurrentUser(pub Resource<Result<Option<Me>, ApiError>>);

/// `/login?next=<the page asked for>`, percent-encoding the path and query.
fn login_url(path: &str, query: &str) -> String {
    let next = if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    };
    if next == "/" {
        return "/login".into();
    }
    format!(
        "/login?next={}",
        crate::ui::common::url::encode(&next, true)
    )
}

/// Every page except /login: sends visitors without a session to /login (on the server
/// during SSR, in the browser after hydration), otherwise frames the page.
///
/// The page itself is rendered outside the `Suspense` of the check: what sits inside a
/// `Suspense` is rebuilt several times on the server, and the pages create resources.
#[component]
pub fn AppLayout() -> impl IntoView {
    let me = Resource::new_blocking(|| (), |_| current_user());
    provide_context(CurrentUser(me));
    provide_context(NotifikasiBerubah(RwSignal::new(0)));
    let location = use_location();
    let i18n = use_i18n();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(_)) => EitherOf3::A(()),
                    Ok(None) => {
                        let to = login_url(
                            &location.pathname.get_untracked(),
                            &location.search.get_untracked(),
                        );
                        EitherOf3::B(view! { <Redirect path=to/> })
                    }
                    Err(error) => EitherOf3::C(view! {
                        <div class="page-narrow" role="alert">
                            <h1>{t!(i18n, errors.title)}</h1>
                            <ErrorMessage error/>
                        </div>
                    }),
                }
            })}
        </Suspense>
        <div class="app">
            <header class="topbar">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"R"</span>
                    <span class="brand-name">{t!(i18n, app_name)}</span>
                </a>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        me.await.ok().flatten().map(|user| view! {
                            <div class="topbar-end">
                                <p class="topbar-user">
                                    <span class="topbar-name">{user.name}</span>
                                    <span class="topbar-instansi">{user.instansi_name}</span>
                                </p>
                                <NotificationBell/>
                            </div>
                        })
                    })}
                </Suspense>
            </header>
            <MainNav/>
            <main id="main" class="content" tabindex="-1">
                <Outlet/>
            </main>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn login_url_keeps_the_page() {
        assert_eq!(super::login_url("/", ""), "/login");
        assert_eq!(super::login_url("/profil", ""), "/login?next=/profil");
        assert_eq!(
            super::login_url("/organisasi", "unit=a b&q=x"),
            "/login?next=/organisasi%3Funit%3Da%20b%26q%3Dx"
        );
    }
}
