//! `/users/:id`: everything about one user, the actions their status allows, and the history.

use espace_api::mail::{DeliveryFailure, EmailKind, UndeliveredEmail};
use espace_api::users::{StatusReason, UserAction, UserDetail, UserStatus};
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::api;
use crate::components::email_address::EmailAddress;
use crate::components::error_details::ErrorPanel;
use crate::components::page_title::use_page_title;
use crate::components::status_badge::StatusBadge;
use crate::components::time::Moment;
use crate::i18n;
use crate::pages::users::actions::{action_label_id, ActionDialog, Pending, UserActions};
use crate::pages::users::edit_form::EditUserForm;

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

fn audit_message_id(action: &str) -> &'static str {
    match action {
        "create" => "audit-create",
        "activate" => "audit-activate",
        "resend-activation" => "audit-resend-activation",
        "deactivate" => "audit-deactivate",
        "deactivate-inactivity" => "audit-deactivate-inactivity",
        "reactivate" => "audit-reactivate",
        "unlock" => "audit-unlock",
        "unlock-and-reset" => "audit-unlock-and-reset",
        "send-password-reset" => "audit-send-password-reset",
        "lock" => "audit-lock",
        "edit" => "audit-edit",
        "activated" => "audit-activated",
        "password-reset" => "audit-password-reset",
        "password-changed" => "audit-password-changed",
        "reset-requested" => "audit-reset-requested",
        "unlocked-by-reset" => "audit-unlocked-by-reset",
        _ => "audit-other",
    }
}

#[component]
pub fn UserDetailPage() -> impl IntoView {
    use_page_title("users-detail-title");
    let params = use_params_map();
    let navigate = use_navigate();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0)));
    let user = LocalResource::new(move || {
        let id = id.get();
        async move { api::users::detail(id).await }
    });
    let actions = UserActions::new(Callback::new(move |(_, action)| {
        if action == UserAction::Delete {
            navigate("/users", Default::default());
        } else {
            user.refetch();
        }
    }));
    view! {
        <section class="page">
            <p class="back"><A href="/users">{move_tr!("users-back-to-list")}</A></p>
            {move || actions.error.get().map(|error| view! { <ErrorPanel error=error /> })}
            {move || match user.get() {
                None => view! { <p class="loading" aria-busy="true">{move_tr!("shell-loading")}</p> }.into_any(),
                Some(Err(error)) => view! { <ErrorPanel error=error /> }.into_any(),
                Some(Ok(u)) => view! { <UserFacts user=u actions=actions on_changed=move || user.refetch() /> }.into_any(),
            }}
            <ActionDialog actions=actions />
        </section>
    }
}

#[component]
fn UserFacts(
    user: UserDetail,
    actions: UserActions,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let editing = RwSignal::new(false);
    let editable = user.status.editable();
    let edited = user.clone();
    let date = move |at: Option<i64>| match at {
        Some(at) => view! { <Moment at=at /> }.into_any(),
        None => view! { {move || i18n.tr("users-never")} }.into_any(),
    };
    let name = format!("{} {}", user.first_name, user.last_name);
    let role_id = i18n::role_name_id(user.role);
    let lang_id = i18n::language_name_id(user.language);
    let verified_id = if user.email_verified { "users-yes" } else { "users-no" };
    let reason = user.status_reason.map(reason_message_id);
    let undelivered = user.undelivered_email.clone().map(|mail| {
        let resend = resend_action(user.status).map(|action| Pending {
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
        .map(|&action| {
            let pending = Pending { id: user.id, version: user.version, name: name.clone(), action };
            let class = if matches!(action, UserAction::Deactivate | UserAction::Delete) {
                "button danger-outline"
            } else {
                "button secondary"
            };
            view! {
                <button type="button" class=class data-action=action.as_str() on:click=move |_| actions.request(pending.clone())>
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
            <h1><bdi>{name.clone()}</bdi></h1>
            <StatusBadge status=user.status />
        </header>
        <div class="detail-actions" role="group" aria-label=move_tr!("users-col-actions")>
            <Show when=move || editable && !editing.get()>
                <button type="button" class="button primary" data-action="edit" on:click=move |_| editing.set(true)>
                    {move_tr!("users-edit")}
                </button>
            </Show>
            {buttons}
        </div>
        {undelivered}
        <Show when=move || editing.get()>
            <EditUserForm
                user=edited.clone()
                on_saved=move |_| { editing.set(false); on_changed() }
                on_cancel=move |_| editing.set(false)
                on_reload=move |_| { editing.set(false); on_changed() }
            />
        </Show>
        <div class="detail-grid">
            <section class="card">
                <h2>{move_tr!("users-detail-identity")}</h2>
                <dl class="facts">
                    <dt>{move_tr!("users-col-email")}</dt>
                    <dd><EmailAddress address=user.email.clone() /></dd>
                    <dt>{move_tr!("users-detail-notification-email")}</dt>
                    <dd><EmailAddress address=user.notification_email.clone().unwrap_or_else(|| user.email.clone()) /></dd>
                    <dt>{move_tr!("users-col-role")}</dt>
                    <dd>{move || i18n.tr(role_id)}</dd>
                    <dt>{move_tr!("profile-language")}</dt>
                    <dd>{move || i18n.tr(lang_id)}</dd>
                    <dt>{move_tr!("users-col-verified")}</dt>
                    <dd>{move || i18n.tr(verified_id)}</dd>
                </dl>
            </section>
            <section class="card">
                <h2>{move_tr!("users-detail-dates")}</h2>
                <dl class="facts">
                    <dt>{move_tr!("users-detail-status-since")}</dt>
                    <dd>
                        {date(Some(user.status_changed_at))}
                        {reason.map(|id| view! { " — " {move || i18n.tr(id)} })}
                    </dd>
                    <dt>{move_tr!("users-detail-created")}</dt>
                    <dd>{date(Some(user.created_at))}</dd>
                    <dt>{move_tr!("users-detail-invited")}</dt>
                    <dd>{date(user.invited_at)}</dd>
                    {user.invitation_expires_at.map(|at| view! {
                        <dt>{move_tr!("users-detail-invitation-expires")}</dt>
                        <dd>{date(Some(at))}</dd>
                    })}
                    <dt>{move_tr!("users-detail-activated")}</dt>
                    <dd>{date(user.activated_at)}</dd>
                    <dt>{move_tr!("users-col-last-sign-in")}</dt>
                    <dd>{date(user.last_sign_in_at)}</dd>
                </dl>
            </section>
            <section class="card">
                <h2>{move_tr!("users-detail-services")}</h2>
                <Show when=move || no_services>
                    <p class="empty">{move_tr!("users-detail-no-services")}</p>
                </Show>
                <ul class="plain-list">
                    {services.into_iter().map(|s| view! { <li><bdi>{s.name}</bdi></li> }).collect_view()}
                </ul>
            </section>
        </div>
        <section class="card history">
            <h2>{move_tr!("users-detail-history")}</h2>
            <Show when=move || no_history>
                <p class="empty">{move_tr!("users-detail-no-history")}</p>
            </Show>
            <ol class="history-list" data-testid="history">
                {history.into_iter().map(|e| {
                    let actor = e.actor.clone();
                    let action_id = audit_message_id(&e.action);
                    view! {
                        <li>
                            <Moment at=e.at />
                            <span class="history-action">{move || i18n.tr(action_id)}</span>
                            <span class="history-actor">
                                {match actor.clone() {
                                    Some(a) => view! { <bdi>{a}</bdi> }.into_any(),
                                    None => view! { {move || i18n.tr("users-detail-by-system")} }.into_any(),
                                }}
                            </span>
                        </li>
                    }
                }).collect_view()}
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
            <h2 id="undelivered-email-title">{move_tr!("users-mail-undelivered-title")}</h2>
            <p>
                {move || {
                    let mut args = std::collections::HashMap::new();
                    args.insert("address".into(), address.clone().into());
                    i18n.tr_with_args(what_id, &args)
                }}
            </p>
            <p class="notice-when"><Moment at=mail.at /></p>
            <p>{move || i18n.tr(why_id)}</p>
            {resend.map(|pending| {
                let action = pending.action;
                view! {
                    <button type="button" class="button secondary" data-action=action.as_str()
                        on:click=move |_| actions.request(pending.clone())>
                        {move || i18n.tr(action_label_id(action))}
                    </button>
                }
            })}
        </section>
    }
}
