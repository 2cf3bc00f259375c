use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use espace_api::entities::{Entity, EntityRequest, RemoveEntityRequest};
use espace_api::EntityId;

use crate::auth::extract::{AdminUser, Manager};
use crate::entities;
use crate::error::AppError;
use crate::state::AppState;

pub async fn list(State(state): State<AppState>, Manager(reader): Manager) -> Result<Json<Vec<Entity>>, AppError> {
    Ok(Json(entities::list(&state.pool, &reader).await?))
}

pub async fn create(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Json(req): Json<EntityRequest>,
) -> Result<(StatusCode, Json<Entity>), AppError> {
    Ok((StatusCode::CREATED, Json(entities::create(&state, &admin, req).await?)))
}

pub async fn rename(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Path(id): Path<EntityId>,
    Json(req): Json<EntityRequest>,
) -> Result<Json<Entity>, AppError> {
    Ok(Json(entities::rename(&state, &admin, id, req).await?))
}

pub async fn remove(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Path(id): Path<EntityId>,
    Json(req): Json<RemoveEntityRequest>,
) -> Result<StatusCode, AppError> {
    entities::remove(&state, &admin, id, req).await?;
    Ok(StatusCode::NO_CONTENT)
}
