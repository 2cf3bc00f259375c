//! The provider's catalogue: the services it offers every company.

use espace_api::catalogue::{ProviderService, ProviderServiceRequest};

use super::Conn;

const SELECT: &str = "SELECT id, name_en, name_fr, description_en, description_fr, url FROM provider_services";

pub async fn list(conn: &mut Conn) -> Result<Vec<ProviderService>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} ORDER BY name_en, id")).fetch_all(conn).await
}

pub async fn by_id(conn: &mut Conn, id: i64) -> Result<Option<ProviderService>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE id = $1")).bind(id).fetch_optional(conn).await
}

/// Whether another service already has this English name (names are the catalogue's key).
pub async fn name_taken(conn: &mut Conn, name_en: &str, except: Option<i64>) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM provider_services WHERE name_en = $1 AND id <> $2")
        .bind(name_en)
        .bind(except.unwrap_or(0))
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

pub async fn insert(conn: &mut Conn, s: &ProviderServiceRequest, now: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO provider_services (name_en, name_fr, description_en, description_fr, url, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(s.name_en.trim())
    .bind(s.name_fr.trim())
    .bind(s.description_en.trim())
    .bind(s.description_fr.trim())
    .bind(s.url.trim())
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn update(conn: &mut Conn, id: i64, s: &ProviderServiceRequest) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE provider_services SET name_en = $2, name_fr = $3, description_en = $4, description_fr = $5, url = $6
         WHERE id = $1",
    )
    .bind(id)
    .bind(s.name_en.trim())
    .bind(s.name_fr.trim())
    .bind(s.description_en.trim())
    .bind(s.description_fr.trim())
    .bind(s.url.trim())
    .execute(&mut *conn)
    .await?;
    // Each company's own name of it follows, in the company's language: what its files and
    // exports call the service.
    sqlx::query(
        "UPDATE services SET name = CASE (SELECT c.language FROM companies c WHERE c.id = services.company_id)
             WHEN 'fr' THEN $2 ELSE $3 END
         WHERE provider_service_id = $1",
    )
    .bind(id)
    .bind(s.name_fr.trim())
    .bind(s.name_en.trim())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}
