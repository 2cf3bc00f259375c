//! Whom a team administrator or an administrator may manage, and where they may place people.
//! Reading is limited by the scope in every statement (`store::Scope`); these rules decide the
//! writes.

use espace_api::users::Role;
use espace_api::{EntityId, ErrorCode};

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::store::users::User;
use crate::store::{self, Conn, Scope};

/// The scope a user's level gives them.
pub async fn power(conn: &mut Conn, user: &User) -> Result<Scope, AppError> {
    Ok(match user.role {
        Role::Admin => Scope::Company,
        Role::TeamAdmin => Scope::entities(store::entities::scope_of(conn, user.id).await?),
        Role::User => Scope::nobody(),
    })
}

/// Whether `actor` manages `target` (a user they already reach): the target's own power must
/// lie within the actor's scope. An administrator manages everyone; a team administrator
/// manages users and the team administrators their scope covers, never an administrator.
pub async fn manages(conn: &mut Conn, actor: &CurrentUser, target: &User) -> Result<bool, AppError> {
    if actor.scope == Scope::Company {
        return Ok(true);
    }
    Ok(actor.scope.reaches(target.entity_id) && actor.scope.covers(&power(conn, target).await?))
}

pub async fn ensure_manages(conn: &mut Conn, actor: &CurrentUser, target: &User) -> Result<(), AppError> {
    if manages(conn, actor, target).await? {
        Ok(())
    } else {
        Err(AppError::Refused(ErrorCode::OutOfScope))
    }
}

/// An entity of the company within the actor's scope, with its name. Outside it (or not the
/// company's at all) is refused the same way, so nothing tells one from the other.
pub async fn entity(
    conn: &mut Conn,
    actor: &CurrentUser,
    entity_id: EntityId,
) -> Result<store::entities::Entity, AppError> {
    match store::entities::in_company(conn, actor.company_id, entity_id).await? {
        Some(entity) if actor.scope.reaches(entity.id) => Ok(entity),
        _ => Err(AppError::Refused(ErrorCode::OutOfScope)),
    }
}

/// Entities the actor names for a scope (a token's, a webhook endpoint's): each once, sorted,
/// each in the company and within the actor's reach, else `out-of-scope`.
pub async fn entities(conn: &mut Conn, actor: &CurrentUser, ids: &[EntityId]) -> Result<Vec<EntityId>, AppError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut found = Vec::with_capacity(ids.len());
    for id in ids {
        found.push(entity(conn, actor, id).await?.id);
    }
    Ok(found)
}

/// A level and scope the actor may give: never wider than their own. Returns the scope's
/// entities with their names (empty for users and administrators).
pub async fn grantable(
    conn: &mut Conn,
    actor: &CurrentUser,
    role: Role,
    scope: &[EntityId],
) -> Result<Vec<store::entities::Entity>, AppError> {
    match role {
        Role::Admin if actor.scope != Scope::Company => Err(AppError::Refused(ErrorCode::OutOfScope)),
        Role::Admin | Role::User => Ok(Vec::new()),
        Role::TeamAdmin => {
            let mut ids = scope.to_vec();
            ids.sort_unstable();
            ids.dedup();
            let mut entities = Vec::with_capacity(ids.len());
            for id in ids {
                entities.push(entity(conn, actor, id).await?);
            }
            Ok(entities)
        }
    }
}
