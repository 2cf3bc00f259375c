//! The provider's catalogue and what each company ordered from it. A company's seats of a
//! service are the sum of its orders current today (`starts_on` ≤ today ≤ `ends_on`, days in
//! UTC). Served to operators under `/api/operator` and `/api/operator/v1`.

use serde::{Deserialize, Serialize};

use crate::fields::Fields as _;
use crate::validation::{self, Rule};
use crate::{FieldError, FieldErrorCode, Language};

/// The longest service name, in either language.
pub const SERVICE_NAME_MAX: usize = 120;
pub const SERVICE_DESCRIPTION_MAX: usize = 500;
pub const SERVICE_URL_MAX: usize = 2000;
/// The most seats one order can hold.
pub const ORDER_SEATS_MAX: u32 = 1_000_000;

/// A service of the provider's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
pub struct ProviderService {
    pub id: i64,
    pub name_en: String,
    pub name_fr: String,
    pub description_en: String,
    pub description_fr: String,
    /// Where a person's space links to; empty: no link.
    pub url: String,
}

impl ProviderService {
    /// The name in `language`.
    pub fn name(&self, language: Language) -> &str {
        match language {
            Language::Fr => &self.name_fr,
            Language::En => &self.name_en,
        }
    }
}

crate::fields! {
    /// The catalogue form, in the order it shows its fields.
    pub enum ProviderServiceField {
        NameEn = "name_en",
        NameFr = "name_fr",
        DescriptionEn = "description_en",
        DescriptionFr = "description_fr",
        Url = "url",
    }
}

/// `POST /api/operator/catalogue`, `PATCH /api/operator/catalogue/{id}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProviderServiceRequest {
    pub name_en: String,
    pub name_fr: String,
    #[serde(default)]
    pub description_en: String,
    #[serde(default)]
    pub description_fr: String,
    /// An `https://` address, or empty.
    #[serde(default)]
    pub url: String,
}

impl ProviderServiceRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        use ProviderServiceField as F;
        let mut errors = Vec::new();
        validation::check(&mut errors, F::NameEn.name(), service_name(&self.name_en));
        validation::check(&mut errors, F::NameFr.name(), service_name(&self.name_fr));
        for (field, text) in [(F::DescriptionEn, &self.description_en), (F::DescriptionFr, &self.description_fr)] {
            validation::check(&mut errors, field.name(), validation::optional_text(text, SERVICE_DESCRIPTION_MAX));
        }
        validation::check(&mut errors, F::Url.name(), link(&self.url));
        errors
    }
}

fn service_name(value: &str) -> Rule {
    validation::required_text(value, SERVICE_NAME_MAX)?;
    validation::name_characters(value)
}

/// Empty, or an `https://host/…` address people can open (no spaces, no credentials).
pub fn link(value: &str) -> Rule {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    if value.chars().count() > SERVICE_URL_MAX {
        return Err(validation::Violation { code: FieldErrorCode::TooLong, max: Some(SERVICE_URL_MAX as u32) });
    }
    let host = value.strip_prefix("https://").map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default());
    match host {
        Some(host) if !host.is_empty() && !host.contains('@') && !value.chars().any(char::is_whitespace) => Ok(()),
        _ => Err(FieldErrorCode::InvalidUrl.into()),
    }
}

/// A day as `YYYY-MM-DD`, a real one (no 31 April).
pub fn day(value: &str) -> Rule {
    let bytes = value.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    let number = |range: std::ops::Range<usize>| value.get(range).and_then(|s| s.parse::<u32>().ok()).unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if shaped && year >= 2000 && (1..=days).contains(&day) {
        Ok(())
    } else {
        Err(FieldErrorCode::InvalidDate.into())
    }
}

/// One order of a service by a company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
pub struct Order {
    pub id: i64,
    /// The catalogue's service.
    pub service_id: i64,
    pub seats: i64,
    /// The first day it counts (`YYYY-MM-DD`).
    pub starts_on: String,
    /// The last day it counts; none: until changed.
    pub ends_on: Option<String>,
}

/// One service a company has, with its seats today and its orders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompanyService {
    pub service: ProviderService,
    /// The sum of the orders current today.
    pub seats_total: i64,
    /// People who hold it.
    pub seats_used: i64,
    pub orders: Vec<Order>,
}

/// `GET /api/operator/companies/{id}`: the company and what it ordered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompanyDetail {
    pub company: crate::operator::CompanyRow,
    pub services: Vec<CompanyService>,
}

/// `PATCH /api/operator/companies/{id}`: a new name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompanyRename {
    pub name: String,
}

impl CompanyRename {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let rule = validation::required_text(&self.name, crate::operator::COMPANY_NAME_MAX)
            .and_then(|()| validation::name_characters(&self.name));
        validation::check(&mut errors, "name", rule);
        errors
    }
}

crate::fields! {
    /// The order form, in the order it shows its fields.
    pub enum OrderField {
        ServiceId = "service_id",
        Seats = "seats",
        StartsOn = "starts_on",
        EndsOn = "ends_on",
    }
}

/// `POST /api/operator/companies/{id}/orders`: the company gets the service if it had not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewOrder {
    pub service_id: i64,
    pub seats: u32,
    /// Today when absent.
    #[serde(default)]
    pub starts_on: Option<String>,
    #[serde(default)]
    pub ends_on: Option<String>,
}

impl NewOrder {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        // An order of nothing is no order; an order's seats may later drop to 0 (`OrderChange`).
        let seats = if self.seats == 0 { Err(FieldErrorCode::Required.into()) } else { seats(self.seats) };
        validation::check(&mut errors, OrderField::Seats.name(), seats);
        dates(&mut errors, self.starts_on.as_deref(), self.ends_on.as_deref());
        errors
    }
}

/// `PATCH /api/operator/companies/{id}/orders/{order}`: its seats and its last day. Lowering
/// the seats of today below those in use is refused with the number to free.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderChange {
    pub seats: u32,
    #[serde(default)]
    pub ends_on: Option<String>,
}

impl OrderChange {
    pub fn validate(&self, starts_on: &str) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, OrderField::Seats.name(), seats(self.seats));
        dates(&mut errors, Some(starts_on), self.ends_on.as_deref());
        errors
    }
}

fn seats(seats: u32) -> Rule {
    if seats > ORDER_SEATS_MAX {
        Err(validation::Violation { code: FieldErrorCode::TooLarge, max: Some(ORDER_SEATS_MAX) })
    } else {
        Ok(())
    }
}

fn dates(errors: &mut Vec<FieldError>, starts_on: Option<&str>, ends_on: Option<&str>) {
    if let Some(start) = starts_on {
        validation::check(errors, OrderField::StartsOn.name(), day(start));
    }
    if let Some(end) = ends_on {
        let before_start = starts_on.is_some_and(|start| day(start).is_ok() && end < start);
        let rule = day(end).and(if before_start { Err(FieldErrorCode::InvalidDate.into()) } else { Ok(()) });
        validation::check(errors, OrderField::EndsOn.name(), rule);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn days_are_real_ones() {
        for ok in ["2026-12-07", "2028-02-29", "2000-01-01", "2026-04-30"] {
            assert!(day(ok).is_ok(), "{ok}");
        }
        for bad in ["2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "26-12-07", "2026/12/07", "", "1999-12-31"]
        {
            assert_eq!(day(bad).unwrap_err().code, FieldErrorCode::InvalidDate, "{bad}");
        }
    }

    #[test]
    fn an_order_ends_after_it_starts_and_holds_a_bounded_number_of_seats() {
        let order = |seats, start: &str, end: &str| NewOrder {
            service_id: 1,
            seats,
            starts_on: Some(start.into()),
            ends_on: Some(end.into()),
        };
        assert!(order(5, "2026-12-01", "2026-12-01").validate().is_empty());
        assert_eq!(order(5, "2026-12-02", "2026-12-01").validate()[0].field, "ends_on");
        assert_eq!(order(ORDER_SEATS_MAX + 1, "2026-12-01", "2027-01-01").validate()[0].field, "seats");
    }

    #[test]
    fn links_are_https_addresses() {
        assert!(link("").is_ok());
        assert!(link("https://portal.office.com/").is_ok());
        for bad in ["http://portal.office.com", "javascript:alert(1)", "https://", "https://a b", "https://u@evil"] {
            assert_eq!(link(bad).unwrap_err().code, FieldErrorCode::InvalidUrl, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn any_text_is_judged_without_panicking(s in "\\PC{0,20}") {
            let _ = day(&s);
            let _ = link(&s);
        }

        #[test]
        fn every_valid_day_sorts_as_text_like_in_time(a in 2000u32..2100, b in 1u32..13, c in 1u32..29) {
            let text = format!("{a:04}-{b:02}-{c:02}");
            prop_assert!(day(&text).is_ok());
        }
    }
}
