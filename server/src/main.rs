use std::process::ExitCode;

use app::backend::auth::credential;
use app::backend::backup;
use app::backend::repo::{akun, instansi};
use app::backend::Db;
use app::domain::nip::Nip;
use app::domain::role::Role;
use clap::Parser;
use server::cli::{Cli, Command, SeedCommand, TokenCommand, UserCommand};
use server::{import, router, seed, state, AppState};
use sqlx::Row;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=error".into()),
        )
        .init();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rantai: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    // a restore goes into a file that must not exist yet: before anything opens (creates) it
    if let Some(Command::Restore { file }) = &cli.command {
        let isi = backup::restore(&cli.database_url, file).await?;
        print_json(&isi);
        return Ok(());
    }
    let db = Db::connect(&cli.database_url).await?;
    db.migrate().await?;
    // cargo-leptos runs the binary with no arguments: serve, configured by the environment.
    let command = cli.command.unwrap_or(Command::Serve {
        addr: std::env::var("LEPTOS_SITE_ADDR")
            .ok()
            .and_then(|a| a.parse().ok())
            .unwrap_or(([127, 0, 0, 1], 3000).into()),
        seed_demo: std::env::var("RANTAI_SEED_DEMO").is_ok_and(|v| v == "1" || v == "true"),
    });
    match command {
        Command::Serve { addr, seed_demo } => {
            if seed_demo {
                let s = seed::demo::run(&db).await?;
                tracing::info!(
                    employees = s.employees,
                    units = s.units,
                    "demo agency ready"
                );
            }
            serve(db, addr).await?
        }
        Command::Migrate => println!("migrations applied ({})", db.backend.name()),
        Command::Backup { file } => print_json(&backup::backup(&db, &file).await?),
        // handled above, before the target is opened
        Command::Restore { .. } => {}
        Command::Seed(SeedCommand::Demo) => print_json(&seed::demo::run(&db).await?),
        Command::Seed(SeedCommand::Synthetic { employees, seed }) => {
            print_json(&seed::synthetic::run(&db, employees, seed).await?)
        }
        Command::Import {
            kind,
            file,
            instansi,
        } => {
            let inst = resolve_instansi(&db, instansi.as_deref()).await?;
            let started = std::time::Instant::now();
            match import::run(&db, &inst, None, kind, &file).await {
                Ok(report) => println!(
                    "{} rows imported in {:.2} s",
                    report.rows,
                    started.elapsed().as_secs_f64()
                ),
                Err(e) => {
                    for d in &e.details {
                        eprintln!(
                            "row {}, column {}: {}",
                            d.row.unwrap_or(0),
                            d.field,
                            d.message
                        );
                    }
                    return Err(Box::new(e));
                }
            }
        }
        Command::User(UserCommand::Create {
            username,
            password,
            roles,
            nip,
            instansi,
        }) => {
            let inst = resolve_instansi(&db, instansi.as_deref()).await?;
            let roles = roles
                .iter()
                .map(|r| Role::from_code(r).ok_or_else(|| format!("unknown role '{r}'")))
                .collect::<Result<Vec<_>, _>>()?;
            let pegawai_id = match nip {
                Some(n) => {
                    let nip = Nip::parse(&n).map_err(|e| e.to_string())?;
                    let row =
                        sqlx::query("SELECT id FROM pegawai WHERE instansi_id = $1 AND nip = $2")
                            .bind(&inst)
                            .bind(nip.as_str())
                            .fetch_optional(&db.pool)
                            .await?
                            .ok_or("no employee with that NIP")?;
                    Some(row.get::<String, _>("id"))
                }
                None => None,
            };
            let mut tx = db.begin().await?;
            let id = akun::create(
                &mut tx,
                &inst,
                None,
                akun::NewAkun {
                    username: &username,
                    password: &password,
                    pegawai_id: pegawai_id.as_deref(),
                    roles: &roles,
                },
            )
            .await?;
            tx.commit().await?;
            println!("account {username} created ({id})");
        }
        Command::Token(TokenCommand::Create {
            username,
            name,
            days,
        }) => {
            let row = akun::find_for_login(&db.pool, &username)
                .await?
                .ok_or("no such account")?;
            let token =
                credential::create_token(&db, &row.instansi_id, &row.id, &name, days).await?;
            println!("{token}");
        }
    }
    Ok(())
}

async fn serve(db: Db, addr: std::net::SocketAddr) -> Result<(), Box<dyn std::error::Error>> {
    credential::purge_expired(&db).await?;
    let app = router(AppState::new(db.clone(), state::leptos_options(addr)));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("Rantai listening on http://{addr} ({})", db.backend.name());
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}

/// The instansi named by its code, or the only one in the database.
async fn resolve_instansi(
    db: &Db,
    kode: Option<&str>,
) -> Result<String, Box<dyn std::error::Error>> {
    if let Some(k) = kode {
        return Ok(instansi::find_by_kode(&db.pool, k)
            .await?
            .ok_or("no instansi with that code")?);
    }
    let rows = sqlx::query("SELECT instansi_id FROM instansi")
        .fetch_all(&db.pool)
        .await?;
    match rows.as_slice() {
        [one] => Ok(one.get("instansi_id")),
        [] => Err("the database has no instansi yet: run `rantai seed demo` or create one".into()),
        _ => Err("several instansi: name one with --instansi KODE".into()),
    }
}

fn print_json<T: serde::Serialize>(v: &T) {
    println!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
}
