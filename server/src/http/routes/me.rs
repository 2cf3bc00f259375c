//! The signed-in person: who they are, their settings, their consent, their space.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::devices::OpenSession;
use espace_api::links::ConsentRequest;
use espace_api::second_step::{AuthenticatorSetup, CodeRequest, PasskeyNameRequest, RecoveryCodes, SecondStepStatus};
use espace_api::services::MySpace;
use espace_api::session::{ChangeEmailRequest, ChangePasswordRequest, ConfirmEmailRequest, Me, UpdateMeRequest};

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
    account::change_password(&state, &user, ip, &this_session(&jar), req).await?;
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

/// The privacy policy version to accept now, and what changed since the one the reader accepted.
pub async fn privacy_policy(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
) -> Result<Json<espace_api::privacy::PolicyDocument>, AppError> {
    Ok(Json(crate::privacy::document(&state, &user).await?))
}

pub async fn space(State(state): State<AppState>, user: CurrentUser) -> Result<Json<MySpace>, AppError> {
    Ok(Json(account::space(&state, &user).await?))
}

/// The hash of the session the request comes with, to tell it apart in the list.
fn this_session(jar: &CookieJar) -> String {
    jar.get(COOKIE_NAME).map(|c| token_hash(c.value())).unwrap_or_default()
}

/// `GET /api/me/sessions`: where the person is signed in.
pub async fn sessions(
    State(state): State<AppState>,
    user: CurrentUser,
    jar: CookieJar,
) -> Result<Json<Vec<OpenSession>>, AppError> {
    Ok(Json(account::sessions::mine(&state, &user, &this_session(&jar)).await?))
}

/// `DELETE /api/me/sessions/:id`: signs one of them out.
pub async fn end_session(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    account::sessions::end_mine(&state, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/me/sessions/end-others`: signs out everywhere but here.
pub async fn end_other_sessions(
    State(state): State<AppState>,
    user: CurrentUser,
    jar: CookieJar,
) -> Result<StatusCode, AppError> {
    account::sessions::end_my_others(&state, &user, &this_session(&jar)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/me/second-step`: the person's second step.
pub async fn second_step(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
) -> Result<Json<SecondStepStatus>, AppError> {
    Ok(Json(account::second_step::status(&state, &user).await?))
}

/// `POST /api/me/second-step/authenticator`: a new secret to add to an app. Open before the
/// rest of the space, since a company may require it first.
pub async fn start_authenticator(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
) -> Result<Json<AuthenticatorSetup>, AppError> {
    ensure_consented(&user)?;
    Ok(Json(account::second_step::start_setup(&state, &user).await?))
}

/// `POST /api/me/second-step/authenticator/confirm`: the first code; the recovery codes when
/// this is the person's first second step (`null` otherwise).
pub async fn confirm_authenticator(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
    Json(req): Json<CodeRequest>,
) -> Result<Json<Option<RecoveryCodes>>, AppError> {
    ensure_consented(&user)?;
    Ok(Json(account::second_step::confirm_setup(&state, &user, &req).await?))
}

/// `DELETE /api/me/second-step`: no second step any more, where the company allows it.
pub async fn remove_second_step(State(state): State<AppState>, user: CurrentUser) -> Result<StatusCode, AppError> {
    account::second_step::remove(&state, &user).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/me/second-step/recovery-codes`: new codes, the old ones void.
pub async fn renew_recovery_codes(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<RecoveryCodes>, AppError> {
    Ok(Json(account::second_step::renew_codes(&state, &user).await?))
}

/// The privacy policy comes before everything, a second step's setup included.
fn ensure_consented(user: &CurrentUser) -> Result<(), AppError> {
    if user.consent_required() {
        return Err(AppError::Refused(espace_api::ErrorCode::ConsentRequired));
    }
    Ok(())
}

/// `POST /api/me/email`: a new sign-in e-mail, to confirm from the new address.
pub async fn change_email(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Json(req): Json<ChangeEmailRequest>,
) -> Result<StatusCode, AppError> {
    account::email::request(&state, &user, ip, req).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/me/email/confirm`: the new address's link; who the person now is.
pub async fn confirm_email(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(req): Json<ConfirmEmailRequest>,
) -> Result<Json<Me>, AppError> {
    Ok(Json(account::email::confirm(&state, user, req).await?))
}

/// `POST /api/me/passkeys/options`: the WebAuthn creation options for a new passkey.
pub async fn passkey_options(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
    Json(req): Json<PasskeyNameRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    ensure_consented(&user)?;
    Ok(Json(account::second_step::start_passkey(&state, &user, &req).await?))
}

/// `POST /api/me/passkeys`'s body: the name and the browser's credential (its `toJSON()`).
#[derive(Debug, serde::Deserialize)]
pub struct NewPasskey {
    #[serde(flatten)]
    name: PasskeyNameRequest,
    credential: serde_json::Value,
}

/// `POST /api/me/passkeys`: registers the passkey; the recovery codes when it is the
/// person's first second step (`null` otherwise).
pub async fn add_passkey(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
    Json(req): Json<NewPasskey>,
) -> Result<Json<Option<RecoveryCodes>>, AppError> {
    ensure_consented(&user)?;
    Ok(Json(account::second_step::add_passkey(&state, &user, &req.name, &req.credential).await?))
}

/// `PATCH /api/me/passkeys/{id}`: a new name.
pub async fn rename_passkey(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Json(req): Json<PasskeyNameRequest>,
) -> Result<StatusCode, AppError> {
    account::second_step::rename_passkey(&state, &user, id, &req).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/me/passkeys/{id}`.
pub async fn remove_passkey(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    account::second_step::remove_passkey(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
