//! `GET /api/dev/mailbox`: the outbox for people trying the demo without a mail server. Exists
//! only with `ESPACE_DEV_MAILBOX=1`, which the server accepts only on a loopback address
//! (see `Config::check`); otherwise 404 like any unknown path.

use axum::extract::State;
use axum::Json;
use espace_api::dev::MailboxMessage;

use crate::account;
use crate::error::AppError;
use crate::state::AppState;

pub async fn mailbox(State(state): State<AppState>) -> Result<Json<Vec<MailboxMessage>>, AppError> {
    if !state.config.dev_mailbox {
        return Err(AppError::NotFound);
    }
    Ok(Json(account::mailbox(&state).await?))
}
