use app::backend::Db;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub leptos_options: LeptosOptions,
    /// The open dashboards' shared feeds (`crate::live`).
    pub live: crate::live::Hub,
}

impl AppState {
    pub fn new(db: Db, leptos_options: LeptosOptions) -> AppState {
        AppState {
            live: crate::live::Hub::default(),
            db,
            leptos_options,
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(s: &AppState) -> Self {
        s.leptos_options.clone()
    }
}

impl FromRef<AppState> for Db {
    fn from_ref(s: &AppState) -> Self {
        s.db.clone()
    }
}

/// Leptos options from the environment that cargo-leptos sets, with defaults that work when
/// the binary runs on its own (site files in `target/site`).
pub fn leptos_options(addr: std::net::SocketAddr) -> LeptosOptions {
    let env = |k: &str, d: &str| std::env::var(k).unwrap_or_else(|_| d.to_string());
    LeptosOptions::builder()
        .output_name(env("LEPTOS_OUTPUT_NAME", "rantai"))
        .site_root(env("LEPTOS_SITE_ROOT", "target/site"))
        .site_pkg_dir(env("LEPTOS_SITE_PKG_DIR", "pkg"))
        .site_addr(addr)
        .reload_port(
            env("LEPTOS_RELOAD_PORT", "3001")
                .parse::<u32>()
                .unwrap_or(3001),
        )
        .build()
}
