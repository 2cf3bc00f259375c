//! The company's own settings (administrators): the time zone its e-mails write times in.

use serde::{Deserialize, Serialize};

use crate::fields::Fields as _;
use crate::second_step::SecondStepPolicy;
use crate::validation::{self, Violation};
use crate::{FieldError, FieldErrorCode};

/// Longer than any name of the tz database (the longest has 32 characters).
pub const TIME_ZONE_MAX: usize = 64;

/// A time zone of the IANA tz database, such as `Europe/Paris`, spelt as the database spells
/// it. E-mails write their times on this clock and name it.
///
/// Everywhere, the name must look like one (`Area/Location`, ASCII letters, digits, `_`, `-`,
/// `+`). With the `tzdb` feature (the server), it must also be in the database, whose
/// spelling it takes (`europe/paris` becomes `Europe/Paris`); the browser app leaves that
/// check to the server rather than carry the database.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeZone(String);

/// A time zone name that names none.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a time zone of the tz database: {0:?}")]
pub struct InvalidTimeZone(pub String);

impl TimeZone {
    /// Every company's until an administrator chooses another.
    pub const DEFAULT: &'static str = "Europe/Paris";

    /// The zone `value` names (surrounding spaces ignored), or why it names none.
    pub fn parse(value: &str) -> Result<TimeZone, Violation> {
        let value = value.trim();
        if value.is_empty() {
            return Err(FieldErrorCode::Required.into());
        }
        if value.chars().count() > TIME_ZONE_MAX {
            return Err(Violation { code: FieldErrorCode::TooLong, max: Some(TIME_ZONE_MAX as u32) });
        }
        let well_formed = value.split('/').all(|part| {
            part.starts_with(|c: char| c.is_ascii_alphabetic())
                && part.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        });
        if !well_formed {
            return Err(FieldErrorCode::Unknown.into());
        }
        Self::in_database(value)
    }

    #[cfg(feature = "tzdb")]
    fn in_database(value: &str) -> Result<TimeZone, Violation> {
        let zone = jiff::tz::db().get(value).map_err(|_| Violation::from(FieldErrorCode::Unknown))?;
        let name = zone.iana_name().unwrap_or(value);
        Ok(TimeZone(name.to_owned()))
    }

    #[cfg(not(feature = "tzdb"))]
    fn in_database(value: &str) -> Result<TimeZone, Violation> {
        Ok(TimeZone(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Stored names were checked when saved: read as they are, without a database lookup per row
/// (every user row carries its company's zone). E-mails fall back to UTC for a name the bundled
/// database no longer knows.
#[cfg(feature = "sqlx")]
impl sqlx::Type<sqlx::Any> for TimeZone {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <str as sqlx::Type<sqlx::Any>>::type_info()
    }

    fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
        <str as sqlx::Type<sqlx::Any>>::compatible(ty)
    }
}

#[cfg(feature = "sqlx")]
impl<'r> sqlx::Decode<'r, sqlx::Any> for TimeZone {
    fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        Ok(TimeZone(<String as sqlx::Decode<'r, sqlx::Any>>::decode(value)?))
    }
}

impl Default for TimeZone {
    fn default() -> Self {
        TimeZone(TimeZone::DEFAULT.to_owned())
    }
}

impl std::fmt::Display for TimeZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for TimeZone {
    type Error = InvalidTimeZone;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        TimeZone::parse(&value).map_err(|_| InvalidTimeZone(value))
    }
}

impl From<TimeZone> for String {
    fn from(zone: TimeZone) -> String {
        zone.0
    }
}

/// `GET /api/company/settings`, and the answer to `PUT`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanySettings {
    /// The clock e-mails write times on.
    pub time_zone: TimeZone,
    /// Who must use a second step to sign in with a password.
    #[serde(default)]
    pub second_step: SecondStepPolicy,
}

crate::fields! {
    /// The company settings form's fields.
    pub enum CompanyField {
        TimeZone = "time_zone",
        SecondStep = "second_step",
    }
}

/// `PUT /api/company/settings`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanySettingsRequest {
    /// An IANA name, such as `Europe/Paris` or `America/New_York`.
    pub time_zone: String,
    /// Left out: as it is.
    #[serde(default)]
    pub second_step: Option<SecondStepPolicy>,
}

impl CompanySettingsRequest {
    /// The settings as they will be saved, or each field's reason.
    pub fn parse(&self) -> Result<CompanySettings, Vec<FieldError>> {
        let second_step = self.second_step.unwrap_or_default();
        TimeZone::parse(&self.time_zone).map(|time_zone| CompanySettings { time_zone, second_step }).map_err(
            |violation| {
                let mut errors = Vec::new();
                validation::check(&mut errors, CompanyField::TimeZone.name(), Err(violation));
                errors
            },
        )
    }

    pub fn validate(&self) -> Vec<FieldError> {
        self.parse().err().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_in_shape_and_trimmed() {
        assert_eq!(TimeZone::parse(" America/New_York ").map(|z| z.to_string()), Ok("America/New_York".into()));
        assert_eq!(TimeZone::parse("Etc/GMT+5").map(|z| z.to_string()), Ok("Etc/GMT+5".into()));
        assert_eq!(TimeZone::parse("UTC").map(|z| z.to_string()), Ok("UTC".into()));
        assert_eq!(TimeZone::parse(" ").map_err(|v| v.code), Err(FieldErrorCode::Required));
        assert_eq!(TimeZone::parse(&"A".repeat(65)).map_err(|v| v.code), Err(FieldErrorCode::TooLong));
        for bad in ["Europe/", "/Paris", "../etc/passwd", "Europe/Paris;", "Europe Paris", "+01:00", "Europe//Paris"] {
            assert_eq!(TimeZone::parse(bad).map_err(|v| v.code), Err(FieldErrorCode::Unknown), "{bad}");
        }
        assert_eq!(TimeZone::default().as_str(), "Europe/Paris");
    }

    #[cfg(feature = "tzdb")]
    #[test]
    fn with_the_database_names_must_exist_and_take_its_spelling() {
        assert_eq!(TimeZone::parse("europe/paris").map(|z| z.to_string()), Ok("Europe/Paris".into()));
        assert_eq!(TimeZone::parse("Mars/Olympus_Mons").map_err(|v| v.code), Err(FieldErrorCode::Unknown));
        assert!(serde_json::from_str::<TimeZone>("\"Mars/Olympus_Mons\"").is_err());
    }

    #[test]
    fn requests_give_field_errors_and_settings_round_trip() {
        let request = CompanySettingsRequest { time_zone: "not a zone".into(), second_step: None };
        assert_eq!(
            request.validate(),
            [FieldError { field: "time_zone".into(), code: FieldErrorCode::Unknown, max: None }]
        );
        let settings = CompanySettingsRequest { time_zone: "Asia/Tokyo".into(), second_step: None }.parse().unwrap();
        let json = serde_json::to_value(&settings).unwrap();
        assert_eq!(json, serde_json::json!({ "time_zone": "Asia/Tokyo", "second_step": "off" }));
        assert_eq!(serde_json::from_value::<CompanySettings>(json).unwrap(), settings);
        assert!(serde_json::from_str::<TimeZone>("\"Europe Paris\"").is_err());
    }
}
