use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use espace_api::links::ForgotPasswordRequest;
use espace_api::validation::normalize_email;

use crate::error::AppError;
use crate::state::AppState;
use crate::users::lifecycle;
use espace_api::links::LinkPurpose;

/// Sends a reset link to an active account with this e-mail; answers the same in every case.
pub async fn forgot(
    State(state): State<AppState>,
    Json(req): Json<ForgotPasswordRequest>,
) -> Result<StatusCode, AppError> {
    let user: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email_norm = ? AND status = 'active'")
        .bind(normalize_email(&req.email))
        .fetch_optional(&state.pool)
        .await?;
    if let Some(id) = user {
        let mut tx = state.pool.begin().await?;
        lifecycle::send_link_to(&state, &mut tx, id, LinkPurpose::Reset).await?;
        tx.commit().await?;
    }
    Ok(StatusCode::NO_CONTENT)
}
