//! Admin actions on a user, each in one transaction: check the version, the status and the
//! rules, change the user, queue the e-mail, record the history.

use espace_api::links::LinkPurpose;
use espace_api::users::{ActionRequest, Role, UserAction, UserStatus};
use espace_api::{ErrorCode, Language};
use sqlx::SqliteConnection;

use crate::auth::extract::CurrentUser;
use crate::db;
use crate::error::AppError;
use crate::mail::render::{link_email, LinkEmail};
use crate::mail::{self, Email};
use crate::state::AppState;
use crate::tokens;
use crate::users::audit;

#[derive(sqlx::FromRow)]
struct Target {
    id: i64,
    company_id: i64,
    first_name: String,
    email: String,
    notification_email: Option<String>,
    language: String,
    role: String,
    status: String,
    version: i64,
    activated_at: Option<i64>,
    company: String,
}

async fn load(conn: &mut SqliteConnection, company_id: i64, user_id: i64) -> Result<Target, AppError> {
    sqlx::query_as(
        "SELECT u.id, u.company_id, u.first_name, u.email, u.notification_email, u.language, u.role, u.status,
                u.version, u.activated_at, c.name AS company
         FROM users u JOIN companies c ON c.id = u.company_id WHERE u.id = ? AND u.company_id = ?",
    )
    .bind(user_id)
    .bind(company_id)
    .fetch_optional(conn)
    .await?
    .ok_or(AppError::NotFound)
}

/// Active admins of the company other than `except`.
pub async fn other_active_admins(
    conn: &mut SqliteConnection,
    company_id: i64,
    except: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM users WHERE company_id = ? AND role = 'admin' AND status = 'active' AND id <> ?",
    )
    .bind(company_id)
    .bind(except)
    .fetch_one(conn)
    .await
}

pub async fn apply(state: &AppState, actor: &CurrentUser, user_id: i64, req: ActionRequest) -> Result<(), AppError> {
    let mut tx = state.pool.begin().await?;
    let target = load(&mut tx, actor.company_id, user_id).await?;
    if target.version != req.version {
        return Err(AppError::Conflict);
    }
    let status = UserStatus::parse(&target.status).unwrap_or(UserStatus::Deactivated);
    if !status.actions().contains(&req.action) {
        return Err(AppError::Refused(ErrorCode::InvalidTransition));
    }
    let removes_access = matches!(req.action, UserAction::Deactivate | UserAction::Delete);
    if removes_access && target.id == actor.id {
        return Err(AppError::Refused(ErrorCode::SelfAction));
    }
    if removes_access
        && Role::parse(&target.role) == Some(Role::Admin)
        && status == UserStatus::Active
        && other_active_admins(&mut tx, target.company_id, target.id).await? == 0
    {
        return Err(AppError::Refused(ErrorCode::LastAdmin));
    }

    let now = db::now();
    match req.action {
        UserAction::Activate => {
            set_status(&mut tx, &target, "invited", None).await?;
            sqlx::query("UPDATE users SET invited_at = ? WHERE id = ?")
                .bind(now)
                .bind(target.id)
                .execute(&mut *tx)
                .await?;
            send_link(state, &mut tx, &target, LinkPurpose::Activation).await?;
        }
        UserAction::ResendActivation => {
            bump_version(&mut tx, target.id).await?;
            send_link(state, &mut tx, &target, LinkPurpose::Activation).await?;
        }
        UserAction::Deactivate => {
            set_status(&mut tx, &target, "deactivated", Some("admin")).await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = ?").bind(target.id).execute(&mut *tx).await?;
        }
        UserAction::Reactivate | UserAction::Unlock => {
            set_status(&mut tx, &target, "active", None).await?;
        }
        UserAction::UnlockAndReset => {
            set_status(&mut tx, &target, "active", None).await?;
            send_link(state, &mut tx, &target, LinkPurpose::Reset).await?;
        }
        UserAction::SendPasswordReset => {
            bump_version(&mut tx, target.id).await?;
            send_link(state, &mut tx, &target, LinkPurpose::Reset).await?;
        }
        UserAction::Delete => {
            // Belt and braces: the status rule already excludes anyone who ever activated.
            if target.activated_at.is_some() {
                return Err(AppError::Refused(ErrorCode::InvalidTransition));
            }
            sqlx::query("DELETE FROM users WHERE id = ?").bind(target.id).execute(&mut *tx).await?;
            tx.commit().await?;
            tracing::info!(actor = actor.id, user = target.id, "user deleted");
            return Ok(());
        }
    }
    audit::record(&mut tx, target.company_id, target.id, Some(actor.id), req.action.as_str()).await?;
    tx.commit().await?;
    Ok(())
}

async fn bump_version(conn: &mut SqliteConnection, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET version = version + 1 WHERE id = ?").bind(user_id).execute(conn).await?;
    Ok(())
}

async fn set_status(
    conn: &mut SqliteConnection,
    target: &Target,
    status: &str,
    reason: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET status = ?, status_reason = ?, status_changed_at = ?, failed_sign_ins = 0,
             version = version + 1 WHERE id = ?",
    )
    .bind(status)
    .bind(reason)
    .bind(db::now())
    .bind(target.id)
    .execute(conn)
    .await?;
    Ok(())
}

/// A new link for a user found by id (renewal, forgotten password).
pub async fn send_link_to(
    state: &AppState,
    conn: &mut SqliteConnection,
    user_id: i64,
    purpose: LinkPurpose,
) -> Result<(), AppError> {
    let company_id: i64 =
        sqlx::query_scalar("SELECT company_id FROM users WHERE id = ?").bind(user_id).fetch_one(&mut *conn).await?;
    let target = load(conn, company_id, user_id).await?;
    send_link(state, conn, &target, purpose).await
}

/// A new single-use link (revoking older ones), e-mailed to the notification address if any.
async fn send_link(
    state: &AppState,
    conn: &mut SqliteConnection,
    target: &Target,
    purpose: LinkPurpose,
) -> Result<(), AppError> {
    let path = match purpose {
        LinkPurpose::Activation => "activate",
        LinkPurpose::Reset => "reset-password",
    };
    let ttl = state.config.activation_ttl_secs;
    let issued = tokens::issue(conn, target.id, purpose, ttl).await?;
    let base = state.config.public_url.clone().unwrap_or_else(|| "http://localhost".into());
    // The token rides in the fragment: it never reaches server logs or Referer headers.
    let link = format!("{base}/{path}#t={}", issued.token);
    let language = Language::from_tag(&target.language).unwrap_or_default();
    let (subject, text) = link_email(
        purpose,
        &LinkEmail {
            language,
            company: &target.company,
            first_name: &target.first_name,
            link: &link,
            expires_at: issued.expires_at,
        },
    );
    let to = target.notification_email.clone().unwrap_or_else(|| target.email.clone());
    mail::queue(
        conn,
        &Email { user_id: target.id, kind: purpose.as_str(), to, language, subject, text, link: Some(link) },
    )
    .await?;
    Ok(())
}
