use axum::extract::State;
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::session::{Me, SignInRequest};
use espace_api::sso::SignedOut;
use espace_api::UserId;

use crate::account;
use crate::auth::device::Device;
use crate::auth::session::{self, COOKIE_NAME};
use crate::auth::sign_in;
use crate::error::AppError;
use crate::sso;
use crate::state::AppState;

pub async fn sign_in(
    State(state): State<AppState>,
    device: Device,
    jar: CookieJar,
    Json(req): Json<SignInRequest>,
) -> Result<(CookieJar, Json<Me>), AppError> {
    let (token, user_id) = sign_in::sign_in(&state, &device, req).await?;
    signed_in(&state, jar, token, user_id).await
}

/// The cookie of a session just opened, and who is now signed in.
pub async fn signed_in(
    state: &AppState,
    jar: CookieJar,
    token: String,
    user_id: UserId,
) -> Result<(CookieJar, Json<Me>), AppError> {
    let jar = jar.add(session::cookie(token, state.config.secure_cookies, state.config.session_ttl_secs));
    Ok((jar, Json(account::me_by_id(state, user_id).await?)))
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
