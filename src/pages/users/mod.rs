//! `/users` and `/users/:id`: the page customer admins live in.

pub mod actions;
pub mod detail;
pub mod edit_form;
pub mod entity_fields;
pub mod import;
pub mod list;
pub mod wizard;
