//! `GET /api/dev/mailbox`: the outbox for people trying the demo without a mail server. Exists
//! only with `ESPACE_DEV_MAILBOX=1` (which `make run` sets); otherwise 404 like any unknown path.

use axum::extract::State;
use axum::Json;
use espace_api::dev::MailboxMessage;

use crate::error::AppError;
use crate::state::AppState;

pub async fn mailbox(State(state): State<AppState>) -> Result<Json<Vec<MailboxMessage>>, AppError> {
    if !state.config.dev_mailbox {
        return Err(AppError::NotFound);
    }
    let rows: Vec<(i64, String, String, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT id, to_address, subject, body_text, link, created_at FROM outbox ORDER BY id DESC LIMIT 100",
    )
    .fetch_all(&state.pool)
    .await?;
    let base = state.config.public_url.clone().unwrap_or_default();
    Ok(Json(
        rows.into_iter()
            .map(|(id, to, subject, text, link, created_at)| MailboxMessage {
                id,
                to,
                subject,
                text,
                link: link.map(|l| l.strip_prefix(&base).map(str::to_owned).unwrap_or(l)),
                created_at,
            })
            .collect(),
    ))
}
