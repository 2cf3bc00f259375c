//! The operator console's calls (`/api/operator`).

use espace_api::operator::{
    ActivationRequest, ActivationToken, CompanyQuery, CompanyRow, CompanyStatus, NewCompanyRequest, OperatorEvent,
    OperatorMe, ReferenceReport,
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
