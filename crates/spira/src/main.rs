//! `spira`: serve the web application, apply migrations, load demo data, and operator tasks.

mod config;
mod demo;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Parser, Subcommand};
use spira_store::Db;

use crate::config::Config;

#[derive(Parser)]
#[command(name = "spira", version, about = "Innovation networks for the Nordic public sector")]
struct Cli {
    /// Data folder: the SQLite database and uploaded files.
    #[arg(long, global = true, env = "SPIRA_DATA")]
    data: Option<PathBuf>,
    /// PostgreSQL instead of SQLite: postgres://user:pass@host/db
    #[arg(long, global = true, env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
    /// An optional TOML file with the same settings (flags and environment win).
    #[arg(long, global = true, env = "SPIRA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web pages and the API, and run the e-mail worker.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "SPIRA_BIND")]
        bind: Option<String>,
        /// Load the demo data first and print its logins.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Load the demo data (idempotent) and print one line per login: `email password role`.
    Demo,
    /// Personal API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create a personal API token for an account and print it.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "cli")]
        name: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account (or update its name) and print a sign-in link; `--admin` makes it a
    /// platform admin.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        admin: bool,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SPIRA_LOG").unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let bind_flag = match &cli.command {
        Command::Serve { bind, .. } => bind.clone(),
        _ => None,
    };
    let config = Config::load(cli.config.as_deref(), cli.data.clone(), cli.database_url.clone(), bind_flag)?;
    let started = Instant::now();
    let db = open(&config).await?;
    match cli.command {
        Command::Migrate => {
            println!("migrations applied ({})", db.backend());
        }
        Command::Demo => demo::load_and_print(&db, &config).await?,
        Command::Serve { demo, .. } => {
            if demo {
                demo::load_and_print(&db, &config).await?;
            }
            serve(db.clone(), config, started).await?;
        }
        Command::Token { command: TokenCommand::Create { email, name } } => {
            let email = spira_domain::accounts::Email::parse(&email).map_err(|c| anyhow::anyhow!("invalid e-mail: {c}"))?;
            let app = spira_app::App::new(db.clone(), config.base_url.clone());
            let token = match spira_app::accounts::operator::create_token_for(&app, &email, &name).await {
                Err(spira_app::accounts::AccountsError::Common(spira_app::Common::NotFound)) => {
                    anyhow::bail!("no account with the e-mail address {email}")
                }
                other => other?,
            };
            println!("{token}");
        }
        Command::User { command: UserCommand::Create { email, name, admin } } => {
            let email = spira_domain::accounts::Email::parse(&email).map_err(|c| anyhow::anyhow!("invalid e-mail: {c}"))?;
            let app = spira_app::App::new(db.clone(), config.base_url.clone());
            let link = spira_app::accounts::operator::create_with_link(&app, &email, &name, admin).await?;
            println!("{link}");
        }
    }
    db.close().await;
    Ok(())
}

async fn open(config: &Config) -> anyhow::Result<Db> {
    let db = match &config.database_url {
        Some(url) => Db::connect(url).await.context("connecting to the database")?,
        None => Db::open_sqlite_in(&config.data).await.with_context(|| format!("opening the database in {}", config.data.display()))?,
    };
    db.migrate().await.context("applying migrations")?;
    Ok(db)
}

async fn serve(db: Db, config: Config, started: Instant) -> anyhow::Result<()> {
    let state = spira_web::AppState::new(
        db.clone(),
        spira_web::WebConfig { base_url: config.base_url.clone(), smtp_configured: config.smtp_url.is_some() },
    );
    let app = spira_web::router(state.clone());
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker = match &config.smtp_url {
        Some(url) => {
            let mailer = spira_mail::Mailer::from_url(url, &config.mail_from).context("SPIRA_SMTP_URL")?;
            let clock = state.app.clone();
            let now = move || spira_store::Timestamp::from(clock.now());
            Some(tokio::spawn(spira_mail::run(db.clone(), mailer, now, Duration::from_secs(5), stop_rx)))
        }
        None => {
            tracing::warn!("no SPIRA_SMTP_URL: e-mail is kept in the outbox and logged, not sent");
            None
        }
    };
    // Timed and background work as jobs (admission's timed work every minute, pruning daily):
    // scheduled with a dedupe key and claimed under a lease, so several `spira serve` processes
    // may run side by side and no job runs twice.
    let ticker = tokio::spawn(spira_app::jobs::run(state.app.clone(), Duration::from_secs(15), stop_tx.subscribe()));
    let listener = tokio::net::TcpListener::bind(&config.bind).await.with_context(|| format!("binding {}", config.bind))?;
    tracing::info!(
        address = %listener.local_addr()?,
        backend = db.backend(),
        startup_ms = started.elapsed().as_millis() as u64,
        "Spira is serving"
    );
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).with_graceful_shutdown(shutdown_signal()).await?;
    let _ = stop_tx.send(true);
    let _ = ticker.await;
    if let Some(w) = worker {
        let _ = w.await;
    }
    Ok(())
}

/// Ctrl-C or SIGTERM (what service managers and CI send): finish the requests in flight, then stop.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
    tracing::info!("shutting down");
}
