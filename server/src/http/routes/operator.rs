//! `/api/operator`: the operator console's API. Every route but activation needs an operator
//! session (`SignedInOperator`); without one each answers `404`, as an unknown route would.
//! The operations on companies, orders and the catalogue take `Acting`: the same handlers
//! serve the console and `/api/operator/v1` (operator tokens), which `operator_v1` documents.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::CookieJar;
use espace_api::catalogue::{
    CompanyDetail, CompanyRename, NewOrder, OrderChange, ProviderService, ProviderServiceRequest,
};
use espace_api::operator::{
    ActivationRequest, ActivationToken, CompanyQuery, CompanyRow, CompanyStatus, CreatedOperatorToken, InvitedOperator,
    NewCompanyRequest, NewOperatorRequest, NewOperatorToken, OperatorEvent, OperatorMe, OperatorRow, OperatorToken,
    ReferenceReport,
};
use espace_api::second_step::AuthenticatorSetup;
use espace_api::CompanyId;

use super::operator_v1::{ReadErrors, WriteErrors};
use crate::error::AppError;
use crate::operators::account::{self, COOKIE};
use crate::operators::extract::SignedInOperator;
use crate::operators::tokens::Acting;
use crate::operators::{companies, orders, team, tokens};
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

#[utoipa::path(get, path = "/api/operator/v1/companies", tag = "companies", params(CompanyQuery),
    responses((status = 200, description = "Companies whose name contains `q`, by name (at most 200)",
        body = Vec<CompanyRow>), ReadErrors))]
pub async fn companies(
    State(state): State<AppState>,
    _: Acting,
    Query(query): Query<CompanyQuery>,
) -> Result<Json<Vec<CompanyRow>>, AppError> {
    Ok(Json(companies::list(&state, &query).await?))
}

#[utoipa::path(post, path = "/api/operator/v1/companies", tag = "companies", request_body = NewCompanyRequest,
    responses((status = 201, description = "The company, its first entity and its first administrator, who is \
        sent the invitation e-mail", body = CompanyRow), WriteErrors))]
pub async fn create_company(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Json(req): Json<NewCompanyRequest>,
) -> Result<(StatusCode, Json<CompanyRow>), AppError> {
    Ok((StatusCode::CREATED, Json(companies::create(&state, &operator, &req).await?)))
}

#[utoipa::path(get, path = "/api/operator/v1/companies/{id}", tag = "companies",
    params(("id" = i64, Path, description = "The company's id")),
    responses((status = 200, description = "The company and its services: seats today, seats held, orders",
        body = CompanyDetail), ReadErrors))]
pub async fn company(
    State(state): State<AppState>,
    _: Acting,
    Path(id): Path<CompanyId>,
) -> Result<Json<CompanyDetail>, AppError> {
    Ok(Json(orders::company(&state, id).await?))
}

#[utoipa::path(patch, path = "/api/operator/v1/companies/{id}", tag = "companies", request_body = CompanyRename,
    params(("id" = i64, Path, description = "The company's id")),
    responses((status = 200, description = "Renamed", body = CompanyDetail), WriteErrors))]
pub async fn rename(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Path(id): Path<CompanyId>,
    Json(req): Json<CompanyRename>,
) -> Result<Json<CompanyDetail>, AppError> {
    Ok(Json(orders::rename(&state, &operator, id, &req).await?))
}

#[utoipa::path(post, path = "/api/operator/v1/companies/{id}/suspend", tag = "companies",
    params(("id" = i64, Path, description = "The company's id")),
    responses((status = 204, description = "Suspended: its people's sessions ended, sign-in, tokens and SCIM \
        refused; nothing deleted"), WriteErrors))]
pub async fn suspend(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Path(id): Path<CompanyId>,
) -> Result<StatusCode, AppError> {
    companies::set_status(&state, &operator, id, CompanyStatus::Suspended).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/operator/v1/companies/{id}/reactivate", tag = "companies",
    params(("id" = i64, Path, description = "The company's id")),
    responses((status = 204, description = "Active again; a closure under way is cancelled"), WriteErrors))]
pub async fn reactivate(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Path(id): Path<CompanyId>,
) -> Result<StatusCode, AppError> {
    companies::set_status(&state, &operator, id, CompanyStatus::Active).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/operator/v1/companies/{id}/orders", tag = "orders", request_body = NewOrder,
    params(("id" = i64, Path, description = "The company's id")),
    responses((status = 201, description = "Ordered: the company and its services as they are now",
        body = CompanyDetail), WriteErrors))]
pub async fn place_order(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Path(id): Path<CompanyId>,
    Json(req): Json<NewOrder>,
) -> Result<(StatusCode, Json<CompanyDetail>), AppError> {
    Ok((StatusCode::CREATED, Json(orders::place(&state, &operator, id, &req).await?)))
}

#[utoipa::path(patch, path = "/api/operator/v1/companies/{id}/orders/{order}", tag = "orders",
    request_body = OrderChange,
    params(("id" = i64, Path, description = "The company's id"), ("order" = i64, Path, description = "The order's id")),
    responses((status = 200, description = "Changed: the company and its services as they are now",
        body = CompanyDetail), WriteErrors))]
pub async fn change_order(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Path((id, order)): Path<(CompanyId, i64)>,
    Json(req): Json<OrderChange>,
) -> Result<Json<CompanyDetail>, AppError> {
    Ok(Json(orders::change(&state, &operator, id, order, &req).await?))
}

#[utoipa::path(get, path = "/api/operator/v1/catalogue", tag = "catalogue",
    responses((status = 200, description = "The services the provider offers", body = Vec<ProviderService>),
        ReadErrors))]
pub async fn catalogue(State(state): State<AppState>, _: Acting) -> Result<Json<Vec<ProviderService>>, AppError> {
    Ok(Json(orders::catalogue(&state).await?))
}

#[utoipa::path(post, path = "/api/operator/v1/catalogue", tag = "catalogue", request_body = ProviderServiceRequest,
    responses((status = 201, description = "Added", body = ProviderService), WriteErrors))]
pub async fn add_service(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Json(req): Json<ProviderServiceRequest>,
) -> Result<(StatusCode, Json<ProviderService>), AppError> {
    Ok((StatusCode::CREATED, Json(orders::save_service(&state, &operator, None, &req).await?)))
}

#[utoipa::path(patch, path = "/api/operator/v1/catalogue/{id}", tag = "catalogue",
    request_body = ProviderServiceRequest, params(("id" = i64, Path, description = "The service's id")),
    responses((status = 200, description = "Changed; each company's name of it follows", body = ProviderService),
        WriteErrors))]
pub async fn change_service(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Path(id): Path<i64>,
    Json(req): Json<ProviderServiceRequest>,
) -> Result<Json<ProviderService>, AppError> {
    Ok(Json(orders::save_service(&state, &operator, Some(id), &req).await?))
}

/// `GET /api/operator/tokens`: the console only (a token cannot make tokens).
pub async fn tokens(State(state): State<AppState>, _: SignedInOperator) -> Result<Json<Vec<OperatorToken>>, AppError> {
    Ok(Json(tokens::list(&state).await?))
}

pub async fn create_token(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Json(req): Json<NewOperatorToken>,
) -> Result<(StatusCode, Json<CreatedOperatorToken>), AppError> {
    Ok((StatusCode::CREATED, Json(tokens::create(&state, &operator, &req).await?)))
}

pub async fn revoke_token(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Path(id): Path<i64>,
) -> Result<Json<OperatorToken>, AppError> {
    Ok(Json(tokens::revoke(&state, &operator, id).await?))
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

/// `GET /api/operator/operators`: the console only, as every change to operators.
pub async fn operators(State(state): State<AppState>, _: SignedInOperator) -> Result<Json<Vec<OperatorRow>>, AppError> {
    Ok(Json(team::list(&state).await?))
}

pub async fn invite_operator(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Json(req): Json<NewOperatorRequest>,
) -> Result<(StatusCode, Json<InvitedOperator>), AppError> {
    Ok((StatusCode::CREATED, Json(team::invite(&state, &operator, &req).await?)))
}

/// `POST /api/operator/operators/{id}/disable|enable|reset`.
pub async fn change_operator(
    State(state): State<AppState>,
    SignedInOperator(operator): SignedInOperator,
    Path((id, verb)): Path<(i64, String)>,
) -> Result<Json<InvitedOperator>, AppError> {
    let change = match verb.as_str() {
        "disable" => team::Change::Disable,
        "enable" => team::Change::Enable,
        "reset" => team::Change::Reset,
        _ => return Err(AppError::NotFound),
    };
    Ok(Json(team::change(&state, &operator, id, change).await?))
}

/// The privacy policy's published versions, the newest day first.
pub async fn policies(
    State(state): State<AppState>,
    _: Acting,
) -> Result<Json<Vec<espace_api::privacy::PolicyVersion>>, AppError> {
    Ok(Json(crate::privacy::versions(&state).await?))
}

/// Publishes a privacy policy version; the list as it is now.
pub async fn publish_policy(
    State(state): State<AppState>,
    Acting(operator): Acting,
    Json(req): Json<espace_api::privacy::PublishPolicy>,
) -> Result<(StatusCode, Json<Vec<espace_api::privacy::PolicyVersion>>), AppError> {
    Ok((StatusCode::CREATED, Json(crate::privacy::publish(&state, &operator, &req).await?)))
}
