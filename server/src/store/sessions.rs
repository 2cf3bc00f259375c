//! Sign-in sessions: only the SHA-256 of the cookie's value is stored.

use espace_api::users::{Role, UserStatus};
use espace_api::Language;
use espace_api::{CompanyId, EntityId, UserId};

use super::{Conn, Pool};

/// The person behind a live session.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionUser {
    pub id: UserId,
    pub company_id: CompanyId,
    pub entity_id: EntityId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub language: Language,
    pub consent_version: Option<String>,
    pub consent_at: Option<i64>,
    pub last_seen_at: i64,
}

pub async fn insert(
    conn: &mut Conn,
    id_hash: &str,
    user_id: UserId,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id_hash)
    .bind(user_id)
    .bind(now)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The user of a session that is neither past its lifetime nor idle since `idle_since`, and
/// whose account still lets them in: active, or locked (a lock stops new password sign-ins,
/// not the person already at work).
pub async fn user(pool: &Pool, id_hash: &str, now: i64, idle_since: i64) -> Result<Option<SessionUser>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.company_id, u.entity_id, u.first_name, u.last_name, u.email, u.role, u.language, u.consent_version,
                u.consent_at, s.last_seen_at
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.status IN ($4, $5)",
    )
    .bind(id_hash)
    .bind(now)
    .bind(idle_since)
    .bind(UserStatus::Active)
    .bind(UserStatus::Locked)
    .fetch_optional(pool)
    .await
}

/// Marks the session used now (the idle clock starts again).
pub async fn touch(pool: &Pool, id_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
        .bind(now)
        .bind(id_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete(pool: &Pool, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(pool).await?;
    Ok(())
}

/// Ends every session of the user.
pub async fn delete_for_user(conn: &mut Conn, user_id: UserId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(conn).await?;
    Ok(())
}

/// Ends every session of the user but `keep`.
pub async fn delete_others(conn: &mut Conn, user_id: UserId, keep: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
        .bind(user_id)
        .bind(keep)
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes sessions past their lifetime or idle since `idle_since`; returns how many.
pub async fn purge(conn: &mut Conn, now: i64, idle_since: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(idle_since)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
