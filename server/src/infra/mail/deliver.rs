//! Delivery of the outbox: each message is tried on its own. A message that cannot be built
//! or that the relay refuses for good is given up at once with a reason; one that meets a
//! passing failure is tried again later, with exponential backoff, and given up after a few
//! tries. One message never holds up the others.

use std::path::PathBuf;
use std::time::Duration;

use espace_api::mail::DeliveryFailure;
use lettre::message::{Mailbox, MultiPart};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use thiserror::Error;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::store::{self, Pool};

/// Tries before a message that keeps meeting passing failures is given up.
pub const MAX_ATTEMPTS: i64 = 8;
/// Wait after the first passing failure; doubled at each further one, up to `MAX_BACKOFF_SECS`.
pub const FIRST_BACKOFF_SECS: i64 = 30;
pub const MAX_BACKOFF_SECS: i64 = 3600;
/// How long a loop holds the messages it took; another instance takes them over after that.
const LEASE_SECS: i64 = 120;
const BATCH: i64 = 20;

#[derive(Debug, Error)]
pub enum MailerError {
    #[error("ESPACE_MAIL_FROM is not an address: {0}")]
    From(#[from] lettre::address::AddressError),
    #[error("ESPACE_SMTP_URL is not usable: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
}

/// The way out, built once at start: an SMTP relay, or `.eml` files in a folder.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    /// Keep a sent message's text and link in the outbox (`Config::keep_sent_mail`).
    keep_sent: bool,
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

impl Mailer {
    pub fn new(config: &Config) -> Result<Mailer, MailerError> {
        let from: Mailbox = config.mail_from.parse()?;
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())?
                    .timeout(Some(Duration::from_secs(30)))
                    .build(),
            ),
            None => Transport::Files(config.outbox_dir.clone()),
        };
        Ok(Mailer { from, transport, keep_sent: config.keep_sent_mail || config.dev_mailbox })
    }
}

/// What became of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Sent,
    /// Worth another try later.
    Retry(String),
    GiveUp(DeliveryFailure, String),
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
}

/// The recipient as SMTP can carry it: an internationalised domain in its ASCII (punycode)
/// form, so only a non-ASCII local part still needs the relay's SMTPUTF8.
fn recipient(address: &str) -> Result<Mailbox, DeliveryFailure> {
    let (local, domain) = address.trim().rsplit_once('@').ok_or(DeliveryFailure::InvalidAddress)?;
    let domain = idna::domain_to_ascii(domain).map_err(|_| DeliveryFailure::InvalidAddress)?;
    let address = Address::new(local, domain).map_err(|_| DeliveryFailure::InvalidAddress)?;
    Ok(Mailbox::new(None, address))
}

fn build(from: &Mailbox, m: &store::outbox::Claimed) -> Result<Message, DeliveryFailure> {
    Message::builder()
        .from(from.clone())
        .to(recipient(&m.to_address)?)
        .subject(&m.subject)
        .multipart(MultiPart::alternative_plain_html(m.body_text.clone(), m.body_html.clone()))
        .map_err(|_| DeliveryFailure::InvalidAddress)
}

async fn send(mailer: &Mailer, m: &store::outbox::Claimed) -> Outcome {
    let message = match build(&mailer.from, m) {
        Ok(message) => message,
        Err(failure) => return Outcome::GiveUp(failure, "the message could not be built".into()),
    };
    match &mailer.transport {
        Transport::Smtp(smtp) => match smtp.send(message).await {
            Ok(_) => Outcome::Sent,
            Err(e) if e.is_permanent() => Outcome::GiveUp(DeliveryFailure::Rejected, e.to_string()),
            // lettre refuses, before any command, a non-ASCII address the relay cannot carry.
            Err(e) if e.is_client() && !m.to_address.is_ascii() => {
                Outcome::GiveUp(DeliveryFailure::Smtputf8Unsupported, e.to_string())
            }
            Err(e) => Outcome::Retry(e.to_string()),
        },
        Transport::Files(dir) => {
            let write = async {
                tokio::fs::create_dir_all(dir).await?;
                tokio::fs::write(dir.join(format!("{:06}.eml", m.id)), message.formatted()).await
            };
            match write.await {
                Ok(()) => Outcome::Sent,
                Err(e) => Outcome::Retry(e.to_string()),
            }
        }
    }
}

/// Seconds to wait after the `attempts`-th try failed for a passing reason.
pub fn backoff(attempts: i64) -> i64 {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    FIRST_BACKOFF_SECS.saturating_mul(1 << doublings).min(MAX_BACKOFF_SECS)
}

/// One pass at time `now` (a parameter, so tests can move the clock): takes what is due,
/// tries each message once, records each outcome. Never logs the bodies (they hold links).
pub async fn deliver_due(pool: &Pool, mailer: &Mailer, now: i64) -> Result<Report, sqlx::Error> {
    let claimed = {
        let mut tx = store::write(pool, store::Lock::Platform).await?;
        let claimed = store::outbox::claim_due(&mut tx, now, LEASE_SECS, BATCH).await?;
        tx.commit().await?;
        claimed
    };
    let mut report = Report::default();
    for m in claimed {
        let outcome = send(mailer, &m).await;
        let mut conn = pool.acquire().await?;
        match outcome {
            Outcome::Sent => {
                store::outbox::mark_sent(&mut conn, m.id, store::now(), mailer.keep_sent).await?;
                report.sent += 1;
            }
            Outcome::Retry(error) if m.attempts < MAX_ATTEMPTS => {
                tracing::warn!(message = m.id, attempts = m.attempts, %error, "e-mail not delivered; will retry");
                store::outbox::retry_at(&mut conn, m.id, now + backoff(m.attempts), &error).await?;
                report.retried += 1;
            }
            Outcome::Retry(error) => {
                tracing::warn!(message = m.id, attempts = m.attempts, %error, "e-mail given up after retries");
                store::outbox::give_up(&mut conn, m.id, now, DeliveryFailure::Unreachable, &error).await?;
                report.failed += 1;
            }
            Outcome::GiveUp(failure, error) => {
                tracing::warn!(message = m.id, reason = failure.as_str(), %error, "e-mail given up");
                store::outbox::give_up(&mut conn, m.id, now, failure, &error).await?;
                report.failed += 1;
            }
        }
    }
    Ok(report)
}

/// Delivers every few seconds until `stop`; a failing pass is logged and the next one runs.
pub fn spawn_loop(pool: Pool, mailer: Mailer, stop: CancellationToken) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(2));
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                () = stop.cancelled() => break,
                _ = interval.tick() => {}
            }
            match deliver_due(&pool, &mailer, store::now()).await {
                Ok(report) if report == Report::default() => {}
                Ok(report) => tracing::info!(?report, "e-mail delivery pass"),
                Err(e) => tracing::warn!(error = %e, "e-mail delivery pass failed; will run again"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff(1), 30);
        assert_eq!(backoff(2), 60);
        assert_eq!(backoff(3), 120);
        assert_eq!(backoff(20), 3600);
    }

    #[test]
    fn internationalised_domains_go_out_as_punycode() {
        let mailbox = recipient("zoe@exemple-é.fr").unwrap();
        assert_eq!(mailbox.email.to_string(), "zoe@xn--exemple--i1a.fr");
        assert!(recipient("no-at-sign").is_err());
    }
}
