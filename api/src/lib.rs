//! The contract between the browser app and the server: the JSON types both sides exchange,
//! the error codes, and the validation rules. Nothing here holds user-visible text: every code
//! maps to a Fluent message id, which the edge (app or server) renders in the reader's language.

pub mod audit;
pub mod bulk;
pub mod catalogue;
pub mod company;
pub mod dev;
pub mod devices;
pub mod entities;
pub mod error;
pub mod fields;
pub mod ids;
pub mod import;
pub mod language;
pub mod links;
pub mod mail;
pub mod operator;
pub mod pages;
pub mod password;
pub mod policy;
pub mod privacy;
pub mod second_step;
pub mod services;
pub mod session;
pub mod sso;
pub mod tokens;
pub mod users;
pub mod v1;
pub mod validation;
pub mod webhooks;

pub use error::{ApiError, ErrorCode, FieldError, FieldErrorCode};
pub use ids::{CompanyId, EntityId, ServiceId, TokenId, UserId};
pub use language::Language;

/// The server reaches SQLite and PostgreSQL through sqlx's `Any` driver: the contract's enums
/// are stored as text there too.
#[cfg(feature = "sqlx")]
macro_rules! text_in_any {
    ($($t:ty),*) => {$(
        impl sqlx::Type<sqlx::Any> for $t {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <str as sqlx::Type<sqlx::Any>>::type_info()
            }

            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <str as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        /// Read by its JSON name (the same as its stored name); an unknown one is an error.
        impl<'r> sqlx::Decode<'r, sqlx::Any> for $t {
            fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                use serde::de::IntoDeserializer;
                let text = <&str as sqlx::Decode<'r, sqlx::Any>>::decode(value)?;
                let parsed: Result<$t, serde::de::value::Error> =
                    serde::Deserialize::deserialize(text.into_deserializer());
                Ok(parsed?)
            }
        }
    )*};
}

#[cfg(feature = "sqlx")]
text_in_any!(
    users::Role,
    audit::AuditAction,
    tokens::Permission,
    users::UserStatus,
    users::StatusReason,
    Language,
    links::LinkPurpose,
    mail::EmailKind,
    mail::DeliveryFailure,
    second_step::SecondStepPolicy,
    operator::CompanyStatus,
    operator::OperatorAction,
    operator::OperatorStatus,
    ErrorCode,
    webhooks::DeliveryStatus,
    webhooks::DeliveryError
);
