#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! The contract's checks fed random and hostile text: they answer (never panic), and what they
//! accept has the shape they promise. Each check runs in the browser and on the server on text
//! anyone types. `PROPTEST_CASES` raises the number of cases (`make bench-fuzz`).

use espace_api::sso::{is_public_mail_domain, SsoSettingsRequest};
use espace_api::validation::{self, Limits};
use proptest::prelude::*;

/// `PROPTEST_CASES` when set (`make bench-fuzz`), else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Text people and scripts send: any character, long runs, controls, bidi marks, `@` and dots.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9@._+\\- ]{0,300}",
        "[\\x00-\\x1f\\u{200b}-\\u{202e}\\u{fe0f}@.a]{0,80}",
        ".{0,10}".prop_map(|s| s.repeat(2_000)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(512)))]

    #[test]
    fn email_checks_answer_and_accept_only_addresses(text in hostile_text()) {
        if validation::email(&text).is_ok() {
            let trimmed = text.trim();
            prop_assert!(trimmed.contains('@'));
            prop_assert!(trimmed.chars().count() <= 254);
            prop_assert!(!trimmed.chars().any(char::is_control));
        }
        let normalized = validation::normalize_email(&text);
        prop_assert_eq!(validation::normalize_email(&normalized), normalized.clone());
    }

    #[test]
    fn names_and_domains_answer(text in hostile_text()) {
        if validation::name(&text).is_ok() {
            prop_assert!(text.chars().count() <= Limits::NAME_MAX);
        }
        let _ = validation::domain(&text);
        let _ = validation::required_text(&text, 100);
        let _ = validation::bounded(&text, 100);
        let _ = validation::normalize_name(&text);
        let _ = is_public_mail_domain(&text);
    }

    #[test]
    fn sso_settings_answer(issuer in hostile_text(), domains in prop::collection::vec(hostile_text(), 0..60)) {
        let req = SsoSettingsRequest { issuer, domains, ..SsoSettingsRequest::default() };
        let errors = req.validate();
        if errors.is_empty() {
            prop_assert!(req.normalized_domains().iter().all(|d| !is_public_mail_domain(d)));
        }
    }
}
