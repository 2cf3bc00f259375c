//! The company's users as admins manage them: search, detail, lifecycle, history.

pub mod audit;
pub mod create;
pub mod detail;
pub mod edit;
pub mod fold;
pub mod lifecycle;
pub mod search;
