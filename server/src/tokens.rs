//! Single-use links (activation, password reset): 32 random bytes for the URL, only their
//! SHA-256 stored, an expiry, and a new link revoking the older ones of the same purpose.

use espace_api::links::LinkPurpose;
use sqlx::SqliteConnection;

use crate::auth::session::{new_token, token_hash};
use crate::db;

pub struct Issued {
    pub token: String,
    pub expires_at: i64,
}

pub async fn issue(
    conn: &mut SqliteConnection,
    user_id: i64,
    purpose: LinkPurpose,
    ttl_secs: i64,
) -> Result<Issued, sqlx::Error> {
    let now = db::now();
    revoke(conn, user_id, purpose).await?;
    let token = new_token();
    let expires_at = now + ttl_secs;
    sqlx::query("INSERT INTO tokens (hash, user_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
        .bind(token_hash(&token))
        .bind(user_id)
        .bind(purpose.as_str())
        .bind(now)
        .bind(expires_at)
        .execute(conn)
        .await?;
    Ok(Issued { token, expires_at })
}

pub async fn revoke(conn: &mut SqliteConnection, user_id: i64, purpose: LinkPurpose) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(db::now())
    .bind(user_id)
    .bind(purpose.as_str())
    .execute(conn)
    .await?;
    Ok(())
}
