//! `PATCH /api/users/:id`: names, role, notification e-mail, language, services, checked
//! against the version the admin saw, the role rules and the seats, in one transaction.

use std::collections::BTreeSet;

use espace_api::users::{Role, UpdateUserRequest, UserStatus};
use espace_api::ErrorCode;
use sqlx::SqliteConnection;

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::users::fold::{search_text, sort_name};
use crate::users::{audit, lifecycle};

#[derive(sqlx::FromRow)]
struct Current {
    email: String,
    role: String,
    status: String,
    version: i64,
}

pub async fn apply(
    conn: &mut SqliteConnection,
    actor: &CurrentUser,
    user_id: i64,
    req: UpdateUserRequest,
) -> Result<(), AppError> {
    let current: Current =
        sqlx::query_as("SELECT email, role, status, version FROM users WHERE id = ? AND company_id = ?")
            .bind(user_id)
            .bind(actor.company_id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(AppError::NotFound)?;
    if current.version != req.version {
        return Err(AppError::Conflict);
    }
    let status = UserStatus::parse(&current.status).unwrap_or(UserStatus::Deactivated);
    if !status.editable() {
        return Err(AppError::Refused(ErrorCode::InvalidTransition));
    }
    let errors = req.validate();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let old_role = Role::parse(&current.role).unwrap_or(Role::User);
    if req.role != old_role {
        if user_id == actor.id {
            return Err(AppError::Refused(ErrorCode::OwnRole));
        }
        if old_role == Role::Admin
            && status == UserStatus::Active
            && lifecycle::other_active_admins(conn, actor.company_id, user_id).await? == 0
        {
            return Err(AppError::Refused(ErrorCode::LastAdmin));
        }
    }
    set_services(conn, actor.company_id, user_id, &req.service_ids).await?;

    let (first, last) = (req.first_name.trim(), req.last_name.trim());
    let notification = Some(req.notification_email.trim()).filter(|e| !e.is_empty());
    sqlx::query(
        "UPDATE users SET first_name = ?, last_name = ?, role = ?, notification_email = ?, language = ?,
             search_text = ?, sort_name = ?, version = version + 1 WHERE id = ?",
    )
    .bind(first)
    .bind(last)
    .bind(req.role.as_str())
    .bind(notification)
    .bind(req.language.as_str())
    .bind(search_text(first, last, &current.email))
    .bind(sort_name(first, last))
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    audit::record(conn, actor.company_id, user_id, Some(actor.id), "edit").await?;
    Ok(())
}

/// Replaces the user's services with `wanted`: each must be the company's, and each newly
/// added one must have a free seat (counted in this transaction, so two admins cannot both
/// take the last one).
pub async fn set_services(
    conn: &mut SqliteConnection,
    company_id: i64,
    user_id: i64,
    wanted: &[i64],
) -> Result<(), AppError> {
    let wanted: BTreeSet<i64> = wanted.iter().copied().collect();
    let held: BTreeSet<i64> = sqlx::query_scalar::<_, i64>("SELECT service_id FROM user_services WHERE user_id = ?")
        .bind(user_id)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .collect();
    for &service in wanted.difference(&held) {
        let seats: Option<(i64, i64)> = sqlx::query_as(
            "SELECT s.seats_total, (SELECT COUNT(*) FROM user_services us WHERE us.service_id = s.id)
             FROM services s WHERE s.id = ? AND s.company_id = ?",
        )
        .bind(service)
        .bind(company_id)
        .fetch_optional(&mut *conn)
        .await?;
        match seats {
            None => return Err(AppError::NotFound),
            Some((total, used)) if used >= total => return Err(AppError::Refused(ErrorCode::NoSeatsLeft)),
            Some(_) => {
                sqlx::query("INSERT INTO user_services (user_id, service_id) VALUES (?, ?)")
                    .bind(user_id)
                    .bind(service)
                    .execute(&mut *conn)
                    .await?;
            }
        }
    }
    for &service in held.difference(&wanted) {
        sqlx::query("DELETE FROM user_services WHERE user_id = ? AND service_id = ?")
            .bind(user_id)
            .bind(service)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
