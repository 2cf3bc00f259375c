use espace_api::devices::OpenSession;
use espace_api::second_step::CodeRequest;
use espace_api::session::{Me, SignInRequest};

use super::client::{self, ApiResult};

/// What a right password led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedIn {
    /// A session is open.
    Done,
    /// A second step is asked next (`second_step`, `second_step_passkey`); `passkey` when the
    /// person has one to offer.
    SecondStep { passkey: bool },
    /// An operator's session is open: the operator console, not the space.
    Operator,
}

/// Opens a session, or starts the second step (`202 Accepted`, `SecondStepNeeded`). Who signed
/// in is not read from the answer: a page load follows, which asks.
pub async fn sign_in(request: &SignInRequest) -> ApiResult<SignedIn> {
    let answer = client::send_for_js("/api/session", request).await?;
    // `SecondStepNeeded`'s two flags, absent from the answer that opened a session.
    let flag = |name: &str| js_sys::Reflect::get(&answer, &name.into()).ok().and_then(|v| v.as_bool()) == Some(true);
    Ok(if flag("second_step") { SignedIn::SecondStep { passkey: flag("passkey") } } else { SignedIn::Done })
}

/// Completes a sign-in with one of the person's passkeys.
pub async fn second_step_passkey() -> ApiResult<()> {
    let options = client::send_js("/api/session/second-step/passkey/options", &js_sys::Object::new()).await?;
    let credential = super::webauthn::get(&options).await?;
    client::send_js("/api/session/second-step/passkey", &credential).await.map(|_| ())
}

/// Signs in with a passkey alone, the browser asking which (a button's press).
pub async fn passkey_sign_in() -> ApiResult<()> {
    let options = client::send_js("/api/session/passkey/options", &js_sys::Object::new()).await?;
    let credential = super::webauthn::get(&options).await?;
    passkey_answer(&credential).await
}

/// A passkey the person picks among the e-mail field's suggestions, until `signal` aborts: the
/// browser's answer, for `passkey_answer`.
pub async fn passkey_suggested(signal: &web_sys::AbortSignal) -> ApiResult<wasm_bindgen::JsValue> {
    let options = client::send_js("/api/session/passkey/options", &js_sys::Object::new()).await?;
    super::webauthn::get_conditional(&options, signal).await
}

/// Opens a session with the browser's answer to a password-less passkey request.
pub async fn passkey_answer(credential: &wasm_bindgen::JsValue) -> ApiResult<()> {
    client::send_js("/api/session/passkey", credential).await.map(|_| ())
}

/// Completes a sign-in with the code of its second step: a session in the space, or, for the
/// provider's operators, in the operator console.
pub async fn second_step(request: &CodeRequest) -> ApiResult<SignedIn> {
    let answer = client::send_for_js("/api/session/second-step", request).await?;
    let operator = js_sys::Reflect::get(&answer, &"operator".into()).ok().and_then(|v| v.as_bool()) == Some(true);
    Ok(if operator { SignedIn::Operator } else { SignedIn::Done })
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

/// Asks for a new sign-in e-mail (with the current password): a link goes to it.
pub async fn change_email(request: &espace_api::session::ChangeEmailRequest) -> ApiResult<()> {
    client::send_json_no_content(client::Method::POST, "/api/me/email", request).await
}

/// Confirms the new sign-in e-mail with its link's token; who the reader now is.
pub async fn confirm_email(request: espace_api::session::ConfirmEmailRequest) -> ApiResult<Me> {
    client::send(client::Method::POST, "/api/me/email/confirm", &request).await
}
