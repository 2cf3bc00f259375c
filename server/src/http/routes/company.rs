//! The company's settings page's API (administrators only).

use axum::extract::State;
use axum::Json;
use espace_api::company::{CompanySettings, CompanySettingsRequest};

use crate::auth::extract::AdminUser;
use crate::company;
use crate::error::AppError;
use crate::state::AppState;

pub async fn settings(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
) -> Result<Json<CompanySettings>, AppError> {
    Ok(Json(company::settings(&state, &admin).await?))
}

pub async fn save(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Json(req): Json<CompanySettingsRequest>,
) -> Result<Json<CompanySettings>, AppError> {
    Ok(Json(company::save(&state, &admin, &req).await?))
}
