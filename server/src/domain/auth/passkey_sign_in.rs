//! Signing in with a passkey alone: the browser offers the person's passkeys for this site
//! (in the e-mail field's suggestions, or on "Sign in with a passkey"), and the chosen one names
//! the account. A passkey proves both something the person has and, unlocked by a PIN or a
//! fingerprint, something they are or know: no second step follows. Its challenge is kept
//! under a cookie only that browser holds, for a few minutes, and works once.

use espace_api::users::UserStatus;
use espace_api::validation::normalize_email;
use espace_api::ErrorCode;
use webauthn_rs::prelude::{DiscoverableAuthentication, Passkey, PublicKeyCredential};

use super::device::Device;
use super::passkeys::{encoded_id, user_handle, webauthn, CEREMONY_SECS};
use super::session::{new_token, strict_cookie, token_hash, Opened};
use super::sign_in::{record_failure, Attempt};
use crate::error::AppError;
use crate::rate_limit::{self, Bucket};
use crate::state::AppState;
use crate::store;

/// The cookie of a password-less sign-in under way, sent only to `/api/session…`.
pub const COOKIE: &str = "espace_passkey_sign_in";

pub fn cookie(value: String, secure: bool) -> axum_extra::extract::cookie::Cookie<'static> {
    strict_cookie((COOKIE, value), "/api/session", secure, time::Duration::seconds(CEREMONY_SECS))
}

pub fn removal(secure: bool) -> axum_extra::extract::cookie::Cookie<'static> {
    strict_cookie((COOKIE, String::new()), "/api/session", secure, time::Duration::ZERO)
}

fn refused() -> AppError {
    AppError::Refused(ErrorCode::PasskeyRefused)
}

/// The options for `navigator.credentials.get` with no account named, and the cookie's value
/// that `finish` needs. Counted per client address: each keeps a row for a few minutes.
pub async fn start(state: &AppState, device: &Device) -> Result<(serde_json::Value, String), AppError> {
    // Spent for good: the page asks once as it opens, whether or not anyone signs in.
    let _spent = rate_limit::take(&state.pool, Bucket::PasskeySignIn, &device.address.to_string()).await?;
    let (options, authentication) =
        webauthn(state)?.start_discoverable_authentication().map_err(|e| AppError::Secret(format!("webauthn: {e}")))?;
    let token = new_token();
    // Nobody is named yet: a row of no company.
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    let kept = serde_json::to_string(&authentication)?;
    store::passkeys::insert_sign_in(&mut tx, &token_hash(&token), &kept, store::now() + CEREMONY_SECS).await?;
    tx.commit().await?;
    Ok((serde_json::to_value(options)?, token))
}

/// Checks the browser's answer to the challenge `token` stands for: a session for the passkey's
/// owner, or the reason not. A key nobody holds, another challenge's answer, or one used twice
/// are all the same refusal; a failed proof of a known key counts toward its owner's lockout
/// like a wrong password.
pub async fn finish(
    state: &AppState,
    device: &Device,
    token: Option<&str>,
    answer: &serde_json::Value,
) -> Result<Opened, AppError> {
    let hash = token.map(token_hash).ok_or_else(refused)?;
    let answer: PublicKeyCredential = serde_json::from_value(answer.clone()).map_err(|_| refused())?;
    let webauthn = webauthn(state)?;
    let (handle, credential) = webauthn.identify_discoverable_authentication(&answer).map_err(|_| refused())?;
    let mut conn = state.pool.acquire().await?;
    let (user_id, row) =
        store::passkeys::by_credential(&mut conn, &encoded_id(credential)).await?.ok_or_else(refused)?;
    if handle != user_handle(user_id) {
        return Err(refused());
    }
    let user = store::users::by_id(&mut conn, user_id).await?.ok_or_else(refused)?;
    let account = normalize_email(&user.email);
    // A company that signs in through its provider does so with passkeys too.
    if crate::sso::sign_in::password_closed(&mut conn, &account, Some(&user)).await? {
        return Err(AppError::Refused(ErrorCode::SsoRequired));
    }
    drop(conn);
    let attempt = Attempt::sign_in(state, device, &account).await?;
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    let Some(kept) = store::passkeys::take_sign_in(&mut tx, &hash, store::now()).await? else {
        return Err(refused());
    };
    // Read again under the lock: a lock or a deactivation since counts.
    let user = store::users::by_id(&mut tx, user_id).await?.ok_or_else(refused)?;
    match user.status {
        UserStatus::Active => {}
        UserStatus::Locked => {
            tx.commit().await?;
            return Err(AppError::AccountLocked);
        }
        _ => {
            tx.commit().await?;
            return Err(refused());
        }
    }
    let authentication: DiscoverableAuthentication = serde_json::from_str(&kept)?;
    let mut passkey: Passkey = serde_json::from_str(&row.passkey)?;
    let Ok(result) = webauthn.finish_discoverable_authentication_v2(&answer, authentication, &passkey) else {
        record_failure(&mut tx, state, user.id).await?;
        tx.commit().await?;
        return Err(refused());
    };
    passkey.update_credential(&result);
    store::passkeys::used(&mut tx, row.id, &serde_json::to_string(&passkey)?, store::now()).await?;
    attempt.open_session(tx, &user, device).await
}
