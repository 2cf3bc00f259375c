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

pub async fn update_me(request: &espace_api::session::UpdateMeRequest) -> ApiResult<Me> {
    client::send("PATCH", "/api/me", request).await
}

pub async fn change_password(request: &espace_api::session::ChangePasswordRequest) -> ApiResult<()> {
    client::send_json_no_content("POST", "/api/me/password", request).await
}
