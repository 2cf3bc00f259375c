//! The contract between the browser app and the server: the JSON types both sides exchange,
//! the error codes, and the validation rules. Nothing here holds user-visible text: every code
//! maps to a Fluent message id, which the edge (app or server) renders in the reader's language.

pub mod dev;
pub mod error;
pub mod language;
pub mod links;
pub mod mail;
pub mod password;
pub mod services;
pub mod session;
pub mod users;
pub mod validation;

pub use error::{ApiError, ErrorCode, FieldError, FieldErrorCode};
pub use language::Language;
