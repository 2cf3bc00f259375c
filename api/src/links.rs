//! Activation and password links, the password they set, and the privacy-policy consent.

use serde::{Deserialize, Serialize};

use crate::fields::Fields as _;
use crate::password::Personal;

/// The privacy policy in force. Changing it asks every user again at their next sign-in.
pub const PRIVACY_POLICY_VERSION: &str = "2026-11";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "lowercase"))]
pub enum LinkPurpose {
    Activation,
    Reset,
    /// Sent to the old address after a change of sign-in e-mail: puts it back, with a new
    /// password. Kept apart from the other links (`email_changes`), never revoked with them.
    EmailUndo,
}

impl LinkPurpose {
    /// As stored with the token and named in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Activation => "activation",
            LinkPurpose::Reset => "reset",
            LinkPurpose::EmailUndo => "email-undo",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [LinkPurpose::Activation, LinkPurpose::Reset].into_iter().find(|p| p.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkState {
    Valid,
    Expired,
    /// Already used (or replaced by a newer link after it was used).
    Used,
    /// A newer link was sent, and that one still works; this one no longer does.
    Replaced,
    /// Cancelled by a change to the account (its address, a deactivation, a new password)
    /// with no working link sent since: the page must not point at an e-mail that does not
    /// exist. A new one can be asked for.
    Withdrawn,
    Unknown,
}

/// `POST /api/links/inspect`, `/api/links/renew`: the token travels in the body, never the URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRequest {
    pub token: String,
}

/// A token the server could have issued: short, URL-safe base64. Anything else is unknown
/// without a database lookup.
pub fn plausible_token(token: &str) -> bool {
    !token.is_empty()
        && token.len() <= crate::validation::Limits::TOKEN_MAX
        && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkInfo {
    pub state: LinkState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<LinkPurpose>,
    /// Shown on the welcome step; also what the password must not be. Only for valid links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Personal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
}

crate::fields! {
    /// The form that sets a password from a link.
    pub enum SetPasswordField {
        Password = "password",
    }
}

crate::fields! {
    /// The privacy policy's acceptance.
    pub enum ConsentField {
        Version = "version",
        Accepted = "accepted",
    }
}

crate::fields! {
    /// The forgotten-password form's field.
    pub enum ForgotPasswordField {
        Email = "email",
    }
}

/// `POST /api/links/complete`: consumes the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetPasswordRequest {
    pub token: String,
    pub password: String,
}

/// `POST /api/consent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRequest {
    pub version: String,
    pub accepted: bool,
}

impl ConsentRequest {
    pub fn validate(&self) -> Vec<crate::FieldError> {
        let mut errors = Vec::new();
        use crate::validation::{bounded, check, Limits};
        check(&mut errors, ConsentField::Version.name(), bounded(&self.version, Limits::POLICY_VERSION_MAX));
        if !self.accepted {
            check(&mut errors, ConsentField::Accepted.name(), Err(crate::FieldErrorCode::MustAccept.into()));
        }
        errors
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub version: String,
    pub at: i64,
}

/// `POST /api/password/forgot`: always answered the same way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForgotPasswordRequest {
    pub email: String,
}

impl ForgotPasswordRequest {
    pub fn validate(&self) -> Vec<crate::FieldError> {
        let mut errors = Vec::new();
        crate::validation::check(&mut errors, ForgotPasswordField::Email.name(), crate::validation::email(&self.email));
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purpose_names_are_the_json_names_and_parse_back() {
        for purpose in [LinkPurpose::Activation, LinkPurpose::Reset] {
            let json = serde_json::to_string(&purpose).unwrap();
            assert_eq!(json, format!("\"{}\"", purpose.as_str()));
            assert_eq!(LinkPurpose::parse(purpose.as_str()), Some(purpose));
        }
        assert_eq!(LinkPurpose::parse("Reset"), None);
    }
}
