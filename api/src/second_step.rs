//! Two-step sign-in: after the password, a code from an authenticator app (TOTP, RFC 6238) or
//! one of the person's single-use recovery codes. The company decides who must have one.

use serde::{Deserialize, Serialize};

use crate::fields::Fields as _;
use crate::users::Role;
use crate::validation;
use crate::{FieldError, FieldErrorCode};

/// How many recovery codes a person gets at once.
pub const RECOVERY_CODES: usize = 10;
/// A recovery code's characters, grouped by four for reading: 80 random bits, so that a
/// plain hash of it is enough at rest.
pub const RECOVERY_CODE_CHARS: usize = 16;
/// Crockford's base 32 without the letters people misread (no I, L, O, U).
pub const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// An authenticator app's code: six digits.
pub const TOTP_DIGITS: usize = 6;
/// Longer than any code typed with spaces or dashes.
pub const CODE_MAX: usize = 64;

/// Who in the company must use a second step to sign in with a password (sign-ins through the
/// company's identity provider are the provider's to protect).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SecondStepPolicy {
    /// Each person chooses.
    #[default]
    Off,
    /// Administrators and team administrators.
    Managers,
    Everyone,
}

impl SecondStepPolicy {
    pub const ALL: [SecondStepPolicy; 3] =
        [SecondStepPolicy::Off, SecondStepPolicy::Managers, SecondStepPolicy::Everyone];

    pub fn as_str(self) -> &'static str {
        match self {
            SecondStepPolicy::Off => "off",
            SecondStepPolicy::Managers => "managers",
            SecondStepPolicy::Everyone => "everyone",
        }
    }

    /// Whether someone of this level must have a second step.
    pub fn requires(self, role: Role) -> bool {
        match self {
            SecondStepPolicy::Off => false,
            SecondStepPolicy::Managers => role.manages_users(),
            SecondStepPolicy::Everyone => true,
        }
    }
}

crate::fields! {
    /// The code forms' one field: the second step at sign-in, and confirming an app.
    pub enum CodeField {
        Code = "code",
    }
}

/// `POST /api/session/second-step` and `POST /api/me/second-step/authenticator/confirm`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeRequest {
    /// Six digits from the app, or a recovery code (spaces and dashes ignored).
    pub code: String,
}

impl CodeRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let rule = validation::bounded(self.code.trim(), CODE_MAX).and_then(|()| match Code::parse(&self.code) {
            Some(_) => Ok(()),
            None => Err(FieldErrorCode::WrongCode.into()),
        });
        validation::check(&mut errors, CodeField::Code.name(), rule);
        errors
    }
}

/// What a typed code is, told apart by its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Code {
    /// Six digits.
    App(String),
    /// A recovery code, upper-cased, without its separators.
    Recovery(String),
}

impl Code {
    /// The code in `typed`, spaces and dashes ignored; `None` when it is neither shape.
    pub fn parse(typed: &str) -> Option<Code> {
        if typed.chars().count() > CODE_MAX {
            return None;
        }
        let bare: String = typed.chars().filter(|c| !matches!(c, ' ' | '-' | '\u{a0}')).collect();
        if bare.len() == TOTP_DIGITS && bare.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Code::App(bare));
        }
        let upper = bare.to_ascii_uppercase();
        (upper.len() == RECOVERY_CODE_CHARS && upper.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)))
            .then_some(Code::Recovery(upper))
    }
}

/// A recovery code as people read it: `ABCD-EFGH-JKMN-PQRS`.
pub fn grouped(bare: &str) -> String {
    bare.as_bytes().chunks(4).filter_map(|c| std::str::from_utf8(c).ok()).collect::<Vec<_>>().join("-")
}

/// The longest name a person gives a passkey.
pub const PASSKEY_NAME_MAX: usize = 64;

/// One of the person's passkeys or security keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyItem {
    pub id: i64,
    /// The person's own name for it ("Work laptop").
    pub name: String,
    pub created_at: i64,
    #[serde(default)]
    pub last_used_at: Option<i64>,
}

crate::fields! {
    /// The add-a-passkey form's one field.
    pub enum PasskeyField {
        Name = "name",
    }
}

/// `POST /api/me/passkeys/options`: the name the new passkey will have. The answer is the
/// WebAuthn creation options for the browser; `POST /api/me/passkeys` then sends
/// `{ "name", "credential" }`, the credential as the browser's `toJSON()` gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyNameRequest {
    pub name: String,
}

impl PasskeyNameRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(
            &mut errors,
            PasskeyField::Name.name(),
            validation::required_text(&self.name, PASSKEY_NAME_MAX),
        );
        errors
    }
}

/// `GET /api/me/second-step`: what the person has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondStepStatus {
    /// An authenticator app is set up.
    pub authenticator: bool,
    /// Their passkeys and security keys, oldest first.
    #[serde(default)]
    pub passkeys: Vec<PasskeyItem>,
    /// Unused recovery codes.
    pub recovery_codes_left: u32,
    /// The company requires a second step of them: it cannot be turned off.
    pub required: bool,
}

/// A QR code's dark modules, row by row: `size` × `size` characters, `1` dark, `0` light.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrModules {
    pub size: u32,
    pub modules: String,
}

impl QrModules {
    /// Whether the module at (`x`, `y`) is dark.
    pub fn dark(&self, x: u32, y: u32) -> bool {
        let index = (y as usize) * (self.size as usize) + x as usize;
        self.modules.as_bytes().get(index) == Some(&b'1')
    }
}

/// `POST /api/me/second-step/authenticator`: a new secret to add to an app, until confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthenticatorSetup {
    /// The secret in base 32, for typing into the app by hand.
    pub secret: String,
    /// The `otpauth://` address the QR code holds.
    pub uri: String,
    pub qr: QrModules,
}

/// Recovery codes, shown once: at the first setup and when made again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryCodes {
    /// Grouped for reading (`grouped`).
    pub codes: Vec<String>,
}

/// The answer to a right password when a second step follows (`202 Accepted`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondStepNeeded {
    /// Read from every sign-in answer: absent (false) when a session opened.
    #[serde(default)]
    pub second_step: bool,
    /// The person has a passkey to offer (besides codes).
    #[serde(default)]
    pub passkey: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_told_apart_by_shape() {
        assert_eq!(Code::parse(" 123 456 "), Some(Code::App("123456".into())));
        assert_eq!(Code::parse("abcd-efgh-jkmn-pqrs"), Some(Code::Recovery("ABCDEFGHJKMNPQRS".into())));
        assert_eq!(Code::parse("12345"), None);
        assert_eq!(Code::parse("1234567"), None);
        // Letters people misread are not in the alphabet.
        assert_eq!(Code::parse("ABCD-EFGH-JKMN-PQRI"), None);
        assert_eq!(Code::parse(&"1".repeat(100)), None);
        assert_eq!(grouped("ABCDEFGHJKMNPQRS"), "ABCD-EFGH-JKMN-PQRS");
    }

    #[test]
    fn the_policy_names_who_must_have_a_second_step() {
        assert!(!SecondStepPolicy::Off.requires(Role::Admin));
        assert!(SecondStepPolicy::Managers.requires(Role::TeamAdmin));
        assert!(!SecondStepPolicy::Managers.requires(Role::User));
        assert!(SecondStepPolicy::Everyone.requires(Role::User));
    }

    #[test]
    fn a_code_request_says_what_is_wrong_next_to_the_field() {
        assert!(CodeRequest { code: "123456".into() }.validate().is_empty());
        assert_eq!(CodeRequest { code: " ".into() }.validate()[0].code, FieldErrorCode::Required);
        assert_eq!(CodeRequest { code: "12".into() }.validate()[0].code, FieldErrorCode::WrongCode);
    }
}
