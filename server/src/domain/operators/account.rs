//! An operator's account: invited from the command line with a single-use link, activated by
//! choosing a password and setting up an authenticator app (mandatory: operators reach every
//! company), then signing in at the same page as everyone, password then code. Their session
//! cookie is sent only to `/api/operator`.

use espace_api::fields::Fields as _;
use espace_api::operator::{ActivationField, ActivationRequest, OperatorAction};
use espace_api::password::{broken_rules, Personal};
use espace_api::second_step::{AuthenticatorSetup, Code, CodeField, CodeRequest};
use espace_api::validation::normalize_email;
use espace_api::{ErrorCode, FieldErrorCode, Language};

use crate::auth::second_step::{matching_step, new_app, open_secret, seal_secret, CHALLENGE_SECS};
use crate::auth::session::{new_token, strict_cookie, token_hash};
use crate::auth::sign_in::Attempt;
use crate::auth::{blocklist, device::Device, password};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::operators::{Entry, Operator};
use crate::store::{self, Conn};

/// The operator session's cookie, sent only to the console's API.
pub const COOKIE: &str = "espace_operator";
const COOKIE_PATH: &str = "/api/operator";
/// An activation link works this long.
pub const LINK_SECS: i64 = 72 * 3600;
/// An operator session's lifetime, and how long it may sit unused: shorter than a company
/// session's, for an account that reaches every company.
const SESSION_SECS: i64 = 12 * 3600;
const IDLE_SECS: i64 = 30 * 60;

pub fn cookie(value: String, secure: bool) -> axum_extra::extract::cookie::Cookie<'static> {
    strict_cookie((COOKIE, value), COOKIE_PATH, secure, time::Duration::seconds(SESSION_SECS))
}

pub fn removal(secure: bool) -> axum_extra::extract::cookie::Cookie<'static> {
    strict_cookie((COOKIE, String::new()), COOKIE_PATH, secure, time::Duration::ZERO)
}

/// Invites an operator from the command line (`espace-server operator add`): the activation
/// link to hand over.
pub async fn invite(state: &AppState, name: &str, email: &str, language: Language) -> Result<String, AppError> {
    Ok(invite_by(state, None, name, email, language).await?.1)
}

/// Invites an operator (`by`: the operator who does, `None` for the command line): their id
/// and the activation link to hand over. Again for someone still invited: a new link, the old
/// one void. Refused for an active one, and for an address a company's person signs in with.
pub async fn invite_by(
    state: &AppState,
    by: Option<&Operator>,
    name: &str,
    email: &str,
    language: Language,
) -> Result<(i64, String), AppError> {
    if let Err(v) = espace_api::validation::email(email) {
        return Err(AppError::field("email", v.code));
    }
    let name = if name.trim().is_empty() { email.trim() } else { name.trim() };
    let token = new_token();
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    // One address, one account to sign in to: a company's person keeps theirs.
    if store::users::email_taken(&mut tx, &normalize_email(email)).await? {
        return Err(AppError::field("email", FieldErrorCode::Taken));
    }
    let Some(id) =
        store::operators::invite(&mut tx, (name, email.trim(), &normalize_email(email)), language, store::now())
            .await?
    else {
        return Err(AppError::field("email", FieldErrorCode::Taken));
    };
    store::operators::insert_link(&mut tx, &token_hash(&token), id, store::now() + LINK_SECS).await?;
    let entry = Entry::new(OperatorAction::OperatorInvited, (None, "")).about(email.trim());
    store::operators::record(&mut tx, by, entry, store::now()).await?;
    tx.commit().await?;
    Ok((id, link_to(state, &token)))
}

/// A new activation link for an operator, after a reset: the old password, app and sessions
/// are gone with it.
pub(super) async fn new_link(conn: &mut Conn, state: &AppState, operator_id: i64) -> Result<String, AppError> {
    let token = new_token();
    store::operators::reset(conn, operator_id).await?;
    store::operators::insert_link(conn, &token_hash(&token), operator_id, store::now() + LINK_SECS).await?;
    Ok(link_to(state, &token))
}

fn link_to(state: &AppState, token: &str) -> String {
    state.config.page_url(&format!("/operator/activate#{token}"))
}

async fn invited(conn: &mut Conn, token: &str) -> Result<Operator, AppError> {
    store::operators::link_operator(conn, &token_hash(token), store::now())
        .await?
        .ok_or(AppError::Refused(ErrorCode::InvalidLink))
}

/// The authenticator app to set up with the link: a new secret each time the page opens.
pub async fn start_activation(state: &AppState, token: &str) -> Result<AuthenticatorSetup, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    let operator = invited(&mut tx, token).await?;
    let (secret, setup) = new_app(&operator.email)?;
    store::operators::set_pending_secret(&mut tx, operator.id, &seal_secret(state, &secret)?).await?;
    tx.commit().await?;
    Ok(setup)
}

/// The password and the app's first code: the operator is active and signed in (the session
/// cookie's value).
pub async fn activate(state: &AppState, req: ActivationRequest) -> Result<String, AppError> {
    AppError::check(req.validate())?;
    let operator = invited(&mut *state.pool.acquire().await?, &req.token).await?;
    let personal =
        Personal { email: operator.email.clone(), first_name: operator.name.clone(), last_name: String::new() };
    if let Some(rule) = broken_rules(&req.password, &personal, blocklist::is_common).first() {
        return Err(AppError::password(ActivationField::Password.name(), *rule));
    }
    let wrong_code = || AppError::field(ActivationField::Code.name(), FieldErrorCode::WrongCode);
    let Some(Code::App(digits)) = Code::parse(&req.code) else { return Err(wrong_code()) };
    let hash = password::hash_blocking(req.password).await?;
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    let operator = invited(&mut tx, &req.token).await?;
    let sealed = operator.pending_secret.as_deref().ok_or(AppError::Refused(ErrorCode::InvalidLink))?;
    let step = matching_step(open_secret(state, sealed)?, &digits, store::now())?.ok_or_else(wrong_code)?;
    let now = store::now();
    store::operators::activate(&mut tx, (operator.id, &token_hash(&req.token)), &hash, step, now).await?;
    let session = open_session(&mut tx, operator.id).await?;
    tx.commit().await?;
    tracing::info!(operator = operator.id, "operator activated");
    Ok(session)
}

async fn open_session(conn: &mut Conn, operator_id: i64) -> Result<String, AppError> {
    let token = new_token();
    let now = store::now();
    store::operators::insert_session(conn, &token_hash(&token), operator_id, now, now + SESSION_SECS).await?;
    Ok(token)
}

/// The operator signed in with a cookie's value, if the session is alive; keeps it alive.
pub async fn resolve(state: &AppState, token: &str) -> Result<Option<Operator>, AppError> {
    let now = store::now();
    let hash = token_hash(token);
    let Some((operator, last_seen)) =
        store::operators::session_operator(&state.pool, &hash, now, now - IDLE_SECS).await?
    else {
        return Ok(None);
    };
    if now - last_seen >= 60 {
        store::operators::touch_session(&state.pool, &hash, now).await?;
    }
    Ok(Some(operator))
}

pub async fn sign_out(state: &AppState, token: &str) -> Result<(), AppError> {
    Ok(store::operators::delete_session(&state.pool, &token_hash(token)).await?)
}

/// The password step for an address that is an operator's (no company's person has it): a
/// right password for an active operator starts the code step (the challenge cookie's value);
/// anything else answers as a wrong password would.
pub async fn after_password(state: &AppState, operator: &Operator, password_ok: bool) -> Result<String, AppError> {
    if !(password_ok && operator.is_active()) {
        return Err(AppError::InvalidCredentials);
    }
    let token = new_token();
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    store::operators::insert_challenge(&mut tx, &token_hash(&token), operator.id, store::now() + CHALLENGE_SECS)
        .await?;
    tx.commit().await?;
    Ok(token)
}

/// Whether the challenge cookie's value stands for an operator's sign-in under way.
pub async fn is_challenged(state: &AppState, token: &str) -> Result<bool, AppError> {
    let found =
        store::operators::challenge_operator(&mut *state.pool.acquire().await?, &token_hash(token), store::now())
            .await?;
    Ok(found.is_some())
}

/// Completes an operator's sign-in with the app's code: the session cookie's value. Wrong
/// codes spend the same budgets as wrong passwords (per address and per account); an app
/// code's time step works once. Operators have no recovery codes: another operator invites
/// them again.
pub async fn complete(state: &AppState, device: &Device, token: &str, req: &CodeRequest) -> Result<String, AppError> {
    AppError::check(req.validate())?;
    let wrong_code = || AppError::field(CodeField::Code.name(), FieldErrorCode::WrongCode);
    let expired = || AppError::Refused(ErrorCode::SecondStepExpired);
    let hash = token_hash(token);
    let mut conn = state.pool.acquire().await?;
    let operator_id =
        store::operators::challenge_operator(&mut conn, &hash, store::now()).await?.ok_or_else(expired)?;
    let operator =
        store::operators::by_id(&mut conn, operator_id).await?.filter(Operator::is_active).ok_or_else(expired)?;
    drop(conn);
    let attempt = Attempt::sign_in(state, device, &normalize_email(&operator.email)).await?;
    let Some(Code::App(digits)) = Code::parse(&req.code) else { return Err(wrong_code()) };
    let sealed = operator.totp_secret.as_deref().ok_or_else(expired)?;
    let now = store::now();
    let Some(step) = matching_step(open_secret(state, sealed)?, &digits, now)? else { return Err(wrong_code()) };
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    if !store::operators::use_step(&mut tx, operator.id, step).await? {
        return Err(wrong_code());
    }
    store::operators::delete_challenge(&mut tx, &hash).await?;
    store::operators::signed_in(&mut tx, operator.id, now).await?;
    store::operators::record(&mut tx, Some(&operator), Entry::new(OperatorAction::SignedIn, (None, "")), now).await?;
    let session = open_session(&mut tx, operator.id).await?;
    tx.commit().await?;
    attempt.succeeded().await?;
    Ok(session)
}
