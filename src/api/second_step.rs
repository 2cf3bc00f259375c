//! The reader's own second sign-in step.

use espace_api::second_step::{AuthenticatorSetup, CodeRequest, PasskeyNameRequest, RecoveryCodes, SecondStepStatus};

use super::client::{self, ApiResult};

pub async fn status() -> ApiResult<SecondStepStatus> {
    client::get("/api/me/second-step").await
}

/// A new secret to add to an app (replaces no working app until confirmed).
pub async fn start() -> ApiResult<AuthenticatorSetup> {
    client::send_without_body(client::Method::POST, "/api/me/second-step/authenticator").await
}

/// The app's first code; the recovery codes when this is the reader's first second step.
pub async fn confirm(request: CodeRequest) -> ApiResult<Option<RecoveryCodes>> {
    client::send(client::Method::POST, "/api/me/second-step/authenticator/confirm", &request).await
}

/// New recovery codes; the old ones stop working.
pub async fn renew_codes() -> ApiResult<RecoveryCodes> {
    client::send_without_body(client::Method::POST, "/api/me/second-step/recovery-codes").await
}

/// No second step any more (where the company allows it).
pub async fn remove() -> ApiResult<()> {
    client::send_no_content(client::Method::DELETE, "/api/me/second-step").await
}

/// Registers a passkey named `name`: the server's options, the browser's ceremony, the
/// credential back; the recovery codes when it is the reader's first second step.
pub async fn add_passkey(name: String) -> ApiResult<Option<RecoveryCodes>> {
    let body = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&body, &"name".into(), &name.as_str().into());
    let options = client::send_js("/api/me/passkeys/options", &body).await?;
    let credential = super::webauthn::create(&options).await?;
    let _ = js_sys::Reflect::set(&body, &"credential".into(), &credential);
    let answer = client::send_js("/api/me/passkeys", &body).await?;
    serde_wasm_bindgen::from_value(answer).map_err(|_| espace_api::ApiError::new(espace_api::ErrorCode::Internal))
}

pub async fn rename_passkey(id: i64, request: PasskeyNameRequest) -> ApiResult<()> {
    client::send_json_no_content(client::Method::PATCH, &format!("/api/me/passkeys/{id}"), &request).await
}

pub async fn remove_passkey(id: i64) -> ApiResult<()> {
    client::send_no_content(client::Method::DELETE, &format!("/api/me/passkeys/{id}")).await
}
