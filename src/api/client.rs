//! JSON to and from the server through the browser's own `JSON` and `serde-wasm-bindgen`, not
//! `serde_json`: the browser already parses JSON, and the entry builds then carry no JSON
//! parser or float printer of their own (about 4 KB brotli of the sign-in page).

use espace_api::{ApiError, ErrorCode};
pub use gloo_net::http::Method;
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen_futures::JsFuture;

use crate::i18n;

/// Every failure ends as an `ApiError`: the server's own, or one made here for a network or
/// decoding failure, so pages handle a single type and show a code either way.
pub type ApiResult<T> = Result<T, ApiError>;

fn with_language(builder: RequestBuilder) -> RequestBuilder {
    builder.header("Accept-Language", i18n::document_language().as_str()).header("Accept", "application/json")
}

/// The body, parsed by the browser, as `T`.
async fn json<T: DeserializeOwned>(response: Response) -> Option<T> {
    let promise = web_sys::Response::from(response).json().ok()?;
    let value = JsFuture::from(promise).await.ok()?;
    serde_wasm_bindgen::from_value(value).ok()
}

/// `body` as JSON text: objects for maps, plain numbers, as the server reads them.
fn json_text<B: Serialize>(body: &B) -> ApiResult<String> {
    let internal_js = |_: wasm_bindgen::JsValue| ApiError::new(ErrorCode::Internal);
    let value = body
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|_| ApiError::new(ErrorCode::Internal))?;
    js_sys::JSON::stringify(&value).map(String::from).map_err(internal_js)
}

fn with_json_body<B: Serialize>(builder: RequestBuilder, body: &B) -> ApiResult<Request> {
    builder
        .header("Content-Type", "application/json")
        .body(json_text(body)?)
        .map_err(|_| ApiError::new(ErrorCode::Internal))
}

async fn read<T: DeserializeOwned>(response: Response) -> ApiResult<T> {
    if response.ok() {
        return json(response).await.ok_or_else(|| ApiError::new(ErrorCode::Internal));
    }
    Err(error_from(response).await)
}

async fn error_from(response: Response) -> ApiError {
    let status = response.status();
    match json::<ApiError>(response).await {
        Some(error) => error,
        // A proxy or a crashed server answered without our JSON body: the status still says
        // what the body would have (a proxy's own size or rate limit, for instance).
        None => ApiError::new(match status {
            413 => ErrorCode::PayloadTooLarge,
            429 => ErrorCode::RateLimited,
            s if s >= 500 => ErrorCode::Network,
            _ => ErrorCode::Internal,
        }),
    }
}

fn network(_: gloo_net::Error) -> ApiError {
    ApiError::new(ErrorCode::Network)
}

pub async fn get<T: DeserializeOwned>(path: &str) -> ApiResult<T> {
    let response = with_language(Request::get(path)).send().await.map_err(network)?;
    read(response).await
}

pub async fn send<B: Serialize, T: DeserializeOwned>(method: Method, path: &str, body: &B) -> ApiResult<T> {
    let request = with_json_body(with_language(RequestBuilder::new(path).method(method)), body)?;
    let response = request.send().await.map_err(network)?;
    read(response).await
}

/// A body the browser made (a WebAuthn credential), as JSON, and the answer as the browser
/// parses it: for ceremonies whose JSON only the browser and the server read.
pub async fn send_js(path: &str, body: &wasm_bindgen::JsValue) -> ApiResult<wasm_bindgen::JsValue> {
    let text = js_sys::JSON::stringify(body).map(String::from).map_err(|_| ApiError::new(ErrorCode::Internal))?;
    let request = with_language(RequestBuilder::new(path).method(Method::POST))
        .header("Content-Type", "application/json")
        .body(text)
        .map_err(|_| ApiError::new(ErrorCode::Internal))?;
    raw(request).await
}

/// A JSON body, and the answer as the browser parses it, read without a decoder of our own
/// (the sign-in page reads two flags of its answer).
pub async fn send_for_js<B: Serialize>(path: &str, body: &B) -> ApiResult<wasm_bindgen::JsValue> {
    raw(with_json_body(with_language(RequestBuilder::new(path).method(Method::POST)), body)?).await
}

async fn raw(request: Request) -> ApiResult<wasm_bindgen::JsValue> {
    let response = request.send().await.map_err(network)?;
    if !response.ok() {
        return Err(error_from(response).await);
    }
    let promise = web_sys::Response::from(response).json().map_err(|_| ApiError::new(ErrorCode::Internal))?;
    JsFuture::from(promise).await.map_err(|_| ApiError::new(ErrorCode::Internal))
}

/// A file as the raw request body (no multipart), labelled with its own type.
pub async fn send_file<T: DeserializeOwned>(path: &str, file: &web_sys::File) -> ApiResult<T> {
    let kind = file.type_();
    let content_type = if kind.is_empty() { "application/octet-stream" } else { kind.as_str() };
    let builder = with_language(RequestBuilder::new(path).method(Method::POST)).header("Content-Type", content_type);
    let request =
        builder.body(wasm_bindgen::JsValue::from(file.clone())).map_err(|_| ApiError::new(ErrorCode::Internal))?;
    let response = request.send().await.map_err(network)?;
    read(response).await
}

/// A JSON body, and text back (a file the server made, such as an export).
pub async fn send_for_text<B: Serialize>(path: &str, body: &B) -> ApiResult<String> {
    let request = with_json_body(with_language(RequestBuilder::new(path).method(Method::POST)), body)?;
    let response = request.send().await.map_err(network)?;
    if !response.ok() {
        return Err(error_from(response).await);
    }
    response.text().await.map_err(network)
}

/// No body (no `Content-Type` either), and JSON back: actions named by their path alone.
pub async fn send_without_body<T: DeserializeOwned>(method: Method, path: &str) -> ApiResult<T> {
    let response = with_language(RequestBuilder::new(path).method(method)).send().await.map_err(network)?;
    read(response).await
}

/// No body, and `204 No Content` back: something ended by its path alone.
pub async fn send_no_content(method: Method, path: &str) -> ApiResult<()> {
    no_content(with_language(RequestBuilder::new(path).method(method)).send().await.map_err(network)?).await
}

/// A JSON body, and `204 No Content` back.
pub async fn send_json_no_content<B: Serialize>(method: Method, path: &str, body: &B) -> ApiResult<()> {
    let request = with_json_body(with_language(RequestBuilder::new(path).method(method)), body)?;
    no_content(request.send().await.map_err(network)?).await
}

async fn no_content(response: Response) -> ApiResult<()> {
    if response.ok() {
        Ok(())
    } else {
        Err(error_from(response).await)
    }
}

/// A new idempotency key: one per thing to create, sent again with every retry of it.
pub fn idempotency_key() -> String {
    let mut bytes = [0u8; 16];
    if let Ok(crypto) = leptos::prelude::window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
