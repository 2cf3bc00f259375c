//! The operator console's calls (`/api/operator`).

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

use super::client::{self, ApiResult};

/// Who is signed in to the console (`NotFound` when no operator is).
pub async fn me() -> ApiResult<OperatorMe> {
    client::get("/api/operator/me").await
}

pub async fn sign_out() -> ApiResult<()> {
    client::send_no_content(client::Method::DELETE, "/api/operator/session").await
}

pub async fn companies(query: CompanyQuery) -> ApiResult<Vec<CompanyRow>> {
    client::get(&super::query::url("/api/operator/companies", &query)).await
}

pub async fn create_company(request: NewCompanyRequest) -> ApiResult<CompanyRow> {
    client::send(client::Method::POST, "/api/operator/companies", &request).await
}

/// Suspends the company (`Suspended`) or restores its access (`Active`).
pub async fn set_status(id: CompanyId, status: CompanyStatus) -> ApiResult<()> {
    let verb = match status {
        CompanyStatus::Suspended => "suspend",
        CompanyStatus::Active => "reactivate",
    };
    client::send_no_content(client::Method::POST, &format!("/api/operator/companies/{id}/{verb}")).await
}

pub async fn events() -> ApiResult<Vec<OperatorEvent>> {
    client::get("/api/operator/events").await
}

/// The authenticator app to set up with an activation link.
pub async fn start_activation(token: String) -> ApiResult<AuthenticatorSetup> {
    client::send(client::Method::POST, "/api/operator/activation/start", &ActivationToken { token }).await
}

pub async fn activate(request: ActivationRequest) -> ApiResult<()> {
    client::send_json_no_content(client::Method::POST, "/api/operator/activation", &request).await
}

/// What a reference a customer quotes leads to (`NotFound`: none in the last 30 days).
pub async fn reference(reference: String) -> ApiResult<ReferenceReport> {
    let reference: String = reference.chars().filter(char::is_ascii_alphanumeric).take(64).collect();
    client::get(&format!("/api/operator/references/{reference}")).await
}

/// Closes the company: suspended now, erased after the grace period.
pub async fn close(id: CompanyId) -> ApiResult<()> {
    client::send_no_content(client::Method::POST, &format!("/api/operator/companies/{id}/close")).await
}

/// The company and what it ordered.
pub async fn company(id: CompanyId) -> ApiResult<CompanyDetail> {
    client::get(&format!("/api/operator/companies/{id}")).await
}

pub async fn rename(id: CompanyId, request: CompanyRename) -> ApiResult<CompanyDetail> {
    client::send(client::Method::PATCH, &format!("/api/operator/companies/{id}"), &request).await
}

pub async fn place_order(id: CompanyId, request: NewOrder) -> ApiResult<CompanyDetail> {
    client::send(client::Method::POST, &format!("/api/operator/companies/{id}/orders"), &request).await
}

pub async fn change_order(id: CompanyId, order: i64, request: OrderChange) -> ApiResult<CompanyDetail> {
    client::send(client::Method::PATCH, &format!("/api/operator/companies/{id}/orders/{order}"), &request).await
}

pub async fn catalogue() -> ApiResult<Vec<ProviderService>> {
    client::get("/api/operator/catalogue").await
}

/// Adds a service (`id: None`) or changes one.
pub async fn save_service(id: Option<i64>, request: ProviderServiceRequest) -> ApiResult<ProviderService> {
    match id {
        Some(id) => client::send(client::Method::PATCH, &format!("/api/operator/catalogue/{id}"), &request).await,
        None => client::send(client::Method::POST, "/api/operator/catalogue", &request).await,
    }
}

pub async fn tokens() -> ApiResult<Vec<OperatorToken>> {
    client::get("/api/operator/tokens").await
}

pub async fn create_token(request: NewOperatorToken) -> ApiResult<CreatedOperatorToken> {
    client::send(client::Method::POST, "/api/operator/tokens", &request).await
}

pub async fn revoke_token(id: i64) -> ApiResult<OperatorToken> {
    client::send(client::Method::POST, &format!("/api/operator/tokens/{id}/revoke"), &()).await
}

pub async fn operators() -> ApiResult<Vec<OperatorRow>> {
    client::get("/api/operator/operators").await
}

/// Another operator, and the activation link to hand over.
pub async fn invite_operator(request: NewOperatorRequest) -> ApiResult<InvitedOperator> {
    client::send(client::Method::POST, "/api/operator/operators", &request).await
}

/// `verb`: disable, enable or reset (whose answer carries the new link).
pub async fn change_operator(id: i64, verb: &'static str) -> ApiResult<InvitedOperator> {
    client::send(client::Method::POST, &format!("/api/operator/operators/{id}/{verb}"), &()).await
}

/// The privacy policy's published versions.
pub async fn policies() -> ApiResult<Vec<espace_api::privacy::PolicyVersion>> {
    client::get("/api/operator/privacy-policies").await
}

/// Publishes a privacy policy version; the versions as they are now.
pub async fn publish_policy(
    request: &espace_api::privacy::PublishPolicy,
) -> ApiResult<Vec<espace_api::privacy::PolicyVersion>> {
    client::send(client::Method::POST, "/api/operator/privacy-policies", request).await
}
