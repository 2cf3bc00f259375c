//! The public API, `/api/v1`, for other software: `Authorization: Bearer <API token>`, the
//! same domain, validation, errors and scope as the app.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use espace_api::entities::Entity;
use espace_api::services::ServiceCard;
use espace_api::users::{
    ActionRequest, CreateUserRequest, PermissionsRequest, UpdateUserRequest, UserDetail, UserListQuery, UserPage,
};

use crate::account;
use crate::auth::bearer::ApiCaller;
use crate::entities;
use crate::error::AppError;
use crate::state::AppState;
use crate::users::{create, detail, edit, lifecycle, permissions, search};

pub async fn list_users(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Query(query): Query<UserListQuery>,
) -> Result<Json<UserPage>, AppError> {
    Ok(Json(search::list(&state.pool, &caller, query).await?))
}

pub async fn get_user(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<UserDetail>, AppError> {
    Ok(Json(detail::load(&state.pool, &caller, id).await?))
}

pub async fn create_user(
    State(state): State<AppState>,
    caller: ApiCaller,
    Json(req): Json<CreateUserRequest>,
) -> Result<(StatusCode, Json<UserDetail>), AppError> {
    let actor = caller.manager()?;
    let id = create::create(&state, actor, req).await?;
    Ok((StatusCode::CREATED, Json(detail::load(&state.pool, actor, id).await?)))
}

pub async fn update_user(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    Json(req): Json<UpdateUserRequest>,
) -> Result<Json<UserDetail>, AppError> {
    let actor = caller.manager()?;
    edit::update(&state, actor, id, req).await?;
    Ok(Json(detail::load(&state.pool, actor, id).await?))
}

pub async fn set_permissions(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    Json(req): Json<PermissionsRequest>,
) -> Result<Json<UserDetail>, AppError> {
    let actor = caller.manager()?;
    permissions::set(&state, actor, id, req).await?;
    Ok(Json(detail::load(&state.pool, actor, id).await?))
}

/// Runs the action and answers with the user as it is now (`null` after a deletion).
pub async fn user_action(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    Json(req): Json<ActionRequest>,
) -> Result<Json<Option<UserDetail>>, AppError> {
    let actor = caller.manager()?;
    lifecycle::admin_action(&state, actor, id, req).await?;
    match detail::load(&state.pool, actor, id).await {
        Ok(user) => Ok(Json(Some(user))),
        Err(AppError::NotFound) => Ok(Json(None)),
        Err(e) => Err(e),
    }
}

pub async fn services(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<Vec<ServiceCard>>, AppError> {
    Ok(Json(account::catalogue(&mut *state.pool.acquire().await?, caller.company_id).await?))
}

pub async fn entities(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<Vec<Entity>>, AppError> {
    Ok(Json(entities::list(&state.pool, &caller).await?))
}
