//! The company's users as administrators and team administrators manage them, within their
//! scope: search, detail, creation, edits, permissions, and the lifecycle, the only writer of
//! a user's status.

pub mod answers;
pub mod bulk;
pub mod create;
pub mod detail;
pub mod edit;
pub mod export;
pub mod fold;
pub mod invitations;
pub mod lifecycle;
pub mod permissions;
pub mod reach;
pub mod reminders;
pub mod search;
pub mod services;
