//! The privacy policy's published versions, and which one is in effect.

use espace_api::links::PRIVACY_POLICY_VERSION;
use espace_api::privacy::PublishPolicy;

use super::Conn;

/// The version in effect at `now` (the newest whose day has come; the built-in one before any
/// is published), as an SQL expression. `now` is the server's own integer, written into the
/// statement; the built-in version is a constant of the code.
pub fn current_sql(now: i64) -> String {
    format!(
        "COALESCE((SELECT p.version FROM privacy_policies p WHERE p.effective_at <= {now}
                   ORDER BY p.effective_at DESC, p.published_at DESC LIMIT 1), '{PRIVACY_POLICY_VERSION}')"
    )
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Policy {
    pub version: String,
    pub effective_at: i64,
    pub text_en: String,
    pub text_fr: String,
    pub changes_en: String,
    pub changes_fr: String,
    pub published_at: i64,
    pub published_by: Option<String>,
    /// People who accepted it.
    pub accepted: i64,
}

const SELECT: &str = "SELECT p.version, p.effective_at, p.text_en, p.text_fr, p.changes_en, p.changes_fr,
        p.published_at, o.name AS published_by,
        (SELECT COUNT(*) FROM users u WHERE u.consent_version = p.version) AS accepted
    FROM privacy_policies p LEFT JOIN operators o ON o.id = p.published_by";

/// The version in effect at `now`, if one was published.
pub async fn current(conn: &mut Conn, now: i64) -> Result<Option<Policy>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE p.effective_at <= $1 ORDER BY p.effective_at DESC, p.published_at DESC LIMIT 1"
    ))
    .bind(now)
    .fetch_optional(conn)
    .await
}

/// Every published version, the newest day first.
pub async fn list(conn: &mut Conn) -> Result<Vec<Policy>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} ORDER BY p.effective_at DESC, p.published_at DESC")).fetch_all(conn).await
}

pub async fn exists(conn: &mut Conn, version: &str) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM privacy_policies WHERE version = $1")
        .bind(version)
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

pub async fn insert(
    conn: &mut Conn,
    p: &PublishPolicy,
    effective_at: i64,
    now: i64,
    operator: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO privacy_policies (version, effective_at, text_en, text_fr, changes_en, changes_fr, published_at,
             published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(p.version.trim())
    .bind(effective_at)
    .bind(&p.text_en)
    .bind(&p.text_fr)
    .bind(&p.changes_en)
    .bind(&p.changes_fr)
    .bind(now)
    .bind(operator)
    .execute(conn)
    .await?;
    Ok(())
}
