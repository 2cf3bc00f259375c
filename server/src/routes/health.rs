use axum::extract::State;
use axum::Json;
use espace_api::session::Health;

use crate::error::AppError;
use crate::state::AppState;
use crate::store;

/// Healthy means the database answers, not merely that the process runs.
pub async fn health(State(state): State<AppState>) -> Result<Json<Health>, AppError> {
    store::ping(&state.pool).await?;
    Ok(Json(Health { status: "ok".into() }))
}
