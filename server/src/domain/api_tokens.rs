//! API tokens as people manage them: created within the creator's scope, with a permission
//! and an expiry; the secret shown once and stored hashed; revoked at any time.

use std::collections::HashMap;

use espace_api::audit::AuditAction;
use espace_api::entities::EntityRef;
use espace_api::tokens::{ApiToken, CreateTokenRequest, CreatedToken, Permission};
use espace_api::validation::normalize_name;
use espace_api::{CompanyId, ErrorCode, TokenId};

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::auth::session::{new_token, token_hash};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, Conn, Scope, DAY_SECS};
use crate::users::reach;

fn token(t: store::api_tokens::Token, scopes: &mut HashMap<TokenId, Vec<EntityRef>>) -> ApiToken {
    ApiToken {
        id: t.id,
        name: t.name,
        prefix: t.prefix,
        permission: t.permission,
        scope: (t.whole_company == 0).then(|| scopes.remove(&t.id).unwrap_or_default()),
        created_at: t.created_at,
        created_by: t.created_by_name,
        expires_at: t.expires_at,
        last_used_at: t.last_used_at,
        revoked_at: t.revoked_at,
    }
}

async fn scopes(conn: &mut Conn, company_id: CompanyId) -> Result<HashMap<TokenId, Vec<EntityRef>>, AppError> {
    let mut map: HashMap<TokenId, Vec<EntityRef>> = HashMap::new();
    for (token, id, name) in store::api_tokens::scopes(conn, company_id).await? {
        map.entry(token).or_default().push(EntityRef { id, name });
    }
    Ok(map)
}

/// An administrator sees the company's tokens; a team administrator, those they created.
pub async fn list(state: &AppState, reader: &CurrentUser) -> Result<Vec<ApiToken>, AppError> {
    let mut conn = state.pool.acquire().await?;
    let mine = (reader.scope != Scope::Company).then_some(reader.id);
    let rows = store::api_tokens::list(&mut conn, reader.company_id, mine).await?;
    let mut scopes = scopes(&mut conn, reader.company_id).await?;
    Ok(rows.into_iter().map(|t| token(t, &mut scopes)).collect())
}

pub async fn create(state: &AppState, actor: &CurrentUser, req: CreateTokenRequest) -> Result<CreatedToken, AppError> {
    AppError::check(req.validate())?;
    let permission = req.permission.unwrap_or(Permission::Read);
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let entities = match &req.scope {
        None if actor.scope != Scope::Company => return Err(AppError::Refused(ErrorCode::OutOfScope)),
        None => Vec::new(),
        Some(ids) => reach::entities(&mut tx, actor, ids).await?,
    };
    let secret = format!("esp_{}", new_token());
    let prefix: String = secret.chars().take(10).collect();
    let name = normalize_name(&req.name);
    let now = store::now();
    let id = store::api_tokens::insert(
        &mut tx,
        &store::api_tokens::NewToken {
            company_id: actor.company_id,
            name: &name,
            hash: &token_hash(&secret),
            prefix: &prefix,
            permission,
            whole_company: req.scope.is_none(),
            created_by: actor.id,
            now,
            expires_at: now + i64::from(req.days) * DAY_SECS,
        },
        &entities,
    )
    .await?;
    audit::record_token(&mut tx, actor, &name, AuditAction::TokenCreated).await?;
    let row = store::api_tokens::in_company(&mut tx, actor.company_id, id).await?.ok_or(AppError::NotFound)?;
    let mut scopes = scopes(&mut tx, actor.company_id).await?;
    tx.commit().await?;
    Ok(CreatedToken { token: token(row, &mut scopes), secret })
}

/// Stops a token at once. An administrator revokes any of the company's; a team
/// administrator, their own (anyone else's is as good as absent).
pub async fn revoke(state: &AppState, actor: &CurrentUser, id: TokenId) -> Result<ApiToken, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let found = store::api_tokens::in_company(&mut tx, actor.company_id, id)
        .await?
        .filter(|t| actor.scope == Scope::Company || t.created_by == Some(actor.id))
        .ok_or(AppError::NotFound)?;
    if found.revoked_at.is_none() {
        store::api_tokens::revoke(&mut tx, id, store::now()).await?;
        audit::record_token(&mut tx, actor, &found.name, AuditAction::TokenRevoked).await?;
    }
    let row = store::api_tokens::in_company(&mut tx, actor.company_id, id).await?.ok_or(AppError::NotFound)?;
    let mut scopes = scopes(&mut tx, actor.company_id).await?;
    tx.commit().await?;
    Ok(token(row, &mut scopes))
}
