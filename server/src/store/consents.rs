//! Each acceptance of the privacy policy: who, which version, in which language, when.

use espace_api::{Language, UserId};

use super::Conn;

pub async fn insert(
    conn: &mut Conn,
    user_id: UserId,
    version: &str,
    language: Language,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO consents (user_id, version, language, accepted_at) VALUES ($1, $2, $3, $4)")
        .bind(user_id)
        .bind(version)
        .bind(language)
        .bind(at)
        .execute(conn)
        .await?;
    Ok(())
}
