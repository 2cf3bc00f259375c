use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

use crate::db;

pub const COOKIE_NAME: &str = "espace_session";

/// 32 random bytes for the cookie; only their SHA-256 is stored.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub async fn create(pool: &SqlitePool, user_id: i64, ttl_secs: i64) -> Result<String, sqlx::Error> {
    let token = new_token();
    let now = db::now();
    sqlx::query("INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)")
        .bind(token_hash(&token))
        .bind(user_id)
        .bind(now)
        .bind(now)
        .bind(now + ttl_secs)
        .execute(pool)
        .await?;
    Ok(token)
}

pub async fn delete(pool: &SqlitePool, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = ?").bind(token_hash(token)).execute(pool).await?;
    Ok(())
}

pub fn cookie(token: String, secure: bool, max_age_secs: i64) -> Cookie<'static> {
    Cookie::build((COOKIE_NAME, token))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path("/")
        .secure(secure)
        .max_age(time_secs(max_age_secs))
        .build()
}

/// The same cookie, emptied and already expired, so the browser drops it.
pub fn removal_cookie(secure: bool) -> Cookie<'static> {
    cookie(String::new(), secure, 0)
}

fn time_secs(secs: i64) -> time::Duration {
    time::Duration::seconds(secs)
}
