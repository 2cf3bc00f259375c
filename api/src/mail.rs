//! What the server tells about its e-mails: which kind, and why one could not be delivered.

use serde::{Deserialize, Serialize};

/// Every e-mail the server writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EmailKind {
    Activation,
    Reset,
    /// To a person whose account was locked by wrong passwords: a link to choose a new one.
    Locked,
    /// To the company's other admins when an admin is locked.
    AdminLocked,
    InactivityWarning,
    /// To the company's administrators: an account made at first SSO sign-in lacks a
    /// default service because no seat was left.
    SsoNoSeat,
    /// To the company's administrators: a daily check no longer finds the TXT record of a
    /// verified domain, so single sign-on no longer covers it.
    DomainLost,
    /// To a person's former notification address: notices now go to another one.
    NotificationAddressChanged,
    /// To a person who signed in from a browser never seen on their account: if it was not
    /// them, where to sign it out.
    NewSignIn,
    /// To a person whose second sign-in step an administrator removed.
    SecondStepReset,
    /// To a new sign-in e-mail: the link that confirms it.
    EmailChangeConfirm,
    /// To the old sign-in e-mail once the new one is confirmed: the link that undoes it.
    EmailChanged,
    /// To the company's administrators, some days before an order ends: its seats go with it.
    OrderEnding,
    /// To an invited person, a day before their link expires unused: a fresh link, same expiry.
    InvitationReminder,
    /// To an administrator, once a day: the invitations they sent that expired unused.
    InvitationDigest,
    /// To someone who has not accepted the privacy policy in effect: sign in to read it.
    PolicyReminder,
    /// To the company's administrators: a webhook endpoint failed for three days and Espace
    /// switched it off.
    WebhookOff,
}

impl EmailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EmailKind::Activation => "activation",
            EmailKind::Reset => "reset",
            EmailKind::Locked => "locked",
            EmailKind::AdminLocked => "admin-locked",
            EmailKind::InactivityWarning => "inactivity-warning",
            EmailKind::SsoNoSeat => "sso-no-seat",
            EmailKind::DomainLost => "domain-lost",
            EmailKind::NotificationAddressChanged => "notification-address-changed",
            EmailKind::NewSignIn => "new-sign-in",
            EmailKind::SecondStepReset => "second-step-reset",
            EmailKind::EmailChangeConfirm => "email-change-confirm",
            EmailKind::EmailChanged => "email-changed",
            EmailKind::OrderEnding => "order-ending",
            EmailKind::InvitationReminder => "invitation-reminder",
            EmailKind::InvitationDigest => "invitation-digest",
            EmailKind::PolicyReminder => "policy-reminder",
            EmailKind::WebhookOff => "webhook-off",
        }
    }
}

/// Why an e-mail was given up: the Fluent id is `users-mail-failure-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DeliveryFailure {
    /// The address cannot be written in an e-mail at all.
    InvalidAddress,
    /// The recipient's mail server refused the address for good (it may not exist).
    Rejected,
    /// The address has non-ASCII characters before the @ and the mail relay cannot carry them.
    Smtputf8Unsupported,
    /// The mail relay could not be reached or kept refusing for a while.
    Unreachable,
}

impl DeliveryFailure {
    pub const ALL: [DeliveryFailure; 4] = [
        DeliveryFailure::InvalidAddress,
        DeliveryFailure::Rejected,
        DeliveryFailure::Smtputf8Unsupported,
        DeliveryFailure::Unreachable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryFailure::InvalidAddress => "invalid-address",
            DeliveryFailure::Rejected => "rejected",
            DeliveryFailure::Smtputf8Unsupported => "smtputf8-unsupported",
            DeliveryFailure::Unreachable => "unreachable",
        }
    }
}

/// Shown on a user's page: this e-mail did not reach them, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UndeliveredEmail {
    pub kind: EmailKind,
    pub reason: DeliveryFailure,
    /// The address it was sent to.
    pub to: String,
    /// When it was given up.
    pub at: i64,
}
