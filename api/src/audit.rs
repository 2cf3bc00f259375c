//! The company's audit log: every administrative event, typed.

use serde::{Deserialize, Serialize};

use crate::users::Role;

/// What happened. The Fluent id is `audit-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AuditAction {
    Create,
    /// Created by a bulk import (lines or a spreadsheet).
    CreatedByImport,
    /// The activation e-mail sent by an administrator.
    Activate,
    ResendActivation,
    Deactivate,
    /// By the system, after the inactivity period.
    DeactivateInactivity,
    Reactivate,
    /// By the system, after too many wrong passwords.
    Lock,
    Unlock,
    UnlockAndReset,
    SendPasswordReset,
    /// The person asked for a new password link.
    ResetRequested,
    /// A never-activated account removed.
    Delete,
    /// The person chose their password through the activation link.
    Activated,
    UnlockedByReset,
    PasswordReset,
    PasswordChanged,
    /// One of the person's sessions ended by an administrator from their page.
    SessionEnded,
    /// Names, e-mail, language, services or entity changed.
    Edit,
    /// Level or scope changed.
    PermissionsChanged,
    EntityCreated,
    EntityRenamed,
    EntityRemoved,
    TokenCreated,
    TokenRevoked,
    /// An account made when the person first signed in through the company's provider.
    CreatedBySso,
    /// An invited (or not yet invited) account activated by its first SSO sign-in.
    ActivatedBySso,
    /// The company's identity provider settings saved.
    SsoSettingsChanged,
    /// The company's settings (its time zone) saved.
    CompanySettingsChanged,
    /// The TXT record of one of the company's domains was found: the domain is verified.
    DomainVerified,
    /// A daily check found a verified domain's record gone: it no longer routes anyone.
    DomainLost,
    /// The person set up an authenticator app (a second sign-in step).
    AuthenticatorAdded,
    /// The person removed their authenticator app.
    AuthenticatorRemoved,
    /// The person made new recovery codes; the old ones stopped working.
    RecoveryCodesRenewed,
    /// The person signed in with one of their recovery codes.
    RecoveryCodeUsed,
    /// An administrator removed the person's second step: they set one up again.
    SecondStepReset,
    /// Who must use a second sign-in step in the company changed.
    SecondStepPolicyChanged,
    /// The person's sign-in e-mail changed, confirmed from the new address.
    EmailChanged,
    /// The old address put the sign-in e-mail back.
    EmailChangeUndone,
    /// The person registered a passkey or security key.
    PasskeyAdded,
    /// The person removed one of their passkeys.
    PasskeyRemoved,
    /// A webhook endpoint added (the subject is its address).
    WebhookAdded,
    /// A webhook endpoint's address, events, scope or sending changed.
    WebhookChanged,
    /// A webhook endpoint deleted.
    WebhookRemoved,
    /// A webhook endpoint's signing secret renewed.
    WebhookSecretRenewed,
}

impl AuditAction {
    pub const ALL: [AuditAction; 45] = [
        AuditAction::Create,
        AuditAction::CreatedByImport,
        AuditAction::Activate,
        AuditAction::ResendActivation,
        AuditAction::Deactivate,
        AuditAction::DeactivateInactivity,
        AuditAction::Reactivate,
        AuditAction::Lock,
        AuditAction::Unlock,
        AuditAction::UnlockAndReset,
        AuditAction::SendPasswordReset,
        AuditAction::ResetRequested,
        AuditAction::Delete,
        AuditAction::Activated,
        AuditAction::UnlockedByReset,
        AuditAction::PasswordReset,
        AuditAction::PasswordChanged,
        AuditAction::SessionEnded,
        AuditAction::Edit,
        AuditAction::PermissionsChanged,
        AuditAction::EntityCreated,
        AuditAction::EntityRenamed,
        AuditAction::EntityRemoved,
        AuditAction::TokenCreated,
        AuditAction::TokenRevoked,
        AuditAction::CreatedBySso,
        AuditAction::ActivatedBySso,
        AuditAction::SsoSettingsChanged,
        AuditAction::CompanySettingsChanged,
        AuditAction::DomainVerified,
        AuditAction::DomainLost,
        AuditAction::AuthenticatorAdded,
        AuditAction::AuthenticatorRemoved,
        AuditAction::RecoveryCodesRenewed,
        AuditAction::RecoveryCodeUsed,
        AuditAction::SecondStepReset,
        AuditAction::SecondStepPolicyChanged,
        AuditAction::EmailChanged,
        AuditAction::EmailChangeUndone,
        AuditAction::PasskeyAdded,
        AuditAction::PasskeyRemoved,
        AuditAction::WebhookAdded,
        AuditAction::WebhookChanged,
        AuditAction::WebhookRemoved,
        AuditAction::WebhookSecretRenewed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Create => "create",
            AuditAction::CreatedByImport => "created-by-import",
            AuditAction::Activate => "activate",
            AuditAction::ResendActivation => "resend-activation",
            AuditAction::Deactivate => "deactivate",
            AuditAction::DeactivateInactivity => "deactivate-inactivity",
            AuditAction::Reactivate => "reactivate",
            AuditAction::Lock => "lock",
            AuditAction::Unlock => "unlock",
            AuditAction::UnlockAndReset => "unlock-and-reset",
            AuditAction::SendPasswordReset => "send-password-reset",
            AuditAction::ResetRequested => "reset-requested",
            AuditAction::Delete => "delete",
            AuditAction::Activated => "activated",
            AuditAction::UnlockedByReset => "unlocked-by-reset",
            AuditAction::PasswordReset => "password-reset",
            AuditAction::PasswordChanged => "password-changed",
            AuditAction::SessionEnded => "session-ended",
            AuditAction::Edit => "edit",
            AuditAction::PermissionsChanged => "permissions-changed",
            AuditAction::EntityCreated => "entity-created",
            AuditAction::EntityRenamed => "entity-renamed",
            AuditAction::EntityRemoved => "entity-removed",
            AuditAction::TokenCreated => "token-created",
            AuditAction::TokenRevoked => "token-revoked",
            AuditAction::CreatedBySso => "created-by-sso",
            AuditAction::ActivatedBySso => "activated-by-sso",
            AuditAction::SsoSettingsChanged => "sso-settings-changed",
            AuditAction::CompanySettingsChanged => "company-settings-changed",
            AuditAction::DomainVerified => "domain-verified",
            AuditAction::DomainLost => "domain-lost",
            AuditAction::AuthenticatorAdded => "authenticator-added",
            AuditAction::AuthenticatorRemoved => "authenticator-removed",
            AuditAction::RecoveryCodesRenewed => "recovery-codes-renewed",
            AuditAction::RecoveryCodeUsed => "recovery-code-used",
            AuditAction::SecondStepReset => "second-step-reset",
            AuditAction::SecondStepPolicyChanged => "second-step-policy-changed",
            AuditAction::EmailChanged => "email-changed",
            AuditAction::EmailChangeUndone => "email-change-undone",
            AuditAction::PasskeyAdded => "passkey-added",
            AuditAction::PasskeyRemoved => "passkey-removed",
            AuditAction::WebhookAdded => "webhook-added",
            AuditAction::WebhookChanged => "webhook-changed",
            AuditAction::WebhookRemoved => "webhook-removed",
            AuditAction::WebhookSecretRenewed => "webhook-secret-renewed",
        }
    }

    pub fn parse(s: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn message_id(self) -> String {
        format!("audit-{}", self.as_str())
    }
}

/// A value before and after an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Change<T> {
    pub from: T,
    pub to: T,
}

/// What a level, scope, entity, entity-name or company-settings change changed. Names are kept
/// as they were then: a renamed or removed entity still reads as it did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditChanges {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Change<Role>>,
    /// The entities of a team administrator's scope (empty for other levels).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Change<Vec<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<Change<String>>,
    /// An entity's name (renaming).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Change<String>>,
    /// The company's time zone (its settings), as a tz database name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<Change<String>>,
    /// Who must use a second sign-in step (the company's settings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_step: Option<Change<crate::second_step::SecondStepPolicy>>,
    /// A person's sign-in e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Change<String>>,
    /// The services a person holds, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Change<Vec<String>>>,
}

impl AuditChanges {
    pub fn is_empty(&self) -> bool {
        self == &AuditChanges::default()
    }
}

/// One event of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub action: AuditAction,
    /// Who did it, as they were named then; `None` for the system.
    pub actor: Option<String>,
    /// The actor is an API token (named `actor`), not a person.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_token: bool,
    /// To whom, as they were named then (`None` for entity events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_email: Option<String>,
    /// The user's id while the account exists and is in the reader's scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_id: Option<crate::UserId>,
    /// Where it happened: the user's entity then, or the entity itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    #[serde(default, skip_serializing_if = "AuditChanges::is_empty")]
    pub changes: AuditChanges,
    /// The bulk action it was part of (`AuditQuery::batch` lists the batch's events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<String>,
}

pub const AUDIT_PAGE_SIZE: u32 = 50;

/// `GET /api/audit?…` (and `/api/audit.csv`, every matching event).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AuditQuery {
    /// Part of the person's name or e-mail.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub person: String,
    /// Part of the actor's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub actor: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<AuditAction>,
    /// Only the events of this bulk action.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub batch: String,
    /// From this Unix time, included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
    /// Before this Unix time, excluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
    #[serde(default = "first_page", skip_serializing_if = "crate::users::is_first_page")]
    pub page: u32,
}

fn first_page() -> u32 {
    1
}

impl AuditQuery {
    pub fn normalized(mut self) -> AuditQuery {
        let limit = crate::validation::Limits::SEARCH_MAX;
        self.person = self.person.trim().chars().take(limit).collect();
        self.actor = self.actor.trim().chars().take(limit).collect();
        if !crate::bulk::valid_batch(&self.batch) {
            self.batch.clear();
        }
        self.page = self.page.max(1);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub events: Vec<AuditEntry>,
    pub total: u32,
    pub page: u32,
    pub size: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_serialize_as_their_names() {
        for a in AuditAction::ALL {
            assert_eq!(serde_json::to_string(&a).unwrap(), format!("\"{}\"", a.as_str()));
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
        }
    }

    #[test]
    fn empty_changes_are_left_out() {
        let json = serde_json::to_value(AuditChanges::default()).unwrap();
        assert_eq!(json, serde_json::json!({}));
    }
}
