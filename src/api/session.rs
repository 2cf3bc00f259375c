use espace_api::session::{Me, SignInRequest};

use super::client::{self, ApiResult};

pub async fn sign_in(request: &SignInRequest) -> ApiResult<Me> {
    client::send("POST", "/api/session", request).await
}

pub async fn sign_out() -> ApiResult<()> {
    client::send_empty("DELETE", "/api/session").await
}

pub async fn me() -> ApiResult<Me> {
    client::get("/api/me").await
}
