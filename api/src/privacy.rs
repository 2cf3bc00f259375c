//! Versions of the privacy policy: the provider's operators publish one (French and English
//! Markdown, what changed, the day it takes effect); from that day everyone is asked to accept
//! it at their next sign-in. Before any is published, the built-in text of the locales is
//! version `links::PRIVACY_POLICY_VERSION`.

use serde::{Deserialize, Serialize};

use crate::fields::Fields;
use crate::validation::{bounded, check, Limits, Rule};
use crate::{FieldError, FieldErrorCode};

/// The longest policy text, per language (Markdown).
pub const TEXT_MAX: usize = 60_000;
/// The longest "what changed", per language.
pub const CHANGES_MAX: usize = 4_000;

crate::fields! {
    /// The publication form, in the order it shows its fields.
    pub enum PolicyField {
        Version = "version",
        EffectiveDay = "effective_day",
        TextEn = "text_en",
        TextFr = "text_fr",
        ChangesEn = "changes_en",
        ChangesFr = "changes_fr",
    }
}

/// `POST /api/operator/privacy-policies`: a new version.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PublishPolicy {
    /// Its name, as people see it ("2027-01"): letters, digits, `.`, `-`.
    pub version: String,
    /// The day it takes effect, `YYYY-MM-DD` (UTC midnight); today or later.
    pub effective_day: String,
    pub text_en: String,
    pub text_fr: String,
    /// What changed since the version before, shown to those who accepted an earlier one.
    pub changes_en: String,
    pub changes_fr: String,
}

fn required_within(value: &str, max: usize) -> Rule {
    if value.trim().is_empty() {
        return Err(FieldErrorCode::Required.into());
    }
    bounded(value, max)
}

fn version_rule(value: &str) -> Rule {
    required_within(value, Limits::POLICY_VERSION_MAX)?;
    if value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
        Ok(())
    } else {
        Err(FieldErrorCode::InvalidCharacters.into())
    }
}

impl PublishPolicy {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        check(&mut errors, PolicyField::Version.name(), version_rule(self.version.trim()));
        check(&mut errors, PolicyField::EffectiveDay.name(), crate::catalogue::day(&self.effective_day));
        check(&mut errors, PolicyField::TextEn.name(), required_within(&self.text_en, TEXT_MAX));
        check(&mut errors, PolicyField::TextFr.name(), required_within(&self.text_fr, TEXT_MAX));
        check(&mut errors, PolicyField::ChangesEn.name(), required_within(&self.changes_en, CHANGES_MAX));
        check(&mut errors, PolicyField::ChangesFr.name(), required_within(&self.changes_fr, CHANGES_MAX));
        errors
    }
}

/// A version as the operators' list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyVersion {
    pub version: String,
    /// When it takes (or took) effect, Unix time.
    pub effective_at: i64,
    pub published_at: i64,
    /// The operator who published it.
    pub published_by: Option<String>,
    /// In effect now (the newest whose day has come).
    pub current: bool,
    /// People of every company who accepted it.
    pub accepted: u32,
}

/// `GET /api/privacy-policy`: the version to accept now, its text and what changed, as safe
/// HTML rendered by the server from the published Markdown (`None`: the built-in text).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PolicyDocument {
    pub version: String,
    pub effective_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_fr: Option<String>,
    /// What changed, for someone who accepted an earlier version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes_fr: Option<String>,
    /// The version the reader accepted before, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
}

impl PolicyDocument {
    /// The text and what changed in `language`.
    pub fn in_language(&self, language: crate::Language) -> (Option<&str>, Option<&str>) {
        match language {
            crate::Language::Fr => (self.html_fr.as_deref(), self.changes_fr.as_deref()),
            crate::Language::En => (self.html_en.as_deref(), self.changes_en.as_deref()),
        }
    }
}

/// What `POST /api/users/policy-reminders` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PolicyReminders {
    /// People e-mailed.
    pub sent: u32,
    /// Left out: reminded in the last day already.
    pub skipped: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> PublishPolicy {
        PublishPolicy {
            version: "2027-01".into(),
            effective_day: "2027-01-15".into(),
            text_en: "# Policy".into(),
            text_fr: "# Politique".into(),
            changes_en: "New processor.".into(),
            changes_fr: "Nouveau sous-traitant.".into(),
        }
    }

    #[test]
    fn a_publication_needs_every_field_and_a_plain_version() {
        assert!(valid().validate().is_empty());
        let fields = |p: PublishPolicy| p.validate().into_iter().map(|e| e.field).collect::<Vec<_>>();
        assert_eq!(fields(PublishPolicy::default()).len(), 6);
        assert_eq!(fields(PublishPolicy { version: "2027 01<".into(), ..valid() }), ["version"]);
        assert_eq!(fields(PublishPolicy { effective_day: "2027-02-30".into(), ..valid() }), ["effective_day"]);
        assert_eq!(fields(PublishPolicy { text_fr: "x".repeat(TEXT_MAX + 1), ..valid() }), ["text_fr"]);
        for f in ["version", "effective_day", "text_en", "text_fr", "changes_en", "changes_fr"] {
            assert_eq!(PolicyField::of(f).map(PolicyField::name), Some(f));
        }
    }
}
