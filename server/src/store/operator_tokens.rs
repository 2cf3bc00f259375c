//! Operator tokens for `/api/operator/v1`: only the SHA-256 of the secret is stored.

use espace_api::operator::OperatorToken;

use super::{Conn, Pool};

const SELECT: &str = "SELECT t.id, t.name, t.prefix, o.name AS operator, t.created_at, t.expires_at, t.last_used_at,
        t.revoked_at
    FROM operator_tokens t JOIN operators o ON o.id = t.operator_id";

pub async fn list(conn: &mut Conn) -> Result<Vec<OperatorToken>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} ORDER BY t.created_at DESC, t.id DESC LIMIT 200")).fetch_all(conn).await
}

pub async fn by_id(conn: &mut Conn, id: i64) -> Result<Option<OperatorToken>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE t.id = $1")).bind(id).fetch_optional(conn).await
}

pub struct NewToken<'a> {
    pub operator_id: i64,
    pub name: &'a str,
    pub hash: &'a str,
    pub prefix: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert(conn: &mut Conn, t: &NewToken<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO operator_tokens (operator_id, name, hash, prefix, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(t.operator_id)
    .bind(t.name)
    .bind(t.hash)
    .bind(t.prefix)
    .bind(t.now)
    .bind(t.expires_at)
    .fetch_one(conn)
    .await
}

/// Revokes it now; `false` if there is no such token or it was already revoked.
pub async fn revoke(conn: &mut Conn, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE operator_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL")
        .bind(id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// A live token's id and operator: not revoked, not expired.
pub async fn live(conn: &mut Conn, hash: &str, now: i64) -> Result<Option<(i64, i64, Option<i64>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, operator_id, last_used_at FROM operator_tokens
         WHERE hash = $1 AND revoked_at IS NULL AND expires_at > $2",
    )
    .bind(hash)
    .bind(now)
    .fetch_optional(conn)
    .await
}

pub async fn touch(pool: &Pool, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE operator_tokens SET last_used_at = $2 WHERE id = $1").bind(id).bind(now).execute(pool).await?;
    Ok(())
}
