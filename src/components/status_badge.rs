use espace_api::users::UserStatus;
use leptos::prelude::*;

use crate::i18n;

pub fn status_message_id(status: UserStatus) -> &'static str {
    match status {
        UserStatus::Created => "users-status-created",
        UserStatus::Invited => "users-status-invited",
        UserStatus::Active => "users-status-active",
        UserStatus::Deactivated => "users-status-deactivated",
        UserStatus::Locked => "users-status-locked",
    }
}

/// The status as text in a coloured pill: the text carries the meaning, not the colour.
#[component]
pub fn StatusBadge(
    /// The status shown.
    status: UserStatus,
    /// Invited, and every link sent expired unused: shown as such.
    #[prop(optional)]
    invitation_expired: bool,
) -> impl IntoView {
    let (key, id) = if invitation_expired && status == UserStatus::Invited {
        ("invitation-expired", "users-status-invitation-expired")
    } else {
        (status.as_str(), status_message_id(status))
    };
    view! {
        <span class=format!("badge badge-{key}") data-status=key>
            {move || i18n::t(id)}
        </span>
    }
}
