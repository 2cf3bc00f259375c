use espace_api::users::{AuditEvent, Role, ServiceRef, UserDetail, UserStatus};
use espace_api::Language;
use sqlx::SqlitePool;

use crate::db;
use crate::error::AppError;

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    first_name: String,
    last_name: String,
    email: String,
    notification_email: Option<String>,
    language: String,
    role: String,
    status: String,
    status_reason: Option<String>,
    status_changed_at: i64,
    email_verified: bool,
    created_at: i64,
    invited_at: Option<i64>,
    activated_at: Option<i64>,
    last_sign_in_at: Option<i64>,
    version: i64,
}

/// A user of the company, or `NotFound` (also for another company's user: no hint it exists).
pub async fn load(pool: &SqlitePool, company_id: i64, user_id: i64) -> Result<UserDetail, AppError> {
    let row: Row = sqlx::query_as(
        "SELECT id, first_name, last_name, email, notification_email, language, role, status, status_reason,
                status_changed_at, email_verified, created_at, invited_at, activated_at, last_sign_in_at, version
         FROM users WHERE id = ? AND company_id = ?",
    )
    .bind(user_id)
    .bind(company_id)
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let services: Vec<(i64, String)> = sqlx::query_as(
        "SELECT s.id, s.name FROM services s JOIN user_services us ON us.service_id = s.id
         WHERE us.user_id = ? ORDER BY s.name",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let history: Vec<(i64, Option<String>, Option<String>, String)> = sqlx::query_as(
        "SELECT e.at, a.first_name, a.last_name, e.action FROM audit_events e
         LEFT JOIN users a ON a.id = e.actor_id WHERE e.user_id = ? ORDER BY e.at DESC, e.id DESC",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let status = UserStatus::parse(&row.status).unwrap_or(UserStatus::Deactivated);
    let invitation_expires_at = if status == UserStatus::Invited {
        sqlx::query_scalar(
            "SELECT MAX(expires_at) FROM tokens WHERE user_id = ? AND purpose = 'activation'
             AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?",
        )
        .bind(user_id)
        .bind(db::now())
        .fetch_one(pool)
        .await?
    } else {
        None
    };
    Ok(UserDetail {
        id: row.id,
        first_name: row.first_name,
        last_name: row.last_name,
        email: row.email,
        notification_email: row.notification_email,
        language: Language::from_tag(&row.language).unwrap_or_default(),
        role: Role::parse(&row.role).unwrap_or(Role::User),
        status,
        status_reason: row.status_reason,
        status_changed_at: row.status_changed_at,
        email_verified: row.email_verified,
        services: services.into_iter().map(|(id, name)| ServiceRef { id, name }).collect(),
        created_at: row.created_at,
        invited_at: row.invited_at,
        invitation_expires_at,
        activated_at: row.activated_at,
        last_sign_in_at: row.last_sign_in_at,
        version: row.version,
        history: history
            .into_iter()
            .map(|(at, first, last, action)| AuditEvent {
                at,
                actor: first.zip(last).map(|(f, l)| format!("{f} {l}")),
                action,
            })
            .collect(),
    })
}
