//! The signed-in person's own settings: e-mail language, password.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::password::{broken_rules, Personal, MAX_CHARS};
use espace_api::session::{ChangePasswordRequest, Me, UpdateMeRequest};
use espace_api::{FieldError, FieldErrorCode};

use crate::auth::extract::CurrentUser;
use crate::auth::session::{token_hash, COOKIE_NAME};
use crate::auth::{blocklist, password};
use crate::error::AppError;
use crate::state::AppState;
use crate::users::audit;

pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<UpdateMeRequest>,
) -> Result<Json<Me>, AppError> {
    sqlx::query("UPDATE users SET language = ?, version = version + 1 WHERE id = ?")
        .bind(req.language.as_str())
        .bind(user.id)
        .execute(&state.pool)
        .await?;
    let user = CurrentUser { language: req.language, ..user };
    Ok(Json(crate::routes::me::load(&state, user).await?))
}

/// Checks the current password, applies the same rules as activation, and ends every other
/// session of this person (this one stays).
pub async fn change_password(
    State(state): State<AppState>,
    user: CurrentUser,
    jar: CookieJar,
    Json(req): Json<ChangePasswordRequest>,
) -> Result<StatusCode, AppError> {
    let stored: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM users WHERE id = ?").bind(user.id).fetch_one(&state.pool).await?;
    if !password::verify_blocking(req.current, stored).await? {
        return Err(AppError::Validation(vec![FieldError {
            field: "current".into(),
            code: FieldErrorCode::WrongPassword,
            max: None,
        }]));
    }
    let personal =
        Personal { email: user.email.clone(), first_name: user.first_name.clone(), last_name: user.last_name.clone() };
    if let Some(rule) = broken_rules(&req.new, &personal, blocklist::is_common).first() {
        let max = (rule.field_error() == FieldErrorCode::TooLong).then_some(MAX_CHARS as u32);
        return Err(AppError::Validation(vec![FieldError { field: "new".into(), code: rule.field_error(), max }]));
    }
    let hash = password::hash_blocking(req.new).await?;
    let this_session = jar.get(COOKIE_NAME).map(|c| token_hash(c.value())).unwrap_or_default();
    let mut tx = state.pool.begin().await?;
    sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?").bind(hash).bind(user.id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?")
        .bind(user.id)
        .bind(this_session)
        .execute(&mut *tx)
        .await?;
    audit::record(&mut tx, user.company_id, user.id, Some(user.id), "password-changed").await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
