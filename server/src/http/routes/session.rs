use axum::extract::State;
use axum::http::header::{HeaderName, SET_COOKIE};
use axum::http::StatusCode;
use axum::response::{AppendHeaders, IntoResponse, Response};
use axum::{Extension, Json};
use axum_extra::extract::CookieJar;
use espace_api::second_step::{CodeRequest, SecondStepNeeded};
use espace_api::session::{Me, SignInRequest};
use espace_api::sso::SignedOut;

use crate::account;
use crate::auth::device::{self, Device};
use crate::auth::passkey_sign_in;
use crate::auth::second_step::{self, Proof};
use crate::auth::session::{self, Opened, COOKIE_NAME};
use crate::auth::sign_in::{self, Outcome};
use crate::error::AppError;
use crate::operators::support::{self, Whose};
use crate::state::AppState;
use crate::{operators, sso};

/// `200` and who signed in, or `202` when a second step follows (`second_step`).
pub async fn sign_in(
    State(state): State<AppState>,
    device: Device,
    whose: Option<Extension<Whose>>,
    jar: CookieJar,
    Json(req): Json<SignInRequest>,
) -> Result<Response, AppError> {
    let email = req.email.clone();
    let outcome = match sign_in::sign_in(&state, &device, req).await {
        Ok(outcome) => outcome,
        Err(e) => {
            support::note_email(&state, whose.as_ref().map(|w| &w.0), &email).await;
            return Err(e);
        }
    };
    match outcome {
        Outcome::Opened(opened) => Ok(signed_in(&state, jar, opened).await?.into_response()),
        Outcome::SecondStep { challenge, passkey } => {
            let jar = jar.add(second_step::challenge_cookie(challenge, state.config.secure_cookies));
            Ok((StatusCode::ACCEPTED, jar, Json(SecondStepNeeded { second_step: true, passkey })).into_response())
        }
    }
}

/// `POST /api/session/second-step`: the code that completes a sign-in under way.
pub async fn second_step(
    State(state): State<AppState>,
    device: Device,
    jar: CookieJar,
    Json(req): Json<CodeRequest>,
) -> Result<Response, AppError> {
    let challenge = jar.get(second_step::CHALLENGE_COOKIE).map(|c| c.value().to_owned());
    let secure = state.config.secure_cookies;
    // An operator's sign-in: the console's cookie, and a word for the page to go there.
    if let Some(token) = challenge.as_deref() {
        if operators::account::is_challenged(&state, token).await? {
            let session = operators::account::complete(&state, &device, token, &req).await?;
            let jar = jar.add(second_step::challenge_removal(secure)).add(operators::account::cookie(session, secure));
            return Ok((jar, Json(serde_json::json!({ "operator": true }))).into_response());
        }
    }
    let opened = second_step::complete(&state, &device, challenge.as_deref(), Proof::Code(&req)).await?;
    let jar = jar.add(second_step::challenge_removal(secure));
    Ok(signed_in(&state, jar, opened).await?.into_response())
}

/// `POST /api/session/second-step/passkey/options`: the WebAuthn request for the sign-in
/// under way.
pub async fn passkey_options(
    State(state): State<AppState>,
    jar: CookieJar,
) -> Result<Json<serde_json::Value>, AppError> {
    let challenge = jar.get(second_step::CHALLENGE_COOKIE).map(|c| c.value().to_owned());
    Ok(Json(second_step::passkey_options(&state, challenge.as_deref()).await?))
}

/// `POST /api/session/second-step/passkey`: the browser's answer (its `toJSON()`).
pub async fn second_step_passkey(
    State(state): State<AppState>,
    device: Device,
    jar: CookieJar,
    Json(answer): Json<serde_json::Value>,
) -> Result<SignedIn, AppError> {
    let challenge = jar.get(second_step::CHALLENGE_COOKIE).map(|c| c.value().to_owned());
    let opened = second_step::complete(&state, &device, challenge.as_deref(), Proof::Passkey(&answer)).await?;
    let jar = jar.add(second_step::challenge_removal(state.config.secure_cookies));
    signed_in(&state, jar, opened).await
}

/// `POST /api/session/passkey/options`: the WebAuthn request of a sign-in with a passkey
/// alone, whichever account the browser's passkey names.
pub async fn passkey_sign_in_options(
    State(state): State<AppState>,
    device: Device,
    jar: CookieJar,
) -> Result<(CookieJar, Json<serde_json::Value>), AppError> {
    let (options, token) = passkey_sign_in::start(&state, &device).await?;
    Ok((jar.add(passkey_sign_in::cookie(token, state.config.secure_cookies)), Json(options)))
}

/// `POST /api/session/passkey`: the browser's answer (its `toJSON()`); a session.
pub async fn passkey_sign_in(
    State(state): State<AppState>,
    device: Device,
    jar: CookieJar,
    Json(answer): Json<serde_json::Value>,
) -> Result<SignedIn, AppError> {
    let token = jar.get(passkey_sign_in::COOKIE).map(|c| c.value().to_owned());
    let opened = passkey_sign_in::finish(&state, &device, token.as_deref(), &answer).await?;
    let jar = jar.add(passkey_sign_in::removal(state.config.secure_cookies));
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
