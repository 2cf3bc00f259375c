pub mod error;
pub mod not_found;
pub mod profile;
pub mod sign_in;
pub mod space;
pub mod users;
