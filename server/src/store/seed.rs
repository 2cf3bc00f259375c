//! Rows only the demo seed writes: a company, its catalogue, users with a past.

use espace_api::users::{Role, StatusReason, UserStatus};
use espace_api::{CompanyId, EntityId, Language, ServiceId, UserId};

use super::Conn;

pub async fn insert_company(
    conn: &mut Conn,
    name: &str,
    language: Language,
    created_at: i64,
) -> Result<CompanyId, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO companies (name, language, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(name)
        .bind(language)
        .bind(created_at)
        .fetch_one(conn)
        .await
}

pub async fn insert_entity(
    conn: &mut Conn,
    company_id: CompanyId,
    name: &str,
    key: &str,
    at: i64,
) -> Result<EntityId, sqlx::Error> {
    super::entities::insert(conn, company_id, name, key, at).await
}

pub async fn insert_service(
    conn: &mut Conn,
    company_id: CompanyId,
    name: &str,
    seats: i64,
) -> Result<ServiceId, sqlx::Error> {
    // The catalogue's service of that name (made if new), and an open-ended order from today.
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM provider_services WHERE name_en = $1")
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
    let now = super::now();
    let provider = match found {
        Some(id) => id,
        None => {
            sqlx::query_scalar(
                "INSERT INTO provider_services (name_en, name_fr, created_at) VALUES ($1, $1, $2) RETURNING id",
            )
            .bind(name)
            .bind(now)
            .fetch_one(&mut *conn)
            .await?
        }
    };
    let service_id = super::orders::company_service(conn, company_id, provider, name).await?;
    let today = super::day_of(now);
    let order = super::orders::NewOrder { company_id, service_id, seats, starts_on: &today, ends_on: None, now };
    super::orders::insert(conn, &order).await?;
    Ok(service_id)
}

/// A user as they would be after living through the product for a while.
pub struct PastUser<'a> {
    pub company_id: CompanyId,
    pub entity_id: EntityId,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub language: Language,
    pub role: Role,
    pub status: UserStatus,
    pub status_reason: Option<StatusReason>,
    pub status_changed_at: i64,
    pub email_verified: bool,
    pub password_hash: Option<&'a str>,
    pub failed_sign_ins: i64,
    pub created_at: i64,
    pub invited_at: Option<i64>,
    pub activated_at: Option<i64>,
    pub last_sign_in_at: Option<i64>,
    pub search_text: &'a str,
    pub sort_name: &'a str,
    pub consent_version: Option<&'a str>,
    pub consent_at: Option<i64>,
}

pub async fn insert_user(conn: &mut Conn, u: &PastUser<'_>) -> Result<UserId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
             status_reason, status_changed_at, email_verified, password_hash, failed_sign_ins,
             created_at, invited_at, activated_at, last_sign_in_at, search_text, sort_name,
             consent_version, consent_at, entity_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
         RETURNING id",
    )
    .bind(u.company_id)
    .bind(u.first_name)
    .bind(u.last_name)
    .bind(u.email)
    .bind(u.email.to_lowercase())
    .bind(u.language)
    .bind(u.role)
    .bind(u.status)
    .bind(u.status_reason)
    .bind(u.status_changed_at)
    .bind(i64::from(u.email_verified))
    .bind(u.password_hash)
    .bind(u.failed_sign_ins)
    .bind(u.created_at)
    .bind(u.invited_at)
    .bind(u.activated_at)
    .bind(u.last_sign_in_at)
    .bind(u.search_text)
    .bind(u.sort_name)
    .bind(u.consent_version)
    .bind(u.consent_at)
    .bind(u.entity_id)
    .fetch_one(conn)
    .await
}
