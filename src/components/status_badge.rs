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
) -> impl IntoView {
    view! {
        <span class=format!("badge badge-{}", status.as_str()) data-status=status.as_str()>
            {move || i18n::t(status_message_id(status))}
        </span>
    }
}
