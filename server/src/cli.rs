//! The `rantai` command line.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "rantai",
    version,
    about = "Rantai: kinerja ASN (PermenPANRB 6/2022)"
)]
pub struct Cli {
    /// Database: a SQLite file path or sqlite:// URL (default), or a postgres:// URL.
    #[arg(long, env = "DATABASE_URL", default_value = "rantai.db", global = true)]
    pub database_url: String,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Runs the web server (the default command). Migrations run first.
    Serve {
        /// Listen address.
        #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
        addr: SocketAddr,
        /// Creates the demo agency first (once; it is idempotent).
        #[arg(long, env = "RANTAI_SEED_DEMO", value_parser = clap::builder::BoolishValueParser::new())]
        seed_demo: bool,
    },
    /// Applies the database migrations and exits.
    Migrate,
    /// Fills the database with data.
    #[command(subcommand)]
    Seed(SeedCommand),
    /// Imports units, employees or strategic goals (sasaran) from a CSV or XLSX file (all rows
    /// or none).
    Import {
        /// What the file holds.
        kind: crate::import::Kind,
        /// The .csv or .xlsx file.
        file: PathBuf,
        /// The instansi's code (needed when the database holds several).
        #[arg(long)]
        instansi: Option<String>,
    },
    /// Takes an online backup of the SQLite database into FILE (a new file), checked.
    Backup { file: PathBuf },
    /// Restores a backup FILE into the SQLite file that DATABASE_URL names (which must not
    /// exist yet or be empty). PostgreSQL: pg_dump / pg_restore.
    Restore { file: PathBuf },
    /// Manages accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manages API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Subcommand, Debug)]
pub enum SeedCommand {
    /// The demo agency: a Pemerintah Kota with ~1,500 employees and the demo accounts.
    Demo,
    /// A large synthetic agency for benchmarks.
    Synthetic {
        /// Number of employees.
        #[arg(long)]
        employees: usize,
        /// Random seed: the same seed gives the same agency.
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Creates an account.
    Create {
        #[arg(long)]
        username: String,
        /// At least 8 characters.
        #[arg(long, env = "RANTAI_PASSWORD")]
        password: String,
        /// Granted roles: admin, auditor (others follow from the organisation).
        #[arg(long = "role")]
        roles: Vec<String>,
        /// Links the account to the employee with this NIP.
        #[arg(long)]
        nip: Option<String>,
        /// The instansi's code (needed when the database holds several).
        #[arg(long)]
        instansi: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum TokenCommand {
    /// Issues an API token for an account and prints it once.
    Create {
        #[arg(long)]
        username: String,
        /// What the token is for (e.g. "ekspor payroll").
        #[arg(long)]
        name: String,
        /// Days until it expires (default: never).
        #[arg(long)]
        days: Option<i64>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// The README documents `RANTAI_SEED_DEMO=1`; clap's plain bool refused "1" for `serve`.
    #[test]
    fn seed_demo_flag_and_its_spellings() {
        let serve = |args: &[&str]| match Cli::try_parse_from(args).map(|c| c.command) {
            Ok(Some(Command::Serve { seed_demo, .. })) => Ok(seed_demo),
            Ok(_) => panic!("not serve"),
            Err(e) => Err(e.kind()),
        };
        std::env::remove_var("RANTAI_SEED_DEMO");
        assert_eq!(serve(&["rantai", "serve"]), Ok(false));
        assert_eq!(serve(&["rantai", "serve", "--seed-demo"]), Ok(true));
        // the spellings the README and scripts use, through the environment (no other test
        // of this crate reads this variable)
        for (v, want) in [("1", true), ("true", true), ("0", false), ("false", false)] {
            std::env::set_var("RANTAI_SEED_DEMO", v);
            assert_eq!(
                serve(&["rantai", "serve"]),
                Ok(want),
                "RANTAI_SEED_DEMO={v}"
            );
        }
        std::env::remove_var("RANTAI_SEED_DEMO");
    }
}
