//! The company's audit log: what administrators, people and the system did.

use espace_api::audit::{AuditAction, AuditQuery};
use espace_api::{CompanyId, EntityId, UserId};

use super::{Conn, Pool, Scope};

/// An event as written: names are copied as they are now, so the event reads the same later.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub company_id: CompanyId,
    pub at: i64,
    pub action: AuditAction,
    pub actor_id: Option<UserId>,
    pub actor_name: Option<&'a str>,
    pub actor_key: &'a str,
    /// The actor is an API token, named `actor_name`.
    pub actor_token: bool,
    pub subject_id: Option<UserId>,
    pub subject_name: Option<&'a str>,
    pub subject_email: Option<&'a str>,
    pub subject_key: &'a str,
    pub entity_id: Option<EntityId>,
    pub entity_name: Option<&'a str>,
    /// JSON of `AuditChanges`, when there are some.
    pub changes: Option<&'a str>,
}

/// Records an event in the caller's transaction; its id.
pub async fn record(conn: &mut Conn, e: &NewEvent<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO audit_log (company_id, at, action, actor_id, actor_name, actor_key, subject_id, subject_name,
             subject_email, subject_key, entity_id, entity_name, changes, actor_token)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(e.company_id)
    .bind(e.at)
    .bind(e.action)
    .bind(e.actor_id)
    .bind(e.actor_name)
    .bind(e.actor_key)
    .bind(e.subject_id)
    .bind(e.subject_name)
    .bind(e.subject_email)
    .bind(e.subject_key)
    .bind(e.entity_id)
    .bind(e.entity_name)
    .bind(e.changes)
    .bind(i64::from(e.actor_token))
    .fetch_one(conn)
    .await
}

/// The newest event's id in the company (0 if none): what a batch's first event comes after.
pub async fn last_id(conn: &mut Conn, company_id: CompanyId) -> Result<i64, sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM audit_log WHERE company_id = $1")
        .bind(company_id)
        .fetch_one(conn)
        .await?;
    Ok(id.unwrap_or_default())
}

/// Marks the company's events after `after` as the batch's. Called in the batch's write
/// transaction, which holds the company's lock: every writer of the company's events takes it,
/// so the events after `after` are this transaction's own.
pub async fn tag_batch(conn: &mut Conn, company_id: CompanyId, after: i64, batch: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE audit_log SET batch = $1 WHERE company_id = $2 AND id > $3")
        .bind(batch)
        .bind(company_id)
        .bind(after)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(Debug, sqlx::FromRow)]
pub struct Event {
    pub id: i64,
    pub at: i64,
    pub action: AuditAction,
    pub actor_name: Option<String>,
    /// 0 or 1.
    pub actor_token: i64,
    pub subject_id: Option<UserId>,
    /// The subject's entity now, while the account exists.
    pub subject_entity_id: Option<EntityId>,
    pub subject_name: Option<String>,
    pub subject_email: Option<String>,
    pub entity_name: Option<String>,
    pub changes: Option<String>,
    /// The bulk action it was part of.
    pub batch: Option<String>,
}

const SELECT_EVENT: &str =
    "SELECT a.id, a.at, a.action, a.actor_name, a.actor_token, a.subject_id, su.entity_id AS subject_entity_id,
        a.subject_name, a.subject_email, a.entity_name, a.changes, a.batch
    FROM audit_log a LEFT JOIN users su ON su.id = a.subject_id";

/// One user's history, newest first.
pub async fn history(conn: &mut Conn, user_id: UserId) -> Result<Vec<Event>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_EVENT} WHERE a.subject_id = $1 ORDER BY a.at DESC, a.id DESC"))
        .bind(user_id)
        .fetch_all(conn)
        .await
}

/// The `WHERE` of a log query: the company is `$1`, the other arguments follow in order.
/// `person` and `actor` are already folded. A team administrator reads the events of their
/// entities (an event keeps the entity where it happened).
struct Filters {
    sql: String,
    text: Vec<String>,
    times: Vec<i64>,
}

fn filters(scope: &Scope, query: &AuditQuery, person: &str, actor: &str) -> Filters {
    let mut f =
        Filters { sql: format!(" WHERE a.company_id = $1{}", scope.sql("a.entity_id")), text: vec![], times: vec![] };
    let mut n = 1;
    let mut next = || {
        n += 1;
        format!("${n}")
    };
    if !person.is_empty() {
        f.sql.push_str(&format!(" AND a.subject_key LIKE {} ESCAPE '\\'", next()));
        f.text.push(super::like_pattern(person));
    }
    if !actor.is_empty() {
        f.sql.push_str(&format!(" AND a.actor_key LIKE {} ESCAPE '\\'", next()));
        f.text.push(super::like_pattern(actor));
    }
    if let Some(action) = query.action {
        f.sql.push_str(&format!(" AND a.action = {}", next()));
        f.text.push(action.as_str().to_owned());
    }
    if !query.batch.is_empty() {
        f.sql.push_str(&format!(" AND a.batch = {}", next()));
        f.text.push(query.batch.clone());
    }
    if let Some(since) = query.since {
        f.sql.push_str(&format!(" AND a.at >= {}", next()));
        f.times.push(since);
    }
    if let Some(until) = query.until {
        f.sql.push_str(&format!(" AND a.at < {}", next()));
        f.times.push(until);
    }
    f
}

/// Events matching the query, newest first: `limit` from `offset`, and how many match in all.
pub async fn page(
    pool: &Pool,
    company_id: CompanyId,
    scope: &Scope,
    query: &AuditQuery,
    (person, actor): (&str, &str),
    (limit, offset): (i64, i64),
) -> Result<(Vec<Event>, i64), sqlx::Error> {
    let f = filters(scope, query, person, actor);
    let sql = format!("{SELECT_EVENT}{} ORDER BY a.at DESC, a.id DESC LIMIT {limit} OFFSET {offset}", f.sql);
    let mut rows = sqlx::query_as::<_, Event>(&sql).persistent(super::FILTERED).bind(company_id);
    for t in &f.text {
        rows = rows.bind(t);
    }
    for t in &f.times {
        rows = rows.bind(t);
    }
    let rows = rows.fetch_all(pool).await?;
    let count_sql = format!("SELECT COUNT(*) FROM audit_log a{}", f.sql);
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql).persistent(super::FILTERED).bind(company_id);
    for t in &f.text {
        count = count.bind(t);
    }
    for t in &f.times {
        count = count.bind(t);
    }
    Ok((rows, count.fetch_one(pool).await?))
}
