//! The `email_changes` table: links that confirm a new sign-in e-mail, and links that undo it
//! from the old address. Only the SHA-256 of each token is kept.

use espace_api::UserId;

use super::Conn;

/// Which link of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Confirm,
    Undo,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Confirm => "confirm",
            Kind::Undo => "undo",
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Change {
    pub user_id: UserId,
    pub old_email: String,
    pub new_email: String,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub struct NewChange<'a> {
    pub token_hash: &'a str,
    pub user_id: UserId,
    pub kind: Kind,
    pub old_email: &'a str,
    pub new_email: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert(conn: &mut Conn, c: &NewChange<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO email_changes (token_hash, user_id, kind, old_email, new_email, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(c.token_hash)
    .bind(c.user_id)
    .bind(c.kind.as_str())
    .bind(c.old_email)
    .bind(c.new_email)
    .bind(c.now)
    .bind(c.expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The link of this kind with this hash, used or not.
pub async fn find(conn: &mut Conn, token_hash: &str, kind: Kind) -> Result<Option<Change>, sqlx::Error> {
    sqlx::query_as(
        "SELECT user_id, old_email, new_email, expires_at, used_at FROM email_changes
         WHERE token_hash = $1 AND kind = $2",
    )
    .bind(token_hash)
    .bind(kind.as_str())
    .fetch_optional(conn)
    .await
}

/// Uses the link if nobody has; whether this call did.
pub async fn mark_used(conn: &mut Conn, token_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE email_changes SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
        .bind(now)
        .bind(token_hash)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Ends the person's unused confirmation links: a newer request, or an undo, replaces them.
pub async fn cancel_pending(conn: &mut Conn, user_id: UserId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE email_changes SET used_at = $1 WHERE user_id = $2 AND kind = 'confirm' AND used_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}
