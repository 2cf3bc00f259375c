use std::net::SocketAddr;
use std::path::PathBuf;

use ipnet::IpNet;
use thiserror::Error;

/// A setting that must never reach a log: its `Debug` prints a placeholder.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Secret {
        Secret(value)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// Everything the server reads from its environment (see the README's table).
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    pub database_max_connections: u32,
    /// Seconds between the signal to stop and the end of new requests (`ESPACE_DRAIN_SECONDS`),
    /// in which `/api/ready` answers 503 and everything is still served.
    pub drain_secs: u64,
    /// Every write takes the platform's lock instead of its company's (`ESPACE_WRITE_LOCK=
    /// platform`): only to measure the difference (`make bench-tenants`).
    pub platform_lock_only: bool,
    /// Whom a company's people contact when only the provider can help (a suspended company):
    /// an address or a telephone number (`ESPACE_SUPPORT_CONTACT`).
    pub support_contact: Option<String>,
    /// Seconds a request waits for a free database connection before it is answered 503 with
    /// `Retry-After` (`ESPACE_DATABASE_ACQUIRE_SECONDS`).
    pub database_acquire_secs: u64,
    /// The built app (Trunk's `dist/`).
    pub dist_dir: PathBuf,
    /// Mark cookies `Secure`: set when the public URL is https.
    pub secure_cookies: bool,
    /// Seed the demo company into an empty database (`make run` asks for it).
    pub seed_demo: bool,
    /// Where the demo admin's generated password is kept so that every `make run` can print it.
    pub demo_credentials_file: Option<PathBuf>,
    pub session_ttl_secs: i64,
    /// A session unused for this long ends.
    pub session_idle_secs: i64,
    /// The address people open, for links in e-mails; `None` until the listener is bound.
    pub public_url: Option<String>,
    pub activation_ttl_secs: i64,
    /// Serve the outbox at `/api/dev/mailbox` (and so the app's `/dev/mailbox` page).
    pub dev_mailbox: bool,
    /// `smtp://…` or `smtps://…` (lettre's URL form, which may hold a password); without it
    /// e-mails become `.eml` files.
    pub smtp_url: Option<Secret>,
    pub mail_from: String,
    pub outbox_dir: PathBuf,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<IpNet>,
    pub log_format: LogFormat,
    /// Where Prometheus metrics are served (`/metrics`), apart from the public address.
    pub metrics_addr: Option<SocketAddr>,
    /// Seals SSO client secrets at rest (32 bytes, base64). Several instances share one;
    /// unset, a key is kept in `secret_key_file` (made at first start).
    pub secret_key: Option<Secret>,
    pub secret_key_file: PathBuf,
    /// Keep sent e-mails' text and links in the outbox (tests read links there; the dev
    /// mailbox shows them). Off in production: a sent link stays only in the person's mailbox.
    pub keep_sent_mail: bool,
    /// The DNS server that domain checks and outbound requests ask (`ESPACE_DNS_SERVER`, an
    /// `ip:port`), instead of the system's: for tests, with a DNS server of their own.
    pub dns_server: Option<SocketAddr>,
    /// Let requests to identity providers (and later webhooks) go to loopback addresses over
    /// plain http (`ESPACE_ALLOW_LOOPBACK_URLS=1`): for tests, whose provider runs on this
    /// machine. Off, only public https addresses are reached.
    pub allow_loopback_urls: bool,
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {value}")]
    Invalid { name: &'static str, value: String },
    #[error(
        "ESPACE_DEV_MAILBOX=1 shows every e-mail, password links included, to anyone who can reach the server: \
         it is only allowed on a loopback address (ESPACE_ADDR={addr}) with a public URL that is not https \
         ({public_url}). Unset it, or use a real mail server (ESPACE_SMTP_URL)."
    )]
    MailboxExposed { addr: SocketAddr, public_url: String },
}

fn positive(name: &'static str, text: Option<String>, default: i64) -> Result<i64, ConfigError> {
    match text {
        None => Ok(default),
        Some(text) => text.parse().ok().filter(|v| *v > 0).ok_or(ConfigError::Invalid { name, value: text }),
    }
}

impl Config {
    /// A page of the app, as a link from outside (e-mails, the identity provider).
    pub fn page_url(&self, path: &str) -> String {
        format!("{}{path}", self.public_url_or(self.addr))
    }

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
        let activation_hours = positive("ESPACE_ACTIVATION_TTL_HOURS", var("ESPACE_ACTIVATION_TTL_HOURS"), 72)?;
        let ttl_hours = positive("ESPACE_SESSION_TTL_HOURS", var("ESPACE_SESSION_TTL_HOURS"), 12)?;
        let idle_minutes = positive("ESPACE_SESSION_IDLE_MINUTES", var("ESPACE_SESSION_IDLE_MINUTES"), 30)?;
        let max_connections = positive("ESPACE_DATABASE_MAX_CONNECTIONS", var("ESPACE_DATABASE_MAX_CONNECTIONS"), 8)?;
        let trusted_proxies = match var("ESPACE_TRUSTED_PROXIES") {
            None => Vec::new(),
            Some(text) => parse_proxies(&text)
                .ok_or(ConfigError::Invalid { name: "ESPACE_TRUSTED_PROXIES", value: text.clone() })?,
        };
        let log_format = match var("ESPACE_LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => return Err(ConfigError::Invalid { name: "ESPACE_LOG_FORMAT", value: other.into() }),
        };
        Ok(Config {
            addr,
            database_url: var("ESPACE_DATABASE_URL").unwrap_or_else(|| "sqlite://data/espace.db".into()),
            database_max_connections: u32::try_from(max_connections).unwrap_or(u32::MAX),
            database_acquire_secs: u64::try_from(positive(
                "ESPACE_DATABASE_ACQUIRE_SECONDS",
                var("ESPACE_DATABASE_ACQUIRE_SECONDS"),
                i64::try_from(crate::store::ACQUIRE_TIMEOUT.as_secs()).unwrap_or(20),
            )?)
            .unwrap_or(20),
            support_contact: match var("ESPACE_SUPPORT_CONTACT") {
                None => None,
                Some(text) if text.trim().is_empty() => None,
                Some(text) => Some(
                    Some(text.trim().to_owned())
                        .filter(|t| t.chars().count() <= 200 && !t.chars().any(char::is_control))
                        .ok_or(ConfigError::Invalid { name: "ESPACE_SUPPORT_CONTACT", value: text })?,
                ),
            },
            drain_secs: match var("ESPACE_DRAIN_SECONDS") {
                None => 5,
                Some(text) => text
                    .parse()
                    .ok()
                    .filter(|s| *s <= 600)
                    .ok_or(ConfigError::Invalid { name: "ESPACE_DRAIN_SECONDS", value: text })?,
            },
            platform_lock_only: match var("ESPACE_WRITE_LOCK").as_deref() {
                None | Some("company") => false,
                Some("platform") => true,
                Some(other) => return Err(ConfigError::Invalid { name: "ESPACE_WRITE_LOCK", value: other.into() }),
            },
            dist_dir: var("ESPACE_DIST_DIR").unwrap_or_else(|| "dist".into()).into(),
            secure_cookies,
            seed_demo: var("ESPACE_SEED_DEMO").is_some_and(|v| v == "1"),
            demo_credentials_file: Some(
                var("ESPACE_DEMO_CREDENTIALS").unwrap_or_else(|| "data/demo-admin.txt".into()).into(),
            ),
            session_ttl_secs: ttl_hours.saturating_mul(3600),
            session_idle_secs: idle_minutes.saturating_mul(60),
            public_url: public_url.map(|u| u.trim_end_matches('/').to_owned()),
            activation_ttl_secs: activation_hours.saturating_mul(3600),
            dev_mailbox: var("ESPACE_DEV_MAILBOX").is_some_and(|v| v == "1"),
            smtp_url: var("ESPACE_SMTP_URL").map(Secret::new),
            mail_from: var("ESPACE_MAIL_FROM").unwrap_or_else(|| "Espace <no-reply@espace.localhost>".into()),
            outbox_dir: var("ESPACE_OUTBOX_DIR").unwrap_or_else(|| "data/outbox".into()).into(),
            trusted_proxies,
            log_format,
            metrics_addr: match var("ESPACE_METRICS_ADDR") {
                None => None,
                Some(text) => {
                    Some(text.parse().map_err(|_| ConfigError::Invalid { name: "ESPACE_METRICS_ADDR", value: text })?)
                }
            },
            secret_key: var("ESPACE_SECRET_KEY").map(Secret::new),
            secret_key_file: var("ESPACE_SECRET_KEY_FILE").unwrap_or_else(|| "data/secret.key".into()).into(),
            keep_sent_mail: false,
            dns_server: match var("ESPACE_DNS_SERVER") {
                None => None,
                Some(text) => {
                    Some(text.parse().map_err(|_| ConfigError::Invalid { name: "ESPACE_DNS_SERVER", value: text })?)
                }
            },
            allow_loopback_urls: var("ESPACE_ALLOW_LOOPBACK_URLS").is_some_and(|v| v == "1"),
        })
    }

    /// The key that seals SSO client secrets: the setting, or the key file (made, readable by
    /// this user only, when missing).
    pub fn load_secret_key(&mut self) -> Result<Secret, ConfigError> {
        let invalid = |name: &'static str| ConfigError::Invalid { name, value: "(not shown)".into() };
        let key = match &self.secret_key {
            Some(key) => key.clone(),
            None => match std::fs::read_to_string(&self.secret_key_file) {
                Ok(text) => Secret::new(text.trim().to_owned()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    let key = crate::seal::new_key();
                    write_private(&self.secret_key_file, key.expose())
                        .map_err(|_| invalid("ESPACE_SECRET_KEY_FILE"))?;
                    key
                }
                Err(_) => return Err(invalid("ESPACE_SECRET_KEY_FILE")),
            },
        };
        crate::seal::seal(&key, "").map_err(|_| invalid("ESPACE_SECRET_KEY"))?;
        self.secret_key = Some(key.clone());
        Ok(key)
    }

    /// Settings that are fine one by one but dangerous together.
    pub fn check(&self) -> Result<(), ConfigError> {
        let public_url = self.public_url_or(self.addr);
        if self.dev_mailbox && (!self.addr.ip().is_loopback() || public_url.starts_with("https://")) {
            return Err(ConfigError::MailboxExposed { addr: self.addr, public_url });
        }
        Ok(())
    }

    /// A configuration for tests: a temporary database, the demo seeded, no demo file.
    pub fn for_tests(database_url: String, dist_dir: PathBuf) -> Config {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            database_url,
            database_max_connections: 8,
            drain_secs: 0,
            platform_lock_only: false,
            support_contact: Some("support@provider.example".to_owned()),
            database_acquire_secs: crate::store::ACQUIRE_TIMEOUT.as_secs(),
            dist_dir,
            secure_cookies: false,
            seed_demo: true,
            demo_credentials_file: None,
            session_ttl_secs: 12 * 3600,
            session_idle_secs: 30 * 60,
            public_url: None,
            activation_ttl_secs: 72 * 3600,
            dev_mailbox: false,
            smtp_url: None,
            mail_from: "Espace <no-reply@espace.localhost>".into(),
            outbox_dir: std::env::temp_dir().join(format!("espace-outbox-{}", std::process::id())),
            trusted_proxies: Vec::new(),
            log_format: LogFormat::Text,
            metrics_addr: None,
            secret_key: Some(crate::seal::new_key()),
            secret_key_file: PathBuf::from("data/secret.key"),
            keep_sent_mail: true,
            dns_server: None,
            // The tests' identity provider runs on this machine.
            allow_loopback_urls: true,
        }
    }
}

fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

/// "10.0.0.0/8, 192.168.1.7": networks or single addresses, comma- or space-separated.
pub fn parse_proxies(text: &str) -> Option<Vec<IpNet>> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<IpNet>().ok().or_else(|| s.parse::<std::net::IpAddr>().ok().map(IpNet::from)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let config = Config {
            smtp_url: Some(Secret::new("smtp://user:hunter2@relay:587".into())),
            ..Config::for_tests("sqlite::memory:".into(), "dist".into())
        };
        let printed = format!("{config:?}");
        assert!(!printed.contains("hunter2"), "{printed}");
    }

    #[test]
    fn the_mailbox_is_refused_off_loopback_or_on_https() {
        let mut config = Config::for_tests("sqlite::memory:".into(), "dist".into());
        config.dev_mailbox = true;
        assert!(config.check().is_ok());
        config.public_url = Some("https://espace.example".into());
        assert!(config.check().is_err());
        config.public_url = None;
        config.addr = "0.0.0.0:8080".parse().unwrap();
        assert!(config.check().is_err());
    }

    #[test]
    fn proxies_are_networks_or_addresses() {
        let proxies = parse_proxies("10.0.0.0/8, 192.168.1.7 ::1").unwrap();
        assert_eq!(proxies.len(), 3);
        assert!(proxies[1].contains(&"192.168.1.7".parse::<std::net::IpAddr>().unwrap()));
        assert!(parse_proxies("10.0.0.0/8, nonsense").is_none());
    }
}
