//! The company's services, their seats, and who holds one.

use espace_api::users::ServiceRef;
use espace_api::{CompanyId, ServiceId, UserId};

use super::Conn;

pub async fn held_by(conn: &mut Conn, user_id: UserId) -> Result<Vec<ServiceId>, sqlx::Error> {
    sqlx::query_scalar("SELECT service_id FROM user_services WHERE user_id = $1").bind(user_id).fetch_all(conn).await
}

/// (seats in all today, seats taken) of one of the company's services; `None` if not the
/// company's.
pub async fn seats(
    conn: &mut Conn,
    company_id: CompanyId,
    service_id: ServiceId,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {}, (SELECT COUNT(*) FROM user_services us WHERE us.service_id = s.id)
         FROM services s WHERE s.id = $1 AND s.company_id = $2",
        super::orders::seats_today(3)
    ))
    .bind(service_id)
    .bind(company_id)
    .bind(super::day_of(super::now()))
    .fetch_optional(conn)
    .await
}

pub async fn assign(conn: &mut Conn, user_id: UserId, service_id: ServiceId) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO user_services (user_id, service_id) VALUES ($1, $2)")
        .bind(user_id)
        .bind(service_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn unassign(conn: &mut Conn, user_id: UserId, service_id: ServiceId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM user_services WHERE user_id = $1 AND service_id = $2")
        .bind(user_id)
        .bind(service_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A service as a person's space shows it: the catalogue's words and link.
#[derive(Debug, sqlx::FromRow)]
pub struct Card {
    pub id: ServiceId,
    pub name: String,
    pub name_en: String,
    pub name_fr: String,
    pub description_en: String,
    pub description_fr: String,
    pub url: String,
}

const CARD: &str = "s.id, s.name, COALESCE(p.name_en, s.name) AS name_en, COALESCE(p.name_fr, s.name) AS name_fr,
    COALESCE(p.description_en, '') AS description_en, COALESCE(p.description_fr, '') AS description_fr,
    COALESCE(p.url, '') AS url";

/// The services a user holds, as their space shows them, by name.
pub async fn cards_of_user(conn: &mut Conn, company_id: CompanyId, user_id: UserId) -> Result<Vec<Card>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {CARD} FROM services s JOIN user_services us ON us.service_id = s.id
         LEFT JOIN provider_services p ON p.id = s.provider_service_id
         WHERE us.user_id = $1 AND s.company_id = $2 ORDER BY s.name"
    ))
    .bind(user_id)
    .bind(company_id)
    .fetch_all(conn)
    .await
}

/// The user's services, by name.
pub async fn of_user(conn: &mut Conn, company_id: CompanyId, user_id: UserId) -> Result<Vec<ServiceRef>, sqlx::Error> {
    let rows: Vec<(ServiceId, String)> = sqlx::query_as(
        "SELECT s.id, s.name FROM services s JOIN user_services us ON us.service_id = s.id
         WHERE us.user_id = $1 AND s.company_id = $2 ORDER BY s.name",
    )
    .bind(user_id)
    .bind(company_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id, name)| ServiceRef { id, name }).collect())
}

#[derive(Debug, sqlx::FromRow)]
pub struct Seats {
    #[sqlx(flatten)]
    pub card: Card,
    pub seats_total: i64,
    pub seats_used: i64,
}

/// The company's services with their seats today, by name.
pub async fn catalogue(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<Seats>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {CARD}, {} AS seats_total, (SELECT COUNT(*) FROM user_services us WHERE us.service_id = s.id) AS seats_used
         FROM services s LEFT JOIN provider_services p ON p.id = s.provider_service_id
         WHERE s.company_id = $1 ORDER BY s.name",
        super::orders::seats_today(2)
    ))
    .bind(company_id)
    .bind(super::day_of(super::now()))
    .fetch_all(conn)
    .await
}

/// Each user's services (by name) in the company: `(user id, service name)`, by name.
pub async fn names_by_user(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<(UserId, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT us.user_id, s.name FROM user_services us JOIN services s ON s.id = us.service_id
         WHERE s.company_id = $1 ORDER BY s.name",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}
