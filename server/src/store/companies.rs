//! Companies: the customer organisations whose users Espace manages.

use espace_api::Language;

use super::Conn;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Company {
    pub id: i64,
    pub name: String,
    pub language: Language,
    /// 0 or 1.
    pub sso_enabled: i64,
}

pub async fn by_id(conn: &mut Conn, id: i64) -> Result<Option<Company>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, language, sso_enabled FROM companies WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

pub async fn count(conn: &mut Conn) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM companies").fetch_one(conn).await
}
