//! Operator tokens: how a provider's systems (billing) reach `/api/operator/v1`. A token acts
//! as the operator who made it, while that operator is active; it expires, can be revoked at
//! once, and every change made through it names it in the operators' log.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use espace_api::operator::{CreatedOperatorToken, NewOperatorToken, OperatorAction, OperatorToken};
use espace_api::validation::normalize_name;
use espace_api::ErrorCode;

use super::extract::SignedInOperator;
use crate::auth::session::{new_token, token_hash};
use crate::error::AppError;
use crate::rate_limit::{self, Bucket};
use crate::state::AppState;
use crate::store::operators::{Entry, Operator};
use crate::store::{self, DAY_SECS};

pub async fn list(state: &AppState) -> Result<Vec<OperatorToken>, AppError> {
    Ok(store::operator_tokens::list(&mut *state.pool.acquire().await?).await?)
}

pub async fn create(
    state: &AppState,
    operator: &Operator,
    req: &NewOperatorToken,
) -> Result<CreatedOperatorToken, AppError> {
    AppError::check(req.validate())?;
    let secret = format!("espop_{}", new_token());
    let prefix: String = secret.chars().take(12).collect();
    let name = normalize_name(&req.name);
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    let token = store::operator_tokens::NewToken {
        operator_id: operator.id,
        name: &name,
        hash: &token_hash(&secret),
        prefix: &prefix,
        now,
        expires_at: now + i64::from(req.days) * DAY_SECS,
    };
    let id = store::operator_tokens::insert(&mut tx, &token).await?;
    store::operators::record(
        &mut tx,
        Some(operator),
        Entry::new(OperatorAction::TokenCreated, (None, "")).about(&name),
        now,
    )
    .await?;
    let token = store::operator_tokens::by_id(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(CreatedOperatorToken { token, secret })
}

pub async fn revoke(state: &AppState, operator: &Operator, id: i64) -> Result<OperatorToken, AppError> {
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    let token = store::operator_tokens::by_id(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    if store::operator_tokens::revoke(&mut tx, id, now).await? {
        let entry = Entry::new(OperatorAction::TokenRevoked, (None, "")).about(&token.name);
        store::operators::record(&mut tx, Some(operator), entry, now).await?;
    }
    let token = store::operator_tokens::by_id(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(token)
}

/// Who acts on companies, orders and the catalogue: with `Authorization: Bearer espop_…`, a
/// live token's operator, still active (anything else: `401 invalid-token`); without it, the
/// console's session (`SignedInOperator`, else `404`). The console and `/api/operator/v1`
/// share these operations, handlers included.
#[derive(Debug, Clone)]
pub struct Acting(pub Operator);

fn invalid() -> AppError {
    AppError::Refused(ErrorCode::InvalidToken)
}

/// How often "last used" is written, at most.
const TOUCH_EVERY_SECS: i64 = 60;

impl FromRequestParts<AppState> for Acting {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(header) = parts.headers.get(AUTHORIZATION) else {
            let SignedInOperator(operator) = SignedInOperator::from_request_parts(parts, state).await?;
            return Ok(Acting(operator));
        };
        let header = header.to_str().map_err(|_| invalid())?;
        let secret = header
            .strip_prefix("Bearer ")
            .or_else(|| header.strip_prefix("bearer "))
            .map(str::trim)
            .filter(|s| s.starts_with("espop_") && s.len() <= 200)
            .ok_or_else(invalid)?;
        let now = store::now();
        let (id, operator_id, last_used) =
            store::operator_tokens::live(&mut *state.pool.acquire().await?, &token_hash(secret), now)
                .await?
                .ok_or_else(invalid)?;
        // Budgets are per token, apart from company tokens' (the key names the kind).
        let _counted = rate_limit::take(&state.pool, Bucket::ApiToken, &format!("operator:{id}")).await?;
        let mut operator = store::operators::by_id(&mut *state.pool.acquire().await?, operator_id)
            .await?
            .filter(Operator::is_active)
            .ok_or_else(invalid)?;
        if last_used.is_none_or(|at| now - at >= TOUCH_EVERY_SECS) {
            store::operator_tokens::touch(&state.pool, id, now).await?;
        }
        operator.via_token = Some(id);
        Ok(Acting(operator))
    }
}
