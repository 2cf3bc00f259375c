use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use espace_api::links::PRIVACY_POLICY_VERSION;
use espace_api::users::Role;
use espace_api::{CompanyId, EntityId, ErrorCode, Language, TokenId, UserId};

use crate::auth::session::{self, COOKIE_NAME};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, Pool, Scope};

/// The signed-in person, read fresh from the database on every request, so a change of level
/// or scope, or a deactivation, applies at the next request.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: UserId,
    pub company_id: CompanyId,
    pub entity_id: EntityId,
    /// Whom they manage: the company (administrators), their entities (team administrators),
    /// nobody (users).
    pub scope: Scope,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub language: Language,
    pub consent_version: Option<String>,
    pub consent_at: Option<i64>,
    /// The privacy policy's version in effect now: what `consent_version` must be.
    pub policy_version: String,
    /// The company requires a second sign-in step of this person, who signed in with a
    /// password and has none yet: nothing but setting one up until they do.
    pub second_step_missing: bool,
    /// Set when the request came with an API token: it acts with its creator's rights,
    /// narrowed to its own scope and permission.
    pub token: Option<TokenRef>,
}

#[derive(Debug, Clone)]
pub struct TokenRef {
    pub id: TokenId,
    pub permission: espace_api::tokens::Permission,
}

impl From<crate::store::sessions::SessionUser> for CurrentUser {
    fn from(row: crate::store::sessions::SessionUser) -> Self {
        let second_step_missing =
            row.via_sso == 0 && row.has_second_step == 0 && row.second_step_policy.requires(row.role);
        CurrentUser {
            second_step_missing,
            id: row.id,
            company_id: row.company_id,
            entity_id: row.entity_id,
            scope: Scope::nobody(),
            first_name: row.first_name,
            last_name: row.last_name,
            email: row.email,
            role: row.role,
            language: row.language,
            consent_version: row.consent_version,
            consent_at: row.consent_at,
            policy_version: row.policy_version,
            token: None,
        }
    }
}

impl From<crate::store::users::User> for CurrentUser {
    fn from(user: crate::store::users::User) -> Self {
        CurrentUser {
            id: user.id,
            company_id: user.company_id,
            entity_id: user.entity_id,
            scope: Scope::nobody(),
            first_name: user.first_name,
            last_name: user.last_name,
            email: user.email,
            role: user.role,
            language: user.language,
            // Read for API tokens, which act without a person reading anything: the version
            // they accepted stands in (consent is asked of people, in the app).
            policy_version: user.consent_version.clone().unwrap_or_else(|| PRIVACY_POLICY_VERSION.to_owned()),
            consent_version: user.consent_version,
            consent_at: user.consent_at,
            second_step_missing: false,
            token: None,
        }
    }
}

impl CurrentUser {
    /// The person behind a session cookie's value, if the session is alive.
    pub async fn from_session(state: &AppState, token: &str) -> Result<CurrentUser, AppError> {
        let found = session::resolve(&state.pool, &state.config, token).await?;
        let user = found.map(CurrentUser::from).ok_or(AppError::Unauthenticated)?;
        user.with_scope(&state.pool).await
    }

    /// Reads the scope their level gives them (a team administrator's entities from storage).
    pub async fn with_scope(mut self, pool: &Pool) -> Result<CurrentUser, AppError> {
        self.scope = match self.role {
            Role::Admin => Scope::Company,
            Role::TeamAdmin => Scope::entities(store::entities::scope_of(&mut *pool.acquire().await?, self.id).await?),
            Role::User => Scope::nobody(),
        };
        Ok(self)
    }

    /// Who the audit log names for what this request does: the token, or the person.
    pub fn actor(&self) -> crate::audit::Actor {
        match &self.token {
            Some(token) => crate::audit::Actor::Token(token.id),
            None => crate::audit::Actor::Admin(self.id),
        }
    }

    pub fn consent_required(&self) -> bool {
        self.consent_version.as_deref() != Some(self.policy_version.as_str())
    }
}

/// Signed in, whether or not the privacy policy is accepted and the second step the company
/// requires set up: only for `/api/me`, consent and setting up a second step.
#[derive(Debug, Clone)]
pub struct SessionUser(pub CurrentUser);

impl FromRequestParts<AppState> for SessionUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let token = jar.get(COOKIE_NAME).ok_or(AppError::Unauthenticated)?;
        let user = CurrentUser::from_session(state, token.value()).await?;
        crate::operators::support::note(parts, user.company_id, Some(user.id));
        Ok(SessionUser(user))
    }
}

/// Signed in, agreed to the current privacy policy and, where the company requires one, with a
/// second step set up: everything else requires this.
impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SessionUser(user) = SessionUser::from_request_parts(parts, state).await?;
        if user.consent_required() {
            return Err(AppError::Refused(ErrorCode::ConsentRequired));
        }
        if user.second_step_missing {
            return Err(AppError::Refused(ErrorCode::SecondStepRequired));
        }
        Ok(user)
    }
}

/// A team administrator or an administrator, with their scope; anyone else gets 403.
#[derive(Debug, Clone)]
pub struct Manager(pub CurrentUser);

impl FromRequestParts<AppState> for Manager {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        if user.role.manages_users() {
            Ok(Manager(user))
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// An administrator (the whole company); anyone else gets 403.
#[derive(Debug, Clone)]
pub struct AdminUser(pub CurrentUser);

impl FromRequestParts<AppState> for AdminUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        if user.role == Role::Admin {
            Ok(AdminUser(user))
        } else {
            Err(AppError::Forbidden)
        }
    }
}
