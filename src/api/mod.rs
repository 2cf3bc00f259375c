//! Calls to the server's JSON API. Each function maps to one endpoint.

pub mod audit;
pub mod client;
pub mod company;
pub mod entities;
pub mod import;
pub mod links;
pub mod operator;
pub mod query;
pub mod second_step;
pub mod session;
pub mod space;
pub mod sso;
pub mod tokens;
pub mod users;
pub mod webauthn;
pub mod webhooks;
