//! Single-use links (activation, password reset): only the SHA-256 of the token is stored.

use espace_api::links::LinkPurpose;
use espace_api::UserId;

use super::Conn;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Link {
    pub user_id: UserId,
    pub purpose: LinkPurpose,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub revoked_at: Option<i64>,
    /// 1 when a link of the same purpose sent after this one still works, else 0.
    pub newer_usable: i64,
}

pub async fn insert(
    conn: &mut Conn,
    hash: &str,
    user_id: UserId,
    purpose: LinkPurpose,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO tokens (hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(hash)
        .bind(user_id)
        .bind(purpose)
        .bind(now)
        .bind(expires_at)
        .execute(conn)
        .await?;
    Ok(())
}

/// An activation link due a reminder: unused, working, expiring between `$1` and `$2`, never
/// reminded.
const DUE_REMINDER: &str = "purpose = 'activation' AND used_at IS NULL AND revoked_at IS NULL
    AND reminded_at IS NULL AND expires_at > $1 AND expires_at <= $2";

/// The people whose activation link expires within `within` seconds of `now` and who were not
/// reminded: (person, expiry).
pub async fn due_reminders(conn: &mut Conn, now: i64, within: i64) -> Result<Vec<(UserId, i64)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT user_id, MAX(expires_at) FROM tokens WHERE {DUE_REMINDER} GROUP BY user_id ORDER BY user_id"
    ))
    .bind(now)
    .bind(now + within)
    .fetch_all(conn)
    .await
}

/// `due_reminders` for one person: the expiry of their link due a reminder, if any.
pub async fn due_reminder(conn: &mut Conn, user_id: UserId, now: i64, within: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(&format!("SELECT MAX(expires_at) FROM tokens WHERE {DUE_REMINDER} AND user_id = $3"))
        .bind(now)
        .bind(now + within)
        .bind(user_id)
        .fetch_one(conn)
        .await
}

/// Marks a link as the one a reminder carried.
pub async fn mark_reminded(conn: &mut Conn, hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE tokens SET reminded_at = $1 WHERE hash = $2").bind(now).bind(hash).execute(conn).await?;
    Ok(())
}

/// An invitation that expired unused and was not yet in its inviter's digest.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ExpiredInvitation {
    pub hash: String,
    pub user_id: UserId,
    pub inviter_id: UserId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

/// Activation links that expired unused in (`since`, `now`], of people still invited with no
/// working link, sent by an administrator, never yet told: by inviter, then name.
pub async fn expired_untold(conn: &mut Conn, since: i64, now: i64) -> Result<Vec<ExpiredInvitation>, sqlx::Error> {
    sqlx::query_as(
        "SELECT t.hash, t.user_id, u.invited_by AS inviter_id, u.first_name, u.last_name, u.email
         FROM tokens t JOIN users u ON u.id = t.user_id
         WHERE t.purpose = 'activation' AND t.used_at IS NULL AND t.revoked_at IS NULL
           AND t.expiry_told_at IS NULL AND t.expires_at > $1 AND t.expires_at <= $2
           AND u.status = 'invited' AND u.invited_by IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM tokens k WHERE k.user_id = u.id AND k.purpose = 'activation'
                           AND k.used_at IS NULL AND k.revoked_at IS NULL AND k.expires_at > $2)
         ORDER BY u.invited_by, u.sort_name, u.id",
    )
    .bind(since)
    .bind(now)
    .fetch_all(conn)
    .await
}

/// Marks a link as told in its inviter's digest.
pub async fn mark_expiry_told(conn: &mut Conn, hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE tokens SET expiry_told_at = $1 WHERE hash = $2").bind(now).bind(hash).execute(conn).await?;
    Ok(())
}

pub async fn find(conn: &mut Conn, hash: &str, now: i64) -> Result<Option<Link>, sqlx::Error> {
    sqlx::query_as(
        "SELECT t.user_id, t.purpose, t.expires_at, t.used_at, t.revoked_at,
                CASE WHEN EXISTS (SELECT 1 FROM tokens n WHERE n.user_id = t.user_id AND n.purpose = t.purpose
                                  AND n.created_at >= t.created_at AND n.hash <> t.hash
                                  AND n.used_at IS NULL AND n.revoked_at IS NULL AND n.expires_at > $2)
                     THEN 1 ELSE 0 END AS newer_usable
         FROM tokens t WHERE t.hash = $1",
    )
    .bind(hash)
    .bind(now)
    .fetch_optional(conn)
    .await
}

/// Revokes the user's outstanding links of this purpose, or of every purpose with `None`.
pub async fn revoke(
    conn: &mut Conn,
    user_id: UserId,
    purpose: Option<LinkPurpose>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let outstanding = "used_at IS NULL AND revoked_at IS NULL";
    match purpose {
        Some(purpose) => {
            sqlx::query(&format!(
                "UPDATE tokens SET revoked_at = $1 WHERE user_id = $2 AND purpose = $3 AND {outstanding}"
            ))
            .bind(now)
            .bind(user_id)
            .bind(purpose)
            .execute(conn)
            .await?;
        }
        None => {
            sqlx::query(&format!("UPDATE tokens SET revoked_at = $1 WHERE user_id = $2 AND {outstanding}"))
                .bind(now)
                .bind(user_id)
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}

/// Marks the link used if nobody did first; `false` when it was already used or revoked.
pub async fn mark_used(conn: &mut Conn, hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE tokens SET used_at = $1 WHERE hash = $2 AND used_at IS NULL AND revoked_at IS NULL")
        .bind(now)
        .bind(hash)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// When the user's newest usable link of this purpose stops working.
pub async fn usable_until(
    conn: &mut Conn,
    user_id: UserId,
    purpose: LinkPurpose,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT MAX(expires_at) FROM tokens WHERE user_id = $1 AND purpose = $2
         AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3",
    )
    .bind(user_id)
    .bind(purpose)
    .bind(now)
    .fetch_one(conn)
    .await
}

/// Forgets links spent (used, replaced or expired) before `before`; returns how many.
pub async fn purge(conn: &mut Conn, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM tokens WHERE expires_at <= $1 OR used_at <= $2 OR revoked_at <= $3")
        .bind(before)
        .bind(before)
        .bind(before)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
