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
pub mod profile;
pub mod session;
pub mod space;
pub mod users;

pub fn api(state: AppState) -> Router<AppState> {
    // The doors people knock at without a session are limited per IP address.
    let limited = Router::new()
        .route("/session", post(session::sign_in))
        .route("/links/complete", post(links::complete))
        .route("/links/renew", post(links::renew))
        .route("/password/forgot", post(password::forgot))
        .route_layer(axum::middleware::from_fn_with_state(state, crate::rate_limit::limit));
    Router::new()
        .merge(limited)
        .route("/health", get(health::health))
        .route("/session", axum::routing::delete(session::sign_out))
        .route("/me", get(me::me).patch(profile::update))
        .route("/me/password", post(profile::change_password))
        .route("/consent", post(consent::accept))
        .route("/links/inspect", post(links::inspect))
        .route("/dev/mailbox", get(dev::mailbox))
        .route("/space", get(space::my_space))
        .route("/users", get(users::list).post(users::create))
        .route("/users/{id}", get(users::show).patch(users::update))
        .route("/users/{id}/actions", post(users::action))
        .fallback(api_not_found)
}
