//! Outgoing e-mail: rendered from Fluent in the recipient's language (text and HTML), queued in
//! the `outbox` table in the same transaction as the change that caused it, then delivered by a
//! background task through SMTP when `ESPACE_SMTP_URL` is set, or written as `.eml` files.

pub mod deliver;
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
    let html = render::html_body(email.language, &email.subject, &email.text, email.link.as_deref());
    sqlx::query_scalar(
        "INSERT INTO outbox (user_id, kind, to_address, language, subject, body_text, body_html, link, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(email.user_id)
    .bind(email.kind)
    .bind(&email.to)
    .bind(email.language.as_str())
    .bind(&email.subject)
    .bind(&email.text)
    .bind(html)
    .bind(&email.link)
    .bind(db::now())
    .fetch_one(conn)
    .await
}
