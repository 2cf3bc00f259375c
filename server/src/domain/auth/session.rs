//! Sessions: a random token in an HttpOnly, SameSite=Strict cookie; only its SHA-256 stored.
//! A session ends at its lifetime, after the idle timeout, at sign-out, and when the account
//! is deactivated or its password changes.

use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine;
use espace_api::{ErrorCode, UserId};
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::device::Device;
use crate::config::Config;
use crate::error::AppError;
use crate::store::{self, Conn, Pool};

pub const COOKIE_NAME: &str = "espace_session";
/// The idle clock is written at most this often per session (a write per request would
/// queue every request behind the database's write lock).
const TOUCH_EVERY_SECS: i64 = 60;

/// 32 random bytes, URL-safe: session cookies and link tokens.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A session just opened by a sign-in: its cookie's value, the browser's device cookie value,
/// and who signed in.
#[derive(Debug)]
pub struct Opened {
    pub session: String,
    pub device: String,
    pub user_id: UserId,
}

/// Opens a session from `device` in the caller's transaction; returns the cookie's value.
/// Every way in comes through here (password, second step, passkey, link, identity provider):
/// a suspended company's people get no session, whichever.
pub async fn open(conn: &mut Conn, config: &Config, user_id: UserId, device: &Device) -> Result<String, AppError> {
    if store::operators::suspended_user(conn, user_id).await? {
        return Err(AppError::Refused(ErrorCode::CompanySuspended));
    }
    let token = new_token();
    let now = store::now();
    // The list's handle is random on its own: nothing about the cookie can be learnt from it.
    let mut handle = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut handle);
    let public_id: String = handle.iter().map(|b| format!("{b:02x}")).collect();
    store::sessions::insert(
        conn,
        &store::sessions::NewSession {
            id_hash: &token_hash(&token),
            public_id: &public_id,
            user_id,
            now,
            expires_at: now + config.session_ttl_secs,
            user_agent: &device.user_agent,
            address: &device.address.to_string(),
        },
    )
    .await?;
    Ok(token)
}

/// The person behind a cookie's value, if the session is alive; keeps it alive.
pub async fn resolve(
    pool: &Pool,
    config: &Config,
    token: &str,
) -> Result<Option<store::sessions::SessionUser>, sqlx::Error> {
    let now = store::now();
    let hash = token_hash(token);
    let found = store::sessions::user(pool, &hash, now, now - config.session_idle_secs).await?;
    if let Some(user) = &found {
        if now - user.last_seen_at >= TOUCH_EVERY_SECS {
            store::sessions::touch(pool, &hash, now).await?;
        }
    }
    Ok(found)
}

pub async fn close(pool: &Pool, token: &str) -> Result<(), sqlx::Error> {
    store::sessions::delete(pool, &token_hash(token)).await
}

pub fn cookie(token: String, secure: bool, max_age_secs: i64) -> Cookie<'static> {
    strict_cookie((COOKIE_NAME, token), "/", secure, time::Duration::seconds(max_age_secs))
}

/// A cookie no script reads and no other site's request carries: the session's, the device's.
pub fn strict_cookie(
    (name, value): (&'static str, String),
    path: &'static str,
    secure: bool,
    max_age: time::Duration,
) -> Cookie<'static> {
    Cookie::build((name, value))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path(path)
        .secure(secure)
        .max_age(max_age)
        .build()
}

/// The same cookie, emptied and already expired, so the browser drops it.
pub fn removal_cookie(secure: bool) -> Cookie<'static> {
    cookie(String::new(), secure, 0)
}
