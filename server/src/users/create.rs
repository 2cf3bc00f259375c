//! `POST /api/users`: the add-user wizard. Validated again here, seats counted in the same
//! write transaction, and idempotent: the same key with the same body answers with the user
//! it already created; with another body it is refused.

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::users::{CreateUserRequest, Role};
use espace_api::validation::{normalize_email, normalize_name};
use espace_api::{ErrorCode, FieldErrorCode};

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::auth::session::token_hash;
use crate::error::AppError;
use crate::state::AppState;
use crate::store;
use crate::users::fold::{search_text, sort_name};
use crate::users::lifecycle::{self, Actor, Transition};
use crate::users::{reach, services};

/// The new user's id, or the one created earlier with the same key and body.
pub async fn create(state: &AppState, actor: &CurrentUser, req: CreateUserRequest) -> Result<i64, AppError> {
    AppError::check(req.validate_key())?;
    AppError::check(req.validate())?;
    // The request as understood (not its bytes): the same answers sent again match.
    let request_hash = token_hash(&serde_json::to_string(&req).unwrap_or_default());
    let key = req.idempotency_key.trim();
    let mut tx = store::write(&state.pool).await?;
    let company = store::companies::by_id(&mut tx, actor.company_id).await?.ok_or(AppError::NotFound)?;
    if company.sso_enabled != 0 {
        return Err(AppError::Refused(ErrorCode::SsoManaged));
    }
    if let Some(earlier) = store::idempotency::find(&mut tx, actor.company_id, key).await? {
        if earlier.request_hash.is_empty() || earlier.request_hash == request_hash {
            return Ok(earlier.user_id);
        }
        return Err(AppError::Refused(ErrorCode::IdempotencyKeyReused));
    }
    let role = req.role.unwrap_or(Role::User);
    let entity = reach::entity(&mut tx, actor, req.entity_id.unwrap_or_default()).await?;
    let scope = reach::grantable(&mut tx, actor, role, &req.scope).await?;
    let email = req.email.trim();
    let email_norm = normalize_email(email);
    if store::users::email_taken(&mut tx, &email_norm).await? {
        return Err(AppError::field("email", FieldErrorCode::Taken));
    }
    let (first, last) = (normalize_name(&req.first_name), normalize_name(&req.last_name));
    let notification = Some(req.notification_email.trim()).filter(|e| !e.is_empty());
    let now = store::now();
    let id = store::users::insert(
        &mut tx,
        &store::users::NewUser {
            company_id: actor.company_id,
            entity_id: entity.id,
            first_name: &first,
            last_name: &last,
            email,
            email_norm: &email_norm,
            notification_email: notification,
            language: req.language,
            role,
            search_text: &search_text(&first, &last, email),
            sort_name: &sort_name(&first, &last),
            now,
        },
    )
    .await?;
    store::idempotency::insert(&mut tx, actor.company_id, key, id, &request_hash, now).await?;
    let scope: Vec<i64> = scope.iter().map(|e| e.id).collect();
    store::entities::set_scope(&mut tx, id, &scope).await?;
    services::set(&mut tx, actor.company_id, id, &req.service_ids).await?;
    let user = store::users::by_id(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    audit::record_user(&mut tx, Actor::Admin(actor.id), &user, AuditAction::Create, &AuditChanges::default()).await?;
    if req.send_activation {
        lifecycle::apply(&mut tx, &state.config, &user, Transition::Invite, Actor::Admin(actor.id)).await?;
    }
    tx.commit().await?;
    Ok(id)
}
