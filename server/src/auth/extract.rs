use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use espace_api::links::PRIVACY_POLICY_VERSION;
use espace_api::users::Role;
use espace_api::ErrorCode;
use espace_api::Language;

use crate::auth::session::{self, COOKIE_NAME};
use crate::error::AppError;
use crate::state::AppState;

/// The signed-in person, read fresh from the database on every request, so a role change
/// or a deactivation applies at the next request.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub company_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub language: Language,
    pub consent_version: Option<String>,
    pub consent_at: Option<i64>,
}

impl From<crate::store::sessions::SessionUser> for CurrentUser {
    fn from(row: crate::store::sessions::SessionUser) -> Self {
        CurrentUser {
            id: row.id,
            company_id: row.company_id,
            first_name: row.first_name,
            last_name: row.last_name,
            email: row.email,
            role: row.role,
            language: row.language,
            consent_version: row.consent_version,
            consent_at: row.consent_at,
        }
    }
}

impl From<crate::store::users::User> for CurrentUser {
    fn from(user: crate::store::users::User) -> Self {
        CurrentUser {
            id: user.id,
            company_id: user.company_id,
            first_name: user.first_name,
            last_name: user.last_name,
            email: user.email,
            role: user.role,
            language: user.language,
            consent_version: user.consent_version,
            consent_at: user.consent_at,
        }
    }
}

impl CurrentUser {
    /// The person behind a session cookie's value, if the session is alive.
    pub async fn from_session(state: &AppState, token: &str) -> Result<CurrentUser, AppError> {
        let found = session::resolve(&state.pool, &state.config, token).await?;
        found.map(CurrentUser::from).ok_or(AppError::Unauthenticated)
    }

    pub fn consent_required(&self) -> bool {
        self.consent_version.as_deref() != Some(PRIVACY_POLICY_VERSION)
    }
}

/// Signed in, whether or not the privacy policy is accepted: only for `/api/me` and consent.
#[derive(Debug, Clone)]
pub struct SessionUser(pub CurrentUser);

impl FromRequestParts<AppState> for SessionUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let token = jar.get(COOKIE_NAME).ok_or(AppError::Unauthenticated)?;
        Ok(SessionUser(CurrentUser::from_session(state, token.value()).await?))
    }
}

/// Signed in and agreed to the current privacy policy: everything else requires this.
impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SessionUser(user) = SessionUser::from_request_parts(parts, state).await?;
        if user.consent_required() {
            return Err(AppError::Refused(ErrorCode::ConsentRequired));
        }
        Ok(user)
    }
}

/// A signed-in admin; anyone else gets 403.
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
