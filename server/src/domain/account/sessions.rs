//! Where a person is signed in: their live sessions, described by the browser and system they
//! were opened from, which they may end one by one or all but the one in use; their
//! administrators see and end the same from the person's page (in the audit log).

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::devices::{describe, OpenSession};
use espace_api::UserId;

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::config::Config;
use crate::error::AppError;
use crate::store::{self, Conn};
use crate::users::reach;

async fn live(
    conn: &mut Conn,
    config: &Config,
    user_id: UserId,
    this_hash: &str,
) -> Result<Vec<OpenSession>, AppError> {
    let now = store::now();
    let rows = store::sessions::live_for_user(conn, user_id, this_hash, now, now - config.session_idle_secs).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let (browser, system) = describe(&row.user_agent);
            OpenSession {
                id: row.public_id,
                browser,
                system,
                address: row.address,
                started_at: row.created_at,
                last_active_at: row.last_seen_at,
                current: row.current == 1,
            }
        })
        .collect())
}

/// The reader's own sessions; `this_hash` is the one the request comes with.
pub async fn mine(
    state: &crate::state::AppState,
    me: &CurrentUser,
    this_hash: &str,
) -> Result<Vec<OpenSession>, AppError> {
    live(&mut *state.pool.acquire().await?, &state.config, me.id, this_hash).await
}

/// Ends one of the reader's own sessions (any handle that is not theirs is `NotFound`).
pub async fn end_mine(state: &crate::state::AppState, me: &CurrentUser, id: &str) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(me.company_id)).await?;
    if !store::sessions::delete_listed(&mut tx, me.id, id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Ends every session of the reader but the one in use.
pub async fn end_my_others(state: &crate::state::AppState, me: &CurrentUser, this_hash: &str) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(me.company_id)).await?;
    store::sessions::delete_others(&mut tx, me.id, this_hash).await?;
    tx.commit().await?;
    Ok(())
}

/// A user's sessions, for whoever may read their page (anyone else: `NotFound`).
pub async fn of_user(
    state: &crate::state::AppState,
    reader: &CurrentUser,
    user_id: UserId,
) -> Result<Vec<OpenSession>, AppError> {
    let mut conn = state.pool.acquire().await?;
    store::users::in_scope(&mut conn, reader.company_id, &reader.scope, user_id).await?.ok_or(AppError::NotFound)?;
    // No session of the reader's own is "this one" on someone else's page.
    live(&mut conn, &state.config, user_id, "").await
}

/// Ends one of a user's sessions, for whoever manages them; recorded in the audit log.
pub async fn end_for_user(
    state: &crate::state::AppState,
    actor: &CurrentUser,
    user_id: UserId,
    id: &str,
) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let user =
        store::users::in_scope(&mut tx, actor.company_id, &actor.scope, user_id).await?.ok_or(AppError::NotFound)?;
    reach::ensure_manages(&mut tx, actor, &user).await?;
    if !store::sessions::delete_listed(&mut tx, user.id, id).await? {
        return Err(AppError::NotFound);
    }
    audit::record_user(&mut tx, actor.actor(), &user, AuditAction::SessionEnded, &AuditChanges::default()).await?;
    tx.commit().await?;
    tracing::info!(user = %user.id, "session ended by an administrator");
    Ok(())
}
