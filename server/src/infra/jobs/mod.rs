//! Work the server does on its own schedule.

pub mod inactivity;
