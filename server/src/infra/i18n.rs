//! The server's texts (API error messages, e-mails) come from the same Fluent files as the app.

use std::borrow::Cow;
use std::collections::HashMap;

use espace_api::Language;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "fr",
        // Isolation marks (U+2068/U+2069) would end up inside e-mail subjects and JSON
        // messages; where a user-provided value is shown in HTML it is wrapped in <bdi> instead.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            // NUMBER() for translators; it can only fail if already registered.
            let _ = bundle.add_builtins();
        },
    };
}

fn language_id(lang: Language) -> LanguageIdentifier {
    match lang {
        Language::Fr => fluent_templates::langid!("fr"),
        Language::En => fluent_templates::langid!("en"),
    }
}

/// The message, or its id when no locale defines it (the locale tests keep that from shipping).
pub fn t(lang: Language, id: &str) -> String {
    LOCALES.try_lookup(&language_id(lang), id).unwrap_or_else(|| id.to_owned())
}

/// The numbers a message names (`ErrorCode::message_args` and the like), as Fluent arguments.
pub fn numbers(args: Vec<(&'static str, i64)>) -> Vec<(&'static str, FluentValue<'static>)> {
    args.into_iter().map(|(name, n)| (name, FluentValue::from(n))).collect()
}

/// The sentence explaining an error code, with the numbers it names.
pub fn error_text(lang: Language, code: espace_api::ErrorCode) -> String {
    t_args(lang, &code.message_id(), &numbers(code.message_args()))
}

/// The sentence explaining a field's error, with the field's limit and the numbers it names.
pub fn field_error_text(lang: Language, code: espace_api::FieldErrorCode, max: Option<u32>) -> String {
    let mut args = numbers(code.message_args());
    // The field's number is the limit for most codes and a count for some (`seats-in-use`):
    // each message names it as it reads best.
    args.push(("max", FluentValue::from(max.unwrap_or_default())));
    args.push(("count", FluentValue::from(max.unwrap_or_default())));
    t_args(lang, &code.message_id(), &args)
}

/// A message that may name the numbers the server applies (`espace_api::policy`), such as the
/// audit log's "Locked after 10 wrong passwords".
pub fn t_policy(lang: Language, id: &str) -> String {
    t_args(lang, id, &numbers(espace_api::policy::message_args()))
}

pub fn t_args(lang: Language, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
        args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
    LOCALES.try_lookup_with_args(&language_id(lang), id, &args).unwrap_or_else(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use espace_api::{ErrorCode, FieldErrorCode};

    #[test]
    fn audit_events_name_the_numbers_the_server_applies() {
        use espace_api::policy::{INACTIVE_AFTER_DAYS, MAX_FAILED_SIGN_INS};
        assert_eq!(t_policy(Language::En, "audit-lock"), format!("Locked after {MAX_FAILED_SIGN_INS} wrong passwords"));
        assert_eq!(
            t_policy(Language::Fr, "audit-deactivate-inactivity"),
            format!("Désactivé après {INACTIVE_AFTER_DAYS} jours sans connexion")
        );
    }

    #[test]
    fn every_error_code_has_a_message_in_every_language() {
        for lang in Language::ALL {
            // With the numbers each message names, as `error::localized_message` gives them.
            for code in ErrorCode::ALL {
                let id = code.message_id();
                assert_ne!(error_text(lang, code), id, "{id} missing in {lang:?}");
            }
            for code in FieldErrorCode::ALL {
                let id = code.message_id();
                assert_ne!(field_error_text(lang, code, Some(10)), id, "{id} missing in {lang:?}");
            }
        }
    }

    #[test]
    fn languages_differ_and_carry_no_isolation_marks() {
        let fr = t(Language::Fr, "error-invalid-credentials");
        let en = t(Language::En, "error-invalid-credentials");
        assert_ne!(fr, en);
        let with_arg = t_args(Language::En, "field-error-too-long", &[("max", 5.into())]);
        assert!(with_arg.contains('5'));
        assert!(!with_arg.contains(['\u{2068}', '\u{2069}']));
    }
}
