use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::session::{Me, SignInRequest};
use espace_api::validation::normalize_email;

use crate::auth::extract::CurrentUser;
use crate::auth::{password, session};
use crate::db;
use crate::error::AppError;
use crate::state::AppState;

/// Wrong passwords in a row that lock an account (the reference's DENIED).
pub const MAX_FAILED_SIGN_INS: i64 = 10;

#[derive(sqlx::FromRow)]
struct Candidate {
    id: i64,
    status: String,
    password_hash: Option<String>,
    failed_sign_ins: i64,
}

pub async fn sign_in(
    State(state): State<AppState>,
    jar: CookieJar,
    Json(req): Json<SignInRequest>,
) -> Result<(CookieJar, Json<Me>), AppError> {
    let errors = req.validate();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let candidate: Option<Candidate> =
        sqlx::query_as("SELECT id, status, password_hash, failed_sign_ins FROM users WHERE email_norm = ?")
            .bind(normalize_email(&req.email))
            .fetch_optional(&state.pool)
            .await?;
    let stored = candidate.as_ref().and_then(|c| c.password_hash.clone());
    let password_ok = password::verify_blocking(req.password, stored).await?;
    let Some(user) = candidate else {
        return Err(AppError::InvalidCredentials);
    };
    match user.status.as_str() {
        "locked" => return Err(AppError::AccountLocked),
        // Not yet activated or deactivated: the same answer as a wrong password.
        "active" => {}
        _ => return Err(AppError::InvalidCredentials),
    }
    let now = db::now();
    if !password_ok {
        let failed = user.failed_sign_ins + 1;
        let lock = failed >= MAX_FAILED_SIGN_INS;
        sqlx::query(
            "UPDATE users SET failed_sign_ins = ?,
                 status = CASE WHEN ? THEN 'locked' ELSE status END,
                 status_reason = CASE WHEN ? THEN 'failed-sign-ins' ELSE status_reason END,
                 status_changed_at = CASE WHEN ? THEN ? ELSE status_changed_at END,
                 version = version + CASE WHEN ? THEN 1 ELSE 0 END
             WHERE id = ?",
        )
        .bind(failed)
        .bind(lock)
        .bind(lock)
        .bind(lock)
        .bind(now)
        .bind(lock)
        .bind(user.id)
        .execute(&state.pool)
        .await?;
        if lock {
            let mut conn = state.pool.acquire().await?;
            let company_id: i64 = sqlx::query_scalar("SELECT company_id FROM users WHERE id = ?")
                .bind(user.id)
                .fetch_one(&mut *conn)
                .await?;
            crate::users::audit::record(&mut conn, company_id, user.id, None, "lock").await?;
            return Err(AppError::AccountLocked);
        }
        return Err(AppError::InvalidCredentials);
    }
    sqlx::query("UPDATE users SET failed_sign_ins = 0, last_sign_in_at = ? WHERE id = ?")
        .bind(now)
        .bind(user.id)
        .execute(&state.pool)
        .await?;
    start(&state, jar, user.id).await
}

/// Opens a session for `user_id`: the cookie to set and who is now signed in.
pub async fn start(state: &AppState, jar: CookieJar, user_id: i64) -> Result<(CookieJar, Json<Me>), AppError> {
    let ttl = state.config.session_ttl_secs;
    let token = session::create(&state.pool, user_id, ttl).await?;
    let jar = jar.add(session::cookie(token.clone(), state.config.secure_cookies, ttl));
    let current = CurrentUser::from_session(&state.pool, &token).await?;
    Ok((jar, Json(crate::routes::me::load(state, current).await?)))
}

/// Ends this session on the server and clears the cookie; idempotent.
pub async fn sign_out(State(state): State<AppState>, jar: CookieJar) -> Result<(CookieJar, StatusCode), AppError> {
    if let Some(cookie) = jar.get(session::COOKIE_NAME) {
        session::delete(&state.pool, cookie.value()).await?;
    }
    let jar = jar.add(session::removal_cookie(state.config.secure_cookies));
    Ok((jar, StatusCode::NO_CONTENT))
}
