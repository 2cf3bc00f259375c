use axum::extract::State;
use axum::Json;
use espace_api::session::Health;

use crate::error::AppError;
use crate::state::AppState;
use crate::store;

/// Liveness: the process answers (a load balancer restarts it when this fails).
pub async fn health() -> Json<Health> {
    Json(Health { status: "ok".into() })
}

/// Readiness: the database answers and carries every migration this build knows, so the
/// instance can take traffic.
pub async fn ready(State(state): State<AppState>) -> Result<Json<Health>, AppError> {
    if state.draining.load(std::sync::atomic::Ordering::SeqCst) {
        return Err(AppError::Refused(espace_api::ErrorCode::NotReady));
    }
    store::ping(&state.pool).await?;
    if !store::migrations_current(&state.pool).await? {
        tracing::warn!("database migrations are not those of this build");
        return Err(AppError::Refused(espace_api::ErrorCode::NotReady));
    }
    Ok(Json(Health { status: "ready".into() }))
}
