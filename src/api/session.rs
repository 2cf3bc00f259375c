use espace_api::devices::OpenSession;
use espace_api::session::{Me, SignInRequest};

use super::client::{self, ApiResult};

/// Opens a session. Its answer (who signed in) is not read: a page load follows, which asks.
pub async fn sign_in(request: &SignInRequest) -> ApiResult<()> {
    client::send_json_no_content(client::Method::POST, "/api/session", request).await
}

/// Ends the session; a session opened by the company's provider answers with its sign-out.
pub async fn sign_out() -> ApiResult<espace_api::sso::SignedOut> {
    client::send_without_body(client::Method::DELETE, "/api/session").await
}

/// Who is signed in: `None` when no one is.
pub async fn current() -> ApiResult<Option<Me>> {
    client::get("/api/session").await
}

pub async fn update_me(request: &espace_api::session::UpdateMeRequest) -> ApiResult<Me> {
    client::send(client::Method::PATCH, "/api/me", request).await
}

pub async fn change_password(request: &espace_api::session::ChangePasswordRequest) -> ApiResult<()> {
    client::send_json_no_content(client::Method::POST, "/api/me/password", request).await
}

/// Where the reader is signed in.
pub async fn sessions() -> ApiResult<Vec<OpenSession>> {
    client::get("/api/me/sessions").await
}

/// Signs one of the reader's sessions out, by its handle in the list.
pub async fn end_session(id: &str) -> ApiResult<()> {
    client::send_no_content(client::Method::DELETE, &format!("/api/me/sessions/{id}")).await
}

/// Signs out every session of the reader but this one.
pub async fn end_other_sessions() -> ApiResult<()> {
    client::send_no_content(client::Method::POST, "/api/me/sessions/end-others").await
}
