//! Every request gets an id: in the logs (the request's span), in the `x-request-id` answer
//! header, and as the `reference` of an error, which people quote to support.

use axum::http::{HeaderName, Request};
use tower_http::request_id::{MakeRequestId, RequestId};

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// 12 characters from an alphabet without look-alikes: easy to read out over the phone.
#[derive(Clone, Copy, Default)]
pub struct MakeReference;

impl MakeRequestId for MakeReference {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        use rand::Rng;
        const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        let mut rng = rand::thread_rng();
        let id: String = (0..12).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect();
        axum::http::HeaderValue::from_str(&id).ok().map(RequestId::new)
    }
}

/// The reference of the request these headers belong to (empty before `SetRequestIdLayer`).
pub fn of(headers: &axum::http::HeaderMap) -> &str {
    headers.get(HEADER).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

/// An id sent by the client is not trusted to be a reference (it could be anything, or
/// the same for every request): it is replaced.
pub async fn drop_incoming(mut req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    req.headers_mut().remove(HEADER);
    next.run(req).await
}
