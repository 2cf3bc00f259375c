//! SCIM 2.0 provisioning (RFC 7643, 7644) for company directories (Microsoft Entra ID, Okta,
//! Google): the same API tokens, scope, validation and lifecycle as the app and `/api/v1`.
//! `active: false` deactivates through the one lifecycle; the enterprise extension's
//! `department` is the entity; `externalId` is kept. What Entra and Okta send in practice
//! (capitalised operations, `"False"` as a string, attribute names in any case) is accepted.

pub mod error;
pub mod filter;
pub mod meta;
pub mod patch;
pub mod resource;
pub mod values;

use axum::http::StatusCode;
use espace_api::audit::AuditAction;
use espace_api::users::{ActionRequest, Role, UpdateUserRequest, UserAction, UserStatus};
use espace_api::validation::normalize_email;
use espace_api::{EntityId, UserId};
use serde_json::Value;

use crate::auth::extract::CurrentUser;
use crate::state::AppState;
use crate::store;
use crate::store::users::User;
use crate::users::create::{self, Person};
use crate::users::{edit, lifecycle, reach};
pub use error::{scim_json, ScimError};
use patch::Wanted;
pub use resource::{resource, Projection};
use values::object;

async fn user(state: &AppState, caller: &CurrentUser, id: &str) -> Result<User, ScimError> {
    let id: UserId = id.parse().map_err(|_| ScimError::not_found())?;
    let mut conn = state.pool.acquire().await?;
    store::users::in_scope(&mut conn, caller.company_id, &caller.scope, id).await?.ok_or_else(ScimError::not_found)
}

pub async fn get_user(
    state: &AppState,
    caller: &CurrentUser,
    id: &str,
    base: &str,
    p: &Projection,
) -> Result<Value, ScimError> {
    Ok(p.apply(resource(&user(state, caller, id).await?, base)))
}

pub async fn list(
    state: &AppState,
    caller: &CurrentUser,
    filter: Option<&str>,
    start: Option<i64>,
    count: Option<i64>,
    base: &str,
    projection: &Projection,
) -> Result<Value, ScimError> {
    let parsed = match filter.map(str::trim).filter(|f| !f.is_empty()) {
        Some(f) => Some(filter::parse(f).map_err(|e| ScimError::bad("invalidFilter", e.0))?),
        None => None,
    };
    let start = start.unwrap_or(1).max(1);
    let count = count.unwrap_or(meta::MAX_RESULTS).clamp(0, meta::MAX_RESULTS);
    let (rows, total) =
        store::scim::page(&state.pool, caller.company_id, &caller.scope, parsed.as_ref(), start, count).await?;
    Ok(meta::list(rows.iter().map(|u| projection.apply(resource(u, base))).collect(), total, start))
}

/// The entity a department names (in the caller's scope), or the caller's default one. A
/// department the company does not have yet becomes an entity when the token covers the whole
/// company (directories know their departments first); a scoped token is refused.
async fn entity(state: &AppState, caller: &CurrentUser, department: Option<&str>) -> Result<EntityId, ScimError> {
    let mut conn = state.pool.acquire().await?;
    let entities = store::entities::list(&mut conn, caller.company_id, &caller.scope).await?;
    drop(conn);
    match department.map(str::trim).filter(|d| !d.is_empty()) {
        Some(name) => {
            match entities.iter().find(|e| crate::users::fold::fold(&e.name) == crate::users::fold::fold(name)) {
                Some(e) => Ok(e.id),
                None if caller.scope == store::Scope::Company => {
                    let req = espace_api::entities::EntityRequest { name: name.to_owned() };
                    Ok(crate::entities::create(state, caller, req).await?.id)
                }
                None => Err(ScimError::bad("invalidValue", format!("no entity named {name} in this token's scope"))),
            }
        }
        None => entities
            .iter()
            .find(|e| e.id == caller.entity_id)
            .or_else(|| entities.first())
            .map(|e| e.id)
            .ok_or_else(|| ScimError::bad("invalidValue", "no entity in this token's scope")),
    }
}

fn check_fields(w: &Wanted) -> Result<(), ScimError> {
    let mut errors = Vec::new();
    espace_api::validation::names(&mut errors, &w.first_name, &w.last_name);
    if w.user_name.trim().is_empty() {
        return Err(ScimError::bad("invalidValue", "userName is required"));
    }
    espace_api::validation::check(&mut errors, "emails", espace_api::validation::email(&w.email));
    espace_api::validation::notification_email(&mut errors, &w.notification_email);
    match errors.first() {
        Some(e) => Err(ScimError::bad("invalidValue", format!("{}: {}", e.field, e.code.as_str()))),
        None => Ok(()),
    }
}

pub async fn create(state: &AppState, caller: &CurrentUser, body: &Value, base: &str) -> Result<Value, ScimError> {
    let body = object(body)?;
    let company = store::companies::by_id(&mut *state.pool.acquire().await?, caller.company_id)
        .await?
        .ok_or_else(ScimError::not_found)?;
    let mut wanted = Wanted::new(company.language);
    wanted.merge_resource(body)?;
    if wanted.email.is_empty() {
        wanted.email = wanted.user_name.clone();
    }
    check_fields(&wanted)?;
    let entity_id = entity(state, caller, wanted.department.as_deref()).await?;
    let mut tx = store::write(&state.pool, store::Lock::Company(caller.company_id)).await?;
    let email = wanted.email.trim().to_owned();
    if store::users::email_taken(&mut tx, &normalize_email(&email)).await? {
        return Err(ScimError {
            status: StatusCode::CONFLICT,
            scim_type: Some("uniqueness"),
            detail: "userName is taken".into(),
        });
    }
    let person = Person {
        first_name: &wanted.first_name,
        last_name: &wanted.last_name,
        email: &email,
        notification_email: wanted.notification_email.trim(),
        language: wanted.language,
        role: Role::User,
        entity_id,
        scope: Vec::new(),
        service_ids: &[],
    };
    // A company on single sign-on gets its people at their first SSO sign-in, and someone
    // created inactive is not invited: no e-mail then.
    let invite = company.sso_enabled == 0 && wanted.active;
    let created =
        create::insert(&mut tx, state, (caller.company_id, caller.actor()), &person, AuditAction::Create, invite)
            .await?;
    store::users::set_directory_ids(&mut tx, created.id, &directory_ids(&wanted)).await?;
    if !wanted.active {
        // In the same transaction: the person never exists as active.
        let version = reread(&mut tx, caller, created.id).await?.version;
        let action = ActionRequest { action: UserAction::Deactivate, version };
        lifecycle::admin_action_in(&mut tx, &state.config, caller, created.id, action).await?;
    }
    tx.commit().await?;
    Ok(resource(&user(state, caller, &created.id.to_string()).await?, base))
}

/// The `userName` to keep apart from the sign-in e-mail, when it is not that e-mail.
fn directory_user_name(w: &Wanted) -> Option<&str> {
    Some(w.user_name.trim()).filter(|u| normalize_email(u) != normalize_email(&w.email))
}

fn directory_ids(w: &Wanted) -> store::users::DirectoryIds<'_> {
    store::users::DirectoryIds {
        external_id: w.external_id.as_deref(),
        user_name: directory_user_name(w),
        email_type: w.email_type.as_deref(),
        email_primary: w.email_primary,
    }
}

/// The user as the transaction sees them now (each step moves the version on).
async fn reread(tx: &mut store::Conn, caller: &CurrentUser, id: UserId) -> Result<User, ScimError> {
    store::users::in_scope(tx, caller.company_id, &caller.scope, id).await?.ok_or_else(ScimError::not_found)
}

/// Brings a user to `wanted` through the same paths as the app (the lifecycle for `active`,
/// the edit for names, notification e-mail, language and entity), all in one write
/// transaction: a PATCH is atomic (RFC 7644 §3.5.2), nothing of it stays if a step fails.
async fn apply(
    state: &AppState,
    caller: &CurrentUser,
    current: User,
    wanted: Wanted,
    base: &str,
) -> Result<Value, ScimError> {
    check_fields(&wanted)?;
    let before = Wanted::of(&current);
    let fold = |d: &Option<String>| d.as_deref().map(crate::users::fold::fold);
    let profile_changes = wanted.first_name != before.first_name
        || wanted.last_name != before.last_name
        || wanted.notification_email.trim() != before.notification_email
        || wanted.language != before.language
        || fold(&wanted.department) != fold(&before.department);
    // Resolved first: a department the company lacks may become an entity (its own event).
    let entity_id = if profile_changes {
        Some(entity(state, caller, wanted.department.as_deref().or(Some(&current.entity_name))).await?)
    } else {
        None
    };
    let mut tx = store::write(&state.pool, store::Lock::Company(caller.company_id)).await?;
    let action = |action: UserAction, version: i64| ActionRequest { action, version };
    if normalize_email(&wanted.email) != normalize_email(&current.email) {
        // The directory renamed the person's address: they sign in with the new one.
        edit::change_email_in(&mut tx, caller, current.id, wanted.email.trim()).await?;
    }
    if wanted.active && !before.active {
        let now = reread(&mut tx, caller, current.id).await?;
        lifecycle::admin_action_in(&mut tx, &state.config, caller, now.id, action(UserAction::Reactivate, now.version))
            .await?;
    }
    if let Some(entity_id) = entity_id {
        let now = reread(&mut tx, caller, current.id).await?;
        let services = store::services::held_by(&mut tx, now.id).await?;
        let req = UpdateUserRequest {
            first_name: wanted.first_name.clone(),
            last_name: wanted.last_name.clone(),
            entity_id,
            notification_email: wanted.notification_email.clone(),
            language: wanted.language,
            service_ids: services,
            version: now.version,
        };
        edit::update_in(&mut tx, caller, now.id, req, edit::Editable::Always).await?;
    }
    let ids_change = wanted.external_id != before.external_id
        || wanted.user_name != before.user_name
        || wanted.email_type != before.email_type
        || wanted.email_primary != before.email_primary;
    if ids_change {
        let now = reread(&mut tx, caller, current.id).await?;
        reach::ensure_manages(&mut tx, caller, &now).await?;
        store::users::set_directory_ids(&mut tx, now.id, &directory_ids(&wanted)).await?;
    }
    if !wanted.active && before.active {
        let now = reread(&mut tx, caller, current.id).await?;
        if matches!(now.status, UserStatus::Active | UserStatus::Created | UserStatus::Invited) {
            lifecycle::admin_action_in(
                &mut tx,
                &state.config,
                caller,
                now.id,
                action(UserAction::Deactivate, now.version),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(resource(&user(state, caller, &current.id.to_string()).await?, base))
}

pub async fn replace(
    state: &AppState,
    caller: &CurrentUser,
    id: &str,
    body: &Value,
    base: &str,
) -> Result<Value, ScimError> {
    let current = user(state, caller, id).await?;
    let mut wanted = Wanted::of(&current);
    // A replace sets what it sends; what it leaves out that may be cleared is cleared.
    wanted.notification_email.clear();
    wanted.external_id = None;
    wanted.active = true;
    wanted.merge_resource(object(body)?)?;
    apply(state, caller, current, wanted, base).await
}

pub async fn patch(
    state: &AppState,
    caller: &CurrentUser,
    id: &str,
    body: &Value,
    base: &str,
) -> Result<Value, ScimError> {
    let current = user(state, caller, id).await?;
    let mut wanted = Wanted::of(&current);
    wanted.apply_patch(object(body)?)?;
    apply(state, caller, current, wanted, base).await
}

/// Removes a person who never activated (as the app's delete, also once deactivated); an
/// account that was used is deactivated instead, its data kept.
pub async fn delete(state: &AppState, caller: &CurrentUser, id: &str) -> Result<(), ScimError> {
    let current = user(state, caller, id).await?;
    if current.activated_at.is_none() {
        lifecycle::delete_never_activated(state, caller, current.id).await?;
        return Ok(());
    }
    if current.status == UserStatus::Active {
        let request = ActionRequest { action: UserAction::Deactivate, version: current.version };
        lifecycle::admin_action(state, caller, current.id, request).await?;
    }
    Ok(())
}
