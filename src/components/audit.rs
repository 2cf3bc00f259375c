//! Audit events as people read them: the action's name and what changed. Shared by the audit
//! log page and a user's history.

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::second_step::SecondStepPolicy;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use crate::i18n;

/// The message naming what happened: "Account created" / "Compte créé".
pub fn action_message_id(action: AuditAction) -> &'static str {
    match action {
        AuditAction::Create => "audit-create",
        AuditAction::CreatedByImport => "audit-created-by-import",
        AuditAction::Activate => "audit-activate",
        AuditAction::ResendActivation => "audit-resend-activation",
        AuditAction::Deactivate => "audit-deactivate",
        AuditAction::DeactivateInactivity => "audit-deactivate-inactivity",
        AuditAction::Reactivate => "audit-reactivate",
        AuditAction::Lock => "audit-lock",
        AuditAction::Unlock => "audit-unlock",
        AuditAction::UnlockAndReset => "audit-unlock-and-reset",
        AuditAction::SendPasswordReset => "audit-send-password-reset",
        AuditAction::ResetRequested => "audit-reset-requested",
        AuditAction::Delete => "audit-delete",
        AuditAction::Activated => "audit-activated",
        AuditAction::UnlockedByReset => "audit-unlocked-by-reset",
        AuditAction::PasswordReset => "audit-password-reset",
        AuditAction::PasswordChanged => "audit-password-changed",
        AuditAction::SessionEnded => "audit-session-ended",
        AuditAction::Edit => "audit-edit",
        AuditAction::PermissionsChanged => "audit-permissions-changed",
        AuditAction::EntityCreated => "audit-entity-created",
        AuditAction::EntityRenamed => "audit-entity-renamed",
        AuditAction::EntityRemoved => "audit-entity-removed",
        AuditAction::TokenCreated => "audit-token-created",
        AuditAction::TokenRevoked => "audit-token-revoked",
        AuditAction::CreatedBySso => "audit-created-by-sso",
        AuditAction::ActivatedBySso => "audit-activated-by-sso",
        AuditAction::SsoSettingsChanged => "audit-sso-settings-changed",
        AuditAction::CompanySettingsChanged => "audit-company-settings-changed",
        AuditAction::DomainVerified => "audit-domain-verified",
        AuditAction::DomainLost => "audit-domain-lost",
        AuditAction::AuthenticatorAdded => "audit-authenticator-added",
        AuditAction::AuthenticatorRemoved => "audit-authenticator-removed",
        AuditAction::RecoveryCodesRenewed => "audit-recovery-codes-renewed",
        AuditAction::RecoveryCodeUsed => "audit-recovery-code-used",
        AuditAction::SecondStepReset => "audit-second-step-reset",
        AuditAction::SecondStepPolicyChanged => "audit-second-step-policy-changed",
        AuditAction::EmailChanged => "audit-email-changed",
        AuditAction::EmailChangeUndone => "audit-email-change-undone",
        AuditAction::PasskeyAdded => "audit-passkey-added",
        AuditAction::PasskeyRemoved => "audit-passkey-removed",
        AuditAction::WebhookAdded => "audit-webhook-added",
        AuditAction::WebhookChanged => "audit-webhook-changed",
        AuditAction::WebhookRemoved => "audit-webhook-removed",
        AuditAction::WebhookSecretRenewed => "audit-webhook-secret-renewed",
    }
}

/// Who did it, when someone did: a person's name as it was then, or an API token's
/// ("API token “HR sync”") when software acted with one.
#[component]
pub fn AuditActor(
    /// The person's or the token's name, as the event recorded it.
    name: String,
    /// Whether `name` is an API token's.
    by_token: bool,
) -> impl IntoView {
    if by_token {
        let i18n = expect_context::<I18n>();
        view! {
            <bdi class="audit-token" data-actor="token">
                {move || tr!(i18n, "audit-by-token", { "name" => name.clone() })}
            </bdi>
        }
        .into_any()
    } else {
        view! { <bdi>{name}</bdi> }.into_any()
    }
}

/// What an event changed, one line per kind of change ("Role: User → Administrator"); nothing
/// when it changed none of them.
#[component]
pub fn AuditChangesList(
    /// The event's before and after values.
    changes: AuditChanges,
) -> impl IntoView {
    if changes.is_empty() {
        return ().into_any();
    }
    let i18n = expect_context::<I18n>();
    let AuditChanges { role, scope, entity, name, time_zone, second_step, email, services } = changes;
    let role = role.map(|c| {
        let (from, to) = (i18n::role_name_id(c.from), i18n::role_name_id(c.to));
        view! {
            <li data-change="role">
                {move || tr!(i18n, "audit-change-role", { "from" => i18n.tr(from), "to" => i18n.tr(to) })}
            </li>
        }
    });
    let scope = scope.map(|c| {
        let text = move |entities: &[String]| {
            if entities.is_empty() {
                i18n.tr("audit-change-scope-none")
            } else {
                i18n::list_text(i18n::language(), entities)
            }
        };
        view! {
            <li data-change="scope">
                {move || tr!(i18n, "audit-change-scope", { "from" => text(&c.from), "to" => text(&c.to) })}
            </li>
        }
    });
    let entity = entity.map(|c| {
        view! {
            <li data-change="entity">
                {move || tr!(i18n, "audit-change-entity", { "from" => c.from.clone(), "to" => c.to.clone() })}
            </li>
        }
    });
    let name = name.map(|c| {
        view! {
            <li data-change="name">
                {move || tr!(i18n, "audit-change-name", { "from" => c.from.clone(), "to" => c.to.clone() })}
            </li>
        }
    });
    let time_zone = time_zone.map(|c| {
        view! {
            <li data-change="time-zone">
                {move || tr!(i18n, "audit-change-time-zone", { "from" => c.from.clone(), "to" => c.to.clone() })}
            </li>
        }
    });
    let second_step = second_step.map(|c| {
        let (from, to) = (policy_message_id(c.from), policy_message_id(c.to));
        view! {
            <li data-change="second-step">
                {move || tr!(i18n, "audit-change-second-step", { "from" => i18n.tr(from), "to" => i18n.tr(to) })}
            </li>
        }
    });
    let email = email.map(|c| {
        view! {
            <li data-change="email">
                {move || tr!(i18n, "audit-change-email", { "from" => c.from.clone(), "to" => c.to.clone() })}
            </li>
        }
    });
    let services = services.map(|c| {
        let text = move |names: &[String]| {
            if names.is_empty() {
                i18n.tr("audit-change-services-none")
            } else {
                i18n::list_text(i18n::language(), names)
            }
        };
        view! {
            <li data-change="services">
                {move || tr!(i18n, "audit-change-services", { "from" => text(&c.from), "to" => text(&c.to) })}
            </li>
        }
    });
    view! { <ul class="audit-changes">{role}{scope}{entity}{name}{time_zone}{second_step}{email}{services}</ul> }
        .into_any()
}

/// The words for who must use two-step sign-in (the company page's choices).
pub fn policy_message_id(policy: SecondStepPolicy) -> &'static str {
    match policy {
        SecondStepPolicy::Off => "company-second-step-off",
        SecondStepPolicy::Managers => "company-second-step-managers",
        SecondStepPolicy::Everyone => "company-second-step-everyone",
    }
}
