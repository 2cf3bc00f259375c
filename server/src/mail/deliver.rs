use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use thiserror::Error;

use crate::db;
use crate::state::AppState;

#[derive(Debug, Error)]
pub enum DeliveryError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("address: {0}")]
    Address(#[from] lettre::address::AddressError),
    #[error("message: {0}")]
    Message(#[from] lettre::error::Error),
    #[error("smtp: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("outbox folder: {0}")]
    Io(#[from] std::io::Error),
}

#[derive(sqlx::FromRow)]
struct Pending {
    id: i64,
    to_address: String,
    subject: String,
    body_text: String,
    body_html: String,
}

/// A multipart (text + HTML) message, as lettre builds it.
fn message(from: &str, p: &Pending) -> Result<Message, DeliveryError> {
    Ok(Message::builder()
        .from(from.parse::<Mailbox>()?)
        .to(p.to_address.parse::<Mailbox>()?)
        .subject(&p.subject)
        .multipart(MultiPart::alternative_plain_html(p.body_text.clone(), p.body_html.clone()))?)
}

/// Delivers what is waiting; returns how many left. Never logs the bodies (they hold links).
pub async fn deliver_pending(state: &AppState) -> Result<usize, DeliveryError> {
    let pending: Vec<Pending> = sqlx::query_as(
        "SELECT id, to_address, subject, body_text, body_html FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 50",
    )
    .fetch_all(&state.pool)
    .await?;
    if pending.is_empty() {
        return Ok(0);
    }
    let smtp = match &state.config.smtp_url {
        Some(url) => Some(AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build()),
        None => {
            std::fs::create_dir_all(&state.config.outbox_dir)?;
            None
        }
    };
    let mut sent = 0;
    for p in pending {
        let message = message(&state.config.mail_from, &p)?;
        match &smtp {
            Some(transport) => {
                transport.send(message).await?;
            }
            None => {
                let path = state.config.outbox_dir.join(format!("{:06}.eml", p.id));
                tokio::fs::write(path, message.formatted()).await?;
            }
        }
        sqlx::query("UPDATE outbox SET sent_at = ? WHERE id = ?")
            .bind(db::now())
            .bind(p.id)
            .execute(&state.pool)
            .await?;
        sent += 1;
    }
    Ok(sent)
}

/// Every few seconds, for as long as the server lives.
pub fn spawn_loop(state: AppState) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(3));
        loop {
            interval.tick().await;
            match deliver_pending(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(count = n, "e-mails delivered"),
                Err(e) => tracing::warn!(error = %e, "e-mail delivery failed; will retry"),
            }
        }
    });
}
