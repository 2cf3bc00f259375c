//! What both HTTP surfaces answer (the app's `/api/users` and the public `/api/v1`): each
//! change made, then the user as the caller now sees them. One place, so that the two cannot
//! drift apart; the routes only read the request and the caller.

use espace_api::users::{ActionRequest, CreateUserRequest, PermissionsRequest, UpdateUserRequest, UserDetail};
use espace_api::UserId;

use super::{create, detail, edit, lifecycle, permissions};
use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;

/// Creates the user (or finds the one created before with the same idempotency key).
pub async fn create(state: &AppState, actor: &CurrentUser, req: CreateUserRequest) -> Result<UserDetail, AppError> {
    let id = create::create(state, actor, req).await?;
    detail::load(&state.pool, actor, id).await
}

pub async fn update(
    state: &AppState,
    actor: &CurrentUser,
    id: UserId,
    req: UpdateUserRequest,
) -> Result<UserDetail, AppError> {
    edit::update(state, actor, id, req).await?;
    detail::load(&state.pool, actor, id).await
}

pub async fn set_permissions(
    state: &AppState,
    actor: &CurrentUser,
    id: UserId,
    req: PermissionsRequest,
) -> Result<UserDetail, AppError> {
    permissions::set(state, actor, id, req).await?;
    detail::load(&state.pool, actor, id).await
}

/// Runs a lifecycle action; the user as they are now, `None` after a deletion.
pub async fn act(
    state: &AppState,
    actor: &CurrentUser,
    id: UserId,
    req: ActionRequest,
) -> Result<Option<UserDetail>, AppError> {
    lifecycle::admin_action(state, actor, id, req).await?;
    match detail::load(&state.pool, actor, id).await {
        Ok(user) => Ok(Some(user)),
        Err(AppError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}
