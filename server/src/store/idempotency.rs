//! Idempotency keys of user creation: the same key and body twice create one user.

use super::Conn;
use espace_api::{CompanyId, UserId};

#[derive(Debug, sqlx::FromRow)]
pub struct Earlier {
    pub user_id: UserId,
    /// SHA-256 of the first request's body (empty for keys from before it was kept).
    pub request_hash: String,
}

pub async fn find(conn: &mut Conn, company_id: CompanyId, key: &str) -> Result<Option<Earlier>, sqlx::Error> {
    sqlx::query_as("SELECT user_id, request_hash FROM idempotency_keys WHERE company_id = $1 AND key = $2")
        .bind(company_id)
        .bind(key)
        .fetch_optional(conn)
        .await
}

pub async fn insert(
    conn: &mut Conn,
    company_id: CompanyId,
    key: &str,
    user_id: UserId,
    request_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO idempotency_keys (company_id, key, user_id, request_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(company_id)
    .bind(key)
    .bind(user_id)
    .bind(request_hash)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Keys older than `before` are forgotten (a retry comes within minutes, not days).
pub async fn purge(conn: &mut Conn, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM idempotency_keys WHERE created_at <= $1").bind(before).execute(conn).await?;
    Ok(done.rows_affected())
}
