//! One action on many people: each goes through the same scope, lifecycle and seats as one at
//! a time, in one write transaction per request, and the answer says per person what was
//! done or why they were left as they were. A person left aside leaves nothing written (a
//! savepoint each); the batch's audit events share its id.

use std::collections::HashSet;

use espace_api::audit::{AuditAction, AuditChanges, Change};
use espace_api::bulk::{
    BulkAction, BulkItem, BulkOutcome, BulkReport, BulkRequest, BulkSkip, SeatsCheck, SeatsRequest,
};
use espace_api::users::ActionRequest;
use espace_api::{ErrorCode, FieldErrorCode, ServiceId, UserId};
use sqlx::Connection;

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::auth::session::new_token;
use crate::config::Config;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::users::User;
use crate::store::{self, Conn};
use crate::users::{lifecycle, reach};

/// What the action needs besides the person, checked once for the whole request.
enum Target {
    None,
    Service(ServiceId),
    Entity(store::entities::Entity),
}

pub async fn run(state: &AppState, actor: &CurrentUser, req: BulkRequest) -> Result<BulkReport, AppError> {
    AppError::check(req.validate())?;
    let batch = req.batch.clone().unwrap_or_else(new_batch);
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let after = store::audit::last_id(&mut tx, actor.company_id).await?;
    let target = target(&mut tx, actor, &req).await?;
    let mut people = Vec::new();
    for id in req.unique_ids() {
        people.push((id, store::users::in_scope(&mut tx, actor.company_id, &actor.scope, id).await?));
    }
    // Seats for everyone who would take one, before anything changes: all or nothing.
    if let (BulkAction::AssignService, Target::Service(service)) = (req.action, &target) {
        let check = seats(&mut tx, actor, *service, people.iter().filter_map(|(_, u)| u.as_ref())).await?;
        if !check.enough() {
            return Err(AppError::Refused(ErrorCode::NoSeatsLeft));
        }
    }
    let mut items = Vec::with_capacity(people.len());
    for (id, user) in people {
        let Some(user) = user else {
            items.push(BulkItem {
                id,
                name: None,
                email: None,
                outcome: BulkOutcome::Skipped,
                reason: Some(BulkSkip::OutsideScope),
            });
            continue;
        };
        let mut part = Connection::begin(&mut *tx).await?;
        let skip = match one(&mut part, &state.config, actor, req.action, &target, &user).await {
            Ok(()) => None,
            Err(AppError::Refused(code)) => Some(skip_of(code, req.action, &user)),
            Err(AppError::NotFound) => Some(BulkSkip::OutsideScope),
            Err(e) => return Err(e),
        };
        if skip.is_none() {
            part.commit().await?;
        } else {
            part.rollback().await?;
        }
        items.push(BulkItem {
            id,
            name: Some(format!("{} {}", user.first_name, user.last_name)),
            email: Some(user.email.clone()),
            outcome: if skip.is_none() { BulkOutcome::Done } else { BulkOutcome::Skipped },
            reason: skip,
        });
    }
    store::audit::tag_batch(&mut tx, actor.company_id, after, &batch).await?;
    tx.commit().await?;
    Ok(BulkReport { batch, items })
}

/// Whether the service's free seats cover the people of a selection who would take one
/// (`POST /api/users/bulk/seats`, before a selection is sent in parts).
pub async fn check_seats(state: &AppState, actor: &CurrentUser, req: SeatsRequest) -> Result<SeatsCheck, AppError> {
    AppError::check(req.validate())?;
    let mut conn = state.pool.acquire().await?;
    let mut people = Vec::new();
    let unique: HashSet<UserId> = req.ids.iter().copied().collect();
    for id in unique {
        if let Some(user) = store::users::in_scope(&mut conn, actor.company_id, &actor.scope, id).await? {
            people.push(user);
        }
    }
    seats(&mut conn, actor, req.service_id, people.iter()).await
}

/// The seats the people would take and the seats free. A service not the company's names
/// nothing: refused like a field naming an unknown service.
async fn seats(
    conn: &mut Conn,
    actor: &CurrentUser,
    service: ServiceId,
    people: impl Iterator<Item = &User>,
) -> Result<SeatsCheck, AppError> {
    let Some((total, used)) = store::services::seats(conn, actor.company_id, service).await? else {
        return Err(AppError::field("service_id", FieldErrorCode::Unknown));
    };
    let mut needed = 0u32;
    for user in people {
        if user.status.editable()
            && reach::manages(conn, actor, user).await?
            && !store::services::held_by(conn, user.id).await?.contains(&service)
        {
            needed += 1;
        }
    }
    let free = u32::try_from((total - used).max(0)).unwrap_or(u32::MAX);
    Ok(SeatsCheck { needed, free })
}

async fn target(conn: &mut Conn, actor: &CurrentUser, req: &BulkRequest) -> Result<Target, AppError> {
    Ok(match (req.action, req.service_id, req.entity_id) {
        (BulkAction::AssignService | BulkAction::RemoveService, Some(service), _) => {
            if store::services::seats(conn, actor.company_id, service).await?.is_none() {
                return Err(AppError::field("service_id", FieldErrorCode::Unknown));
            }
            Target::Service(service)
        }
        (BulkAction::MoveToEntity, _, Some(entity)) => Target::Entity(reach::entity(conn, actor, entity).await?),
        _ => Target::None,
    })
}

/// The action on one person the caller reaches, in a savepoint of the batch's transaction.
async fn one(
    conn: &mut Conn,
    config: &Config,
    actor: &CurrentUser,
    action: BulkAction,
    target: &Target,
    user: &User,
) -> Result<(), AppError> {
    if let Some(lifecycle_action) = action.lifecycle() {
        if action.done_status() == Some(user.status) {
            return Err(AppError::Refused(ErrorCode::InvalidTransition));
        }
        let req = ActionRequest { action: lifecycle_action, version: user.version };
        return lifecycle::admin_action_in(conn, config, actor, user.id, req).await;
    }
    reach::ensure_manages(conn, actor, user).await?;
    if !user.status.editable() {
        return Err(AppError::Refused(ErrorCode::InvalidTransition));
    }
    let changes = match target {
        Target::Service(service) => {
            let before = service_names(conn, actor, user.id).await?;
            let held = store::services::held_by(conn, user.id).await?.contains(service);
            match action {
                BulkAction::AssignService if held => return Err(already()),
                BulkAction::RemoveService if !held => return Err(already()),
                BulkAction::AssignService => match store::services::seats(conn, actor.company_id, *service).await? {
                    Some((total, used)) if used < total => store::services::assign(conn, user.id, *service).await?,
                    _ => return Err(AppError::Refused(ErrorCode::NoSeatsLeft)),
                },
                _ => store::services::unassign(conn, user.id, *service).await?,
            }
            store::users::bump_version(conn, user.id).await?;
            let after = service_names(conn, actor, user.id).await?;
            AuditChanges { services: Some(Change { from: before, to: after }), ..AuditChanges::default() }
        }
        Target::Entity(entity) => {
            if entity.id == user.entity_id {
                return Err(already());
            }
            store::users::set_entity(conn, user.id, entity.id).await?;
            AuditChanges {
                entity: Some(Change { from: user.entity_name.clone(), to: entity.name.clone() }),
                ..AuditChanges::default()
            }
        }
        Target::None => return Err(AppError::Refused(ErrorCode::InvalidTransition)),
    };
    let updated = store::users::by_id(conn, user.id).await?.ok_or(AppError::NotFound)?;
    audit::record_user(conn, actor.actor(), &updated, AuditAction::Edit, &changes).await
}

/// Nothing to do for this person: told apart from a refusal by `skip_of`.
fn already() -> AppError {
    AppError::Refused(ErrorCode::Conflict)
}

async fn service_names(conn: &mut Conn, actor: &CurrentUser, user: UserId) -> Result<Vec<String>, AppError> {
    Ok(store::services::of_user(conn, actor.company_id, user).await?.into_iter().map(|s| s.name).collect())
}

/// Why a person was left as they were, from what refused them.
fn skip_of(code: ErrorCode, action: BulkAction, user: &User) -> BulkSkip {
    match code {
        ErrorCode::Conflict => BulkSkip::AlreadyDone,
        ErrorCode::InvalidTransition if action.done_status() == Some(user.status) => BulkSkip::AlreadyDone,
        ErrorCode::OutOfScope | ErrorCode::Forbidden | ErrorCode::NotFound => BulkSkip::OutsideScope,
        ErrorCode::NoSeatsLeft => BulkSkip::NoSeatLeft,
        ErrorCode::SsoRequired => BulkSkip::SsoRequired,
        ErrorCode::SelfAction => BulkSkip::Yourself,
        ErrorCode::LastAdmin => BulkSkip::LastAdmin,
        _ => BulkSkip::NotAllowed,
    }
}

/// A new batch id: 16 letters and digits of a random token (it names a batch to filter on,
/// it opens nothing).
fn new_batch() -> String {
    new_token().chars().filter(char::is_ascii_alphanumeric).take(16).collect()
}
