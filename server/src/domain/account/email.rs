//! The person's own sign-in e-mail. A change is asked for with the current password and
//! applies only once the link sent to the new address is used; the old address is then told,
//! with a link that puts it back (and asks for a new password) for 72 hours. Whoever signs in
//! through the company's provider cannot change it: the provider owns it.

use std::net::IpAddr;

use espace_api::audit::{AuditAction, AuditChanges, Change};
use espace_api::fields::Fields as _;
use espace_api::mail::EmailKind;
use espace_api::session::{ChangeEmailRequest, ConfirmEmailRequest, EmailChangeField, Me};
use espace_api::validation::normalize_email;
use espace_api::{ErrorCode, FieldErrorCode};

use crate::auth::extract::CurrentUser;
use crate::auth::password;
use crate::auth::session::{new_token, token_hash};
use crate::auth::sign_in::{record_failure, Attempt};
use crate::error::AppError;
use crate::mail::{self, render};
use crate::rate_limit::{self, Bucket};
use crate::state::AppState;
use crate::store::email_changes::{Kind, NewChange};
use crate::store::users::User;
use crate::store::{self, Conn};
use crate::users::fold::search_text;

/// How long the old address can put itself back.
pub const UNDO_SECS: i64 = 72 * 3600;

/// Checks the password and the new address, then e-mails the new address its link.
pub async fn request(
    state: &AppState,
    user: &CurrentUser,
    ip: IpAddr,
    req: ChangeEmailRequest,
) -> Result<(), AppError> {
    AppError::check(req.validate())?;
    let mut conn = state.pool.acquire().await?;
    let current = store::users::by_id(&mut conn, user.id).await?.ok_or(AppError::Unauthenticated)?;
    if crate::sso::sign_in::enforced(&mut conn, &current).await? {
        return Err(AppError::Refused(ErrorCode::SsoManaged));
    }
    drop(conn);
    let attempt = Attempt::start(state, ip, &normalize_email(&current.email)).await?;
    if !password::verify_blocking(req.password, current.password_hash.clone()).await? {
        let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
        record_failure(&mut tx, state, user.id).await?;
        tx.commit().await?;
        return Err(AppError::field(EmailChangeField::Password.name(), FieldErrorCode::WrongPassword));
    }
    attempt.succeeded().await?;
    // Counted once the password is right: each request e-mails an address of their choice.
    let _counted = rate_limit::take(&state.pool, Bucket::EmailChange, &user.id.to_string()).await?;
    let new_norm = normalize_email(&req.email);
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    if store::users::email_taken(&mut tx, &new_norm).await? {
        return Err(AppError::field(EmailChangeField::Email.name(), FieldErrorCode::Taken));
    }
    let now = store::now();
    store::email_changes::cancel_pending(&mut tx, user.id, now).await?;
    let token = new_token();
    let expires_at = now + state.config.activation_ttl_secs;
    let new_email = req.email.trim();
    let change = NewChange {
        token_hash: &token_hash(&token),
        user_id: user.id,
        kind: Kind::Confirm,
        old_email: &current.email,
        new_email,
        now,
        expires_at,
    };
    store::email_changes::insert(&mut tx, &change).await?;
    let link = format!("{}#t={token}", state.config.page_url("/confirm-email"));
    let e = render::EmailChange { user: &current, other_address: &current.email, link: &link, expires_at };
    queue(
        &mut tx,
        &current,
        new_email,
        EmailKind::EmailChangeConfirm,
        render::email_change(EmailKind::EmailChangeConfirm, &e),
        &link,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The link from the new address, opened by the person signed in: the change applies, and
/// the old address gets its undo link.
pub async fn confirm(state: &AppState, user: CurrentUser, req: ConfirmEmailRequest) -> Result<Me, AppError> {
    let now = store::now();
    let hash = token_hash(&req.token);
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    let change = store::email_changes::find(&mut tx, &hash, Kind::Confirm)
        .await?
        .filter(|c| c.user_id == user.id && c.used_at.is_none() && c.expires_at > now)
        .ok_or(AppError::Refused(ErrorCode::InvalidLink))?;
    let current = store::users::by_id(&mut tx, user.id).await?.ok_or(AppError::Unauthenticated)?;
    // Changed some other way since (a directory, an administrator): this link is stale.
    if normalize_email(&current.email) != normalize_email(&change.old_email) {
        return Err(AppError::Refused(ErrorCode::InvalidLink));
    }
    if store::users::email_taken(&mut tx, &normalize_email(&change.new_email)).await? {
        return Err(AppError::Refused(ErrorCode::Conflict));
    }
    if !store::email_changes::mark_used(&mut tx, &hash, now).await? {
        return Err(AppError::Refused(ErrorCode::InvalidLink));
    }
    set_email(&mut tx, &current, &change.new_email).await?;
    let token = new_token();
    let expires_at = now + UNDO_SECS;
    let undo = NewChange {
        token_hash: &token_hash(&token),
        user_id: user.id,
        kind: Kind::Undo,
        old_email: &change.old_email,
        new_email: &change.new_email,
        now,
        expires_at,
    };
    store::email_changes::insert(&mut tx, &undo).await?;
    let link = format!("{}#t={token}", state.config.page_url("/undo-email-change"));
    let e = render::EmailChange { user: &current, other_address: &change.new_email, link: &link, expires_at };
    let rendered = render::email_change(EmailKind::EmailChanged, &e);
    queue(&mut tx, &current, &change.old_email, EmailKind::EmailChanged, rendered, &link).await?;
    let changes = AuditChanges {
        email: Some(Change { from: change.old_email.clone(), to: change.new_email.clone() }),
        ..Default::default()
    };
    super::record_own(&mut tx, user.id, AuditAction::EmailChanged, &changes).await?;
    tx.commit().await?;
    super::me_by_id(state, user.id).await
}

/// Puts the old address back through its undo link, in the caller's transaction (the link
/// page's, which then sets the new password): `false` when the link cannot be used.
pub async fn undo(conn: &mut Conn, user: &User, hash: &str) -> Result<bool, AppError> {
    let now = store::now();
    let Some(change) = store::email_changes::find(conn, hash, Kind::Undo).await? else { return Ok(false) };
    if change.user_id != user.id || change.used_at.is_some() || change.expires_at <= now {
        return Ok(false);
    }
    let old_norm = normalize_email(&change.old_email);
    // Someone else took the old address meanwhile: it cannot come back.
    if old_norm != normalize_email(&user.email) && store::users::email_taken(conn, &old_norm).await? {
        return Ok(false);
    }
    if !store::email_changes::mark_used(conn, hash, now).await? {
        return Ok(false);
    }
    store::email_changes::cancel_pending(conn, user.id, now).await?;
    set_email(conn, user, &change.old_email).await?;
    let changes = AuditChanges {
        email: Some(Change { from: user.email.clone(), to: change.old_email.clone() }),
        ..Default::default()
    };
    super::record_own(conn, user.id, AuditAction::EmailChangeUndone, &changes).await?;
    Ok(true)
}

async fn set_email(conn: &mut Conn, user: &User, email: &str) -> Result<(), AppError> {
    let search = search_text(&user.first_name, &user.last_name, email);
    store::users::set_email(conn, user.id, email, &normalize_email(email), &search)
        .await
        .map_err(AppError::taken_if_unique("email"))?;
    // Links sent to the address being left must not open the account any more.
    store::tokens::revoke(conn, user.id, None, store::now()).await?;
    Ok(())
}

async fn queue(
    conn: &mut Conn,
    user: &User,
    to: &str,
    kind: EmailKind,
    (subject, text): (String, String),
    link: &str,
) -> Result<(), AppError> {
    let email = mail::Email {
        user_id: Some(user.id),
        kind,
        to: to.to_owned(),
        language: user.language,
        subject,
        text,
        link: Some(link.to_owned()),
    };
    mail::queue(conn, &email).await?;
    Ok(())
}
