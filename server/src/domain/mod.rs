//! The rules: users (with `users::lifecycle`, the only writer of a user's status), entities,
//! the company, single sign-on and its verified domains, imports, SCIM, API tokens, the audit
//! log, sign-in and sessions (`auth`), the person's own account. Writes go through
//! `store::write`; every lookup is filtered by company.

pub mod account;
pub mod api_tokens;
pub mod audit;
pub mod auth;
pub mod company;
pub mod domains;
pub mod entities;
pub mod import;
pub mod operators;
pub mod privacy;
pub mod scim;
pub mod spreadsheet;
pub mod sso;
pub mod users;
pub mod webhooks;
