//! Outgoing e-mail: rendered from Fluent in the recipient's language (text and HTML), queued in
//! the `outbox` table in the same transaction as the change that caused it, then delivered by a
//! background loop through SMTP when `ESPACE_SMTP_URL` is set, or written as `.eml` files.

pub mod deliver;
pub mod render;

use espace_api::mail::EmailKind;
use espace_api::{CompanyId, Language, UserId};

use crate::store::{self, Conn};

#[derive(Debug, Clone)]
pub struct Email {
    /// The recipient, when they are a user.
    pub user_id: Option<UserId>,
    pub kind: EmailKind,
    pub to: String,
    pub language: Language,
    pub subject: String,
    pub text: String,
    pub link: Option<String>,
}

/// A notice to each active administrator of `company_id` except `except` (0: none), each in
/// their own language: `write` gives its (subject, text) for the administrator.
pub async fn to_admins(
    conn: &mut Conn,
    company_id: CompanyId,
    except: UserId,
    kind: EmailKind,
    write: impl Fn(&store::users::User) -> (String, String),
) -> Result<(), sqlx::Error> {
    for admin in store::users::other_active_admins(conn, company_id, except).await? {
        let (subject, text) = write(&admin);
        let email = Email {
            user_id: Some(admin.id),
            kind,
            to: admin.mail_to().to_owned(),
            language: admin.language,
            subject,
            text,
            link: None,
        };
        queue(conn, &email).await?;
    }
    Ok(())
}

pub async fn queue(conn: &mut Conn, email: &Email) -> Result<i64, sqlx::Error> {
    let html = render::html_body(email.language, email.kind, &email.subject, &email.text, email.link.as_deref());
    store::outbox::insert(
        conn,
        &store::outbox::NewEmail {
            user_id: email.user_id,
            kind: email.kind,
            to: &email.to,
            language: email.language,
            subject: &email.subject,
            text: &email.text,
            html: &html,
            link: email.link.as_deref(),
            now: store::now(),
        },
    )
    .await
}
