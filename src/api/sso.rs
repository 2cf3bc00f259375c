//! Single sign-on: the first step of signing in (for everyone), and the company's identity
//! provider settings (`/api/sso`, Administrators).

use espace_api::sso::{
    DomainCheck, DomainCheckRequest, MethodRequest, SignInMethod, SsoSettings, SsoSettingsRequest, TestReport,
};

use super::client::{self, ApiResult};

/// How this address signs in: with a password, or at the company's provider.
pub async fn method(email: String) -> ApiResult<SignInMethod> {
    client::send(client::Method::POST, "/api/session/method", &MethodRequest { email }).await
}

pub async fn settings() -> ApiResult<SsoSettings> {
    client::get("/api/sso").await
}

pub async fn save(request: SsoSettingsRequest) -> ApiResult<SsoSettings> {
    client::send(client::Method::PUT, "/api/sso", &request).await
}

/// The settings as typed, tried against the provider; nothing is saved.
pub async fn test(request: SsoSettingsRequest) -> ApiResult<TestReport> {
    client::send(client::Method::POST, "/api/sso/test", &request).await
}

/// "Check now": looks for one of the company's domains' TXT record.
pub async fn check_domain(request: DomainCheckRequest) -> ApiResult<DomainCheck> {
    client::send(client::Method::POST, "/api/sso/domains/check", &request).await
}
