//! Calls to the server's JSON API. Each function maps to one endpoint.

pub mod client;
pub mod links;
pub mod session;
pub mod space;
pub mod users;
