//! `/users/:id`: everything about one user, the actions their status allows, and the history.

use espace_api::audit::AuditEntry;
use espace_api::mail::{DeliveryFailure, EmailKind, UndeliveredEmail};
use espace_api::users::{PermissionsRequest, Role, StatusReason, UserAction, UserDetail, UserStatus};
use espace_api::{ApiError, ErrorCode, UserId};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::Params;
use leptos_fluent::I18n;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params};
use leptos_router::params::Params;

use crate::api;
use crate::components::audit::{action_message_id, AuditActor, AuditChangesList};
use crate::components::email_address::EmailAddress;
use crate::components::error_details::ErrorPanel;
use crate::components::form::{RadioCards, RadioOption};
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::sessions::{SessionList, Whose};
use crate::components::status_badge::StatusBadge;
use crate::components::time::Moment;
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::pages::users::actions::{action_label_id, ActionDialog, Pending, UserActions};
use crate::pages::users::edit_form::EditUserForm;
use crate::pages::users::entity_fields::{entities_now, load_entities, reader, Entities, ScopeBoxes};
use crate::session::use_session;

mod permissions;
use permissions::PermissionsSection;

fn reason_message_id(reason: StatusReason) -> &'static str {
    match reason {
        StatusReason::Inactivity => "users-reason-inactivity",
        StatusReason::FailedSignIns => "users-reason-failed-sign-ins",
        StatusReason::Admin => "users-reason-admin",
    }
}

fn undelivered_message_id(kind: EmailKind) -> &'static str {
    match kind {
        EmailKind::Activation => "users-mail-undelivered-activation",
        EmailKind::Reset => "users-mail-undelivered-reset",
        EmailKind::Locked => "users-mail-undelivered-locked",
        EmailKind::AdminLocked => "users-mail-undelivered-admin-locked",
        EmailKind::SsoNoSeat => "users-mail-undelivered-sso-no-seat",
        EmailKind::DomainLost => "users-mail-undelivered-domain-lost",
        EmailKind::NotificationAddressChanged => "users-mail-undelivered-notification-address-changed",
        EmailKind::NewSignIn => "users-mail-undelivered-new-sign-in",
        EmailKind::SecondStepReset => "users-mail-undelivered-second-step-reset",
        EmailKind::EmailChangeConfirm => "users-mail-undelivered-email-change-confirm",
        EmailKind::EmailChanged => "users-mail-undelivered-email-changed",
        EmailKind::OrderEnding => "users-mail-undelivered-order-ending",
        EmailKind::InvitationReminder => "users-mail-undelivered-invitation-reminder",
        EmailKind::InvitationDigest => "users-mail-undelivered-invitation-digest",
        EmailKind::PolicyReminder => "users-mail-undelivered-policy-reminder",
        EmailKind::WebhookOff => "users-mail-undelivered-webhook-off",
        EmailKind::InactivityWarning => "users-mail-undelivered-inactivity-warning",
    }
}

fn failure_message_id(reason: DeliveryFailure) -> &'static str {
    match reason {
        DeliveryFailure::InvalidAddress => "users-mail-failure-invalid-address",
        DeliveryFailure::Rejected => "users-mail-failure-rejected",
        DeliveryFailure::Smtputf8Unsupported => "users-mail-failure-smtputf8-unsupported",
        DeliveryFailure::Unreachable => "users-mail-failure-unreachable",
    }
}

/// The action that sends the person a fresh e-mail of the same use, if their status allows one.
fn resend_action(status: UserStatus) -> Option<UserAction> {
    match status {
        UserStatus::Invited => Some(UserAction::ResendActivation),
        UserStatus::Active => Some(UserAction::SendPasswordReset),
        UserStatus::Locked => Some(UserAction::UnlockAndReset),
        UserStatus::Created | UserStatus::Deactivated => None,
    }
}

/// `/users/:id`.
#[derive(Params, Debug, Clone, PartialEq)]
struct UserParams {
    id: Option<UserId>,
}

#[component]
pub fn UserDetailPage() -> impl IntoView {
    use_page_title("users-detail-title");
    let params = use_params::<UserParams>();
    let navigate = use_navigate();
    // An address whose id is not a number names no one: "not found", as for an unknown id.
    let id = Memo::new(move |_| params.with(|p| p.as_ref().ok().and_then(|p| p.id)));
    let user = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => api::users::detail(id).await,
                None => Err(ApiError::new(ErrorCode::NotFound)),
            }
        }
    });
    let entities = load_entities();
    let actions = UserActions::new(Callback::new(move |(_, action)| {
        if action == UserAction::Delete {
            navigate("/users", Default::default());
        } else {
            user.refetch();
        }
    }));
    view! {
        <section class="page">
            <p class="back">
                <A href="/users">{i18n::msg("users-back-to-list")}</A>
            </p>
            {move || actions.error.get().map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=user let:u>
                <UserFacts user=u entities=entities actions=actions on_changed=move || user.refetch() />
            </Loaded>
            <ActionDialog actions=actions />
        </section>
    }
}

#[component]
fn UserFacts(
    /// The user as loaded.
    user: UserDetail,
    /// The entities in the reader's reach, for the edit form and the permissions.
    entities: Entities,
    /// Where the lifecycle actions go.
    actions: UserActions,
    /// Loads the user again after a change.
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let editing = RwSignal::new(false);
    // A team administrator sees the administrators of their entities but acts on none of them.
    let manageable = user.manageable;
    let editable = user.status.editable() && manageable;
    let reader_id = reader().map(|(id, _)| id);
    let is_self = reader_id == Some(user.id);
    let reader_admin = use_session().is_admin_untracked();
    let edited = user.clone();
    let date = move |at: Option<i64>| match at {
        Some(at) => view! { <Moment at=at /> }.into_any(),
        None => view! { {move || i18n.tr("users-never")} }.into_any(),
    };
    let name = format!("{} {}", user.first_name, user.last_name);
    let lang_id = i18n::language_name_id(user.language);
    let verified_id = if user.email_verified { "users-yes" } else { "users-no" };
    let second_step = user.second_step;
    let reason = user.status_reason.map(reason_message_id);
    let undelivered = user.undelivered_email.clone().map(|mail| {
        let resend = resend_action(user.status).filter(|_| manageable).map(|action| Pending {
            id: user.id,
            version: user.version,
            name: name.clone(),
            action,
        });
        view! { <UndeliveredNotice mail=mail resend=resend actions=actions /> }
    });
    let buttons = user
        .status
        .actions()
        .iter()
        .filter(|_| manageable)
        .filter(|&&action| action != UserAction::ResetSecondStep || user.second_step)
        .map(|&action| {
            let pending = Pending { id: user.id, version: user.version, name: name.clone(), action };
            let class = if matches!(action, UserAction::Deactivate | UserAction::Delete) {
                "button danger-outline"
            } else {
                "button secondary"
            };
            view! {
                <button
                    type="button"
                    class=class
                    data-action=action.as_str()
                    on:click=move |_| actions.request(pending.clone())
                >
                    {move || i18n.tr(action_label_id(action))}
                </button>
            }
        })
        .collect_view();
    let services = user.services.clone();
    let no_services = services.is_empty();
    let history = user.history.clone();
    let no_history = history.is_empty();
    view! {
        <header class="detail-header">
            <h1>
                <bdi>{name.clone()}</bdi>
            </h1>
            <StatusBadge status=user.status />
        </header>
        <div class="detail-actions" role="group" aria-label=i18n::msg("users-col-actions")>
            <Show when=move || editable && !editing.get()>
                <button type="button" class="button primary" data-action="edit" on:click=move |_| editing.set(true)>
                    {i18n::msg("users-edit")}
                </button>
            </Show>
            {buttons}
        </div>
        {(!manageable)
            .then(|| {
                view! {
                    <p class="notice not-manageable" data-testid="not-manageable">
                        {i18n::msg("users-not-manageable")}
                    </p>
                }
            })}
        {undelivered}
        <Show when=move || editing.get()>
            <EditUserForm
                user=edited.clone()
                entities=entities
                on_saved=move |_| {
                    editing.set(false);
                    on_changed();
                }
                on_cancel=move |_| editing.set(false)
                on_reload=move |_| {
                    editing.set(false);
                    on_changed();
                }
            />
        </Show>
        <div class="detail-grid">
            <section class="card">
                <h2>{i18n::msg("users-detail-identity")}</h2>
                <dl class="facts">
                    <dt>{i18n::msg("users-col-email")}</dt>
                    <dd>
                        <EmailAddress address=user.email.clone() />
                    </dd>
                    <dt>{i18n::msg("users-detail-notification-email")}</dt>
                    <dd>
                        <EmailAddress address=user.notification_email.clone().unwrap_or_else(|| user.email.clone()) />
                    </dd>
                    <dt>{i18n::msg("users-col-entity")}</dt>
                    <dd>
                        <bdi>{user.entity.name.clone()}</bdi>
                    </dd>
                    <dt>{i18n::msg("profile-language")}</dt>
                    <dd>{move || i18n.tr(lang_id)}</dd>
                    <dt>{i18n::msg("users-col-verified")}</dt>
                    <dd>{move || i18n.tr(verified_id)}</dd>
                    <dt>{i18n::msg("users-detail-second-step")}</dt>
                    <dd data-testid="user-second-step">
                        {move || i18n.tr(if second_step { "users-second-step-on" } else { "users-second-step-off" })}
                    </dd>
                </dl>
            </section>
            <PermissionsSection
                user=user.clone()
                entities=entities
                editable=manageable && !is_self
                is_self=is_self
                reader_admin=reader_admin
                on_changed=move |_| on_changed()
            />
            <section class="card">
                <h2>{i18n::msg("users-detail-dates")}</h2>
                <dl class="facts">
                    <dt>{i18n::msg("users-detail-status-since")}</dt>
                    <dd>
                        {date(Some(user.status_changed_at))}
                        {reason.map(|id| view! { <span class="status-reason">{move || i18n::t_policy(id)}</span> })}
                    </dd>
                    <dt>{i18n::msg("users-detail-created")}</dt>
                    <dd>{date(Some(user.created_at))}</dd>
                    <dt>{i18n::msg("users-detail-invited")}</dt>
                    <dd>{date(user.invited_at)}</dd>
                    {user
                        .invitation_expires_at
                        .map(|at| {
                            view! {
                                <dt>{i18n::msg("users-detail-invitation-expires")}</dt>
                                <dd>{date(Some(at))}</dd>
                            }
                        })}
                    <dt>{i18n::msg("users-detail-activated")}</dt>
                    <dd>{date(user.activated_at)}</dd>
                    <dt>{i18n::msg("users-col-last-sign-in")}</dt>
                    <dd>{date(user.last_sign_in_at)}</dd>
                </dl>
            </section>
            <section class="card">
                <h2>{i18n::msg("users-detail-services")}</h2>
                <Show when=move || no_services>
                    <p class="empty">{i18n::msg("users-detail-no-services")}</p>
                </Show>
                <ul class="plain-list">
                    {services
                        .into_iter()
                        .map(|s| {
                            view! {
                                <li>
                                    <bdi>{s.name}</bdi>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        </div>
        <SessionList whose=Whose::User(user.id) can_end=manageable />
        <section class="card history">
            <h2>{i18n::msg("users-detail-history")}</h2>
            <Show when=move || no_history>
                <p class="empty">{i18n::msg("users-detail-no-history")}</p>
            </Show>
            <ol class="history-list" data-testid="history">
                {history.into_iter().map(|entry| view! { <HistoryItem entry=entry /> }).collect_view()}
            </ol>
        </section>
    }
}

/// An e-mail that did not reach the person: which one, where, why, and a way to send a new one.
#[component]
fn UndeliveredNotice(
    /// The e-mail given up.
    mail: UndeliveredEmail,
    /// The action that sends a fresh one, when the user's status allows it.
    resend: Option<Pending>,
    /// Where the action goes (confirmation, then the server).
    actions: UserActions,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let what_id = undelivered_message_id(mail.kind);
    let why_id = failure_message_id(mail.reason);
    let address = mail.to.clone();
    view! {
        <section class="notice warning" aria-labelledby="undelivered-email-title" data-testid="undelivered-email">
            <h2 id="undelivered-email-title">{i18n::msg("users-mail-undelivered-title")}</h2>
            <p>
                {move || {
                    let mut args = std::collections::HashMap::new();
                    args.insert("address".into(), address.clone().into());
                    i18n.tr_with_args(what_id, &args)
                }}
            </p>
            <p class="notice-when">
                <Moment at=mail.at />
            </p>
            <p>{move || i18n.tr(why_id)}</p>
            {resend
                .map(|pending| {
                    let action = pending.action;
                    view! {
                        <button
                            type="button"
                            class="button secondary"
                            data-action=action.as_str()
                            on:click=move |_| actions.request(pending.clone())
                        >
                            {move || i18n.tr(action_label_id(action))}
                        </button>
                    }
                })}
        </section>
    }
}

/// One event of the user's history: when, what, who, and what changed.
#[component]
fn HistoryItem(
    /// The event.
    entry: AuditEntry,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let action_id = action_message_id(entry.action);
    view! {
        <li>
            <Moment at=entry.at />
            <span class="history-action">{move || i18n::t_policy(action_id)}</span>
            <span class="history-actor">
                {match entry.actor {
                    Some(a) => view! { <AuditActor name=a by_token=entry.by_token /> }.into_any(),
                    None => view! { {move || i18n.tr("users-detail-by-system")} }.into_any(),
                }}
            </span>
            <AuditChangesList changes=entry.changes />
        </li>
    }
}
