//! HTTP in and out only: each handler reads the request, calls the domain, writes the answer.

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, patch, post, put};
use axum::Router;

use crate::auth::client_ip::ClientIp;
use crate::error::api_not_found;
use crate::rate_limit::{self, Bucket};
use crate::state::AppState;

pub mod audit;
pub mod company;
pub mod dev;
pub mod entities;
pub mod health;
pub mod import;
pub mod links;
pub mod me;
pub mod operator;
pub mod operator_v1;
pub mod scim;
pub mod session;
pub mod sso;
pub mod tokens;
pub mod users;
pub mod v1;
pub mod v1_webhooks;
pub mod webhooks;

/// The largest request body: far above any form, far below what could hurt. Imports have
/// their own limits (`espace_api::import`).
pub const BODY_LIMIT: usize = 64 * 1024;

/// A file's limit, with room for the JSON of its rows (longer than the file itself).
const IMPORT_BODY_LIMIT: usize = 4 * espace_api::import::MAX_FILE_BYTES;

/// The most ids a selection holds, each as long as the longest id, with its comma.
const SELECTION_BODY_LIMIT: usize = espace_api::bulk::SELECTION_MAX * 21 + 1024;

/// A privacy policy's publication at its largest.
const POLICY_BODY_LIMIT: usize = 4 * 2 * (espace_api::privacy::TEXT_MAX + espace_api::privacy::CHANGES_MAX) + 4096;

/// `?lang=fr|en` on a download link: the interface's language, which a plain link cannot send
/// as `Accept-Language`.
#[derive(Debug, Clone, Copy, Default, serde::Deserialize)]
pub struct DownloadLanguage {
    #[serde(default)]
    pub lang: Option<espace_api::Language>,
}

pub fn api(state: AppState) -> Router<AppState> {
    // Links and forgotten passwords are limited per client address, every attempt counted.
    // Sign-in and password change count failures only, per address and per account (in the
    // domain, which knows whether the password was right).
    let limited = Router::new()
        .route("/links/complete", post(links::complete))
        .route("/links/renew", post(links::renew))
        .route("/password/forgot", post(links::forgot))
        // Each start writes a sign-in under way: counted like links.
        .route("/sso/start", get(sso::start))
        .route("/operator/activation/start", post(operator::start_activation))
        .route("/operator/activation", post(operator::activate))
        .route_layer(axum::middleware::from_fn_with_state(state, limit_by_address));
    // A file, or 10,000 rows as JSON, is far larger than any form.
    let imports = Router::new()
        .route("/import/file", post(import::file))
        .route("/import/check", post(import::check))
        .route("/import/commit", post(import::commit))
        .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT));
    // A whole selection's ids (10,000 of them) outgrow a form's limit.
    let selections = Router::new()
        .route("/users/bulk/seats", post(users::bulk_seats))
        .route("/users/export-selection.csv", post(users::export_selection_csv))
        .layer(DefaultBodyLimit::max(SELECTION_BODY_LIMIT));
    // A policy's two texts (and what changed), each as long as allowed, in four-byte characters.
    let policies = Router::new()
        .route("/operator/privacy-policies", get(operator::policies).post(operator::publish_policy))
        .layer(DefaultBodyLimit::max(POLICY_BODY_LIMIT));
    Router::new()
        .merge(limited)
        .merge(imports)
        .merge(selections)
        .merge(policies)
        .route("/session", get(me::current).post(session::sign_in).delete(session::sign_out))
        .route("/session/method", post(sso::method))
        .route("/session/second-step", post(session::second_step))
        .route("/session/second-step/passkey/options", post(session::passkey_options))
        .route("/session/second-step/passkey", post(session::second_step_passkey))
        .route("/session/passkey/options", post(session::passkey_sign_in_options))
        .route("/session/passkey", post(session::passkey_sign_in))
        .route("/operator/me", get(operator::current))
        .route("/operator/session", delete(operator::sign_out))
        .route("/operator/companies", get(operator::companies).post(operator::create_company))
        .route("/operator/companies/{id}", get(operator::company).patch(operator::rename))
        .route("/operator/companies/{id}/orders", post(operator::place_order))
        .route("/operator/companies/{id}/orders/{order}", patch(operator::change_order))
        .route("/operator/catalogue", get(operator::catalogue).post(operator::add_service))
        .route("/operator/catalogue/{id}", patch(operator::change_service))
        .route("/operator/tokens", get(operator::tokens).post(operator::create_token))
        .route("/operator/tokens/{id}/revoke", post(operator::revoke_token))
        .route("/operator/operators", get(operator::operators).post(operator::invite_operator))
        .route("/operator/operators/{id}/{change}", post(operator::change_operator))
        .route("/operator/companies/{id}/suspend", post(operator::suspend))
        .route("/operator/companies/{id}/reactivate", post(operator::reactivate))
        .route("/operator/companies/{id}/close", post(operator::close))
        .route("/operator/companies/{id}/export", get(operator::export))
        .route("/operator/events", get(operator::events))
        .route("/operator/references/{reference}", get(operator::reference))
        .route("/me/passkeys/options", post(me::passkey_options))
        .route("/me/passkeys", post(me::add_passkey))
        .route("/me/passkeys/{id}", patch(me::rename_passkey).delete(me::remove_passkey))
        .route("/sso", get(sso::settings).put(sso::save))
        .route("/sso/test", post(sso::test))
        .route("/sso/domains/check", post(sso::check_domain))
        .route("/company/settings", get(company::settings).put(company::save))
        .route("/sso/callback", get(sso::callback))
        .route("/health", get(health::health))
        .route("/ready", get(health::ready))
        .route("/me", get(me::me).patch(me::update))
        .route("/me/password", post(me::change_password))
        .route("/me/email", post(me::change_email))
        .route("/me/email/confirm", post(me::confirm_email))
        .route("/me/second-step", get(me::second_step).delete(me::remove_second_step))
        .route("/me/second-step/authenticator", post(me::start_authenticator))
        .route("/me/second-step/authenticator/confirm", post(me::confirm_authenticator))
        .route("/me/second-step/recovery-codes", post(me::renew_recovery_codes))
        .route("/me/sessions", get(me::sessions))
        .route("/me/sessions/end-others", post(me::end_other_sessions))
        .route("/me/sessions/{id}", delete(me::end_session))
        .route("/consent", post(me::consent))
        .route("/privacy-policy", get(me::privacy_policy))
        .route("/links/inspect", post(links::inspect))
        .route("/dev/mailbox", get(dev::mailbox))
        .route("/space", get(me::space))
        .route("/users", get(users::list).post(users::create))
        .route("/users/{id}", get(users::show).patch(users::update))
        .route("/users/{id}/actions", post(users::action))
        .route("/users/invitations/renew", post(users::renew_invitations))
        .route("/users/bulk", post(users::bulk))
        .route("/users/ids", get(users::matching_ids))
        .route("/users/policy-reminders", post(users::policy_reminders))
        .route("/users/{id}/permissions", put(users::permissions))
        .route("/users/{id}/sessions", get(users::sessions))
        .route("/users/{id}/sessions/{session}", delete(users::end_session))
        .route("/entities", get(entities::list).post(entities::create))
        .route("/entities/{id}", patch(entities::rename))
        .route("/entities/{id}/remove", post(entities::remove))
        .route("/audit", get(audit::page))
        .route("/audit.csv", get(audit::csv))
        .route("/users/export.csv", get(users::export_csv))
        .route("/users/export.xlsx", get(users::export_xlsx))
        .route("/import/template.csv", get(import::template_csv))
        .route("/import/template.xlsx", get(import::template_xlsx))
        .route("/import/{batch}/report.csv", get(import::report))
        .route("/tokens", get(tokens::list).post(tokens::create))
        .route("/tokens/{id}/revoke", post(tokens::revoke))
        .route("/webhooks", get(webhooks::list).post(webhooks::create))
        .route("/webhooks/{id}", get(webhooks::show).put(webhooks::update).delete(webhooks::remove))
        .route("/webhooks/{id}/rotate", post(webhooks::rotate))
        .route("/webhooks/{id}/test", post(webhooks::test))
        .route("/webhooks/{id}/deliveries/{delivery}", get(webhooks::delivery))
        .route("/webhooks/{id}/deliveries/{delivery}/resend", post(webhooks::resend))
        .nest("/v1", v1_routes())
        .nest("/operator/v1", operator_v1_routes())
        .fallback(api_not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
}

/// `/api/operator/v1`: the console's operations on companies, orders and the catalogue, for
/// operator tokens only (no cookie is read there). Its document is public, like `/api/v1`'s.
fn operator_v1_routes() -> Router<AppState> {
    Router::new()
        .route("/companies", get(operator::companies).post(operator::create_company))
        .route("/companies/{id}", get(operator::company).patch(operator::rename))
        .route("/companies/{id}/suspend", post(operator::suspend))
        .route("/companies/{id}/reactivate", post(operator::reactivate))
        .route("/companies/{id}/orders", post(operator::place_order))
        .route("/companies/{id}/orders/{order}", patch(operator::change_order))
        .route("/catalogue", get(operator::catalogue).post(operator::add_service))
        .route("/catalogue/{id}", patch(operator::change_service))
        .route_layer(axum::middleware::from_fn(operator_v1::bearer_only))
        .route("/openapi.json", get(operator_v1::openapi))
}

/// `/api/v1`: bearer tokens only (no cookie is read there, so no cross-site request can use it).
fn v1_routes() -> Router<AppState> {
    Router::new()
        .route("/users", get(v1::list_users).post(v1::create_user))
        .route("/users/{id}", get(v1::get_user).patch(v1::update_user))
        .route("/users/{id}/permissions", put(v1::set_permissions))
        .route("/users/{id}/actions", post(v1::user_action))
        .route("/users/bulk", post(v1::bulk_action))
        .route("/users/invitations/renew", post(v1::renew_invitations))
        .route("/services", get(v1::services))
        .route("/entities", get(v1::entities))
        .route("/webhooks", get(v1_webhooks::list_webhooks).post(v1_webhooks::create_webhook))
        .route(
            "/webhooks/{id}",
            get(v1_webhooks::get_webhook).put(v1_webhooks::update_webhook).delete(v1_webhooks::delete_webhook),
        )
        .route("/webhooks/{id}/rotate", post(v1_webhooks::rotate_webhook_secret))
        .route("/webhooks/{id}/test", post(v1_webhooks::send_test_event))
        .route("/webhooks/{id}/deliveries/{delivery}", get(v1_webhooks::get_delivery))
        .route("/webhooks/{id}/deliveries/{delivery}/resend", post(v1_webhooks::resend_delivery))
        .route("/openapi.json", get(v1::openapi))
}

async fn limit_by_address(State(state): State<AppState>, ClientIp(ip): ClientIp, req: Request, next: Next) -> Response {
    match rate_limit::take(&state.pool, Bucket::LinkAddress, &ip.to_string()).await {
        Ok(_counted) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}
