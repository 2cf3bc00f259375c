use espace_api::{ApiError, ErrorCode};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::i18n;

/// Every failure ends as an `ApiError`: the server's own, or one made here for a network or
/// decoding failure, so pages handle a single type and show a code either way.
pub type ApiResult<T> = Result<T, ApiError>;

fn with_language(builder: RequestBuilder) -> RequestBuilder {
    builder.header("Accept-Language", i18n::document_language().as_str()).header("Accept", "application/json")
}

async fn read<T: DeserializeOwned>(response: Response) -> ApiResult<T> {
    if response.ok() {
        return response.json::<T>().await.map_err(|_| ApiError::new(ErrorCode::Internal));
    }
    Err(error_from(response).await)
}

async fn error_from(response: Response) -> ApiError {
    let status = response.status();
    match response.json::<ApiError>().await {
        Ok(error) => error,
        // A proxy or a crashed server answered without our JSON body: the status still says
        // what the body would have (a proxy's own size or rate limit, for instance).
        Err(_) => ApiError::new(match status {
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

pub async fn send<B: Serialize, T: DeserializeOwned>(method: &str, path: &str, body: &B) -> ApiResult<T> {
    let builder = with_language(RequestBuilder::new(path).method(method_of(method)));
    let request = builder.json(body).map_err(|_| ApiError::new(ErrorCode::Internal))?;
    let response = request.send().await.map_err(network)?;
    read(response).await
}

/// A file as the raw request body (no multipart), labelled with its own type.
pub async fn send_file<T: DeserializeOwned>(path: &str, file: &web_sys::File) -> ApiResult<T> {
    let kind = file.type_();
    let content_type = if kind.is_empty() { "application/octet-stream" } else { kind.as_str() };
    let builder =
        with_language(RequestBuilder::new(path).method(method_of("POST"))).header("Content-Type", content_type);
    let request =
        builder.body(wasm_bindgen::JsValue::from(file.clone())).map_err(|_| ApiError::new(ErrorCode::Internal))?;
    let response = request.send().await.map_err(network)?;
    read(response).await
}

/// No body (no `Content-Type` either), and JSON back: actions named by their path alone.
pub async fn send_without_body<T: DeserializeOwned>(method: &str, path: &str) -> ApiResult<T> {
    let response = with_language(RequestBuilder::new(path).method(method_of(method))).send().await.map_err(network)?;
    read(response).await
}

/// A JSON body, and `204 No Content` back.
pub async fn send_json_no_content<B: Serialize>(method: &str, path: &str, body: &B) -> ApiResult<()> {
    let builder = with_language(RequestBuilder::new(path).method(method_of(method)));
    let request = builder.json(body).map_err(|_| ApiError::new(ErrorCode::Internal))?;
    no_content(request.send().await.map_err(network)?).await
}

async fn no_content(response: Response) -> ApiResult<()> {
    if response.ok() {
        Ok(())
    } else {
        Err(error_from(response).await)
    }
}

fn method_of(method: &str) -> gloo_net::http::Method {
    use gloo_net::http::Method;
    match method {
        "POST" => Method::POST,
        "PUT" => Method::PUT,
        "PATCH" => Method::PATCH,
        "DELETE" => Method::DELETE,
        _ => Method::GET,
    }
}
