//! Operators managing operators: the list, an invitation (the link shown once, to hand over),
//! disabling an account (its sessions end, its tokens stop) and enabling it again, and a reset
//! for a lost phone (password and app gone, a new link). Nobody disables or resets themselves:
//! a console must keep someone who can sign in.

use espace_api::operator::{InvitedOperator, NewOperatorRequest, OperatorAction, OperatorRow, OperatorStatus};
use espace_api::ErrorCode;

use super::account;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::operators::{Entry, Operator};
use crate::store::{self, Conn};

pub async fn list(state: &AppState) -> Result<Vec<OperatorRow>, AppError> {
    Ok(store::operators::list(&mut *state.pool.acquire().await?).await?)
}

pub async fn invite(state: &AppState, by: &Operator, req: &NewOperatorRequest) -> Result<InvitedOperator, AppError> {
    AppError::check(req.validate())?;
    let (id, link) = account::invite_by(state, Some(by), &req.name, &req.email, req.language).await?;
    let operator = store::operators::row(&mut *state.pool.acquire().await?, id).await?.ok_or(AppError::NotFound)?;
    Ok(InvitedOperator { operator, link })
}

/// What one operator does to another's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Disable,
    Enable,
    /// A new link: the answer carries it.
    Reset,
}

/// Applies `change` to operator `id`; a reset answers the new link.
pub async fn change(state: &AppState, by: &Operator, id: i64, change: Change) -> Result<InvitedOperator, AppError> {
    if id == by.id && change != Change::Enable {
        return Err(AppError::Refused(ErrorCode::Conflict));
    }
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    let target = store::operators::by_id(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let (action, link) = match change {
        Change::Disable => {
            store::operators::set_status(&mut tx, id, OperatorStatus::Disabled).await?;
            store::operators::end_sessions(&mut tx, id).await?;
            (OperatorAction::OperatorDisabled, String::new())
        }
        Change::Enable => {
            // Back to where they were: active with a password, else still to activate.
            let status = if target.password_hash.is_some() { OperatorStatus::Active } else { OperatorStatus::Invited };
            store::operators::set_status(&mut tx, id, status).await?;
            (OperatorAction::OperatorEnabled, String::new())
        }
        Change::Reset => (OperatorAction::OperatorReset, account::new_link(&mut tx, state, id).await?),
    };
    let entry = Entry::new(action, (None, "")).about(&target.email);
    store::operators::record(&mut tx, Some(by), entry, now).await?;
    let operator = row(&mut tx, id).await?;
    tx.commit().await?;
    tracing::info!(operator = id, by = by.id, ?change, "operator account changed");
    Ok(InvitedOperator { operator, link })
}

async fn row(conn: &mut Conn, id: i64) -> Result<OperatorRow, AppError> {
    store::operators::row(conn, id).await?.ok_or(AppError::NotFound)
}
