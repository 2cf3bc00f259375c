//! Two-step sign-in: the `authenticators`, `recovery_codes` and `sign_in_challenges` tables.
//! Secrets are stored sealed, codes and challenge cookies as SHA-256 only.

use espace_api::UserId;

use super::Conn;

/// A person's authenticator app row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Authenticator {
    /// Sealed; `None` until a first code confirmed a setup.
    pub secret: Option<String>,
    /// Sealed; the setup under way.
    pub pending_secret: Option<String>,
    pub last_step: i64,
}

pub async fn authenticator(conn: &mut Conn, user_id: UserId) -> Result<Option<Authenticator>, sqlx::Error> {
    sqlx::query_as("SELECT secret, pending_secret, last_step FROM authenticators WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(conn)
        .await
}

/// Whether the person has a second step set up: an authenticator app or a passkey.
pub async fn has_second_step(conn: &mut Conn, user_id: UserId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM authenticators WHERE user_id = $1 AND secret IS NOT NULL)
              + (SELECT COUNT(*) FROM passkeys WHERE user_id = $1)",
    )
    .bind(user_id)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Keeps `sealed` as the setup under way (a confirmed app goes on working meanwhile).
pub async fn set_pending(conn: &mut Conn, user_id: UserId, sealed: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO authenticators (user_id, pending_secret) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET pending_secret = excluded.pending_secret",
    )
    .bind(user_id)
    .bind(sealed)
    .execute(conn)
    .await?;
    Ok(())
}

/// The pending secret becomes the app's, with `step` used.
pub async fn confirm(conn: &mut Conn, user_id: UserId, step: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE authenticators SET secret = pending_secret, pending_secret = NULL, last_step = $2, confirmed_at = $3
         WHERE user_id = $1 AND pending_secret IS NOT NULL",
    )
    .bind(user_id)
    .bind(step)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Marks `step` used if it is later than the last one used; whether it was (a code replayed,
/// or an earlier one, is refused).
pub async fn use_step(conn: &mut Conn, user_id: UserId, step: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE authenticators SET last_step = $2 WHERE user_id = $1 AND last_step < $2")
        .bind(user_id)
        .bind(step)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Removes the person's app, passkeys and recovery codes: no second step left.
pub async fn remove_all(conn: &mut Conn, user_id: UserId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM authenticators WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM passkeys WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(conn).await?;
    Ok(())
}

/// Replaces the person's recovery codes with these hashes.
pub async fn replace_recovery_codes(conn: &mut Conn, user_id: UserId, hashes: &[String]) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    for hash in hashes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(user_id)
            .bind(hash)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Uses the recovery code with this hash if it is the person's and unused; whether it was.
pub async fn use_recovery_code(conn: &mut Conn, user_id: UserId, hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL")
            .bind(user_id)
            .bind(hash)
            .bind(now)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn recovery_codes_left(conn: &mut Conn, user_id: UserId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .fetch_one(conn)
        .await
}

pub async fn insert_challenge(
    conn: &mut Conn,
    id_hash: &str,
    user_id: UserId,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO sign_in_challenges (id_hash, user_id, expires_at) VALUES ($1, $2, $3)")
        .bind(id_hash)
        .bind(user_id)
        .bind(expires_at)
        .execute(conn)
        .await?;
    Ok(())
}

/// The person a live challenge is for.
pub async fn challenge_user(conn: &mut Conn, id_hash: &str, now: i64) -> Result<Option<UserId>, sqlx::Error> {
    sqlx::query_scalar("SELECT user_id FROM sign_in_challenges WHERE id_hash = $1 AND expires_at > $2")
        .bind(id_hash)
        .bind(now)
        .fetch_optional(conn)
        .await
}

pub async fn delete_challenge(conn: &mut Conn, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sign_in_challenges WHERE id_hash = $1").bind(id_hash).execute(conn).await?;
    Ok(())
}

/// Removes challenges past their time (second steps and password-less passkey sign-ins);
/// how many.
pub async fn purge_challenges(conn: &mut Conn, now: i64) -> Result<u64, sqlx::Error> {
    let done =
        sqlx::query("DELETE FROM sign_in_challenges WHERE expires_at <= $1").bind(now).execute(&mut *conn).await?;
    let passkey = sqlx::query("DELETE FROM passkey_sign_ins WHERE expires_at <= $1").bind(now).execute(conn).await?;
    Ok(done.rows_affected() + passkey.rows_affected())
}

/// Whether the person has an authenticator app (not only passkeys).
pub async fn has_app(conn: &mut Conn, user_id: UserId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM authenticators WHERE user_id = $1 AND secret IS NOT NULL")
        .bind(user_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}
