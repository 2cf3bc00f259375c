//! `/api/operator`: the operator console's API. Every route but activation needs an operator
//! session (`SignedInOperator`); without one each answers `404`, as an unknown route would.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::operator::{
    ActivationRequest, ActivationToken, CompanyQuery, CompanyRow, CompanyStatus, NewCompanyRequest, OperatorEvent,
    OperatorMe, ReferenceReport,
};
use espace_api::second_step::AuthenticatorSetup;
use espace_api::CompanyId;

use crate::error::AppError;
use crate::operators::account::{self, COOKIE};
use crate::operators::companies;
use crate::operators::extract::SignedInOperator;
use crate::state::AppState;
use crate::store::operators::Operator;

fn me(operator: &Operator) -> OperatorMe {
    OperatorMe { name: operator.name.clone(), email: operator.email.clone(), language: operator.language }
}

pub async fn current(SignedInOperator(operator): SignedInOperator) -> Json<OperatorMe> {
    Json(me(&operator))
}

/// `DELETE /api/operator/session`: signs out; idempotent.
pub async fn sign_out(State(state): State<AppState>, jar: CookieJar) -> Result<(CookieJar, StatusCode), AppError> {
    if let Some(cookie) = jar.get(COOKIE) {
        account::sign_out(&state, cookie.value()).await?;
    }
    Ok((jar.add(account::removal(state.config.secure_cookies)), StatusCode::NO_CONTENT))
}

/// `POST /api/operator/activation/start`: the authenticator app to set up with the link.
pub async fn start_activation(
    State(state): State<AppState>,
    Json(req): Json<ActivationToken>,
) -> Result<Json<AuthenticatorSetup>, AppError> {
    Ok(Json(account::start_activation(&state, &req.token).await?))
}

/// `POST /api/operator/activation`: password and first code; signed in to the console.
pub async fn activate(
    State(state): State<AppState>,
    jar: CookieJar,
    Json(req): Json<ActivationRequest>,
) -> Result<(CookieJar, StatusCode), AppError> {
    let session = account::activate(&state, req).await?;
    Ok((jar.add(account::cookie(session, state.config.secure_cookies)), StatusCode::NO_CONTENT))
}

pub async fn companies(
    State(state): State<AppState>,
    _: SignedInOperator,
    Query(query): Query<CompanyQuery>,
) -> Result<Json<Vec<CompanyRow>>, AppError> {
    Ok(Json(companies::list(&state, &query).await?))
}

pub async fn create_company(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Json(req): Json<NewCompanyRequest>,
) -> Result<(StatusCode, Json<CompanyRow>), AppError> {
    Ok((StatusCode::CREATED, Json(companies::create(&state, &operator, &req).await?)))
}

pub async fn suspend(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Path(id): Path<CompanyId>,
) -> Result<StatusCode, AppError> {
    companies::set_status(&state, &operator, id, CompanyStatus::Suspended).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn reactivate(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Path(id): Path<CompanyId>,
) -> Result<StatusCode, AppError> {
    companies::set_status(&state, &operator, id, CompanyStatus::Active).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn events(State(state): State<AppState>, _: SignedInOperator) -> Result<Json<Vec<OperatorEvent>>, AppError> {
    Ok(Json(companies::events(&state).await?))
}

/// `GET /api/operator/references/{reference}`: what a reference a customer quotes leads to.
pub async fn reference(
    State(state): State<AppState>,
    _: SignedInOperator,
    Path(reference): Path<String>,
) -> Result<Json<ReferenceReport>, AppError> {
    Ok(Json(crate::operators::support::lookup(&state, &reference).await?))
}

/// `POST /api/operator/companies/{id}/close`: suspended now, erased after the grace period.
pub async fn close(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Path(id): Path<CompanyId>,
) -> Result<StatusCode, AppError> {
    crate::operators::closure::close(&state, &operator, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/operator/companies/{id}/export`: the company's data as a ZIP of CSV files, in
/// the operator's language.
pub async fn export(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Path(id): Path<CompanyId>,
) -> Result<axum::response::Response, AppError> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let bytes = crate::operators::closure::export(&state, id, operator.language).await?;
    let name = format!("attachment; filename=\"company-{id}.zip\"");
    Ok(([(header::CONTENT_TYPE, "application/zip".to_owned()), (header::CONTENT_DISPOSITION, name)], bytes)
        .into_response())
}
