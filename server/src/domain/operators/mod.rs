//! The provider's side: operators (the provider's staff, apart from every company) and what
//! they do to companies. Nothing here is reachable with a company's session or token: the
//! operator's own cookie (`account::COOKIE`) is sent only to `/api/operator`, and
//! `extract::SignedInOperator` is the only way in.

pub mod account;
pub mod closure;
pub mod companies;
pub mod extract;
pub mod orders;
pub mod support;
pub mod team;
pub mod tokens;
