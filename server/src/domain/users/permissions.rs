//! `PUT /api/users/:id/permissions`: the level (user, team administrator, administrator) and a
//! team administrator's scope. Nobody changes their own; nobody gives more than they hold; the
//! company keeps an active administrator. The person's next request already runs with it.

use espace_api::audit::{AuditAction, AuditChanges, Change};
use espace_api::users::{PermissionsRequest, Role, UserStatus};
use espace_api::{EntityId, ErrorCode, UserId};

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::store;
use crate::users::fold::fold;
use crate::users::reach;

pub async fn set(
    state: &AppState,
    actor: &CurrentUser,
    user_id: UserId,
    req: PermissionsRequest,
) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let target =
        store::users::in_scope(&mut tx, actor.company_id, &actor.scope, user_id).await?.ok_or(AppError::NotFound)?;
    if target.id == actor.id {
        return Err(AppError::Refused(ErrorCode::OwnRole));
    }
    reach::ensure_manages(&mut tx, actor, &target).await?;
    if target.version != req.version {
        return Err(AppError::Conflict);
    }
    AppError::check(req.validate())?;
    let granted = reach::grantable(&mut tx, actor, req.role, &req.scope).await?;
    let before = store::entities::scope_names(&mut tx, target.id).await?;
    // Named in the order people read them (as `scope_names` does); compared as sets.
    let mut after: Vec<(EntityId, String)> = granted.into_iter().map(|e| (e.id, e.name)).collect();
    after.sort_by_cached_key(|(id, name)| (fold(name), *id));
    let ids = |list: &[(EntityId, String)]| list.iter().map(|(id, _)| *id).collect::<std::collections::BTreeSet<_>>();
    let scope_changes = ids(&before) != ids(&after);
    if req.role == target.role && !scope_changes {
        return Ok(());
    }
    if target.role == Role::Admin
        && req.role != Role::Admin
        && target.status == UserStatus::Active
        && store::users::count_other_active_admins(&mut tx, actor.company_id, target.id).await? == 0
    {
        return Err(AppError::Refused(ErrorCode::LastAdmin));
    }
    let ids: Vec<EntityId> = after.iter().map(|(id, _)| *id).collect();
    store::entities::set_scope(&mut tx, target.id, &ids).await?;
    store::users::set_role(&mut tx, target.id, req.role).await?;
    // Links sent before stay valid: they carry no rights (the level is read at every request),
    // and an invited person's only e-mail must keep working.
    let names = |list: &[(EntityId, String)]| list.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>();
    let changes = AuditChanges {
        role: (req.role != target.role).then_some(Change { from: target.role, to: req.role }),
        scope: scope_changes.then(|| Change { from: names(&before), to: names(&after) }),
        ..AuditChanges::default()
    };
    audit::record_user(&mut tx, actor.actor(), &target, AuditAction::PermissionsChanged, &changes).await?;
    tx.commit().await?;
    Ok(())
}
