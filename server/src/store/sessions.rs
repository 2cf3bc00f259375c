//! Sign-in sessions: only the SHA-256 of the cookie's value is stored.

use espace_api::users::{Role, UserStatus};
use espace_api::{CompanyId, EntityId, Language, UserId};

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
    /// The privacy policy's version in effect now, to be accepted.
    pub policy_version: String,
    pub last_seen_at: i64,
    /// Who the company requires a second step of.
    pub second_step_policy: espace_api::second_step::SecondStepPolicy,
    /// 1 when the person has a second step set up.
    pub has_second_step: i64,
    /// 1 for a session opened through the company's identity provider.
    pub via_sso: i64,
}

/// A session being opened, with what its owner will recognise it by.
pub struct NewSession<'a> {
    pub id_hash: &'a str,
    /// The handle the session lists show and end it with.
    pub public_id: &'a str,
    pub user_id: UserId,
    pub now: i64,
    pub expires_at: i64,
    pub user_agent: &'a str,
    pub address: &'a str,
}

pub async fn insert(conn: &mut Conn, s: &NewSession<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, public_id, user_id, created_at, last_seen_at, expires_at, user_agent, address)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(s.id_hash)
    .bind(s.public_id)
    .bind(s.user_id)
    .bind(s.now)
    .bind(s.now)
    .bind(s.expires_at)
    .bind(s.user_agent)
    .bind(s.address)
    .execute(conn)
    .await?;
    Ok(())
}

/// A live session in its owner's list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Listed {
    pub public_id: String,
    pub user_agent: String,
    pub address: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    /// 1 for the session whose hash was given as the current one.
    pub current: i64,
}

/// The user's live sessions (neither past their lifetime nor idle since `idle_since`), the
/// most recently used first; `current_hash` marks the one the request comes from.
pub async fn live_for_user(
    conn: &mut Conn,
    user_id: UserId,
    current_hash: &str,
    now: i64,
    idle_since: i64,
) -> Result<Vec<Listed>, sqlx::Error> {
    sqlx::query_as(
        "SELECT public_id, user_agent, address, created_at, last_seen_at,
                CASE WHEN id_hash = $2 THEN 1 ELSE 0 END AS current
         FROM sessions
         WHERE user_id = $1 AND expires_at > $3 AND last_seen_at > $4 AND public_id IS NOT NULL
         ORDER BY current DESC, last_seen_at DESC, created_at DESC",
    )
    .bind(user_id)
    .bind(current_hash)
    .bind(now)
    .bind(idle_since)
    .fetch_all(conn)
    .await
}

/// Ends the user's session with this handle; whether there was one. Another person's handle
/// ends nothing.
pub async fn delete_listed(conn: &mut Conn, user_id: UserId, public_id: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND public_id = $2")
        .bind(user_id)
        .bind(public_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The user of a session that is neither past its lifetime nor idle since `idle_since`, and
/// whose account still lets them in: active, or locked (a lock stops new password sign-ins,
/// not the person already at work).
pub async fn user(pool: &Pool, id_hash: &str, now: i64, idle_since: i64) -> Result<Option<SessionUser>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT u.id, u.company_id, u.entity_id, u.first_name, u.last_name, u.email, u.role, u.language, u.consent_version,
                u.consent_at, {} AS policy_version, s.last_seen_at,
                c.second_step_policy, s.via_sso,
                CASE WHEN EXISTS (SELECT 1 FROM authenticators a WHERE a.user_id = u.id AND a.secret IS NOT NULL)
                       OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id)
                     THEN 1 ELSE 0 END AS has_second_step
         FROM sessions s JOIN users u ON u.id = s.user_id JOIN companies c ON c.id = u.company_id
         WHERE s.id_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.status IN ($4, $5)
           AND c.status = 'active'",
        super::policies::current_sql(now)
    ))
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
