//! Invitations about to expire unused: the person is reminded once, a day before, with a
//! fresh link that expires at the same time (the hourly pass).

use crate::error::AppError;
use crate::state::AppState;
use crate::store;
use crate::users::lifecycle;

/// How long before its link expires an invitation is recalled.
pub const REMIND_BEFORE_SECS: i64 = 24 * 3600;

/// Reminds every invited person whose link expires within a day; how many were reminded. Each
/// under their company's lock, on its own: one failure does not stop the others.
pub async fn remind_expiring(state: &AppState, now: i64) -> Result<usize, AppError> {
    let due = store::tokens::due_reminders(&mut *state.pool.acquire().await?, now, REMIND_BEFORE_SECS).await?;
    let mut reminded = 0;
    for (user_id, _) in due {
        let mut tx = store::write_for_user(&state.pool, user_id).await?;
        // Read again under the lock: used, revoked or deleted in between, nothing is sent.
        let Some(expires_at) = store::tokens::due_reminder(&mut tx, user_id, now, REMIND_BEFORE_SECS).await? else {
            continue;
        };
        let Some(user) = store::users::by_id(&mut tx, user_id).await? else { continue };
        match lifecycle::remind_invitation(&mut tx, &state.config, &user, expires_at).await {
            Ok(sent) => {
                tx.commit().await?;
                reminded += usize::from(sent);
            }
            Err(e) => tracing::error!(error = %e, user = %user_id, "invitation reminder failed"),
        }
    }
    Ok(reminded)
}
