use std::net::SocketAddr;
use std::path::PathBuf;

use thiserror::Error;

/// Everything the server reads from its environment (see the README's table).
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    /// The built app (Trunk's `dist/`).
    pub dist_dir: PathBuf,
    /// Mark cookies `Secure`: set when the public URL is https.
    pub secure_cookies: bool,
    /// Seed the demo company into an empty database.
    pub seed_demo: bool,
    /// Where the demo admin's generated password is kept so that every `make run` can print it.
    pub demo_credentials_file: Option<PathBuf>,
    pub session_ttl_secs: i64,
    /// The address people open, for links in e-mails; `None` until the listener is bound.
    pub public_url: Option<String>,
    pub activation_ttl_secs: i64,
    /// Serve the outbox at `/api/dev/mailbox` (and so the app's `/dev/mailbox` page).
    pub dev_mailbox: bool,
    /// `smtp://…` or `smtps://…` (lettre's URL form); without it e-mails become `.eml` files.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub outbox_dir: PathBuf,
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {value}")]
    Invalid { name: &'static str, value: String },
}

impl Config {
    /// The public URL, defaulting to the bound address.
    pub fn public_url_or(&self, addr: SocketAddr) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{addr}"))
    }

    pub fn from_env() -> Result<Config, ConfigError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let addr_text = var("ESPACE_ADDR").unwrap_or_else(|| "127.0.0.1:8080".into());
        let addr =
            addr_text.parse().map_err(|_| ConfigError::Invalid { name: "ESPACE_ADDR", value: addr_text.clone() })?;
        let public_url = var("ESPACE_PUBLIC_URL");
        let secure_cookies = public_url.as_deref().is_some_and(|u| u.starts_with("https://"));
        let activation_text = var("ESPACE_ACTIVATION_TTL_HOURS").unwrap_or_else(|| "72".into());
        let activation_hours: i64 = activation_text
            .parse()
            .ok()
            .filter(|h| *h > 0)
            .ok_or(ConfigError::Invalid { name: "ESPACE_ACTIVATION_TTL_HOURS", value: activation_text })?;
        let ttl_text = var("ESPACE_SESSION_TTL_HOURS").unwrap_or_else(|| "12".into());
        let ttl_hours: i64 = ttl_text
            .parse()
            .ok()
            .filter(|h| *h > 0)
            .ok_or(ConfigError::Invalid { name: "ESPACE_SESSION_TTL_HOURS", value: ttl_text })?;
        Ok(Config {
            addr,
            database_url: var("ESPACE_DATABASE_URL").unwrap_or_else(|| "sqlite://data/espace.db".into()),
            dist_dir: var("ESPACE_DIST_DIR").unwrap_or_else(|| "dist".into()).into(),
            secure_cookies,
            seed_demo: var("ESPACE_SEED_DEMO").is_none_or(|v| v != "0"),
            demo_credentials_file: Some(
                var("ESPACE_DEMO_CREDENTIALS").unwrap_or_else(|| "data/demo-admin.txt".into()).into(),
            ),
            session_ttl_secs: ttl_hours * 3600,
            public_url: public_url.map(|u| u.trim_end_matches('/').to_owned()),
            activation_ttl_secs: activation_hours * 3600,
            dev_mailbox: var("ESPACE_DEV_MAILBOX").is_some_and(|v| v == "1"),
            smtp_url: var("ESPACE_SMTP_URL"),
            mail_from: var("ESPACE_MAIL_FROM").unwrap_or_else(|| "Espace <no-reply@espace.localhost>".into()),
            outbox_dir: var("ESPACE_OUTBOX_DIR").unwrap_or_else(|| "data/outbox".into()).into(),
        })
    }

    /// A configuration for tests: an in-memory-like temporary database, no demo file.
    pub fn for_tests(database_url: String, dist_dir: PathBuf) -> Config {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            database_url,
            dist_dir,
            secure_cookies: false,
            seed_demo: true,
            demo_credentials_file: None,
            session_ttl_secs: 12 * 3600,
            public_url: None,
            activation_ttl_secs: 72 * 3600,
            dev_mailbox: false,
            smtp_url: None,
            mail_from: "Espace <no-reply@espace.localhost>".into(),
            outbox_dir: std::env::temp_dir().join(format!("espace-outbox-{}", std::process::id())),
        }
    }
}
