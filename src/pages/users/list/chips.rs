//! The Users list's filter chips: status (with "invitation expired", a state of the invited),
//! role, and the privacy policy (who has not accepted the version in effect). Each press is a
//! new query, from the first page.

use espace_api::users::{Invitation, PolicyFilter, Role, UserListQuery, UserStatus};
use leptos::prelude::*;

use crate::components::status_badge::status_message_id;
use crate::i18n;

/// One status chip's choice.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StatusChoice {
    All,
    Status(UserStatus),
    /// Invited people whose every link expired unused.
    InvitationExpired,
}

impl StatusChoice {
    /// In reading order: "invitation expired" follows "invited".
    fn all() -> Vec<StatusChoice> {
        let mut choices = vec![StatusChoice::All];
        for status in UserStatus::ALL {
            choices.push(StatusChoice::Status(status));
            if status == UserStatus::Invited {
                choices.push(StatusChoice::InvitationExpired);
            }
        }
        choices
    }

    fn of(q: &UserListQuery) -> Option<StatusChoice> {
        match (q.status, q.invitation) {
            (_, Some(Invitation::Expired)) => Some(StatusChoice::InvitationExpired),
            (None, None) => Some(StatusChoice::All),
            (Some(status), None) => Some(StatusChoice::Status(status)),
            (_, Some(Invitation::Pending)) => None,
        }
    }

    fn apply(self, q: &mut UserListQuery) {
        (q.status, q.invitation) = match self {
            StatusChoice::All => (None, None),
            StatusChoice::Status(status) => (Some(status), None),
            StatusChoice::InvitationExpired => (None, Some(Invitation::Expired)),
        };
    }

    fn message_id(self) -> &'static str {
        match self {
            StatusChoice::All => "users-filter-all",
            StatusChoice::Status(status) => status_message_id(status),
            StatusChoice::InvitationExpired => "users-status-invitation-expired",
        }
    }

    fn key(self) -> &'static str {
        match self {
            StatusChoice::All => "all",
            StatusChoice::Status(status) => status.as_str(),
            StatusChoice::InvitationExpired => "invitation-expired",
        }
    }
}

#[component]
pub fn FilterChips(
    /// The list's query, as in the URL.
    query: Memo<UserListQuery>,
    /// Called with the query a press makes.
    on_change: Callback<UserListQuery>,
) -> impl IntoView {
    let change = move |f: &dyn Fn(&mut UserListQuery)| {
        let mut q = query.get_untracked();
        f(&mut q);
        q.page = 1;
        on_change.run(q);
    };
    let status_chip = move |choice: StatusChoice| {
        view! {
            <button
                type="button"
                class="chip"
                data-status=choice.key()
                aria-pressed=move || (query.with(StatusChoice::of) == Some(choice)).to_string()
                on:click=move |_| change(&|q| choice.apply(q))
            >
                {move || i18n::t(choice.message_id())}
            </button>
        }
    };
    let role_chip = move |role: Option<Role>| {
        let label = move || match role {
            Some(r) => i18n::t(i18n::role_name_id(r)),
            None => i18n::t("users-filter-all"),
        };
        view! {
            <button
                type="button"
                class="chip"
                data-role=role.map(Role::as_str).unwrap_or("all")
                aria-pressed=move || (query.with(|q| q.role) == role).to_string()
                on:click=move |_| change(&|q| q.role = role)
            >
                {label}
            </button>
        }
    };
    let policy_chip = move |policy: Option<PolicyFilter>| {
        let id = if policy.is_some() { "users-filter-policy-outdated" } else { "users-filter-all" };
        view! {
            <button
                type="button"
                class="chip"
                data-policy=if policy.is_some() { "outdated" } else { "all" }
                aria-pressed=move || (query.with(|q| q.policy) == policy).to_string()
                on:click=move |_| change(&|q| q.policy = policy)
            >
                {move || i18n::t(id)}
            </button>
        }
    };
    view! {
        <div class="chips" role="group" aria-label=i18n::msg("users-filter-status")>
            <span class="chips-label" aria-hidden="true">
                {i18n::msg("users-filter-status")}
            </span>
            {StatusChoice::all().into_iter().map(status_chip).collect_view()}
        </div>
        <div class="chips" role="group" aria-label=i18n::msg("users-filter-role")>
            <span class="chips-label" aria-hidden="true">
                {i18n::msg("users-filter-role")}
            </span>
            {role_chip(None)}
            {Role::ALL.into_iter().map(|r| role_chip(Some(r))).collect_view()}
        </div>
        <div class="chips" role="group" aria-label=i18n::msg("users-filter-policy")>
            <span class="chips-label" aria-hidden="true">
                {i18n::msg("users-filter-policy")}
            </span>
            {policy_chip(None)}
            {policy_chip(Some(PolicyFilter::Outdated))}
        </div>
    }
}
