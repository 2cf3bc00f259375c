//! The second sign-in step. A right password from someone with an authenticator app opens no
//! session: it starts a short, single-use challenge (a cookie only this browser holds), which a
//! code from the app or an unused recovery code completes. Wrong codes count like wrong
//! passwords: the same budgets per address (or known browser) and account, the same lockout.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::fields::Fields as _;
use espace_api::second_step::{AuthenticatorSetup, Code, CodeField, CodeRequest, QrModules};
use espace_api::users::UserStatus;
use espace_api::validation::normalize_email;
use espace_api::{ErrorCode, FieldErrorCode, UserId};
use qrcode::{Color, QrCode};
use rand::rngs::OsRng;
use rand::RngCore;
use totp_rs::{Builder, Totp};

use super::device::Device;
use super::session::{new_token, strict_cookie, token_hash, Opened};
use super::sign_in::{record_failure, Attempt};
use crate::audit::{self, Actor};
use crate::config::Secret;
use crate::error::AppError;
use crate::seal;
use crate::state::AppState;
use crate::store::{self, Conn};

/// The cookie of a sign-in awaiting its second step, sent only to `/api/session…`.
pub const CHALLENGE_COOKIE: &str = "espace_second_step";
/// Time enough to open an app or find a recovery code.
pub const CHALLENGE_SECS: i64 = 5 * 60;
/// What authenticator apps list the account under.
const ISSUER: &str = "Espace";
/// 160 bits, as RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;

/// The app's generator for a raw secret, labelled with the person's address.
pub fn totp(secret: Vec<u8>, account: &str) -> Result<Totp, AppError> {
    Builder::new()
        .with_secret(secret)
        .with_issuer(Some(ISSUER))
        // A colon would split the label in two in the app.
        .with_account_name(account.replace(':', ""))
        .build()
        .map_err(|e| AppError::Secret(format!("authenticator: {e}")))
}

/// A new random secret for an app labelled with `account`, and what the person sees of it:
/// the key as text, the `otpauth://` URI and its QR code's modules.
pub fn new_app(account: &str) -> Result<(Vec<u8>, AuthenticatorSetup), AppError> {
    let mut secret = vec![0u8; SECRET_BYTES];
    OsRng.fill_bytes(&mut secret);
    let generator = totp(secret.clone(), account)?;
    let uri = generator.to_url().map_err(|e| AppError::Secret(e.to_string()))?;
    let text = generator.secret().to_base32();
    let qr = QrCode::new(uri.as_bytes()).map_err(|e| AppError::Secret(e.to_string()))?;
    let modules = qr.to_colors().iter().map(|c| if *c == Color::Dark { '1' } else { '0' }).collect();
    let size = u32::try_from(qr.width()).unwrap_or_default();
    Ok((secret, AuthenticatorSetup { secret: text, uri, qr: QrModules { size, modules } }))
}

fn key(state: &AppState) -> Result<&Secret, AppError> {
    state.config.secret_key.as_ref().ok_or_else(|| AppError::Secret("no secret key".into()))
}

/// `secret` sealed for storage.
pub fn seal_secret(state: &AppState, secret: &[u8]) -> Result<String, AppError> {
    seal::seal(key(state)?, &STANDARD.encode(secret)).map_err(|e| AppError::Secret(e.to_string()))
}

/// A stored secret, opened.
pub fn open_secret(state: &AppState, sealed: &str) -> Result<Vec<u8>, AppError> {
    let encoded = seal::open(key(state)?, sealed).map_err(|e| AppError::Secret(e.to_string()))?;
    STANDARD.decode(encoded.expose()).map_err(|_| AppError::Secret("authenticator secret unreadable".into()))
}

/// The time step `code` matches for `secret` now (±1 step for clocks a little off), if any.
pub fn matching_step(secret: Vec<u8>, code: &str, now: i64) -> Result<Option<i64>, AppError> {
    let totp = totp(secret, "")?;
    let now = u64::try_from(now).unwrap_or_default();
    Ok(totp.check(code, now).and_then(|step| i64::try_from(step).ok()))
}

/// Whether `code` is right for the person, using it up: an app code's time step can be used
/// once (a replayed or older code is refused); a recovery code once at all.
pub async fn use_code(conn: &mut Conn, state: &AppState, user_id: UserId, code: &Code) -> Result<bool, AppError> {
    let now = store::now();
    match code {
        Code::App(digits) => {
            let Some(sealed) = store::second_step::authenticator(conn, user_id).await?.and_then(|a| a.secret) else {
                return Ok(false);
            };
            match matching_step(open_secret(state, &sealed)?, digits, now)? {
                Some(step) => Ok(store::second_step::use_step(conn, user_id, step).await?),
                None => Ok(false),
            }
        }
        Code::Recovery(bare) => {
            let used = store::second_step::use_recovery_code(conn, user_id, &token_hash(bare), now).await?;
            if used {
                let user = store::users::by_id(conn, user_id).await?.ok_or(AppError::Unauthenticated)?;
                audit::record_user(conn, Actor::Person, &user, AuditAction::RecoveryCodeUsed, &AuditChanges::default())
                    .await?;
            }
            Ok(used)
        }
    }
}

/// Starts the second step for `user_id`, in the caller's transaction; the challenge cookie's
/// value.
pub async fn challenge(conn: &mut Conn, user_id: UserId) -> Result<String, AppError> {
    let token = new_token();
    store::second_step::insert_challenge(conn, &token_hash(&token), user_id, store::now() + CHALLENGE_SECS).await?;
    Ok(token)
}

pub fn challenge_cookie(value: String, secure: bool) -> axum_extra::extract::cookie::Cookie<'static> {
    strict_cookie((CHALLENGE_COOKIE, value), "/api/session", secure, time::Duration::seconds(CHALLENGE_SECS))
}

pub fn challenge_removal(secure: bool) -> axum_extra::extract::cookie::Cookie<'static> {
    strict_cookie((CHALLENGE_COOKIE, String::new()), "/api/session", secure, time::Duration::ZERO)
}

/// What the person gives as their second step.
pub enum Proof<'a> {
    /// A code from the app, or a recovery code.
    Code(&'a CodeRequest),
    /// The browser's answer to the passkey challenge (`passkey_options`).
    Passkey(&'a serde_json::Value),
}

/// The hash of a live challenge cookie and the person it is for.
async fn challenged(state: &AppState, token: Option<&str>) -> Result<(String, UserId), AppError> {
    let hash = token.map(token_hash).ok_or(AppError::Refused(ErrorCode::SecondStepExpired))?;
    let mut conn = state.pool.acquire().await?;
    let user_id = store::second_step::challenge_user(&mut conn, &hash, store::now())
        .await?
        .ok_or(AppError::Refused(ErrorCode::SecondStepExpired))?;
    Ok((hash, user_id))
}

/// The WebAuthn options for the sign-in under way, to prove one of the person's passkeys.
pub async fn passkey_options(state: &AppState, token: Option<&str>) -> Result<serde_json::Value, AppError> {
    let (hash, user_id) = challenged(state, token).await?;
    let options = super::passkeys::start_sign_in(state, user_id, &hash)
        .await?
        .ok_or(AppError::Refused(ErrorCode::PasskeyRefused))?;
    Ok(serde_json::to_value(options)?)
}

/// Completes the sign-in the challenge `token` stands for with `proof`: a session, or the
/// reason not.
pub async fn complete(
    state: &AppState,
    device: &Device,
    token: Option<&str>,
    proof: Proof<'_>,
) -> Result<Opened, AppError> {
    let wrong_code = || AppError::field(CodeField::Code.name(), FieldErrorCode::WrongCode);
    let code = match proof {
        Proof::Code(req) => {
            AppError::check(req.validate())?;
            Some(Code::parse(&req.code).ok_or_else(wrong_code)?)
        }
        Proof::Passkey(_) => None,
    };
    let (hash, user_id) = challenged(state, token).await?;
    let user = store::users::by_id(&mut *state.pool.acquire().await?, user_id)
        .await?
        .ok_or(AppError::Refused(ErrorCode::SecondStepExpired))?;
    let attempt = Attempt::sign_in(state, device, &normalize_email(&user.email)).await?;
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    // Read again under the lock: a lock or a deactivation since the password counts.
    let user = store::users::by_id(&mut tx, user_id).await?.ok_or(AppError::Refused(ErrorCode::SecondStepExpired))?;
    match user.status {
        UserStatus::Active => {}
        // They knew the password: they may learn the account is locked (and was e-mailed).
        UserStatus::Locked => return Err(AppError::AccountLocked),
        _ => return Err(AppError::Refused(ErrorCode::SecondStepExpired)),
    }
    let proven = match (&code, proof) {
        (Some(code), _) => use_code(&mut tx, state, user.id, code).await?,
        (None, Proof::Passkey(answer)) => super::passkeys::verify(&mut tx, state, user.id, &hash, answer).await?,
        (None, Proof::Code(_)) => false,
    };
    if !proven {
        record_failure(&mut tx, state, user.id).await?;
        tx.commit().await?;
        return Err(if code.is_some() { wrong_code() } else { AppError::Refused(ErrorCode::PasskeyRefused) });
    }
    store::second_step::delete_challenge(&mut tx, &hash).await?;
    attempt.open_session(tx, &user, device).await
}
