//! Rate-limit windows in the database, so every instance counts the same attempts.

use super::{Conn, Pool};

/// Counts one attempt under `key` in a window of `window_secs` that started at or after
/// `now - window_secs`; returns (attempts in the window, the window's start).
pub async fn hit(pool: &Pool, key: &str, now: i64, window_secs: i64) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(
        "INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
             count = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.count + 1 END,
             window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END
         RETURNING count, window_start",
    )
    .bind(key)
    .bind(now)
    .bind(now - window_secs)
    .fetch_one(pool)
    .await
}

/// Takes back one attempt of the window that started at `window_start`, if it still runs.
pub async fn give_back(pool: &Pool, key: &str, window_start: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE rate_limits SET count = count - 1 WHERE key = $1 AND window_start = $2 AND count > 0")
        .bind(key)
        .bind(window_start)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn clear(pool: &Pool, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM rate_limits WHERE key = $1").bind(key).execute(pool).await?;
    Ok(())
}

/// Forgets windows that started before `before`.
pub async fn purge(conn: &mut Conn, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM rate_limits WHERE window_start < $1").bind(before).execute(conn).await?;
    Ok(done.rows_affected())
}
