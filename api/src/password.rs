//! Password rules after NIST SP 800-63B: long enough, not absurdly long, any characters
//! (spaces and emoji included), no composition rules, not a common password, not the
//! person's own e-mail or name.

use serde::{Deserialize, Serialize};

use crate::FieldErrorCode;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;

/// The common passwords of 12 characters or more: the app checks these as people type; the
/// server checks a far longer list.
pub const COMMON_LONG: &str = include_str!("../data/common-long-passwords.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PasswordRule {
    MinLength,
    MaxLength,
    NotCommon,
    NotPersonal,
    /// Not only spaces: trimmed at sign-in by some password managers and keyboards.
    NotBlank,
}

impl PasswordRule {
    pub const ALL: [PasswordRule; 5] = [
        PasswordRule::MinLength,
        PasswordRule::MaxLength,
        PasswordRule::NotCommon,
        PasswordRule::NotPersonal,
        PasswordRule::NotBlank,
    ];

    pub fn field_error(self) -> FieldErrorCode {
        match self {
            PasswordRule::MinLength => FieldErrorCode::PasswordTooShort,
            PasswordRule::MaxLength => FieldErrorCode::TooLong,
            PasswordRule::NotCommon => FieldErrorCode::PasswordCommon,
            PasswordRule::NotPersonal => FieldErrorCode::PasswordPersonal,
            PasswordRule::NotBlank => FieldErrorCode::PasswordBlank,
        }
    }
}

/// What the password must not be.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Personal {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
}

fn normalize(text: &str) -> String {
    text.trim().to_lowercase()
}

pub fn is_personal(password: &str, personal: &Personal) -> bool {
    let password = normalize(password);
    let email = normalize(&personal.email);
    let local = email.split('@').next().unwrap_or_default().to_owned();
    let full_name = normalize(&format!("{} {}", personal.first_name, personal.last_name));
    let joined = full_name.replace(' ', "");
    [email, local, full_name, joined, normalize(&personal.first_name), normalize(&personal.last_name)]
        .iter()
        .filter(|s| !s.is_empty())
        .any(|s| *s == password || password.replace(' ', "") == s.replace(' ', ""))
}

pub fn is_common_long(password: &str) -> bool {
    let password = normalize(password);
    COMMON_LONG.lines().any(|line| line == password)
}

/// The rules the password breaks, in checklist order. `is_common` is the list to consult:
/// the short one in the app, the long one on the server.
pub fn broken_rules(password: &str, personal: &Personal, is_common: impl Fn(&str) -> bool) -> Vec<PasswordRule> {
    let chars = password.chars().count();
    let mut broken = Vec::new();
    if chars < MIN_CHARS {
        broken.push(PasswordRule::MinLength);
    }
    if chars > MAX_CHARS {
        broken.push(PasswordRule::MaxLength);
    }
    if is_common(&normalize(password)) {
        broken.push(PasswordRule::NotCommon);
    }
    if is_personal(password, personal) {
        broken.push(PasswordRule::NotPersonal);
    }
    if !password.is_empty() && password.trim().is_empty() {
        broken.push(PasswordRule::NotBlank);
    }
    broken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ada() -> Personal {
        Personal { email: "ada.lovelace@acme.fr".into(), first_name: "Ada".into(), last_name: "Lovelace".into() }
    }

    #[test]
    fn length_counts_characters_and_any_character_is_fine() {
        assert_eq!(broken_rules("short", &ada(), |_| false), [PasswordRule::MinLength]);
        assert!(broken_rules("correct horse battery", &ada(), |_| false).is_empty());
        // 12 characters, 4 of them emoji (each several bytes).
        assert!(broken_rules("🦀🦀🦀🦀 mot pas", &ada(), |_| false).is_empty());
        assert_eq!(broken_rules("🦀🦀🦀🦀🦀🦀🦀", &ada(), |_| false), [PasswordRule::MinLength]);
        assert_eq!(broken_rules(&"é".repeat(129), &ada(), |_| false), [PasswordRule::MaxLength]);
        assert!(broken_rules(&"é".repeat(128), &ada(), |_| false).is_empty());
    }

    #[test]
    fn whitespace_only_is_refused_whatever_its_length() {
        assert!(broken_rules(&" ".repeat(12), &ada(), |_| false).contains(&PasswordRule::NotBlank));
        assert!(broken_rules("\t\u{3000}\u{a0}            ", &ada(), |_| false).contains(&PasswordRule::NotBlank));
        assert!(!broken_rules("  spaced  out  ", &ada(), |_| false).contains(&PasswordRule::NotBlank));
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        assert!(is_common_long("QWERTY123456"));
        assert!(!is_common_long("correct horse battery"));
        assert_eq!(broken_rules("qwerty123456", &ada(), is_common_long), [PasswordRule::NotCommon]);
        assert_eq!(broken_rules("ada.lovelace@acme.fr", &ada(), |_| false), [PasswordRule::NotPersonal]);
        assert_eq!(broken_rules("Ada  Lovelace", &ada(), |_| false), [PasswordRule::NotPersonal]);
        assert_eq!(broken_rules("adalovelace1", &ada(), |_| false), Vec::<PasswordRule>::new());
        assert_eq!(broken_rules("ADA.LOVELACE", &ada(), |_| false), [PasswordRule::NotPersonal]);
    }

    #[test]
    fn the_shipped_list_holds_only_long_entries() {
        assert!(COMMON_LONG.lines().count() > 200);
        assert!(COMMON_LONG.lines().all(|l| l.chars().count() >= MIN_CHARS));
    }
}
