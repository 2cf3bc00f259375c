//! What admins, people and the system did to users.

use super::Conn;

/// Records an event in the caller's transaction (`actor` None: the system).
pub async fn record(
    conn: &mut Conn,
    company_id: i64,
    user_id: i64,
    actor: Option<i64>,
    action: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO audit_events (company_id, user_id, actor_id, action, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(company_id)
        .bind(user_id)
        .bind(actor)
        .bind(action)
        .bind(at)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(Debug, sqlx::FromRow)]
pub struct Event {
    pub at: i64,
    pub actor_first_name: Option<String>,
    pub actor_last_name: Option<String>,
    pub action: String,
}

/// The user's history, newest first.
pub async fn history(conn: &mut Conn, user_id: i64) -> Result<Vec<Event>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.at, a.first_name AS actor_first_name, a.last_name AS actor_last_name, e.action
         FROM audit_events e LEFT JOIN users a ON a.id = e.actor_id
         WHERE e.user_id = $1 ORDER BY e.at DESC, e.id DESC",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await
}
