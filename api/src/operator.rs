//! The operator console's contract: the provider's staff, apart from every company, who
//! create companies and suspend them. Served under `/api/operator`, to an operator session only.

use serde::{Deserialize, Serialize};

use crate::company::TimeZone;
use crate::fields::Fields as _;
use crate::validation::{self, Limits};
use crate::{CompanyId, FieldError, Language};

/// The longest company name.
pub const COMPANY_NAME_MAX: usize = 120;
/// At most this many companies in one answer of the list (search narrows it).
pub const COMPANY_PAGE: usize = 200;

/// `GET /api/operator/me`: who is signed in to the console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorMe {
    pub name: String,
    pub email: String,
    pub language: Language,
}

/// Where an operator's account stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
pub enum OperatorStatus {
    /// A link was made; no password or app yet (also after a reset).
    Invited,
    Active,
    /// Cannot sign in; their tokens stop.
    Disabled,
}

/// One operator, as the console lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
pub struct OperatorRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub language: Language,
    pub status: OperatorStatus,
    pub created_at: i64,
    pub last_sign_in_at: Option<i64>,
}

crate::fields! {
    /// The operator invitation form.
    pub enum NewOperatorField {
        Name = "name",
        Email = "email",
    }
}

/// `POST /api/operator/operators`: another operator, invited with a link to hand over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOperatorRequest {
    pub name: String,
    pub email: String,
    pub language: Language,
}

impl NewOperatorRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, NewOperatorField::Name.name(), validation::name(&self.name));
        validation::check(&mut errors, NewOperatorField::Email.name(), validation::email(&self.email));
        errors
    }
}

/// The answer to an invitation or a reset: the single-use activation link, shown once, to hand
/// over (it works 72 hours).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitedOperator {
    pub operator: OperatorRow,
    pub link: String,
}

/// A company's access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
pub enum CompanyStatus {
    Active,
    /// Its people cannot sign in, its tokens and SCIM are refused; nothing is deleted.
    Suspended,
}

/// One row of the console's company list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompanyRow {
    pub id: CompanyId,
    pub name: String,
    pub status: CompanyStatus,
    pub language: Language,
    /// People in the company, whatever their status.
    pub users: i64,
    /// Whether its people sign in through its identity provider.
    pub sso: bool,
    pub created_at: i64,
    /// Closed by an operator: suspended until then, erased at this time.
    #[serde(default)]
    pub closes_at: Option<i64>,
}

/// `GET /api/operator/companies?q=…&status=…`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct CompanyQuery {
    /// Part of the name, any case.
    #[serde(default)]
    pub q: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CompanyStatus>,
}

crate::fields! {
    /// The new-company form, in the order it shows its fields.
    pub enum NewCompanyField {
        Name = "name",
        TimeZone = "time_zone",
        AdminFirstName = "admin_first_name",
        AdminLastName = "admin_last_name",
        AdminEmail = "admin_email",
    }
}

/// `POST /api/operator/companies`: a company and its first administrator, who is sent the
/// invitation e-mail in the company's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewCompanyRequest {
    pub name: String,
    pub language: Language,
    pub time_zone: String,
    pub admin_first_name: String,
    pub admin_last_name: String,
    pub admin_email: String,
    /// Sent again with the same key and body, the same company is answered (kept a week); the
    /// same key with another body is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
}

impl NewCompanyRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(
            &mut errors,
            NewCompanyField::Name.name(),
            validation::required_text(&self.name, COMPANY_NAME_MAX),
        );
        validation::check(&mut errors, NewCompanyField::TimeZone.name(), TimeZone::parse(&self.time_zone).map(|_| ()));
        validation::check(
            &mut errors,
            NewCompanyField::AdminFirstName.name(),
            validation::name(&self.admin_first_name),
        );
        validation::check(&mut errors, NewCompanyField::AdminLastName.name(), validation::name(&self.admin_last_name));
        validation::check(&mut errors, NewCompanyField::AdminEmail.name(), validation::email(&self.admin_email));
        if let Some(key) = &self.idempotency_key {
            let rule = validation::required_text(key, Limits::IDEMPOTENCY_KEY_MAX);
            validation::check(&mut errors, "idempotency_key", rule);
        }
        errors
    }
}

/// `POST /api/operator/activation/start`: the link's token; the answer is the authenticator
/// app's secret to add (`second_step::AuthenticatorSetup`): every operator has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationToken {
    pub token: String,
}

crate::fields! {
    /// The operator activation form.
    pub enum ActivationField {
        Password = "password",
        Code = "code",
    }
}

/// `POST /api/operator/activation`: the password chosen and the app's first code; opens the
/// console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationRequest {
    pub token: String,
    pub password: String,
    pub code: String,
}

impl ActivationRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(
            &mut errors,
            ActivationField::Password.name(),
            validation::required_text(&self.password, Limits::PASSWORD_MAX),
        );
        validation::check(&mut errors, ActivationField::Code.name(), validation::required_text(&self.code, 16));
        errors
    }
}

/// One line of the operators' own audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
pub struct OperatorEvent {
    pub at: i64,
    /// The operator's name ("" when the operator is gone).
    pub operator: String,
    pub action: OperatorAction,
    pub company: String,
    /// What else it was about: the service and its seats, the token's name.
    #[serde(default)]
    pub detail: String,
    /// The operator token it came through (`/api/operator/v1`), by name.
    #[serde(default)]
    pub token: Option<String>,
}

/// What an operator did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
pub enum OperatorAction {
    CompanyCreated,
    CompanySuspended,
    /// Reactivated; a closure under way is cancelled.
    CompanyReactivated,
    /// Closed: suspended, to be erased after the grace period.
    CompanyClosed,
    /// Erased by the hourly job at the end of its grace period (no operator).
    CompanyErased,
    /// Renamed; the detail is the former name.
    CompanyRenamed,
    /// A service added to the catalogue (the detail is its name).
    ServiceAdded,
    /// A catalogue service's names, description or link changed.
    ServiceChanged,
    /// An order placed for a company: the detail names the service and its seats.
    OrderPlaced,
    /// An order's seats or last day changed.
    OrderChanged,
    /// An operator token made (the detail is its name).
    TokenCreated,
    TokenRevoked,
    /// Another operator invited (the detail is their e-mail; no operator: the command line).
    OperatorInvited,
    /// An operator's account disabled: sessions ended, tokens stopped.
    OperatorDisabled,
    OperatorEnabled,
    /// An operator's password and app removed, a new link made (a lost phone).
    OperatorReset,
    /// An operator signed in to the console (password and code).
    SignedIn,
    /// A privacy policy version published (the detail is its name).
    PolicyPublished,
}

/// Days between a company's closure and the erasure of its data.
pub const CLOSURE_GRACE_DAYS: i64 = 30;

/// One error answer, as kept for support (30 days): what a person's reference leads to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
pub struct ErrorRecord {
    pub reference: String,
    pub at: i64,
    pub company_id: Option<CompanyId>,
    /// The company's name, while it exists.
    pub company: Option<String>,
    /// The account's sign-in e-mail, when the request was someone's.
    pub account: Option<String>,
    pub method: String,
    /// The route's pattern (`/api/users/{id}`), never the address with its values.
    pub route: String,
    pub status: i64,
    pub code: crate::ErrorCode,
}

/// What the account did (or had done) around the time of an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
pub struct ReferenceEvent {
    pub at: i64,
    pub action: crate::audit::AuditAction,
}

/// The company's single sign-on, shown with an SSO error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoState {
    pub enabled: bool,
    /// The identity provider's issuer, when one is set up.
    pub issuer: Option<String>,
}

/// `GET /api/operator/references/{reference}`: the error, the account's audit events and the
/// other errors of the account (or company) in the hour around it, and the company's single
/// sign-on when the error is about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceReport {
    pub error: ErrorRecord,
    pub events: Vec<ReferenceEvent>,
    pub nearby: Vec<ErrorRecord>,
    pub sso: Option<SsoState>,
}

/// A reference as people quote it: the request id's characters only, bounded.
pub fn reference_shape(reference: &str) -> bool {
    (8..=64).contains(&reference.len()) && reference.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// An operator token: what `/api/operator/v1` takes as `Authorization: Bearer espop_…`, acting
/// as the operator who made it. The secret is shown once; only its hash is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
pub struct OperatorToken {
    pub id: i64,
    pub name: String,
    /// The secret's first characters, to recognise it.
    pub prefix: String,
    /// The operator who made it.
    pub operator: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

crate::fields! {
    /// The operator token form.
    pub enum OperatorTokenField {
        Name = "name",
        Days = "days",
    }
}

/// `POST /api/operator/tokens`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOperatorToken {
    pub name: String,
    /// Days until it expires: 1 to `crate::tokens::MAX_DAYS`.
    pub days: u32,
}

impl NewOperatorToken {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, OperatorTokenField::Name.name(), validation::name(&self.name));
        let days = if self.days == 0 {
            Err(crate::FieldErrorCode::Required.into())
        } else if self.days > crate::tokens::MAX_DAYS {
            Err(validation::Violation { code: crate::FieldErrorCode::TooLarge, max: Some(crate::tokens::MAX_DAYS) })
        } else {
            Ok(())
        };
        validation::check(&mut errors, OperatorTokenField::Days.name(), days);
        errors
    }
}

/// The answer to a creation: the secret, shown this once and never again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedOperatorToken {
    pub token: OperatorToken,
    pub secret: String,
}
