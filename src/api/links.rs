use espace_api::links::{ConsentRequest, ForgotPasswordRequest, LinkInfo, SetPasswordRequest, TokenRequest};
use espace_api::session::Me;

use super::client::{self, ApiResult};

pub async fn inspect(token: &str) -> ApiResult<LinkInfo> {
    client::send(client::Method::POST, "/api/links/inspect", &TokenRequest { token: token.to_owned() }).await
}

pub async fn renew(token: &str) -> ApiResult<()> {
    client::send_json_no_content(client::Method::POST, "/api/links/renew", &TokenRequest { token: token.to_owned() })
        .await
}

/// Sets the password, which signs the person in. The answer (who) is not read: a page load
/// follows, which asks.
pub async fn complete(request: &SetPasswordRequest) -> ApiResult<()> {
    client::send_json_no_content(client::Method::POST, "/api/links/complete", request).await
}

pub async fn consent(request: &ConsentRequest) -> ApiResult<Me> {
    client::send(client::Method::POST, "/api/consent", request).await
}

/// The privacy policy version to accept now, its text and what changed.
pub async fn privacy_policy() -> ApiResult<espace_api::privacy::PolicyDocument> {
    client::get("/api/privacy-policy").await
}

pub async fn forgot(request: &ForgotPasswordRequest) -> ApiResult<()> {
    client::send_json_no_content(client::Method::POST, "/api/password/forgot", request).await
}
