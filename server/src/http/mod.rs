//! HTTP in and out: the routes (one file per area), the error answer, the static files of the
//! app, the security headers and request ids. No SQL and no rules here: each handler reads the
//! request and the caller, calls the domain, and writes the answer.

pub mod error;
pub mod request_id;
pub mod routes;
pub mod security;
pub mod static_files;
