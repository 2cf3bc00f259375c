use axum::extract::State;
use axum::http::header::{HeaderName, SET_COOKIE};
use axum::response::AppendHeaders;
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::session::{Me, SignInRequest};
use espace_api::sso::SignedOut;

use crate::account;
use crate::auth::device::{self, Device};
use crate::auth::session::{self, Opened, COOKIE_NAME};
use crate::auth::sign_in;
use crate::error::AppError;
use crate::sso;
use crate::state::AppState;

pub async fn sign_in(
    State(state): State<AppState>,
    device: Device,
    jar: CookieJar,
    Json(req): Json<SignInRequest>,
) -> Result<SignedIn, AppError> {
    let opened = sign_in::sign_in(&state, &device, req).await?;
    signed_in(&state, jar, opened).await
}

/// What a sign-in answers: the session's cookie first (a client that reads one cookie reads
/// that one), then the browser's device cookie, and who is now signed in.
pub type SignedIn = (CookieJar, AppendHeaders<[(HeaderName, String); 1]>, Json<Me>);

pub async fn signed_in(state: &AppState, jar: CookieJar, opened: Opened) -> Result<SignedIn, AppError> {
    let secure = state.config.secure_cookies;
    let jar = jar.add(session::cookie(opened.session, secure, state.config.session_ttl_secs));
    let device = AppendHeaders([(SET_COOKIE, device::cookie(opened.device, secure).to_string())]);
    Ok((jar, device, Json(account::me_by_id(state, opened.user_id).await?)))
}

/// Ends this session on the server and clears the cookie; idempotent. A session opened by
/// the company's provider answers with the provider's sign-out address, to offer it.
pub async fn sign_out(State(state): State<AppState>, jar: CookieJar) -> Result<(CookieJar, Json<SignedOut>), AppError> {
    let mut provider_sign_out = None;
    if let Some(cookie) = jar.get(COOKIE_NAME) {
        provider_sign_out = sso::sign_in::provider_sign_out(&state, cookie.value()).await?;
        session::close(&state.pool, cookie.value()).await?;
    }
    let jar = jar.add(session::removal_cookie(state.config.secure_cookies));
    Ok((jar, Json(SignedOut { provider_sign_out })))
}
