//! Every e-mail the server writes, queued in the transaction of the change that caused it,
//! then delivered one by one by `mail::deliver`.

use espace_api::mail::{DeliveryFailure, EmailKind, UndeliveredEmail};
use espace_api::{Language, UserId};

use super::Conn;

pub struct NewEmail<'a> {
    /// The recipient, when they are a user (their page shows an e-mail that did not arrive).
    pub user_id: Option<UserId>,
    pub kind: EmailKind,
    pub to: &'a str,
    pub language: Language,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
    pub link: Option<&'a str>,
    pub now: i64,
}

pub async fn insert(conn: &mut Conn, e: &NewEmail<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO outbox (user_id, kind, to_address, language, subject, body_text, body_html, link, created_at,
             next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(e.user_id)
    .bind(e.kind)
    .bind(e.to)
    .bind(e.language)
    .bind(e.subject)
    .bind(e.text)
    .bind(e.html)
    .bind(e.link)
    .bind(e.now)
    .bind(e.now)
    .fetch_one(conn)
    .await
}

/// A message taken for one delivery attempt.
#[derive(Debug, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// Including this one.
    pub attempts: i64,
}

/// Takes up to `limit` messages that are due and held by no other loop, for `lease_secs`:
/// if this process dies mid-delivery, another picks them up when the lease ends.
pub async fn claim_due(conn: &mut Conn, now: i64, lease_secs: i64, limit: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    sqlx::query_as(
        "UPDATE outbox SET lease_until = $1, attempts = attempts + 1
         WHERE id IN (SELECT id FROM outbox
                      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2
                        AND (lease_until IS NULL OR lease_until <= $3)
                      ORDER BY next_attempt_at, id LIMIT $4)
         RETURNING id, to_address, subject, body_text, body_html, attempts",
    )
    .bind(now + lease_secs)
    .bind(now)
    .bind(now)
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// Sent. Unless `keep` (the dev mailbox, tests), the text and the link go: a sent message's
/// link is the person's alone, and a copy in the database would be a way in for whoever
/// reads it (a backup, a support query).
pub async fn mark_sent(conn: &mut Conn, id: i64, now: i64, keep: bool) -> Result<(), sqlx::Error> {
    let sql = if keep {
        "UPDATE outbox SET sent_at = $1, lease_until = NULL, last_error = NULL WHERE id = $2"
    } else {
        "UPDATE outbox SET sent_at = $1, lease_until = NULL, last_error = NULL, body_text = '', body_html = '',
             link = NULL WHERE id = $2"
    };
    sqlx::query(sql).bind(now).bind(id).execute(conn).await?;
    Ok(())
}

pub async fn retry_at(conn: &mut Conn, id: i64, next_attempt_at: i64, error: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET next_attempt_at = $1, lease_until = NULL, last_error = $2 WHERE id = $3")
        .bind(next_attempt_at)
        .bind(error)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn give_up(
    conn: &mut Conn,
    id: i64,
    now: i64,
    failure: DeliveryFailure,
    error: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET failed_at = $1, failure = $2, lease_until = NULL, last_error = $3 WHERE id = $4")
        .bind(now)
        .bind(failure)
        .bind(error)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(Debug, sqlx::FromRow)]
struct Latest {
    kind: EmailKind,
    to_address: String,
    failed_at: Option<i64>,
    failure: Option<DeliveryFailure>,
}

/// The user's latest e-mail, when it was given up: a later one that left supersedes it.
pub async fn undelivered(conn: &mut Conn, user_id: UserId) -> Result<Option<UndeliveredEmail>, sqlx::Error> {
    let latest: Option<Latest> = sqlx::query_as(
        "SELECT kind, to_address, failed_at, failure FROM outbox WHERE user_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    Ok(latest
        .and_then(|l| Some(UndeliveredEmail { kind: l.kind, reason: l.failure?, to: l.to_address, at: l.failed_at? })))
}

#[derive(Debug, Default, sqlx::FromRow)]
pub struct Stats {
    /// Waiting to leave (including those waiting for a retry).
    pub pending: i64,
    /// Given up.
    pub failed: i64,
}

pub async fn stats(pool: &super::Pool) -> Result<Stats, sqlx::Error> {
    sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END), 0) AS pending,
                COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS failed
         FROM outbox",
    )
    .fetch_one(pool)
    .await
}

#[derive(Debug, sqlx::FromRow)]
pub struct Recent {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub link: Option<String>,
    pub created_at: i64,
}

/// The newest messages, for the developer mailbox.
pub async fn recent(conn: &mut Conn, limit: i64) -> Result<Vec<Recent>, sqlx::Error> {
    sqlx::query_as("SELECT id, to_address, subject, body_text, link, created_at FROM outbox ORDER BY id DESC LIMIT $1")
        .bind(limit)
        .fetch_all(conn)
        .await
}
