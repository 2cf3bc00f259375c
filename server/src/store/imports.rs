//! Committed parts of bulk imports: their reports, for idempotency and the download.

use super::Conn;
use espace_api::{CompanyId, UserId};

#[derive(Debug, sqlx::FromRow)]
pub struct Part {
    pub part: i64,
    pub actor_id: Option<UserId>,
    pub request_hash: String,
    pub report: String,
}

pub async fn find(conn: &mut Conn, company_id: CompanyId, batch: &str, part: i64) -> Result<Option<Part>, sqlx::Error> {
    sqlx::query_as(
        "SELECT part, actor_id, request_hash, report FROM import_parts WHERE company_id = $1 AND batch = $2 AND part = $3",
    )
    .bind(company_id)
    .bind(batch)
    .bind(part)
    .fetch_optional(conn)
    .await
}

pub struct NewPart<'a> {
    pub company_id: CompanyId,
    pub batch: &'a str,
    pub part: i64,
    pub actor_id: UserId,
    pub request_hash: &'a str,
    pub report: &'a str,
    pub now: i64,
}

pub async fn insert(conn: &mut Conn, p: &NewPart<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO import_parts (company_id, batch, part, actor_id, request_hash, report, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(p.company_id)
    .bind(p.batch)
    .bind(p.part)
    .bind(p.actor_id)
    .bind(p.request_hash)
    .bind(p.report)
    .bind(p.now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every part of a batch, in order.
pub async fn parts(conn: &mut Conn, company_id: CompanyId, batch: &str) -> Result<Vec<Part>, sqlx::Error> {
    sqlx::query_as(
        "SELECT part, actor_id, request_hash, report FROM import_parts WHERE company_id = $1 AND batch = $2 ORDER BY part",
    )
    .bind(company_id)
    .bind(batch)
    .fetch_all(conn)
    .await
}
