//! `error_log`: the error answers kept for support, by reference.

use espace_api::operator::{ErrorRecord, ReferenceEvent};
use espace_api::{CompanyId, ErrorCode, UserId};

use super::Conn;

pub struct NewError<'a> {
    pub reference: &'a str,
    pub at: i64,
    pub company_id: Option<CompanyId>,
    pub user_id: Option<UserId>,
    pub method: &'a str,
    pub route: &'a str,
    pub status: u16,
    pub code: ErrorCode,
}

pub async fn insert(conn: &mut Conn, e: &NewError<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO error_log (reference, at, company_id, user_id, method, route, status, code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (reference) DO NOTHING",
    )
    .bind(e.reference)
    .bind(e.at)
    .bind(e.company_id)
    .bind(e.user_id)
    .bind(e.method)
    .bind(e.route)
    .bind(i64::from(e.status))
    .bind(e.code.as_str())
    .execute(conn)
    .await?;
    Ok(())
}

const COLUMNS: &str =
    "e.reference, e.at, e.company_id, c.name AS company, u.email AS account, e.method, e.route, e.status, e.code";
const FROM: &str =
    "FROM error_log e LEFT JOIN companies c ON c.id = e.company_id LEFT JOIN users u ON u.id = e.user_id";

/// The error with this reference, and the account it was for.
pub async fn by_reference(
    conn: &mut Conn,
    reference: &str,
) -> Result<Option<(ErrorRecord, Option<UserId>)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Found {
        #[sqlx(flatten)]
        record: ErrorRecord,
        user_id: Option<UserId>,
    }
    let found: Option<Found> = sqlx::query_as(&format!("SELECT {COLUMNS}, e.user_id {FROM} WHERE e.reference = $1"))
        .bind(reference)
        .fetch_optional(conn)
        .await?;
    Ok(found.map(|f| (f.record, f.user_id)))
}

/// The account's other errors between `from` and `to` (or, without an account, the company's),
/// oldest first.
pub async fn nearby(
    conn: &mut Conn,
    (user_id, company_id): (Option<UserId>, Option<CompanyId>),
    (from, to): (i64, i64),
    except: &str,
) -> Result<Vec<ErrorRecord>, sqlx::Error> {
    let (column, id) = match (user_id, company_id) {
        (Some(user), _) => ("e.user_id", user.0),
        (None, Some(company)) => ("e.company_id", company.0),
        (None, None) => return Ok(Vec::new()),
    };
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} {FROM} WHERE {column} = $1 AND e.at BETWEEN $2 AND $3 AND e.reference <> $4 ORDER BY e.at, e.reference LIMIT 20"
    ))
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(except)
    .fetch_all(conn)
    .await
}

/// What the account did, or had done to it, between `from` and `to`, oldest first.
pub async fn events(
    conn: &mut Conn,
    user_id: UserId,
    (from, to): (i64, i64),
) -> Result<Vec<ReferenceEvent>, sqlx::Error> {
    sqlx::query_as(
        "SELECT at, action FROM audit_log WHERE (subject_id = $1 OR actor_id = $1) AND at BETWEEN $2 AND $3
         ORDER BY at, id LIMIT 20",
    )
    .bind(user_id)
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await
}

/// Forgets errors older than `before`; how many.
pub async fn purge(conn: &mut Conn, before: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM error_log WHERE at < $1").bind(before).execute(conn).await?.rows_affected())
}
