//! Activation and password links: look at one (without using it), ask for a fresh one, or use
//! it to set a password, which signs the person in.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::links::{LinkInfo, LinkPurpose, LinkState, SetPasswordRequest, TokenRequest};
use espace_api::password::{broken_rules, Personal};
use espace_api::session::Me;
use espace_api::{ErrorCode, FieldError};
use sqlx::SqliteConnection;

use crate::auth::session::token_hash;
use crate::auth::{blocklist, password};
use crate::db;
use crate::error::AppError;
use crate::state::AppState;
use crate::users::{audit, lifecycle};

#[derive(sqlx::FromRow)]
struct Found {
    user_id: i64,
    company_id: i64,
    purpose: String,
    expires_at: i64,
    used_at: Option<i64>,
    revoked_at: Option<i64>,
    status: String,
    first_name: String,
    last_name: String,
    email: String,
    company: String,
}

async fn find(conn: &mut SqliteConnection, token: &str) -> Result<Option<Found>, sqlx::Error> {
    sqlx::query_as(
        "SELECT t.user_id, u.company_id, t.purpose, t.expires_at, t.used_at, t.revoked_at, u.status,
                u.first_name, u.last_name, u.email, c.name AS company
         FROM tokens t JOIN users u ON u.id = t.user_id JOIN companies c ON c.id = u.company_id
         WHERE t.hash = ?",
    )
    .bind(token_hash(token))
    .fetch_optional(conn)
    .await
}

fn purpose_of(found: &Found) -> LinkPurpose {
    LinkPurpose::parse(&found.purpose).unwrap_or(LinkPurpose::Activation)
}

fn state_of(found: &Found, now: i64) -> LinkState {
    let eligible = match purpose_of(found) {
        LinkPurpose::Activation => found.status == "invited",
        LinkPurpose::Reset => found.status == "active",
    };
    if found.used_at.is_some() || (purpose_of(found) == LinkPurpose::Activation && found.status == "active") {
        LinkState::Used
    } else if found.revoked_at.is_some() {
        LinkState::Replaced
    } else if !eligible {
        LinkState::Unknown
    } else if found.expires_at <= now {
        LinkState::Expired
    } else {
        LinkState::Valid
    }
}

pub async fn inspect(State(state): State<AppState>, Json(req): Json<TokenRequest>) -> Result<Json<LinkInfo>, AppError> {
    let mut conn = state.pool.acquire().await?;
    let Some(found) = find(&mut conn, &req.token).await? else {
        return Ok(Json(LinkInfo { state: LinkState::Unknown, purpose: None, person: None, company: None }));
    };
    let link_state = state_of(&found, db::now());
    let valid = link_state == LinkState::Valid;
    Ok(Json(LinkInfo {
        state: link_state,
        purpose: Some(purpose_of(&found)),
        person: valid.then(|| Personal {
            email: found.email.clone(),
            first_name: found.first_name.clone(),
            last_name: found.last_name.clone(),
        }),
        company: valid.then(|| found.company.clone()),
    }))
}

/// "Send me a new link" from an expired or replaced link: a new one goes to the same address.
/// The answer is the same whatever happened, so it tells nothing about the address.
pub async fn renew(State(state): State<AppState>, Json(req): Json<TokenRequest>) -> Result<StatusCode, AppError> {
    let mut tx = state.pool.begin().await?;
    if let Some(found) = find(&mut tx, &req.token).await? {
        if matches!(state_of(&found, db::now()), LinkState::Expired | LinkState::Replaced) {
            lifecycle::send_link_to(&state, &mut tx, found.user_id, purpose_of(&found)).await?;
        }
    }
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn complete(
    State(state): State<AppState>,
    jar: CookieJar,
    Json(req): Json<SetPasswordRequest>,
) -> Result<(CookieJar, Json<Me>), AppError> {
    let now = db::now();
    let found = {
        let mut conn = state.pool.acquire().await?;
        find(&mut conn, &req.token).await?
    };
    let Some(found) = found.filter(|f| state_of(f, now) == LinkState::Valid) else {
        return Err(AppError::Refused(ErrorCode::InvalidLink));
    };
    let personal = Personal {
        email: found.email.clone(),
        first_name: found.first_name.clone(),
        last_name: found.last_name.clone(),
    };
    let broken = broken_rules(&req.password, &personal, blocklist::is_common);
    if let Some(rule) = broken.first() {
        let max = (rule.field_error() == espace_api::FieldErrorCode::TooLong)
            .then_some(espace_api::password::MAX_CHARS as u32);
        return Err(AppError::Validation(vec![FieldError { field: "password".into(), code: rule.field_error(), max }]));
    }
    let hash = password::hash_blocking(req.password).await?;

    let mut tx = state.pool.begin().await?;
    // Single use: only the first of two concurrent submissions marks the token.
    let marked = sqlx::query("UPDATE tokens SET used_at = ? WHERE hash = ? AND used_at IS NULL AND revoked_at IS NULL")
        .bind(now)
        .bind(token_hash(&req.token))
        .execute(&mut *tx)
        .await?;
    if marked.rows_affected() != 1 {
        return Err(AppError::Refused(ErrorCode::InvalidLink));
    }
    sqlx::query(
        "UPDATE users SET password_hash = ?, email_verified = 1, failed_sign_ins = 0,
             status_changed_at = CASE WHEN status = 'active' THEN status_changed_at ELSE ? END,
             status = 'active', status_reason = NULL, activated_at = COALESCE(activated_at, ?),
             last_sign_in_at = ?, version = version + 1
         WHERE id = ?",
    )
    .bind(&hash)
    .bind(now)
    .bind(now)
    .bind(now)
    .bind(found.user_id)
    .execute(&mut *tx)
    .await?;
    // A new password ends every other session.
    sqlx::query("DELETE FROM sessions WHERE user_id = ?").bind(found.user_id).execute(&mut *tx).await?;
    let action = match purpose_of(&found) {
        LinkPurpose::Activation => "activated",
        LinkPurpose::Reset => "password-reset",
    };
    audit::record(&mut tx, found.company_id, found.user_id, Some(found.user_id), action).await?;
    tx.commit().await?;

    crate::routes::session::start(&state, jar, found.user_id).await
}
