//! Work done once for all instances on the database.

use super::Conn;

/// Takes the job `name` if it last ran at or before `due_before` (or never): `true` for the
/// one instance that got it, `false` for every other.
pub async fn claim(conn: &mut Conn, name: &str, now: i64, due_before: i64) -> Result<bool, sqlx::Error> {
    let claimed: Option<String> = sqlx::query_scalar(
        "INSERT INTO jobs (name, last_run_at) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET last_run_at = excluded.last_run_at WHERE jobs.last_run_at <= $3
         RETURNING name",
    )
    .bind(name)
    .bind(now)
    .bind(due_before)
    .fetch_optional(conn)
    .await?;
    Ok(claimed.is_some())
}
