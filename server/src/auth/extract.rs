use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use espace_api::links::PRIVACY_POLICY_VERSION;
use espace_api::users::Role;
use espace_api::ErrorCode;
use espace_api::Language;
use sqlx::SqlitePool;

use crate::auth::session::{token_hash, COOKIE_NAME};
use crate::db;
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
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    company_id: i64,
    first_name: String,
    last_name: String,
    email: String,
    role: String,
    language: String,
    consent_version: Option<String>,
}

const COLUMNS: &str = "u.id, u.company_id, u.first_name, u.last_name, u.email, u.role, u.language, u.consent_version";

impl CurrentUser {
    /// The active user behind a session cookie's value. Only active users keep a working
    /// session: deactivation or locking ends it at once.
    pub async fn from_session(pool: &SqlitePool, token: &str) -> Result<CurrentUser, AppError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.id_hash = ? AND s.expires_at > ? AND u.status = 'active'"
        );
        let row: Option<Row> =
            sqlx::query_as(&sql).bind(token_hash(token)).bind(db::now()).fetch_optional(pool).await?;
        row.map(CurrentUser::from).ok_or(AppError::Unauthenticated)
    }
}

impl From<Row> for CurrentUser {
    fn from(row: Row) -> Self {
        CurrentUser {
            id: row.id,
            company_id: row.company_id,
            first_name: row.first_name,
            last_name: row.last_name,
            email: row.email,
            // An unknown role in storage gets the least privilege.
            role: Role::parse(&row.role).unwrap_or(Role::User),
            language: Language::from_tag(&row.language).unwrap_or_default(),
            consent_version: row.consent_version,
        }
    }
}

impl CurrentUser {
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
        Ok(SessionUser(CurrentUser::from_session(&state.pool, token.value()).await?))
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
