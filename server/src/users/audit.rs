use sqlx::SqliteConnection;

use crate::db;

/// Records what an admin (or the system, `actor` None) did to a user, in the caller's transaction.
pub async fn record(
    conn: &mut SqliteConnection,
    company_id: i64,
    user_id: i64,
    actor: Option<i64>,
    action: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO audit_events (company_id, user_id, actor_id, action, at) VALUES (?, ?, ?, ?, ?)")
        .bind(company_id)
        .bind(user_id)
        .bind(actor)
        .bind(action)
        .bind(db::now())
        .execute(conn)
        .await?;
    Ok(())
}
