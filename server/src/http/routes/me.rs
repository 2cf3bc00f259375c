//! The signed-in person: who they are, their settings, their consent, their space.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::links::ConsentRequest;
use espace_api::services::MySpace;
use espace_api::session::{ChangePasswordRequest, Me, UpdateMeRequest};

use crate::account;
use crate::auth::client_ip::ClientIp;
use crate::auth::extract::{CurrentUser, SessionUser};
use crate::auth::session::{token_hash, COOKIE_NAME};
use crate::error::{request_language, AppError};
use crate::state::AppState;

pub async fn me(State(state): State<AppState>, SessionUser(user): SessionUser) -> Result<Json<Me>, AppError> {
    Ok(Json(account::me(&state, user).await?))
}

/// Who is signed in, if anyone: `null` rather than 401 when no one is, since a signed-out
/// visitor is the normal case on the sign-in page (a 401 there would be an error in every
/// browser console).
pub async fn current(
    State(state): State<AppState>,
    session: Result<SessionUser, AppError>,
) -> Result<Json<Option<Me>>, AppError> {
    match session {
        Ok(SessionUser(user)) => Ok(Json(Some(account::me(&state, user).await?))),
        Err(AppError::Unauthenticated) => Ok(Json(None)),
        Err(e) => Err(e),
    }
}

pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<UpdateMeRequest>,
) -> Result<Json<Me>, AppError> {
    Ok(Json(account::set_language(&state, user, req.language).await?))
}

pub async fn change_password(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    Json(req): Json<ChangePasswordRequest>,
) -> Result<StatusCode, AppError> {
    let this_session = jar.get(COOKIE_NAME).map(|c| token_hash(c.value())).unwrap_or_default();
    account::change_password(&state, &user, ip, &this_session, req).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn consent(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
    headers: HeaderMap,
    Json(req): Json<ConsentRequest>,
) -> Result<Json<Me>, AppError> {
    Ok(Json(account::accept_policy(&state, user, request_language(&headers), req).await?))
}

pub async fn space(State(state): State<AppState>, user: CurrentUser) -> Result<Json<MySpace>, AppError> {
    Ok(Json(account::space(&state, &user).await?))
}
