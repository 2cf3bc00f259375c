//! Outgoing e-mail: rendered from Fluent in the recipient's language and written to the outbox
//! (the `outbox` table), in the same transaction as the change that caused it.

pub mod render;

use espace_api::Language;
use sqlx::SqliteConnection;

use crate::db;

#[derive(Debug, Clone)]
pub struct Email {
    pub user_id: i64,
    pub kind: &'static str,
    pub to: String,
    pub language: Language,
    pub subject: String,
    pub text: String,
    pub link: Option<String>,
}

pub async fn queue(conn: &mut SqliteConnection, email: &Email) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO outbox (user_id, kind, to_address, language, subject, body_text, link, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(email.user_id)
    .bind(email.kind)
    .bind(&email.to)
    .bind(email.language.as_str())
    .bind(&email.subject)
    .bind(&email.text)
    .bind(&email.link)
    .bind(db::now())
    .fetch_one(conn)
    .await
}
