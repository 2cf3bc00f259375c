//! A company's entities, and team administrators' scopes over them.

use super::{Conn, Scope};
use espace_api::{CompanyId, EntityId, UserId};

/// An entity's users: its row's count plus the deltas not yet folded into it (migration 0022).
pub(super) const ENTITY_COUNT: &str = "(user_count + COALESCE((SELECT CAST(SUM(d.delta) AS BIGINT)
    FROM user_count_deltas d WHERE d.entity_id = entities.id), 0))";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Entity {
    pub id: EntityId,
    pub name: String,
    pub user_count: i64,
}

/// The company's entities within `scope`, by name.
pub async fn list(conn: &mut Conn, company_id: CompanyId, scope: &Scope) -> Result<Vec<Entity>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT id, name, {ENTITY_COUNT} AS user_count FROM entities WHERE company_id = $1{} ORDER BY name_key, id",
        scope.sql("id")
    ))
    .bind(company_id)
    .fetch_all(conn)
    .await
}

pub async fn in_company(conn: &mut Conn, company_id: CompanyId, id: EntityId) -> Result<Option<Entity>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT id, name, {ENTITY_COUNT} AS user_count FROM entities WHERE id = $1 AND company_id = $2"
    ))
    .bind(id)
    .bind(company_id)
    .fetch_optional(conn)
    .await
}

/// Whether another entity of the company has this folded name.
pub async fn name_taken(
    conn: &mut Conn,
    company_id: CompanyId,
    name_key: &str,
    except: EntityId,
) -> Result<bool, sqlx::Error> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM entities WHERE company_id = $1 AND name_key = $2 AND id <> $3")
            .bind(company_id)
            .bind(name_key)
            .bind(except)
            .fetch_one(conn)
            .await?;
    Ok(count > 0)
}

pub async fn insert(
    conn: &mut Conn,
    company_id: CompanyId,
    name: &str,
    name_key: &str,
    now: i64,
) -> Result<EntityId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO entities (company_id, name, name_key, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(company_id)
    .bind(name)
    .bind(name_key)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn rename(conn: &mut Conn, id: EntityId, name: &str, name_key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE entities SET name = $1, name_key = $2 WHERE id = $3")
        .bind(name)
        .bind(name_key)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves every user of `from` to `to`; open forms see the change through the version.
pub async fn move_users(conn: &mut Conn, from: EntityId, to: EntityId) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("UPDATE users SET entity_id = $1, version = version + 1 WHERE entity_id = $2")
        .bind(to)
        .bind(from)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Team administrators of `from` manage `to` instead (those who had both keep one).
pub async fn move_scopes(conn: &mut Conn, from: EntityId, to: EntityId) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO admin_scopes (user_id, entity_id)
         SELECT user_id, $1 FROM admin_scopes
         WHERE entity_id = $2 AND user_id NOT IN (SELECT user_id FROM admin_scopes WHERE entity_id = $3)",
    )
    .bind(to)
    .bind(from)
    .bind(to)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM admin_scopes WHERE entity_id = $1").bind(from).execute(conn).await?;
    Ok(())
}

/// Team administrators whose scope holds `entity_id`.
pub async fn scoped_admins(conn: &mut Conn, entity_id: EntityId) -> Result<Vec<UserId>, sqlx::Error> {
    sqlx::query_scalar("SELECT user_id FROM admin_scopes WHERE entity_id = $1 ORDER BY user_id")
        .bind(entity_id)
        .fetch_all(conn)
        .await
}

/// Removes an entity that holds no user and is in nobody's scope.
pub async fn delete(conn: &mut Conn, id: EntityId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM entities WHERE id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// A team administrator's entities (ids, sorted).
pub async fn scope_of(conn: &mut Conn, user_id: UserId) -> Result<Vec<EntityId>, sqlx::Error> {
    sqlx::query_scalar("SELECT entity_id FROM admin_scopes WHERE user_id = $1 ORDER BY entity_id")
        .bind(user_id)
        .fetch_all(conn)
        .await
}

/// A team administrator's entities with their names, by name.
pub async fn scope_names(conn: &mut Conn, user_id: UserId) -> Result<Vec<(EntityId, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.id, e.name FROM admin_scopes s JOIN entities e ON e.id = s.entity_id
         WHERE s.user_id = $1 ORDER BY e.name_key, e.id",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await
}

/// Replaces a user's scope (empty for users and administrators).
pub async fn set_scope(conn: &mut Conn, user_id: UserId, entities: &[EntityId]) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM admin_scopes WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    for entity_id in entities {
        sqlx::query("INSERT INTO admin_scopes (user_id, entity_id) VALUES ($1, $2)")
            .bind(user_id)
            .bind(entity_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Users in `scope`, for a list's "of N" when no filter applies (counts kept by triggers).
pub async fn user_total(conn: &mut Conn, company_id: CompanyId, scope: &Scope) -> Result<i64, sqlx::Error> {
    let total: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT CAST(SUM({ENTITY_COUNT}) AS BIGINT) FROM entities WHERE company_id = $1{}",
        scope.sql("id")
    ))
    .bind(company_id)
    .fetch_one(conn)
    .await?;
    Ok(total.unwrap_or_default())
}
