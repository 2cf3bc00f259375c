//! The browser's WebAuthn, for passkeys: the server's options (webauthn-rs's JSON) go through
//! the browser's own `PublicKeyCredential.parse…OptionsFromJSON`, and the credential comes
//! back through its `toJSON()`, so no binary conversion is written here. A refusal by the
//! person or the browser (cancelled, timed out, no matching key) is `PasskeyRefused`.

use espace_api::{ApiError, ErrorCode};
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::client::ApiResult;

fn refused(_: JsValue) -> ApiError {
    ApiError::new(ErrorCode::PasskeyRefused)
}

fn method(target: &JsValue, name: &str) -> ApiResult<Function> {
    Reflect::get(target, &name.into()).map_err(refused)?.dyn_into::<Function>().map_err(refused)
}

/// Whether this browser can use passkeys at all.
pub fn supported() -> bool {
    Reflect::get(&js_sys::global(), &"PublicKeyCredential".into()).is_ok_and(|c| !c.is_undefined())
}

/// Whether passkeys can work on this page: the browser has them, and the site is a name
/// (browsers refuse an IP address such as 127.0.0.1 as a passkey's site).
pub fn usable_here() -> bool {
    let host = web_sys::window().and_then(|w| w.location().hostname().ok()).unwrap_or_default();
    supported() && host.parse::<std::net::Ipv4Addr>().is_err() && !host.starts_with('[')
}

/// Whether the browser can offer passkeys among the e-mail field's suggestions (conditional
/// mediation).
pub async fn conditional_available() -> bool {
    let Ok(class) = Reflect::get(&js_sys::global(), &"PublicKeyCredential".into()) else { return false };
    let Ok(check) = method(&class, "isConditionalMediationAvailable") else { return false };
    let Ok(promise) = check.call0(&class) else { return false };
    JsFuture::from(Promise::from(promise)).await.ok().and_then(|v| v.as_bool()) == Some(true)
}

/// `navigator.credentials.<call>({ publicKey })` with the server's `options` (`{ publicKey }`),
/// parsed by `parser`, and the request's other members (`mediation`, `signal`); the credential
/// as JSON.
async fn ceremony(options: &JsValue, parser: &str, call: &str, request: Object) -> ApiResult<JsValue> {
    let class = Reflect::get(&js_sys::global(), &"PublicKeyCredential".into()).map_err(refused)?;
    let json = Reflect::get(options, &"publicKey".into()).map_err(refused)?;
    let public_key = method(&class, parser)?.call1(&class, &json).map_err(refused)?;
    Reflect::set(&request, &"publicKey".into(), &public_key).map_err(refused)?;
    let navigator = Reflect::get(&js_sys::global(), &"navigator".into()).map_err(refused)?;
    let credentials = Reflect::get(&navigator, &"credentials".into()).map_err(refused)?;
    let promise = method(&credentials, call)?.call1(&credentials, &request).map_err(refused)?;
    let credential = JsFuture::from(Promise::from(promise)).await.map_err(refused)?;
    method(&credential, "toJSON")?.call0(&credential).map_err(refused)
}

/// Makes a passkey from creation options.
pub async fn create(options: &JsValue) -> ApiResult<JsValue> {
    ceremony(options, "parseCreationOptionsFromJSON", "create", Object::new()).await
}

/// Proves a passkey from request options.
pub async fn get(options: &JsValue) -> ApiResult<JsValue> {
    ceremony(options, "parseRequestOptionsFromJSON", "get", Object::new()).await
}

/// The same, the browser offering the passkeys among the e-mail field's suggestions (the field
/// says `autocomplete="… webauthn"`) until the person picks one or `signal` aborts.
pub async fn get_conditional(options: &JsValue, signal: &web_sys::AbortSignal) -> ApiResult<JsValue> {
    let request = Object::new();
    Reflect::set(&request, &"mediation".into(), &"conditional".into()).map_err(refused)?;
    Reflect::set(&request, &"signal".into(), signal).map_err(refused)?;
    ceremony(options, "parseRequestOptionsFromJSON", "get", request).await
}
