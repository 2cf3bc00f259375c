//! `PATCH /api/users/:id`: names, role, notification e-mail, language, services, checked
//! against the version the admin saw, the role rules and the seats, in one write transaction.

use espace_api::users::{Role, UpdateUserRequest, UserStatus};
use espace_api::validation::normalize_name;
use espace_api::ErrorCode;

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::store;
use crate::users::fold::{search_text, sort_name};
use crate::users::services;

pub async fn update(
    state: &AppState,
    actor: &CurrentUser,
    user_id: i64,
    req: UpdateUserRequest,
) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool).await?;
    let current = store::users::in_company(&mut tx, actor.company_id, user_id).await?.ok_or(AppError::NotFound)?;
    if current.version != req.version {
        return Err(AppError::Conflict);
    }
    if !current.status.editable() {
        return Err(AppError::Refused(ErrorCode::InvalidTransition));
    }
    AppError::check(req.validate())?;
    let role_changes = req.role != current.role;
    if role_changes {
        if user_id == actor.id {
            return Err(AppError::Refused(ErrorCode::OwnRole));
        }
        if current.role == Role::Admin
            && current.status == UserStatus::Active
            && store::users::count_other_active_admins(&mut tx, actor.company_id, user_id).await? == 0
        {
            return Err(AppError::Refused(ErrorCode::LastAdmin));
        }
    }
    services::set(&mut tx, actor.company_id, user_id, &req.service_ids).await?;
    let (first, last) = (normalize_name(&req.first_name), normalize_name(&req.last_name));
    let notification = Some(req.notification_email.trim()).filter(|e| !e.is_empty());
    store::users::update_profile(
        &mut tx,
        user_id,
        &store::users::Profile {
            first_name: &first,
            last_name: &last,
            role: req.role,
            notification_email: notification,
            language: req.language,
            search_text: &search_text(&first, &last, &current.email),
            sort_name: &sort_name(&first, &last),
        },
    )
    .await?;
    let now = store::now();
    if role_changes {
        // A link sent for the old role must not open the account under the new one.
        store::tokens::revoke(&mut tx, user_id, None, now).await?;
    }
    store::audit::record(&mut tx, actor.company_id, user_id, Some(actor.id), "edit", now).await?;
    tx.commit().await?;
    Ok(())
}
