use espace_api::links::LinkPurpose;
use espace_api::users::{AuditEvent, UserDetail, UserStatus};

use crate::error::AppError;
use crate::store::{self, Pool};

/// A user of the company, or `NotFound` (also for another company's user: no hint it exists).
pub async fn load(pool: &Pool, company_id: i64, user_id: i64) -> Result<UserDetail, AppError> {
    let mut conn = pool.acquire().await?;
    let user = store::users::in_company(&mut conn, company_id, user_id).await?.ok_or(AppError::NotFound)?;
    let services = store::services::of_user(&mut conn, company_id, user_id).await?;
    let history = store::audit::history(&mut conn, user_id).await?;
    let invitation_expires_at = if user.status == UserStatus::Invited {
        store::tokens::usable_until(&mut conn, user_id, LinkPurpose::Activation, store::now()).await?
    } else {
        None
    };
    let undelivered_email = store::outbox::undelivered(&mut conn, user_id).await?;
    Ok(UserDetail {
        id: user.id,
        first_name: user.first_name,
        last_name: user.last_name,
        email: user.email,
        notification_email: user.notification_email,
        language: user.language,
        role: user.role,
        status: user.status,
        status_reason: user.status_reason,
        status_changed_at: user.status_changed_at,
        email_verified: user.email_verified != 0,
        services,
        created_at: user.created_at,
        invited_at: user.invited_at,
        invitation_expires_at,
        activated_at: user.activated_at,
        last_sign_in_at: user.last_sign_in_at,
        version: user.version,
        history: history
            .into_iter()
            .map(|e| AuditEvent {
                at: e.at,
                actor: e.actor_first_name.zip(e.actor_last_name).map(|(f, l)| format!("{f} {l}")),
                action: e.action,
            })
            .collect(),
        undelivered_email,
    })
}
