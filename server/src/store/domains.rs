//! A company's e-mail domains: claims, their TXT challenge, and whether (and since when) the
//! company proved it holds them. Only a verified domain is trusted, and one company at most
//! has a given domain verified (a unique index, so two checks racing cannot both win).

use super::Conn;
use espace_api::CompanyId;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Domain {
    pub company_id: CompanyId,
    pub domain: String,
    /// The value the TXT record must hold.
    pub challenge: String,
    pub claimed_at: i64,
    pub verified_at: Option<i64>,
    pub checked_at: Option<i64>,
    /// When a check found the record gone (the domain is a claim again).
    pub lost_at: Option<i64>,
}

const SELECT: &str =
    "SELECT company_id, domain, challenge, claimed_at, verified_at, checked_at, lost_at FROM company_domains";

pub async fn of_company(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<Domain>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE company_id = $1 ORDER BY domain")).bind(company_id).fetch_all(conn).await
}

pub async fn find(conn: &mut Conn, company_id: CompanyId, domain: &str) -> Result<Option<Domain>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE company_id = $1 AND domain = $2"))
        .bind(company_id)
        .bind(domain)
        .fetch_optional(conn)
        .await
}

/// The company's verified domains.
pub async fn verified(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT domain FROM company_domains WHERE company_id = $1 AND verified_at IS NOT NULL ORDER BY domain",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}

/// Those of `domains` another company has verified (at most `MAX_DOMAINS` asked).
pub async fn verified_by_others(
    conn: &mut Conn,
    company_id: CompanyId,
    domains: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    if domains.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT domain FROM company_domains WHERE company_id <> $1 AND verified_at IS NOT NULL AND domain IN ({})",
        super::placeholders(2, domains.len())
    );
    let mut query = sqlx::query_scalar(&sql).bind(company_id);
    for domain in domains {
        query = query.bind(domain);
    }
    query.fetch_all(conn).await
}

/// The claims become exactly `domains`: new ones get `new_challenge()`, kept ones keep their
/// challenge and their proof, the others go.
pub async fn set_claims(
    conn: &mut Conn,
    company_id: CompanyId,
    domains: &[String],
    now: i64,
    new_challenge: impl Fn() -> String,
) -> Result<(), sqlx::Error> {
    for kept in of_company(conn, company_id).await? {
        if !domains.contains(&kept.domain) {
            sqlx::query("DELETE FROM company_domains WHERE company_id = $1 AND domain = $2")
                .bind(company_id)
                .bind(&kept.domain)
                .execute(&mut *conn)
                .await?;
        }
    }
    for domain in domains {
        sqlx::query(
            "INSERT INTO company_domains (company_id, domain, challenge, claimed_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (company_id, domain) DO NOTHING",
        )
        .bind(company_id)
        .bind(domain)
        .bind(new_challenge())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The record was found: verified (again) as of `now`.
pub async fn mark_verified(conn: &mut Conn, company_id: CompanyId, domain: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE company_domains SET verified_at = COALESCE(verified_at, $3), checked_at = $3, lost_at = NULL
         WHERE company_id = $1 AND domain = $2",
    )
    .bind(company_id)
    .bind(domain)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// A daily check found the record gone: a claim again, to verify anew.
pub async fn mark_lost(conn: &mut Conn, company_id: CompanyId, domain: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE company_domains SET verified_at = NULL, checked_at = $3, lost_at = $3
         WHERE company_id = $1 AND domain = $2",
    )
    .bind(company_id)
    .bind(domain)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Verified domains last checked at or before `before`, oldest first, `limit` at most.
pub async fn due(conn: &mut Conn, before: i64, limit: i64) -> Result<Vec<Domain>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE verified_at IS NOT NULL AND checked_at <= $1 ORDER BY checked_at LIMIT {}",
        limit.max(0)
    ))
    .bind(before)
    .fetch_all(conn)
    .await
}
