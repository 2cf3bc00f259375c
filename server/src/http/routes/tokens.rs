use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use espace_api::tokens::{ApiToken, CreateTokenRequest, CreatedToken};
use espace_api::TokenId;

use crate::api_tokens;
use crate::auth::extract::Manager;
use crate::error::AppError;
use crate::state::AppState;

pub async fn list(State(state): State<AppState>, Manager(reader): Manager) -> Result<Json<Vec<ApiToken>>, AppError> {
    Ok(Json(api_tokens::list(&state, &reader).await?))
}

pub async fn create(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Json(req): Json<CreateTokenRequest>,
) -> Result<(StatusCode, Json<CreatedToken>), AppError> {
    Ok((StatusCode::CREATED, Json(api_tokens::create(&state, &actor, req).await?)))
}

pub async fn revoke(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Path(id): Path<TokenId>,
) -> Result<Json<ApiToken>, AppError> {
    Ok(Json(api_tokens::revoke(&state, &actor, id).await?))
}
