use axum::routing::{get, post};
use axum::Router;

use crate::error::api_not_found;
use crate::state::AppState;

pub mod consent;
pub mod dev;
pub mod health;
pub mod links;
pub mod me;
pub mod password;
pub mod session;
pub mod space;
pub mod users;

pub fn api() -> Router<AppState> {
    Router::new()
        .route("/health", get(health::health))
        .route("/session", post(session::sign_in).delete(session::sign_out))
        .route("/me", get(me::me))
        .route("/consent", post(consent::accept))
        .route("/links/inspect", post(links::inspect))
        .route("/links/renew", post(links::renew))
        .route("/links/complete", post(links::complete))
        .route("/password/forgot", post(password::forgot))
        .route("/dev/mailbox", get(dev::mailbox))
        .route("/space", get(space::my_space))
        .route("/users", get(users::list).post(users::create))
        .route("/users/{id}", get(users::show).patch(users::update))
        .route("/users/{id}/actions", post(users::action))
        .fallback(api_not_found)
}
