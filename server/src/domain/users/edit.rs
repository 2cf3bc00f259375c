//! `PATCH /api/users/:id`: names, entity, notification e-mail, language, services, checked
//! against the version the admin saw, the admin's scope and the seats, in one write transaction.

use espace_api::audit::{AuditAction, AuditChanges, Change};
use espace_api::mail::EmailKind;
use espace_api::users::UpdateUserRequest;
use espace_api::validation::normalize_name;
use espace_api::{ErrorCode, UserId};

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::mail::{self, render, Email};
use crate::state::AppState;
use crate::store::{self, Conn};
use crate::users::fold::{search_text, sort_name};
use crate::users::{reach, services};

/// Whether a deactivated or locked account may be edited: not from the app (restore it first),
/// but a company's directory keeps its people's details current whatever their status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editable {
    WhenActive,
    Always,
}

pub async fn update(
    state: &AppState,
    actor: &CurrentUser,
    user_id: UserId,
    req: UpdateUserRequest,
) -> Result<(), AppError> {
    update_with(state, actor, user_id, req, Editable::WhenActive).await
}

pub async fn update_with(
    state: &AppState,
    actor: &CurrentUser,
    user_id: UserId,
    req: UpdateUserRequest,
    editable: Editable,
) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    update_in(&mut tx, actor, user_id, req, editable).await?;
    tx.commit().await?;
    Ok(())
}

/// The edit in the caller's write transaction (SCIM applies a whole PATCH in one).
pub async fn update_in(
    tx: &mut Conn,
    actor: &CurrentUser,
    user_id: UserId,
    req: UpdateUserRequest,
    editable: Editable,
) -> Result<(), AppError> {
    let current =
        store::users::in_scope(&mut *tx, actor.company_id, &actor.scope, user_id).await?.ok_or(AppError::NotFound)?;
    reach::ensure_manages(&mut *tx, actor, &current).await?;
    if current.version != req.version {
        return Err(AppError::Conflict);
    }
    if editable == Editable::WhenActive && !current.status.editable() {
        return Err(AppError::Refused(ErrorCode::InvalidTransition));
    }
    AppError::check(req.validate())?;
    let entity = reach::entity(&mut *tx, actor, req.entity_id).await?;
    services::set(&mut *tx, actor.company_id, user_id, &req.service_ids).await?;
    let (first, last) = (normalize_name(&req.first_name), normalize_name(&req.last_name));
    let notification = Some(req.notification_email.trim()).filter(|e| !e.is_empty());
    store::users::update_profile(
        &mut *tx,
        user_id,
        &store::users::Profile {
            first_name: &first,
            last_name: &last,
            entity_id: entity.id,
            notification_email: notification,
            language: req.language,
            search_text: &search_text(&first, &last, &current.email),
            sort_name: &sort_name(&first, &last),
        },
    )
    .await?;
    let changes = AuditChanges {
        entity: (entity.id != current.entity_id)
            .then(|| Change { from: current.entity_name.clone(), to: entity.name.clone() }),
        ..AuditChanges::default()
    };
    let updated = store::users::by_id(&mut *tx, user_id).await?.ok_or(AppError::NotFound)?;
    audit::record_user(&mut *tx, actor.actor(), &updated, AuditAction::Edit, &changes).await?;
    if !updated.mail_to().eq_ignore_ascii_case(current.mail_to()) {
        tell_former_address(&mut *tx, &current, updated.mail_to()).await?;
    }
    Ok(())
}

/// Notices move to another address: the one they went to is told, so that a change the
/// person did not expect does not go unseen.
async fn tell_former_address(tx: &mut Conn, before: &store::users::User, now_to: &str) -> Result<(), AppError> {
    let (subject, text) =
        render::notification_address_changed(before.language, &before.company_name, &before.first_name, now_to);
    let email = Email {
        user_id: Some(before.id),
        kind: EmailKind::NotificationAddressChanged,
        to: before.mail_to().to_owned(),
        language: before.language,
        subject,
        text,
        link: None,
    };
    mail::queue(tx, &email).await?;
    Ok(())
}

/// A new sign-in e-mail, as a company's directory renames a person's address (SCIM): free in
/// every company, in the editor's scope; the person signs in with it from now on.
pub async fn change_email_in(tx: &mut Conn, actor: &CurrentUser, user_id: UserId, email: &str) -> Result<(), AppError> {
    let mut errors = Vec::new();
    espace_api::validation::check(&mut errors, "email", espace_api::validation::email(email));
    AppError::check(errors)?;
    let current =
        store::users::in_scope(&mut *tx, actor.company_id, &actor.scope, user_id).await?.ok_or(AppError::NotFound)?;
    reach::ensure_manages(&mut *tx, actor, &current).await?;
    let email_norm = espace_api::validation::normalize_email(email);
    if store::users::email_taken(&mut *tx, &email_norm).await? {
        return Err(AppError::field("email", espace_api::FieldErrorCode::Taken));
    }
    let search = search_text(&current.first_name, &current.last_name, email);
    store::users::set_email(&mut *tx, user_id, email, &email_norm, &search)
        .await
        .map_err(AppError::taken_if_unique("email"))?;
    // A link sent to the old address must not open the account any more.
    store::tokens::revoke(&mut *tx, user_id, None, store::now()).await?;
    let updated = store::users::by_id(&mut *tx, user_id).await?.ok_or(AppError::NotFound)?;
    audit::record_user(&mut *tx, actor.actor(), &updated, AuditAction::Edit, &AuditChanges::default()).await?;
    Ok(())
}
