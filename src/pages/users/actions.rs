//! The lifecycle actions, shared by the list's row menus and the detail page: a confirmation
//! dialog where access changes, the request, a toast, and the caller's refresh.

use espace_api::users::{ActionRequest, UserAction, UserDetail};
use espace_api::{ApiError, ErrorCode, UserId};
use leptos::prelude::*;
use leptos_fluent::I18n;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::action;
use crate::components::dialog::ConfirmDialog;
use crate::components::toast::use_toasts;
use crate::session::use_session;

pub fn action_label_id(action: UserAction) -> &'static str {
    match action {
        UserAction::Activate => "users-action-activate",
        UserAction::ResendActivation => "users-action-resend-activation",
        UserAction::Deactivate => "users-action-deactivate",
        UserAction::Reactivate => "users-action-reactivate",
        UserAction::Unlock => "users-action-unlock",
        UserAction::UnlockAndReset => "users-action-unlock-and-reset",
        UserAction::SendPasswordReset => "users-action-send-password-reset",
        UserAction::Delete => "users-action-delete",
        UserAction::ResetSecondStep => "users-action-reset-second-step",
    }
}

fn done_id(action: UserAction) -> &'static str {
    match action {
        UserAction::Activate => "users-done-activate",
        UserAction::ResendActivation => "users-done-resend-activation",
        UserAction::Deactivate => "users-done-deactivate",
        UserAction::Reactivate => "users-done-reactivate",
        UserAction::Unlock => "users-done-unlock",
        UserAction::UnlockAndReset => "users-done-unlock-and-reset",
        UserAction::SendPasswordReset => "users-done-send-password-reset",
        UserAction::Delete => "users-done-delete",
        UserAction::ResetSecondStep => "users-done-reset-second-step",
    }
}

/// (title, explanation) of the confirmation; only actions that need one have one.
fn confirm_ids(action: UserAction) -> (&'static str, &'static str) {
    match action {
        UserAction::Activate => ("users-confirm-activate-title", "users-confirm-activate-body"),
        UserAction::Deactivate => ("users-confirm-deactivate-title", "users-confirm-deactivate-body"),
        UserAction::Delete => ("users-confirm-delete-title", "users-confirm-delete-body"),
        UserAction::ResetSecondStep => {
            ("users-confirm-reset-second-step-title", "users-confirm-reset-second-step-body")
        }
        _ => ("users-confirm-unlock-and-reset-title", "users-confirm-unlock-and-reset-body"),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub id: UserId,
    pub version: i64,
    pub name: String,
    pub action: UserAction,
}

/// What a page gets: `request` to start an action (asking first if needed), the last error.
#[derive(Clone, Copy)]
pub struct UserActions {
    /// The action awaiting confirmation in the dialog.
    pending: RwSignal<Option<Pending>>,
    act: Action<Pending, ApiResult<Option<UserDetail>>>,
    busy: Memo<bool>,
    pub error: Signal<Option<ApiError>>,
}

impl UserActions {
    pub fn new(on_done: Callback<(UserId, UserAction)>) -> UserActions {
        let toasts = use_toasts();
        let pending = RwSignal::new(None);
        let act = Action::new_local(move |p: &Pending| {
            let p = p.clone();
            async move {
                let result = api::users::act(p.id, &ActionRequest { action: p.action, version: p.version }).await;
                pending.set(None);
                match &result {
                    Ok(_) => {
                        toasts.show(done_id(p.action));
                        on_done.run((p.id, p.action));
                    }
                    // The user changed meanwhile: show it as it is now, with the reason.
                    Err(e) if matches!(e.code, ErrorCode::Conflict | ErrorCode::InvalidTransition) => {
                        on_done.run((p.id, p.action));
                    }
                    Err(_) => {}
                }
                result
            }
        });
        let error = Signal::derive(move || action::failure(act));
        UserActions { pending, act, busy: act.pending(), error }
    }

    pub fn request(self, p: Pending) {
        if p.action.needs_confirmation() {
            self.pending.set(Some(p));
        } else {
            self.run(p);
        }
    }

    fn run(self, p: Pending) {
        // A second click while the first request runs does nothing.
        if self.busy.get_untracked() {
            return;
        }
        self.act.clear();
        self.act.dispatch(p);
    }
}

/// The page's one confirmation dialog, driven by `actions`.
#[component]
pub fn ActionDialog(
    /// The page's actions: the one awaiting confirmation, and where it goes once confirmed.
    actions: UserActions,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let session = use_session();
    let pending = actions.pending;
    let text = move |pick: fn((&'static str, &'static str)) -> &'static str| {
        // How long the activation link works: a server setting.
        let hours = session.with_me(|m| m.activation_hours).unwrap_or_default();
        pending.with(|p| {
            p.as_ref().map(|p| {
                let mut args = std::collections::HashMap::new();
                args.insert("name".into(), p.name.clone().into());
                args.insert("hours".into(), hours.into());
                i18n.tr_with_args(pick(confirm_ids(p.action)), &args)
            })
        })
    };
    view! {
        <ConfirmDialog
            open=Signal::derive(move || pending.with(Option::is_some))
            title=Signal::derive(move || text(|ids| ids.0).unwrap_or_default())
            body=Signal::derive(move || text(|ids| ids.1).unwrap_or_default())
            confirm_label=Signal::derive(move || {
                pending.with(|p| p.as_ref().map(|p| i18n.tr(action_label_id(p.action))).unwrap_or_default())
            })
            danger=Signal::derive(move || {
                pending
                    .with(|p| {
                        p.as_ref().is_some_and(|p| matches!(p.action, UserAction::Deactivate | UserAction::Delete))
                    })
            })
            on_confirm=move |_| {
                if let Some(p) = pending.get_untracked() {
                    actions.run(p);
                }
            }
            on_cancel=move |_| pending.set(None)
        />
    }
}
