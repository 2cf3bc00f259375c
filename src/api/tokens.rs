//! API tokens (`/api/tokens`): how other software manages users through the API. Team
//! administrators see the tokens they created, Administrators every token of the company.

use espace_api::tokens::{ApiToken, CreateTokenRequest, CreatedToken};
use espace_api::TokenId;

use super::client::{self, ApiResult};

/// The tokens the reader may see, newest first.
pub async fn list() -> ApiResult<Vec<ApiToken>> {
    client::get("/api/tokens").await
}

/// A new token, with its secret: the only time the server sends it.
pub async fn create(request: &CreateTokenRequest) -> ApiResult<CreatedToken> {
    client::send(client::Method::POST, "/api/tokens", request).await
}

/// The token as revoked (`revoked_at` set); software using it is refused from now on.
pub async fn revoke(id: TokenId) -> ApiResult<ApiToken> {
    client::send_without_body(client::Method::POST, &format!("/api/tokens/{id}/revoke")).await
}
