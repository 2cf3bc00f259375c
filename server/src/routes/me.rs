use axum::extract::State;
use axum::Json;
use espace_api::links::Consent;
use espace_api::session::{Me, MeCompany, MeUser};
use espace_api::Language;

use crate::auth::extract::{CurrentUser, SessionUser};
use crate::error::AppError;
use crate::state::AppState;

pub async fn me(State(state): State<AppState>, SessionUser(user): SessionUser) -> Result<Json<Me>, AppError> {
    Ok(Json(load(&state, user).await?))
}

pub async fn load(state: &AppState, user: CurrentUser) -> Result<Me, AppError> {
    let consent: Option<(String, i64)> = sqlx::query_as(
        "SELECT consent_version, consent_at FROM users WHERE id = ? AND consent_version IS NOT NULL AND consent_at IS NOT NULL",
    )
    .bind(user.id)
    .fetch_optional(&state.pool)
    .await?;
    let consent_required = user.consent_required();
    let (id, name, language, sso): (i64, String, String, bool) =
        sqlx::query_as("SELECT id, name, language, sso_enabled FROM companies WHERE id = ?")
            .bind(user.company_id)
            .fetch_one(&state.pool)
            .await?;
    Ok(Me {
        user: MeUser {
            id: user.id,
            first_name: user.first_name,
            last_name: user.last_name,
            email: user.email,
            role: user.role,
            language: user.language,
        },
        company: MeCompany { id, name, language: Language::from_tag(&language).unwrap_or_default(), sso_enabled: sso },
        consent: consent.map(|(version, at)| Consent { version, at }),
        consent_required,
    })
}
