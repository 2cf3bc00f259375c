use espace_api::entities::EntityRef;
use espace_api::links::LinkPurpose;
use espace_api::users::{UserDetail, UserStatus};
use espace_api::UserId;

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::store::{self, Pool};
use crate::users::reach;

/// A user within the reader's scope, or `NotFound` (also for anyone outside it: no hint
/// they exist).
pub async fn load(pool: &Pool, reader: &CurrentUser, user_id: UserId) -> Result<UserDetail, AppError> {
    let mut conn = pool.acquire().await?;
    let user = store::users::in_scope(&mut conn, reader.company_id, &reader.scope, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let services = store::services::of_user(&mut conn, reader.company_id, user_id).await?;
    let history = audit::history(&mut conn, user_id).await?;
    let invitation_expires_at = if user.status == UserStatus::Invited {
        store::tokens::usable_until(&mut conn, user_id, LinkPurpose::Activation, store::now()).await?
    } else {
        None
    };
    let undelivered_email = store::outbox::undelivered(&mut conn, user_id).await?;
    let scope = store::entities::scope_names(&mut conn, user_id).await?;
    let manageable = reach::manages(&mut conn, reader, &user).await?;
    Ok(UserDetail {
        id: user.id,
        first_name: user.first_name,
        last_name: user.last_name,
        email: user.email,
        notification_email: user.notification_email,
        language: user.language,
        role: user.role,
        scope: scope.into_iter().map(|(id, name)| EntityRef { id, name }).collect(),
        entity: EntityRef { id: user.entity_id, name: user.entity_name },
        manageable,
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
        second_step: user.has_second_step != 0,
        version: user.version,
        history,
        undelivered_email,
    })
}
