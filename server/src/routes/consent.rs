use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use espace_api::links::{ConsentRequest, PRIVACY_POLICY_VERSION};
use espace_api::session::Me;
use espace_api::{ErrorCode, FieldError, FieldErrorCode};

use crate::auth::extract::SessionUser;
use crate::db;
use crate::error::request_language;
use crate::error::AppError;
use crate::state::AppState;

/// Records the acceptance of the privacy policy version the person read: who, which version,
/// in which language, when.
pub async fn accept(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
    headers: HeaderMap,
    Json(req): Json<ConsentRequest>,
) -> Result<Json<Me>, AppError> {
    if !req.accepted {
        return Err(AppError::Validation(vec![FieldError {
            field: "accepted".into(),
            code: FieldErrorCode::MustAccept,
            max: None,
        }]));
    }
    if req.version != PRIVACY_POLICY_VERSION {
        // The policy changed while they were reading: they must read the new one.
        return Err(AppError::Refused(ErrorCode::Conflict));
    }
    let now = db::now();
    let mut tx = state.pool.begin().await?;
    sqlx::query("INSERT INTO consents (user_id, version, language, accepted_at) VALUES (?, ?, ?, ?)")
        .bind(user.id)
        .bind(&req.version)
        .bind(request_language(&headers).as_str())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE users SET consent_version = ?, consent_at = ? WHERE id = ?")
        .bind(&req.version)
        .bind(now)
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    let user = crate::auth::extract::CurrentUser { consent_version: Some(req.version), ..user };
    Ok(Json(crate::routes::me::load(&state, user).await?))
}
