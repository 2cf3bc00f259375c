//! The reader's own second sign-in step.

use espace_api::second_step::{AuthenticatorSetup, CodeRequest, RecoveryCodes, SecondStepStatus};

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
