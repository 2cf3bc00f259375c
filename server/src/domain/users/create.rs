//! `POST /api/users`: the add-user wizard. Validated again here, seats counted in the same
//! write transaction, and idempotent: the same key with the same body answers with the user
//! it already created; with another body it is refused.

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::users::{CreateUserRequest, Role};
use espace_api::validation::{normalize_email, normalize_name};
use espace_api::{CompanyId, EntityId, ErrorCode, FieldErrorCode, ServiceId, UserId};

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::auth::session::token_hash;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::users::User;
use crate::store::{self, Conn};
use crate::users::fold::{search_text, sort_name};
use crate::users::lifecycle::{self, Actor, Transition};
use crate::users::{reach, services};

/// The new user's id, or the one created earlier with the same key and body.
pub async fn create(state: &AppState, actor: &CurrentUser, req: CreateUserRequest) -> Result<UserId, AppError> {
    AppError::check(req.validate_key())?;
    AppError::check(req.validate())?;
    // The request as understood (not its bytes): the same answers sent again match.
    let request_hash = token_hash(&serde_json::to_string(&req).unwrap_or_default());
    let key = req.idempotency_key.trim();
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
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
    let notification = req.notification_email.trim();
    let person = Person {
        first_name: &req.first_name,
        last_name: &req.last_name,
        email,
        notification_email: notification,
        language: req.language,
        role,
        entity_id: entity.id,
        scope: scope.iter().map(|e| e.id).collect(),
        service_ids: &req.service_ids,
    };
    let user =
        insert(&mut tx, state, (actor.company_id, actor.actor()), &person, AuditAction::Create, req.send_activation)
            .await?;
    let id = user.id;
    store::idempotency::insert(&mut tx, actor.company_id, key, id, &request_hash, store::now()).await?;
    tx.commit().await?;
    Ok(id)
}

/// A person to add, checked already (shape, scope, free e-mail) by the caller.
pub struct Person<'a> {
    pub first_name: &'a str,
    pub last_name: &'a str,
    /// Trimmed.
    pub email: &'a str,
    /// Empty: notifications go to the login e-mail.
    pub notification_email: &'a str,
    pub language: espace_api::Language,
    pub role: Role,
    pub entity_id: EntityId,
    pub scope: Vec<EntityId>,
    pub service_ids: &'a [ServiceId],
}

/// Adds a person in the caller's write transaction: the user, their scope and services (seats
/// counted here), the audit event, and the activation e-mail through the lifecycle when asked.
/// The wizard, imports, SCIM and first SSO sign-ins all come through here.
pub async fn insert(
    tx: &mut Conn,
    state: &AppState,
    (company_id, actor): (CompanyId, Actor),
    person: &Person<'_>,
    action: AuditAction,
    send_activation: bool,
) -> Result<User, AppError> {
    let (first, last) = (normalize_name(person.first_name), normalize_name(person.last_name));
    let email = person.email;
    let id = store::users::insert(
        tx,
        &store::users::NewUser {
            company_id,
            entity_id: person.entity_id,
            first_name: &first,
            last_name: &last,
            email,
            email_norm: &normalize_email(email),
            notification_email: Some(person.notification_email).filter(|e| !e.is_empty()),
            language: person.language,
            role: person.role,
            search_text: &search_text(&first, &last, email),
            sort_name: &sort_name(&first, &last),
            now: store::now(),
        },
    )
    .await
    .map_err(AppError::taken_if_unique("email"))?;
    store::entities::set_scope(tx, id, &person.scope).await?;
    services::set(tx, company_id, id, person.service_ids).await?;
    let user = store::users::by_id(tx, id).await?.ok_or(AppError::NotFound)?;
    audit::record_user(tx, actor, &user, action, &AuditChanges::default()).await?;
    if send_activation {
        lifecycle::apply(tx, &state.config, &user, Transition::Invite, actor).await?;
    }
    Ok(user)
}
