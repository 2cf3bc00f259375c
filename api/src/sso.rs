//! Single sign-on: a company's OpenID Connect provider, how a sign-in starts (identifier
//! first), the settings page and its connection test, and the access errors people meet.

use serde::{Deserialize, Serialize};

use crate::fields::Fields;
use crate::validation;
use crate::{FieldError, FieldErrorCode};

/// Longest issuer URL, client id or client secret accepted.
pub const SETTING_MAX: usize = 2000;
/// Most e-mail domains one provider covers.
pub const MAX_DOMAINS: usize = 50;
/// The path the provider sends people back to; the redirect URI is the public URL + this.
pub const CALLBACK_PATH: &str = "/api/sso/callback";

/// `POST /api/session/method`: the first step of signing in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodRequest {
    pub email: String,
}

impl MethodRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, "email", validation::email(&self.email));
        errors
    }
}

/// How this address signs in: an account through its own company's provider when that company
/// verified the address's domain; an address with no account through the company that
/// verified its domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "kebab-case")]
pub enum SignInMethod {
    Password,
    /// Go to `start` (a top-level navigation): Espace sends the browser on to the provider.
    Sso {
        start: String,
    },
}

/// `DELETE /api/session`'s answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedOut {
    /// The provider's end-session address, when the session came from it and it has one.
    #[serde(default)]
    pub provider_sign_out: Option<String>,
}

/// `GET /api/sso`: the company's provider as administrators see it. The client secret is
/// never sent back, only whether one is kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoSettings {
    pub enabled: bool,
    pub issuer: String,
    pub client_id: String,
    pub has_client_secret: bool,
    pub domains: Vec<String>,
    pub default_entity_id: Option<crate::EntityId>,
    pub default_service_ids: Vec<crate::ServiceId>,
    /// Administrators who may still sign in with a password (break-glass access).
    pub break_glass_user_ids: Vec<crate::UserId>,
    /// What to register at the provider.
    pub redirect_uri: String,
    /// Where people land after signing out at the provider: to register too.
    pub post_logout_redirect_uri: String,
    /// What the page offers to choose from.
    pub choices: Choices,
    /// Each domain of `domains`: whether the company proved it holds it, and the TXT record
    /// that proves it.
    #[serde(default)]
    pub domain_status: Vec<DomainStatus>,
}

/// The label under which a domain's TXT record proves who holds it.
pub const CHALLENGE_LABEL: &str = "_espace-challenge";

/// `_espace-challenge.<domain>`: the TXT record's name.
pub fn challenge_name(domain: &str) -> String {
    format!("{CHALLENGE_LABEL}.{domain}")
}

/// Where a company's claim on a domain stands. Only a verified domain routes sign-ins and
/// vouches for the accounts SSO makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DomainState {
    /// Claimed: the TXT record was never found.
    Pending,
    /// The TXT record was found; it is checked again every day.
    Verified,
    /// It was verified, then a daily check found the record gone.
    Lost,
}

impl DomainState {
    pub fn as_str(self) -> &'static str {
        match self {
            DomainState::Pending => "pending",
            DomainState::Verified => "verified",
            DomainState::Lost => "lost",
        }
    }
}

/// One domain on the settings page, with the record to publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainStatus {
    pub domain: String,
    pub state: DomainState,
    /// `_espace-challenge.<domain>`.
    pub record_name: String,
    /// What the TXT record must hold.
    pub record_value: String,
    /// Unix seconds.
    #[serde(default)]
    pub verified_at: Option<i64>,
    #[serde(default)]
    pub checked_at: Option<i64>,
}

/// `POST /api/sso/domains/check`: look for the domain's TXT record now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainCheckRequest {
    pub domain: String,
}

/// What "Check now" found. The Fluent ids are `sso-domain-check-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DomainCheckOutcome {
    /// The record holds the value: the domain is verified.
    Verified,
    /// No TXT record with the value under that name (yet: DNS changes take a while).
    NotFound,
    /// The DNS servers did not answer.
    Unreachable,
    /// Another company verified this domain first.
    Taken,
}

impl DomainCheckOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            DomainCheckOutcome::Verified => "verified",
            DomainCheckOutcome::NotFound => "not-found",
            DomainCheckOutcome::Unreachable => "unreachable",
            DomainCheckOutcome::Taken => "taken",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainCheck {
    pub outcome: DomainCheckOutcome,
    /// The domain as it stands after the check.
    pub status: DomainStatus,
}

/// Mail providers whose addresses anyone can get: no company holds these domains, so none may
/// claim them (single sign-on would route strangers to it).
pub const PUBLIC_MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "outlook.fr",
    "hotmail.com",
    "hotmail.fr",
    "live.com",
    "live.fr",
    "msn.com",
    "yahoo.com",
    "yahoo.fr",
    "ymail.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "aol.fr",
    "gmx.com",
    "gmx.fr",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.com",
    "protonmail.com",
    "proton.me",
    "pm.me",
    "tutanota.com",
    "tuta.io",
    "fastmail.com",
    "zoho.com",
    "yandex.com",
    "yandex.ru",
    "mail.ru",
    "qq.com",
    "163.com",
    "126.com",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "neuf.fr",
    "laposte.net",
    "bbox.fr",
    "numericable.fr",
    "aliceadsl.fr",
    "club-internet.fr",
    "libertysurf.fr",
    "cegetel.net",
    "voila.fr",
];

/// Whether anyone can get an address at `domain` (compared in lower case, without a final dot).
pub fn is_public_mail_domain(domain: &str) -> bool {
    let domain = domain.trim().trim_end_matches('.').to_lowercase();
    PUBLIC_MAIL_DOMAINS.contains(&domain.as_str())
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    pub entities: Vec<Choice<crate::EntityId>>,
    pub services: Vec<Choice<crate::ServiceId>>,
    /// The company's active administrators (break-glass candidates).
    pub administrators: Vec<Person>,
}

/// Something to choose, by its id (an entity's, a service's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice<Id> {
    pub id: Id,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: crate::UserId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

/// `PUT /api/sso`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoSettingsRequest {
    pub enabled: bool,
    pub issuer: String,
    pub client_id: String,
    /// Empty: keep the one stored.
    #[serde(default)]
    pub client_secret: String,
    pub domains: Vec<String>,
    pub default_entity_id: Option<crate::EntityId>,
    #[serde(default)]
    pub default_service_ids: Vec<crate::ServiceId>,
    #[serde(default)]
    pub break_glass_user_ids: Vec<crate::UserId>,
}

crate::fields! {
    /// The single sign-on settings form's fields, in its order.
    pub enum SsoField {
        Issuer = "issuer",
        ClientId = "client_id",
        ClientSecret = "client_secret",
        Domains = "domains",
        DefaultEntityId = "default_entity_id",
        BreakGlass = "break_glass_user_ids",
    }
}

impl SsoSettingsRequest {
    /// What the connection test needs: the issuer and the client id (the domains and the rest
    /// may still be unfinished).
    pub fn validate_connection(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, SsoField::Issuer.name(), issuer_url(&self.issuer));
        let client_id = validation::required_text(&self.client_id, SETTING_MAX);
        validation::check(&mut errors, SsoField::ClientId.name(), client_id);
        errors
    }

    /// Shape only; whether the provider answers is the connection test's business.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = self.validate_connection();
        // Empty keeps the stored secret (the server says when there is none).
        if self.client_secret.chars().count() > SETTING_MAX {
            errors.push(FieldError {
                field: SsoField::ClientSecret.name().into(),
                code: FieldErrorCode::TooLong,
                max: Some(SETTING_MAX as u32),
            });
        }
        if self.domains.iter().all(|d| d.trim().is_empty()) {
            validation::check(&mut errors, SsoField::Domains.name(), Err(FieldErrorCode::Required.into()));
        } else if self.domains.len() > MAX_DOMAINS {
            errors.push(FieldError {
                field: SsoField::Domains.name().into(),
                code: FieldErrorCode::TooLong,
                max: Some(MAX_DOMAINS as u32),
            });
        } else if let Some(bad) =
            self.domains.iter().find_map(|d| validation::domain(d.trim().trim_start_matches('@')).err())
        {
            errors.push(FieldError { field: SsoField::Domains.name().into(), code: bad.code, max: bad.max });
        } else if self.domains.iter().any(|d| is_public_mail_domain(d.trim_start_matches('@'))) {
            validation::check(&mut errors, SsoField::Domains.name(), Err(FieldErrorCode::PublicDomain.into()));
        }
        if self.default_entity_id.is_none() {
            let field = SsoField::DefaultEntityId.name();
            validation::check(&mut errors, field, Err(FieldErrorCode::Required.into()));
        }
        errors
    }

    /// The domains as stored: trimmed, lower case, without a leading `@`, each once.
    pub fn normalized_domains(&self) -> Vec<String> {
        let mut domains: Vec<String> = self
            .domains
            .iter()
            .map(|d| d.trim().trim_start_matches('@').to_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        domains.sort();
        domains.dedup();
        domains
    }
}

/// `https://…`, or `http://` on a loopback address (a provider on the same machine, as in
/// tests). Anything else would send the client secret in clear.
pub fn issuer_url(value: &str) -> validation::Rule {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldErrorCode::Required.into());
    }
    if value.chars().count() > SETTING_MAX {
        return Err(validation::Violation { code: FieldErrorCode::TooLong, max: Some(SETTING_MAX as u32) });
    }
    let rest = if let Some(rest) = value.strip_prefix("https://") {
        rest
    } else if let Some(rest) = value.strip_prefix("http://") {
        let host = rest.split(['/', ':']).next().unwrap_or_default();
        if !matches!(host, "127.0.0.1" | "localhost") {
            return Err(FieldErrorCode::InvalidUrl.into());
        }
        rest
    } else {
        return Err(FieldErrorCode::InvalidUrl.into());
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || value.contains(char::is_whitespace) || value.contains(['?', '#']) {
        return Err(FieldErrorCode::InvalidUrl.into());
    }
    Ok(())
}

/// One step of "Test the connection". The Fluent ids are `sso-check-<code>-ok` and
/// `sso-check-<code>-failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckStep {
    /// The discovery document answers at `<issuer>/.well-known/openid-configuration`.
    Discovery,
    /// The document names the same issuer as the setting.
    Issuer,
    /// The provider offers the authorization code flow.
    CodeFlow,
    /// Its signing keys can be read.
    Keys,
    /// It accepts the client id and secret.
    Client,
}

impl CheckStep {
    pub const ALL: [CheckStep; 5] =
        [CheckStep::Discovery, CheckStep::Issuer, CheckStep::CodeFlow, CheckStep::Keys, CheckStep::Client];

    pub fn as_str(self) -> &'static str {
        match self {
            CheckStep::Discovery => "discovery",
            CheckStep::Issuer => "issuer",
            CheckStep::CodeFlow => "code-flow",
            CheckStep::Keys => "keys",
            CheckStep::Client => "client",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub step: CheckStep,
    /// `None`: not tried, an earlier step failed.
    pub ok: Option<bool>,
    /// What was found: the issuer the provider names, or the failure's category ("address not
    /// allowed…", "not reachable", an OAuth error code), never the remote end's own text.
    #[serde(default)]
    pub detail: Option<String>,
}

/// `POST /api/sso/test`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestReport {
    pub checks: Vec<Check>,
}

/// Why an SSO sign-in failed. The Fluent ids are `sso-error-<code>-title` and
/// `sso-error-<code>-body`; who can fix it is `sso-fixer-<fixer>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SsoError {
    /// The provider did not answer (network, DNS, TLS, or an error page).
    ProviderUnreachable,
    /// The provider answered with an OAuth error (`access_denied`, `invalid_client`…).
    ProviderRefused,
    /// The provider does not vouch for the e-mail address (`email_verified` not true).
    EmailNotVerified,
    /// The address's domain is not one the company's provider covers.
    DomainNotCovered,
    AccountDeactivated,
    /// Locked after wrong passwords: the e-mailed link, or an administrator, unlocks it.
    AccountLocked,
    /// The address belongs to an account already tied to another identity at the provider.
    AccountConflict,
    /// The sign-in was not started in this browser, was already used, or is too old.
    StateMismatch,
    /// The identity token was not issued for this sign-in.
    NonceMismatch,
    /// The identity token's times are off: one of the clocks is wrong.
    ClockSkew,
    /// The company's settings do not work with the provider (client, keys, claims).
    Misconfigured,
}

/// Who can fix a failed sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fixer {
    /// The person: try again.
    You,
    ItDepartment,
    Administrator,
    Support,
}

impl Fixer {
    pub const ALL: [Fixer; 4] = [Fixer::You, Fixer::ItDepartment, Fixer::Administrator, Fixer::Support];

    pub fn as_str(self) -> &'static str {
        match self {
            Fixer::You => "you",
            Fixer::ItDepartment => "it-department",
            Fixer::Administrator => "administrator",
            Fixer::Support => "support",
        }
    }
}

impl SsoError {
    pub const ALL: [SsoError; 11] = [
        SsoError::ProviderUnreachable,
        SsoError::ProviderRefused,
        SsoError::EmailNotVerified,
        SsoError::DomainNotCovered,
        SsoError::AccountDeactivated,
        SsoError::AccountLocked,
        SsoError::AccountConflict,
        SsoError::StateMismatch,
        SsoError::NonceMismatch,
        SsoError::ClockSkew,
        SsoError::Misconfigured,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SsoError::ProviderUnreachable => "provider-unreachable",
            SsoError::ProviderRefused => "provider-refused",
            SsoError::EmailNotVerified => "email-not-verified",
            SsoError::DomainNotCovered => "domain-not-covered",
            SsoError::AccountDeactivated => "account-deactivated",
            SsoError::AccountLocked => "account-locked",
            SsoError::AccountConflict => "account-conflict",
            SsoError::StateMismatch => "state-mismatch",
            SsoError::NonceMismatch => "nonce-mismatch",
            SsoError::ClockSkew => "clock-skew",
            SsoError::Misconfigured => "misconfigured",
        }
    }

    pub fn parse(code: &str) -> Option<SsoError> {
        SsoError::ALL.into_iter().find(|e| e.as_str() == code)
    }

    pub fn fixer(self) -> Fixer {
        match self {
            SsoError::ProviderUnreachable | SsoError::ProviderRefused | SsoError::EmailNotVerified => {
                Fixer::ItDepartment
            }
            SsoError::DomainNotCovered
            | SsoError::AccountDeactivated
            | SsoError::AccountLocked
            | SsoError::AccountConflict
            | SsoError::Misconfigured => Fixer::Administrator,
            SsoError::StateMismatch => Fixer::You,
            SsoError::NonceMismatch | SsoError::ClockSkew => Fixer::Support,
        }
    }
}

/// What the error page's address carries (`/sign-in/sso-error?…`): everything support asks
/// for, so the page can show it and copy it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetails {
    #[serde(default)]
    pub code: String,
    /// The request's reference, as in the server's log.
    #[serde(default, rename = "ref")]
    pub reference: String,
    /// Unix seconds.
    #[serde(default)]
    pub at: i64,
    #[serde(default)]
    pub email: String,
    /// The provider's own `error` and `error_description`, as it sent them.
    #[serde(default)]
    pub error: String,
    #[serde(default)]
    pub error_description: String,
}

/// The address's domain, lower case, if it has one.
pub fn email_domain(email: &str) -> Option<String> {
    let (_, domain) = email.trim().rsplit_once('@')?;
    (!domain.is_empty()).then(|| domain.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuers_are_https_or_loopback() {
        assert!(issuer_url("https://login.microsoftonline.com/abc/v2.0").is_ok());
        assert!(issuer_url("https://accounts.google.com").is_ok());
        assert!(issuer_url("http://127.0.0.1:4000").is_ok());
        assert!(issuer_url("http://localhost:4000/").is_ok());
        assert_eq!(issuer_url("http://idp.example.com").unwrap_err().code, FieldErrorCode::InvalidUrl);
        assert_eq!(issuer_url("ftp://idp.example.com").unwrap_err().code, FieldErrorCode::InvalidUrl);
        assert_eq!(issuer_url("https://").unwrap_err().code, FieldErrorCode::InvalidUrl);
        assert_eq!(issuer_url("https://idp.example.com/?x=1").unwrap_err().code, FieldErrorCode::InvalidUrl);
        assert_eq!(issuer_url(" ").unwrap_err().code, FieldErrorCode::Required);
    }

    #[test]
    fn domains_are_checked_and_normalized() {
        let mut req = SsoSettingsRequest {
            issuer: "https://idp.example.com".into(),
            client_id: "espace".into(),
            domains: vec!["@Acme.fr".into(), "acme.fr ".into(), "lyon.acme.fr".into()],
            default_entity_id: Some(crate::EntityId(1)),
            ..SsoSettingsRequest::default()
        };
        assert!(req.validate().is_empty(), "{:?}", req.validate());
        assert_eq!(req.normalized_domains(), ["acme.fr", "lyon.acme.fr"]);
        req.domains = vec!["acme".into()];
        assert_eq!(req.validate()[0].code, FieldErrorCode::InvalidDomain);
        req.domains = vec![];
        assert_eq!(req.validate()[0].code, FieldErrorCode::Required);
    }

    #[test]
    fn the_connection_test_needs_the_issuer_and_client_id_only() {
        let unfinished =
            SsoSettingsRequest { issuer: "https://idp.example.com".into(), ..SsoSettingsRequest::default() };
        let fields = |errors: Vec<FieldError>| errors.into_iter().map(|e| e.field).collect::<Vec<_>>();
        assert_eq!(fields(unfinished.validate_connection()), ["client_id"]);
        assert!(fields(unfinished.validate()).contains(&"domains".to_owned()), "saving needs the domains");
        let ready = SsoSettingsRequest { client_id: "espace".into(), ..unfinished };
        assert!(ready.validate_connection().is_empty());
    }

    #[test]
    fn every_error_has_a_code_and_someone_to_fix_it() {
        for error in SsoError::ALL {
            assert_eq!(SsoError::parse(error.as_str()), Some(error));
            let _ = error.fixer().as_str();
        }
        assert_eq!(email_domain("Ada@Acme.FR"), Some("acme.fr".into()));
        assert_eq!(email_domain("nobody"), None);
    }
}
