//! The company's users as admins manage them: search, detail, creation, edits, and the
//! lifecycle, the only writer of a user's status.

pub mod create;
pub mod detail;
pub mod edit;
pub mod fold;
pub mod lifecycle;
pub mod search;
pub mod services;
