use axum::extract::State;
use axum::Json;
use espace_api::session::Health;

use crate::error::AppError;
use crate::readiness::Verdict;
use crate::state::AppState;

/// Liveness: the process answers (a load balancer restarts it when this fails).
pub async fn health() -> Json<Health> {
    Json(Health { status: "ok".into() })
}

/// Readiness: the database answers and carries every migration this build knows, so the
/// instance can take traffic; not while it drains (`readiness` says why a busy pool is not a
/// reason to answer 503).
pub async fn ready(State(state): State<AppState>) -> Result<Json<Health>, AppError> {
    if state.draining.load(std::sync::atomic::Ordering::SeqCst) {
        return Err(AppError::Refused(espace_api::ErrorCode::NotReady));
    }
    match state.readiness.check(&state.pool).await {
        Verdict::Ready => Ok(Json(Health { status: "ready".into() })),
        Verdict::OtherMigrations => Err(AppError::Refused(espace_api::ErrorCode::NotReady)),
        // Nothing recent from the database: as a request that found no connection in time
        // (503 with `Retry-After`).
        Verdict::Unknown => Err(AppError::Database(sqlx::Error::PoolTimedOut)),
    }
}
