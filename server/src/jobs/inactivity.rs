//! Users who have not signed in for 90 days are deactivated (reason "inactivity"); 14 days
//! before, they get a warning e-mail. Signing in resets the clock. The last active admin of a
//! company is never deactivated this way: the company would be locked out.

use espace_api::Language;
use sqlx::SqliteConnection;

use crate::error::AppError;
use crate::mail::render::inactivity_warning;
use crate::mail::{self, Email};
use crate::state::AppState;
use crate::users::{audit, lifecycle};

pub const INACTIVE_AFTER_SECS: i64 = 90 * 86_400;
pub const WARN_BEFORE_SECS: i64 = 14 * 86_400;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub warned: usize,
    pub deactivated: usize,
}

#[derive(sqlx::FromRow)]
struct Idle {
    id: i64,
    company_id: i64,
    role: String,
    first_name: String,
    email: String,
    notification_email: Option<String>,
    language: String,
    company: String,
    last_activity: i64,
}

async fn idle_since(conn: &mut SqliteConnection, before: i64, unwarned_only: bool) -> Result<Vec<Idle>, sqlx::Error> {
    let sql = format!(
        "SELECT u.id, u.company_id, u.role, u.first_name, u.email, u.notification_email, u.language, c.name AS company,
                COALESCE(u.last_sign_in_at, u.activated_at, u.created_at) AS last_activity
         FROM users u JOIN companies c ON c.id = u.company_id
         WHERE u.status = 'active' AND COALESCE(u.last_sign_in_at, u.activated_at, u.created_at) <= ? {}",
        if unwarned_only {
            "AND (u.inactivity_warned_at IS NULL OR u.inactivity_warned_at < COALESCE(u.last_sign_in_at, u.activated_at, u.created_at))"
        } else {
            ""
        }
    );
    sqlx::query_as(&sql).bind(before).fetch_all(conn).await
}

/// One pass at time `now` (a parameter, so tests can move the clock).
pub async fn run(state: &AppState, now: i64) -> Result<Report, AppError> {
    let mut report = Report::default();
    let mut tx = state.pool.begin().await?;
    for user in idle_since(&mut tx, now - INACTIVE_AFTER_SECS, false).await? {
        let last_admin =
            user.role == "admin" && lifecycle::other_active_admins(&mut tx, user.company_id, user.id).await? == 0;
        if last_admin {
            continue;
        }
        sqlx::query(
            "UPDATE users SET status = 'deactivated', status_reason = 'inactivity', status_changed_at = ?,
                 version = version + 1 WHERE id = ?",
        )
        .bind(now)
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = ?").bind(user.id).execute(&mut *tx).await?;
        audit::record(&mut tx, user.company_id, user.id, None, "deactivate-inactivity").await?;
        report.deactivated += 1;
    }
    for user in idle_since(&mut tx, now - (INACTIVE_AFTER_SECS - WARN_BEFORE_SECS), true).await? {
        let language = Language::from_tag(&user.language).unwrap_or_default();
        let (subject, text) =
            inactivity_warning(language, &user.company, &user.first_name, user.last_activity + INACTIVE_AFTER_SECS);
        let to = user.notification_email.clone().unwrap_or(user.email.clone());
        mail::queue(
            &mut tx,
            &Email { user_id: user.id, kind: "inactivity-warning", to, language, subject, text, link: None },
        )
        .await?;
        sqlx::query("UPDATE users SET inactivity_warned_at = ? WHERE id = ?")
            .bind(now)
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        report.warned += 1;
    }
    tx.commit().await?;
    Ok(report)
}

/// Runs `run` every hour for as long as the server lives.
pub fn spawn_hourly(state: AppState) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            interval.tick().await;
            match run(&state, crate::db::now()).await {
                Ok(report) if report != Report::default() => tracing::info!(?report, "inactivity pass"),
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "inactivity pass failed"),
            }
        }
    });
}
