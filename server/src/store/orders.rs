//! What each company ordered from the catalogue, and the seats that makes today.

use espace_api::catalogue::Order;
use espace_api::{CompanyId, ServiceId};

use super::Conn;

/// The seats of `services s` on day `$today`: the sum of its orders current that day.
pub(super) const SEATS_TODAY: &str = "(SELECT CAST(COALESCE(SUM(o.seats), 0) AS BIGINT) FROM service_orders o
      WHERE o.service_id = s.id AND o.starts_on <= $today AND (o.ends_on IS NULL OR o.ends_on >= $today))";

/// `SEATS_TODAY` for a statement whose `$n` is today.
pub(super) fn seats_today(n: usize) -> String {
    SEATS_TODAY.replace("$today", &format!("${n}"))
}

/// A company's service with its seats today.
#[derive(Debug, sqlx::FromRow)]
pub struct Held {
    pub id: ServiceId,
    pub provider_service_id: i64,
    pub seats_total: i64,
    pub seats_used: i64,
}

/// The company's services (those it ever ordered) with their seats on `today`.
pub async fn held(conn: &mut Conn, company_id: CompanyId, today: &str) -> Result<Vec<Held>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT s.id, s.provider_service_id, {} AS seats_total,
                (SELECT COUNT(*) FROM user_services us WHERE us.service_id = s.id) AS seats_used
         FROM services s WHERE s.company_id = $1 AND s.provider_service_id IS NOT NULL ORDER BY s.name",
        seats_today(2)
    ))
    .bind(company_id)
    .bind(today)
    .fetch_all(conn)
    .await
}

/// Every order of the company, oldest first, with the catalogue's service id.
pub async fn of_company(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<Order>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, s.provider_service_id AS service_id, o.seats, o.starts_on, o.ends_on
         FROM service_orders o JOIN services s ON s.id = o.service_id
         WHERE o.company_id = $1 ORDER BY o.starts_on, o.id",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}

/// One order of the company: `(its company service, the order)`.
pub async fn by_id(
    conn: &mut Conn,
    company_id: CompanyId,
    order_id: i64,
) -> Result<Option<(ServiceId, Order)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        company_service: ServiceId,
        #[sqlx(flatten)]
        order: Order,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT o.service_id AS company_service, o.id, s.provider_service_id AS service_id, o.seats, o.starts_on,
                o.ends_on
         FROM service_orders o JOIN services s ON s.id = o.service_id WHERE o.id = $1 AND o.company_id = $2",
    )
    .bind(order_id)
    .bind(company_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.company_service, r.order)))
}

/// The company's service made from the catalogue's, created (named in the company's language)
/// by its first order.
pub async fn company_service(
    conn: &mut Conn,
    company_id: CompanyId,
    provider_service_id: i64,
    name: &str,
) -> Result<ServiceId, sqlx::Error> {
    let found: Option<ServiceId> =
        sqlx::query_scalar("SELECT id FROM services WHERE company_id = $1 AND provider_service_id = $2")
            .bind(company_id)
            .bind(provider_service_id)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(id) = found {
        return Ok(id);
    }
    sqlx::query_scalar("INSERT INTO services (company_id, name, provider_service_id) VALUES ($1, $2, $3) RETURNING id")
        .bind(company_id)
        .bind(name)
        .bind(provider_service_id)
        .fetch_one(conn)
        .await
}

pub struct NewOrder<'a> {
    pub company_id: CompanyId,
    pub service_id: ServiceId,
    pub seats: i64,
    pub starts_on: &'a str,
    pub ends_on: Option<&'a str>,
    pub now: i64,
}

pub async fn insert(conn: &mut Conn, o: &NewOrder<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO service_orders (company_id, service_id, seats, starts_on, ends_on, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(o.company_id)
    .bind(o.service_id)
    .bind(o.seats)
    .bind(o.starts_on)
    .bind(o.ends_on)
    .bind(o.now)
    .fetch_one(conn)
    .await
}

/// New seats and last day; a changed last day is told to administrators again.
pub async fn update(conn: &mut Conn, order_id: i64, seats: i64, ends_on: Option<&str>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE service_orders SET seats = $2,
             ending_notice_at = CASE WHEN ends_on = $3 THEN ending_notice_at ELSE NULL END, ends_on = $3
         WHERE id = $1",
    )
    .bind(order_id)
    .bind(seats)
    .bind(ends_on)
    .execute(conn)
    .await?;
    Ok(())
}

/// The seats of one company service on `day`, and how many people hold it.
pub async fn seats_on(conn: &mut Conn, service_id: ServiceId, day: &str) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {}, (SELECT COUNT(*) FROM user_services us WHERE us.service_id = s.id) FROM services s WHERE s.id = $1",
        seats_today(2)
    ))
    .bind(service_id)
    .bind(day)
    .fetch_one(conn)
    .await
}

/// An order ending soon whose company has not been told yet.
#[derive(Debug, sqlx::FromRow)]
pub struct Ending {
    pub id: i64,
    pub company_id: CompanyId,
    pub service_id: ServiceId,
    pub service: String,
    pub seats: i64,
    pub ends_on: String,
}

/// Orders of active companies that end between `today` and `until` (inclusive), not yet told.
pub async fn ending(conn: &mut Conn, today: &str, until: &str, limit: i64) -> Result<Vec<Ending>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, o.company_id, o.service_id, s.name AS service, o.seats, o.ends_on
         FROM service_orders o JOIN services s ON s.id = o.service_id JOIN companies c ON c.id = o.company_id
         WHERE o.ending_notice_at IS NULL AND o.ends_on IS NOT NULL AND o.ends_on >= $1 AND o.ends_on <= $2
           AND o.seats > 0 AND c.status = 'active'
         ORDER BY o.ends_on, o.id LIMIT $3",
    )
    .bind(today)
    .bind(until)
    .bind(limit)
    .fetch_all(conn)
    .await
}

pub async fn mark_told(conn: &mut Conn, order_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE service_orders SET ending_notice_at = $2 WHERE id = $1")
        .bind(order_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}
