//! Validation rules shared by the app (as you type) and the server (always, again).
//! They return codes, never text.

use crate::{FieldError, FieldErrorCode};

pub struct Limits;

impl Limits {
    /// RFC 5321's limit on a forward path.
    pub const EMAIL_MAX: usize = 254;
    pub const EMAIL_LOCAL_MAX: usize = 64;
    pub const NAME_MAX: usize = 100;
    pub const PASSWORD_MAX: usize = 128;
    /// Link tokens are 43 characters; anything much longer is not one.
    pub const TOKEN_MAX: usize = 100;
    pub const IDEMPOTENCY_KEY_MAX: usize = 100;
    pub const POLICY_VERSION_MAX: usize = 32;
    pub const SEARCH_MAX: usize = 100;
}

/// A failed rule: the code, and the limit when there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Violation {
    pub code: FieldErrorCode,
    pub max: Option<u32>,
}

impl From<FieldErrorCode> for Violation {
    fn from(code: FieldErrorCode) -> Self {
        Violation { code, max: None }
    }
}

pub type Rule = Result<(), Violation>;

/// Records a failed rule under the field's name.
pub fn check(errors: &mut Vec<FieldError>, field: &str, rule: Rule) {
    if let Err(v) = rule {
        errors.push(FieldError { field: field.to_owned(), code: v.code, max: v.max });
    }
}

fn too_long(max: usize) -> Violation {
    Violation { code: FieldErrorCode::TooLong, max: Some(max as u32) }
}

/// Not blank after trimming, and at most `max` characters (not bytes: "é" is one).
pub fn required_text(value: &str, max: usize) -> Rule {
    if value.trim().is_empty() {
        return Err(FieldErrorCode::Required.into());
    }
    if value.chars().count() > max {
        return Err(too_long(max));
    }
    Ok(())
}

/// A deliverable address in the form people type: `local@domain.tld`.
///
/// Stricter than RFC 5322 on purpose: quoted local parts, comments and bare IP domains are
/// legal but are almost always typing mistakes in a sign-in form, and mail relays reject many.
pub fn email(value: &str) -> Rule {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldErrorCode::Required.into());
    }
    if value.chars().count() > Limits::EMAIL_MAX {
        return Err(too_long(Limits::EMAIL_MAX));
    }
    let invalid = Err(FieldErrorCode::InvalidEmail.into());
    let Some((local, domain)) = value.rsplit_once('@') else {
        return invalid;
    };
    let local_ok = !local.is_empty()
        && local.len() <= Limits::EMAIL_LOCAL_MAX
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let domain_ok = is_domain(domain);
    if local_ok && domain_ok {
        Ok(())
    } else {
        invalid
    }
}

/// `example.com`, `agence-lyon.example.fr`: two labels or more, no bare IP address.
fn is_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()))
}

/// An e-mail domain as typed in a setting (no `@`, no scheme).
pub fn domain(value: &str) -> Rule {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldErrorCode::Required.into());
    }
    if value.chars().count() > Limits::EMAIL_MAX {
        return Err(too_long(Limits::EMAIL_MAX));
    }
    if is_domain(value) {
        Ok(())
    } else {
        Err(FieldErrorCode::InvalidDomain.into())
    }
}

/// Characters that never belong in a name: C0/C1 controls (CR, LF, NUL, tab…) and the
/// invisible marks that reorder text (a name could otherwise display as another one).
fn forbidden_in_name(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One name: required, at most `NAME_MAX` characters, no control or direction characters,
/// and at least one letter or digit (a name of zero-width spaces is no name).
pub fn name(value: &str) -> Rule {
    required_text(value, Limits::NAME_MAX)?;
    name_characters(value)
}

/// No control or direction characters, and at least one letter or digit: what any name shown
/// to people needs, whatever its length.
pub fn name_characters(value: &str) -> Rule {
    if value.chars().any(forbidden_in_name) {
        return Err(FieldErrorCode::InvalidCharacters.into());
    }
    if !value.chars().any(char::is_alphanumeric) {
        return Err(FieldErrorCode::NoLetterOrDigit.into());
    }
    Ok(())
}

/// At most `max` characters; empty is fine.
pub fn optional_text(value: &str, max: usize) -> Rule {
    if value.chars().count() > max {
        return Err(too_long(max));
    }
    Ok(())
}

/// A person's first and last names.
pub fn names(errors: &mut Vec<FieldError>, first: &str, last: &str) {
    check(errors, "first_name", name(first));
    check(errors, "last_name", name(last));
}

/// Present and at most `max` characters, taken as typed (a password is not trimmed).
pub fn bounded(value: &str, max: usize) -> Rule {
    if value.is_empty() {
        return Err(FieldErrorCode::Required.into());
    }
    if value.chars().count() > max {
        return Err(too_long(max));
    }
    Ok(())
}

/// A name as stored: trimmed and in Unicode NFC, so "é" typed as one character or as "e" +
/// accent is the same name (and the same search key).
#[cfg(feature = "normalize")]
pub fn normalize_name(value: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    value.trim().nfc().collect()
}

/// A password as hashed: NFKC, as NIST SP 800-63B asks, so the same password typed on
/// another keyboard or system (composed or decomposed accents, full-width forms) still works.
#[cfg(feature = "normalize")]
pub fn normalize_password(value: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    value.nfkc().collect()
}

/// Optional; when given, a valid address (it may equal the login e-mail).
pub fn notification_email(errors: &mut Vec<FieldError>, value: &str) {
    if !value.trim().is_empty() {
        check(errors, "notification_email", email(value));
    }
}

/// How e-mails are compared: trimmed and lower-cased, so `Ada@Acme.fr` signs in as `ada@acme.fr`.
pub fn normalize_email(value: &str) -> String {
    value.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::SignInRequest;

    #[test]
    fn accepts_ordinary_addresses() {
        for ok in [
            "ada@acme.fr",
            "Ada.Lovelace+espace@mail.acme.co.uk",
            "  spaced@acme.fr ",
            "hélène@exemple.fr",
            "o'brien@acme.ie",
            "x@b-c.io",
        ] {
            assert_eq!(email(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn refuses_malformed_addresses() {
        for bad in [
            "ada",
            "ada@",
            "@acme.fr",
            "ada@acme",
            "ada@@acme.fr",
            "ada@acme..fr",
            "ada.@acme.fr",
            ".ada@acme.fr",
            "a..b@acme.fr",
            "ada lovelace@acme.fr",
            "ada@-acme.fr",
            "ada@acme.f",
            "ada@1.2.3.4",
            "<b>@acme.fr",
        ] {
            assert_eq!(email(bad), Err(FieldErrorCode::InvalidEmail.into()), "{bad}");
        }
    }

    #[test]
    fn blank_is_required_and_length_is_limited() {
        assert_eq!(email("   "), Err(FieldErrorCode::Required.into()));
        let long = format!("{}@acme.fr", "a".repeat(250));
        assert_eq!(email(&long), Err(Violation { code: FieldErrorCode::TooLong, max: Some(254) }));
        let long_local = format!("{}@acme.fr", "a".repeat(65));
        assert_eq!(email(&long_local), Err(FieldErrorCode::InvalidEmail.into()));
    }

    #[test]
    fn required_text_counts_characters_not_bytes() {
        assert_eq!(required_text("", 5), Err(FieldErrorCode::Required.into()));
        assert_eq!(required_text(" \t ", 5), Err(FieldErrorCode::Required.into()));
        assert_eq!(required_text("ééééé", 5), Ok(()));
        assert_eq!(required_text("éééééé", 5), Err(Violation { code: FieldErrorCode::TooLong, max: Some(5) }));
    }

    #[test]
    fn sign_in_request_reports_each_field() {
        let errors = SignInRequest { email: "nope".into(), password: String::new() }.validate();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].field, "email");
        assert_eq!(errors[0].code, FieldErrorCode::InvalidEmail);
        assert_eq!(errors[1].field, "password");
        assert_eq!(errors[1].code, FieldErrorCode::Required);
        let ok = SignInRequest { email: "ada@acme.fr".into(), password: "x".into() };
        assert!(ok.validate().is_empty());
    }

    #[test]
    fn names_refuse_controls_direction_marks_and_invisible_only_text() {
        assert_eq!(name("Zoë O'Brien-Ødegård"), Ok(()));
        assert_eq!(name("李"), Ok(()));
        assert_eq!(name("Louis XIV"), Ok(()));
        for bad in ["Ada\nLovelace", "Ada\r", "Ada\u{0}", "Ada\t", "\u{202E}ecilA", "Ada\u{2066}"] {
            assert_eq!(name(bad), Err(FieldErrorCode::InvalidCharacters.into()), "{bad:?}");
        }
        for bad in ["\u{200B}\u{200B}", "\u{200D}", "--", "\u{FEFF}.", "\u{2060}"] {
            assert_eq!(name(bad), Err(FieldErrorCode::NoLetterOrDigit.into()), "{bad:?}");
        }
        assert_eq!(name(" \u{3000} "), Err(FieldErrorCode::Required.into()));
    }

    #[cfg(feature = "normalize")]
    #[test]
    fn names_are_nfc_and_passwords_nfkc() {
        assert_eq!(normalize_name("  He\u{301}le\u{300}ne "), "H\u{e9}l\u{e8}ne");
        assert_eq!(normalize_password("ｐａｓｓ\u{fb01}"), "passfi");
        assert_eq!(normalize_password("e\u{301}"), normalize_password("\u{e9}"));
    }

    #[test]
    fn normalizes_for_comparison() {
        assert_eq!(normalize_email("  Ada@ACME.fr "), "ada@acme.fr");
    }
}
