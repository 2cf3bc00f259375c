//! `POST /api/users`: the add-user wizard. Validated again here, seats counted in the same
//! transaction, and idempotent: the wizard's key returns the user it already created.

use espace_api::users::CreateUserRequest;
use espace_api::validation::normalize_email;
use espace_api::{ErrorCode, FieldError, FieldErrorCode};
use sqlx::SqliteConnection;

use crate::auth::extract::CurrentUser;
use crate::db;
use crate::error::AppError;
use crate::state::AppState;
use crate::users::fold::{search_text, sort_name};
use crate::users::{audit, edit, lifecycle};
use espace_api::links::LinkPurpose;

/// Returns the new user's id, or the id created earlier with the same key.
pub async fn apply(
    state: &AppState,
    conn: &mut SqliteConnection,
    actor: &CurrentUser,
    req: CreateUserRequest,
) -> Result<i64, AppError> {
    let sso: bool = sqlx::query_scalar("SELECT sso_enabled FROM companies WHERE id = ?")
        .bind(actor.company_id)
        .fetch_one(&mut *conn)
        .await?;
    if sso {
        return Err(AppError::Refused(ErrorCode::SsoManaged));
    }
    let key = req.idempotency_key.trim();
    if key.is_empty() || key.len() > 100 {
        return Err(AppError::Validation(vec![FieldError {
            field: "idempotency_key".into(),
            code: FieldErrorCode::Required,
            max: None,
        }]));
    }
    let earlier: Option<i64> =
        sqlx::query_scalar("SELECT user_id FROM idempotency_keys WHERE company_id = ? AND key = ?")
            .bind(actor.company_id)
            .bind(key)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(id) = earlier {
        return Ok(id);
    }
    let errors = req.validate();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let email = req.email.trim();
    let taken: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM users WHERE email_norm = ?)")
        .bind(normalize_email(email))
        .fetch_one(&mut *conn)
        .await?;
    if taken {
        return Err(AppError::Validation(vec![FieldError {
            field: "email".into(),
            code: FieldErrorCode::Taken,
            max: None,
        }]));
    }
    let (first, last) = (req.first_name.trim(), req.last_name.trim());
    let notification = Some(req.notification_email.trim()).filter(|e| !e.is_empty());
    let role = req.role.unwrap_or(espace_api::users::Role::User);
    let now = db::now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (company_id, first_name, last_name, email, email_norm, notification_email, language, role,
             status, status_changed_at, created_at, search_text, sort_name)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'created', ?, ?, ?, ?) RETURNING id",
    )
    .bind(actor.company_id)
    .bind(first)
    .bind(last)
    .bind(email)
    .bind(normalize_email(email))
    .bind(notification)
    .bind(req.language.as_str())
    .bind(role.as_str())
    .bind(now)
    .bind(now)
    .bind(search_text(first, last, email))
    .bind(sort_name(first, last))
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO idempotency_keys (company_id, key, user_id, created_at) VALUES (?, ?, ?, ?)")
        .bind(actor.company_id)
        .bind(key)
        .bind(id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    edit::set_services(conn, actor.company_id, id, &req.service_ids).await?;
    audit::record(conn, actor.company_id, id, Some(actor.id), "create").await?;
    if req.send_activation {
        sqlx::query("UPDATE users SET status = 'invited', invited_at = ?, version = version + 1 WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        lifecycle::send_link_to(state, conn, id, LinkPurpose::Activation).await?;
        audit::record(conn, actor.company_id, id, Some(actor.id), "activate").await?;
    }
    Ok(id)
}
