use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::links::{ForgotPasswordRequest, LinkInfo, SetPasswordRequest, TokenRequest};

use crate::auth::device::Device;
use crate::auth::links;
use crate::error::AppError;
use crate::routes::session::{signed_in, SignedIn};
use crate::state::AppState;

pub async fn inspect(State(state): State<AppState>, Json(req): Json<TokenRequest>) -> Result<Json<LinkInfo>, AppError> {
    Ok(Json(links::inspect(&state, &req.token).await?))
}

pub async fn renew(State(state): State<AppState>, Json(req): Json<TokenRequest>) -> Result<StatusCode, AppError> {
    links::renew(&state, &req.token).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn complete(
    State(state): State<AppState>,
    device: Device,
    jar: CookieJar,
    Json(req): Json<SetPasswordRequest>,
) -> Result<SignedIn, AppError> {
    let opened = links::complete(&state, &device, req).await?;
    signed_in(&state, jar, opened).await
}

pub async fn forgot(
    State(state): State<AppState>,
    Json(req): Json<ForgotPasswordRequest>,
) -> Result<StatusCode, AppError> {
    AppError::check(req.validate())?;
    links::forgot(&state, &req.email).await?;
    Ok(StatusCode::NO_CONTENT)
}
