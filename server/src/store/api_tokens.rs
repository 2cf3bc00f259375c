//! API tokens: only the SHA-256 of the secret is stored.

use espace_api::tokens::Permission;
use espace_api::{CompanyId, EntityId, TokenId, UserId};

use super::{Conn, Pool};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Token {
    pub id: TokenId,
    pub company_id: CompanyId,
    pub name: String,
    pub prefix: String,
    pub permission: Permission,
    /// 0 or 1.
    pub whole_company: i64,
    pub created_by: Option<UserId>,
    pub created_by_name: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

const SELECT_TOKEN: &str = "SELECT t.id, t.company_id, t.name, t.prefix, t.permission, t.whole_company, t.created_by,
        u.first_name || ' ' || u.last_name AS created_by_name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
    FROM api_tokens t LEFT JOIN users u ON u.id = t.created_by";

pub struct NewToken<'a> {
    pub company_id: CompanyId,
    pub name: &'a str,
    pub hash: &'a str,
    pub prefix: &'a str,
    pub permission: Permission,
    pub whole_company: bool,
    pub created_by: UserId,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert(conn: &mut Conn, t: &NewToken<'_>, scope: &[EntityId]) -> Result<TokenId, sqlx::Error> {
    let id: TokenId = sqlx::query_scalar(
        "INSERT INTO api_tokens (company_id, name, hash, prefix, permission, whole_company, created_by, created_at,
             expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(t.company_id)
    .bind(t.name)
    .bind(t.hash)
    .bind(t.prefix)
    .bind(t.permission)
    .bind(i64::from(t.whole_company))
    .bind(t.created_by)
    .bind(t.now)
    .bind(t.expires_at)
    .fetch_one(&mut *conn)
    .await?;
    for entity in scope {
        sqlx::query("INSERT INTO api_token_scopes (token_id, entity_id) VALUES ($1, $2)")
            .bind(id)
            .bind(entity)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// The company's tokens (only those `created_by` made, when given), newest first.
pub async fn list(
    conn: &mut Conn,
    company_id: CompanyId,
    created_by: Option<UserId>,
) -> Result<Vec<Token>, sqlx::Error> {
    let mine = if created_by.is_some() { " AND t.created_by = $2" } else { "" };
    let sql = format!("{SELECT_TOKEN} WHERE t.company_id = $1{mine} ORDER BY t.created_at DESC, t.id DESC");
    let mut query = sqlx::query_as(&sql).bind(company_id);
    if let Some(user) = created_by {
        query = query.bind(user);
    }
    query.fetch_all(conn).await
}

pub async fn in_company(conn: &mut Conn, company_id: CompanyId, id: TokenId) -> Result<Option<Token>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_TOKEN} WHERE t.id = $1 AND t.company_id = $2"))
        .bind(id)
        .bind(company_id)
        .fetch_optional(conn)
        .await
}

pub async fn by_hash(conn: &mut Conn, hash: &str) -> Result<Option<Token>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_TOKEN} WHERE t.hash = $1")).bind(hash).fetch_optional(conn).await
}

/// The entities of each token of the company that has some: `(token, entity id, entity name)`.
pub async fn scopes(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<(TokenId, EntityId, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.token_id, e.id, e.name FROM api_token_scopes s JOIN entities e ON e.id = s.entity_id
         WHERE e.company_id = $1 ORDER BY e.name_key, e.id",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}

pub async fn scope_of(conn: &mut Conn, token_id: TokenId) -> Result<Vec<EntityId>, sqlx::Error> {
    sqlx::query_scalar("SELECT entity_id FROM api_token_scopes WHERE token_id = $1 ORDER BY entity_id")
        .bind(token_id)
        .fetch_all(conn)
        .await
}

pub async fn revoke(conn: &mut Conn, id: TokenId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Marks the token used now; the caller does it at most once a minute (`auth::bearer`), since a
/// write per call would queue every call behind the database's write lock.
pub async fn touch(pool: &Pool, id: TokenId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2").bind(now).bind(id).execute(pool).await?;
    Ok(())
}

pub async fn name_of(conn: &mut Conn, id: TokenId) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT name FROM api_tokens WHERE id = $1").bind(id).fetch_optional(conn).await
}
