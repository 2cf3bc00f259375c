//! `Authorization: Bearer <token>` for `/api/v1` and SCIM. A token acts with its creator's
//! rights as they are now, narrowed to the token's scope and permission: when the creator is
//! gone, deactivated, or no longer holds what the token carries, the token stops.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use espace_api::tokens::Permission;
use espace_api::users::UserStatus;
use espace_api::ErrorCode;

use crate::auth::extract::{CurrentUser, TokenRef};
use crate::auth::session::token_hash;
use crate::error::AppError;
use crate::rate_limit::{self, Bucket};
use crate::state::AppState;
use crate::store::{self, Scope};
use crate::users::reach;

/// The caller of the public API: a valid token's creator, within the token's reach.
#[derive(Debug, Clone)]
pub struct ApiCaller(pub CurrentUser);

impl ApiCaller {
    /// Refused for a read-only token.
    pub fn manager(&self) -> Result<&CurrentUser, AppError> {
        match &self.0.token {
            Some(t) if t.permission == Permission::Read => Err(AppError::Refused(ErrorCode::ReadOnlyToken)),
            _ => Ok(&self.0),
        }
    }
}

fn invalid() -> AppError {
    AppError::Refused(ErrorCode::InvalidToken)
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).ok_or_else(invalid)?;
        let secret = header
            .strip_prefix("Bearer ")
            .or_else(|| header.strip_prefix("bearer "))
            .map(str::trim)
            .filter(|s| !s.is_empty() && s.len() <= 200)
            .ok_or_else(invalid)?;
        let caller = caller(state, secret).await?;
        crate::operators::support::note(parts, caller.company_id, Some(caller.id));
        Ok(ApiCaller(caller))
    }
}

/// How often "last used" is written, at most.
const TOUCH_EVERY_SECS: i64 = 60;

async fn caller(state: &AppState, secret: &str) -> Result<CurrentUser, AppError> {
    let now = store::now();
    let token = store::api_tokens::by_hash(&mut *state.pool.acquire().await?, &token_hash(secret))
        .await?
        .ok_or_else(invalid)?;
    if token.revoked_at.is_some() || token.expires_at <= now {
        return Err(invalid());
    }
    // A throttled call costs nothing more than the lookup of its token. One connection at a
    // time: holding one while taking another starves the pool under load.
    let _counted = rate_limit::take(&state.pool, Bucket::ApiToken, &token.id.to_string()).await?;
    let mut conn = state.pool.acquire().await?;
    // Said plainly to the integrator: the token is right, the company's access is not.
    if store::operators::suspended(&mut conn, token.company_id).await? {
        return Err(AppError::Refused(ErrorCode::CompanySuspended));
    }
    let creator = match token.created_by {
        Some(id) => store::users::by_id(&mut conn, id).await?,
        None => None,
    }
    .filter(|u| u.company_id == token.company_id && matches!(u.status, UserStatus::Active | UserStatus::Locked))
    .ok_or_else(invalid)?;
    let scope = if token.whole_company != 0 {
        Scope::Company
    } else {
        Scope::entities(store::api_tokens::scope_of(&mut conn, token.id).await?)
    };
    if !creator.role.manages_users() || !reach::power(&mut conn, &creator).await?.covers(&scope) {
        return Err(invalid());
    }
    drop(conn);
    // "Last used" to the minute: a write per call would queue every call behind the write lock.
    if token.last_used_at.is_none_or(|at| now - at >= TOUCH_EVERY_SECS) {
        store::api_tokens::touch(&state.pool, token.id, now).await?;
    }
    let mut caller = CurrentUser::from(creator);
    caller.scope = scope;
    caller.token = Some(TokenRef { id: token.id, permission: token.permission });
    Ok(caller)
}
