pub mod error_details;
pub mod header;
pub mod language_switcher;
pub mod page_title;
pub mod require_auth;
pub mod toast;
pub mod user_menu;
