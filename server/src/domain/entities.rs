//! A company's entities. Administrators create, rename and remove them; everyone who manages
//! users reads the ones in their scope (for the wizard's and the list's choices).

use espace_api::audit::{AuditAction, AuditChanges, Change};
use espace_api::entities::{Entity, EntityRequest, RemoveEntityField, RemoveEntityRequest};
use espace_api::fields::Fields as _;
use espace_api::users::Role;
use espace_api::validation::normalize_name;
use espace_api::{CompanyId, EntityId, ErrorCode, FieldErrorCode};

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, Conn, Pool};
use crate::users::fold::fold;

fn entity(e: store::entities::Entity) -> Entity {
    Entity { id: e.id, name: e.name, users: u32::try_from(e.user_count).unwrap_or(u32::MAX) }
}

pub async fn list(pool: &Pool, reader: &CurrentUser) -> Result<Vec<Entity>, AppError> {
    let rows = store::entities::list(&mut *pool.acquire().await?, reader.company_id, &reader.scope).await?;
    Ok(rows.into_iter().map(entity).collect())
}

/// The name as stored and its folded key, refused when another entity has it.
async fn free_name(
    conn: &mut Conn,
    company_id: CompanyId,
    req: &EntityRequest,
    except: EntityId,
) -> Result<(String, String), AppError> {
    AppError::check(req.validate())?;
    let name = normalize_name(&req.name);
    let key = fold(&name);
    if store::entities::name_taken(conn, company_id, &key, except).await? {
        return Err(AppError::field("name", FieldErrorCode::Taken));
    }
    Ok((name, key))
}

pub async fn create(state: &AppState, admin: &CurrentUser, req: EntityRequest) -> Result<Entity, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(admin.company_id)).await?;
    let (name, key) = free_name(&mut tx, admin.company_id, &req, EntityId(0)).await?;
    let id = store::entities::insert(&mut tx, admin.company_id, &name, &key, store::now()).await?;
    audit::record_entity(&mut tx, admin, (Some(id), &name), AuditAction::EntityCreated, &AuditChanges::default())
        .await?;
    tx.commit().await?;
    Ok(Entity { id, name, users: 0 })
}

pub async fn rename(
    state: &AppState,
    admin: &CurrentUser,
    id: EntityId,
    req: EntityRequest,
) -> Result<Entity, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(admin.company_id)).await?;
    let current = store::entities::in_company(&mut tx, admin.company_id, id).await?.ok_or(AppError::NotFound)?;
    let (name, key) = free_name(&mut tx, admin.company_id, &req, id).await?;
    if name != current.name {
        store::entities::rename(&mut tx, id, &name, &key).await?;
        let changes =
            AuditChanges { name: Some(Change { from: current.name, to: name.clone() }), ..Default::default() };
        audit::record_entity(&mut tx, admin, (Some(id), &name), AuditAction::EntityRenamed, &changes).await?;
    }
    tx.commit().await?;
    Ok(Entity { id, name, users: u32::try_from(current.user_count).unwrap_or(u32::MAX) })
}

/// Removes an entity. With users, only by moving them (and the team administrators' scopes)
/// to `move_to`; without, team administrators lose it from their scope, and one left with no
/// entity becomes a user.
pub async fn remove(
    state: &AppState,
    admin: &CurrentUser,
    id: EntityId,
    req: RemoveEntityRequest,
) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(admin.company_id)).await?;
    let removed = store::entities::in_company(&mut tx, admin.company_id, id).await?.ok_or(AppError::NotFound)?;
    let target = match req.move_to {
        Some(to) if to == id => {
            return Err(AppError::field(RemoveEntityField::MoveTo.name(), FieldErrorCode::Required))
        }
        Some(to) => Some(store::entities::in_company(&mut tx, admin.company_id, to).await?.ok_or(AppError::NotFound)?),
        None if removed.user_count > 0 => return Err(AppError::Refused(ErrorCode::EntityNotEmpty)),
        None => None,
    };
    let scoped = store::entities::scoped_admins(&mut tx, id).await?;
    if let Some(target) = &target {
        store::entities::move_users(&mut tx, id, target.id).await?;
        store::entities::move_scopes(&mut tx, id, target.id).await?;
    } else {
        for user_id in scoped {
            let Some(user) = store::users::by_id(&mut tx, user_id).await? else { continue };
            let before = store::entities::scope_names(&mut tx, user_id).await?;
            let after: Vec<(EntityId, String)> = before.iter().filter(|(e, _)| *e != id).cloned().collect();
            let ids: Vec<EntityId> = after.iter().map(|(e, _)| *e).collect();
            store::entities::set_scope(&mut tx, user_id, &ids).await?;
            let role = if ids.is_empty() { Role::User } else { user.role };
            if role != user.role {
                store::users::set_role(&mut tx, user_id, role).await?;
            }
            let names = |l: &[(EntityId, String)]| l.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>();
            let changes = AuditChanges {
                role: (role != user.role).then_some(Change { from: user.role, to: role }),
                scope: Some(Change { from: names(&before), to: names(&after) }),
                ..Default::default()
            };
            audit::record_user(&mut tx, admin.actor(), &user, AuditAction::PermissionsChanged, &changes).await?;
        }
    }
    let changes = AuditChanges {
        entity: target.as_ref().map(|t| Change { from: removed.name.clone(), to: t.name.clone() }),
        ..Default::default()
    };
    audit::record_entity(&mut tx, admin, (None, &removed.name), AuditAction::EntityRemoved, &changes).await?;
    store::entities::delete(&mut tx, id).await?;
    tx.commit().await?;
    Ok(())
}
