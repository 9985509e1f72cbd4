//! Configuration: command-line flags, then `SPIRA_*` environment variables, then an optional TOML
//! file, then defaults that work on a laptop.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

#[derive(Debug, Clone)]
pub struct Config {
    pub bind: String,
    pub data: PathBuf,
    pub database_url: Option<String>,
    pub base_url: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
}

/// The TOML file: every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data: Option<PathBuf>,
    database_url: Option<String>,
    base_url: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    pub fn load(file: Option<&Path>, data: Option<PathBuf>, database_url: Option<String>, bind: Option<String>) -> anyhow::Result<Config> {
        let f: FileConfig = match file {
            Some(p) => {
                let text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
                toml::from_str(&text).with_context(|| format!("parsing {}", p.display()))?
            }
            None => FileConfig::default(),
        };
        let bind = bind.or(f.bind).unwrap_or_else(|| "127.0.0.1:8080".into());
        let base_url = env("SPIRA_BASE_URL").or(f.base_url).unwrap_or_else(|| format!("http://{bind}"));
        Ok(Config {
            data: data.or(f.data).unwrap_or_else(|| PathBuf::from("spira-data")),
            database_url: database_url.or(f.database_url),
            base_url: base_url.trim_end_matches('/').to_string(),
            smtp_url: env("SPIRA_SMTP_URL").or(f.smtp_url),
            mail_from: env("SPIRA_MAIL_FROM").or(f.mail_from).unwrap_or_else(|| "Spira <noreply@spira.invalid>".into()),
            bind,
        })
    }
}
