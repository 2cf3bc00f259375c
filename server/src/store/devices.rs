//! The `known_devices` table: the browsers each person has signed in from, by the SHA-256 of
//! their device cookie.

use espace_api::UserId;

use super::Conn;

/// Whether the person has signed in from any browser before.
pub async fn any(conn: &mut Conn, user_id: UserId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM known_devices WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

/// Marks the device seen now; whether it was known already.
pub async fn seen(conn: &mut Conn, user_id: UserId, device_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query("UPDATE known_devices SET last_seen_at = $1 WHERE user_id = $2 AND device_hash = $3")
        .bind(now)
        .bind(user_id)
        .bind(device_hash)
        .execute(&mut *conn)
        .await?;
    if updated.rows_affected() > 0 {
        return Ok(true);
    }
    sqlx::query(
        "INSERT INTO known_devices (user_id, device_hash, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (user_id, device_hash) DO NOTHING",
    )
    .bind(user_id)
    .bind(device_hash)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(false)
}

/// Whether this device has signed in to the account with this (normalised) e-mail before.
pub async fn known_for_email(conn: &mut Conn, email_norm: &str, device_hash: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM known_devices d JOIN users u ON u.id = d.user_id
         WHERE u.email_norm = $1 AND d.device_hash = $2",
    )
    .bind(email_norm)
    .bind(device_hash)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Forgets the browsers unseen since `unseen_since` (their cookie has expired); returns how many.
pub async fn purge(conn: &mut Conn, unseen_since: i64) -> Result<u64, sqlx::Error> {
    let done =
        sqlx::query("DELETE FROM known_devices WHERE last_seen_at <= $1").bind(unseen_since).execute(conn).await?;
    Ok(done.rows_affected())
}
