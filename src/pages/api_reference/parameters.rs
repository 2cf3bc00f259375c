//! The tables of the users endpoints: the list's query parameters and the lifecycle's
//! actions, both read from the contract so a new status or action shows up here.

use espace_api::users::{Role, SortKey, UserAction, UserStatus, PAGE_SIZES};
use leptos::prelude::*;
use leptos_fluent::I18n;

use super::blocks::{code_list, Table};
use super::samples;

/// What a parameter takes: code values, or a description.
pub enum Values {
    Codes(Vec<String>),
    Text(&'static str),
}

/// The query parameters of `GET /api/v1/users`, from the contract's `UserListQuery`.
#[component]
pub fn ListParameters() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let owned = |values: &[&str]| values.iter().map(|v| (*v).to_owned()).collect::<Vec<_>>();
    let rows = [
        ("q", Values::Text("api-param-q-values"), "api-param-q"),
        ("status", Values::Codes(owned(&UserStatus::ALL.map(UserStatus::as_str))), "api-param-status"),
        ("role", Values::Codes(owned(&Role::ALL.map(Role::as_str))), "api-param-role"),
        ("entity", Values::Text("api-param-entity-values"), "api-param-entity"),
        ("sort", Values::Codes(owned(&SortKey::ALL.map(SortKey::as_str))), "api-param-sort"),
        ("desc", Values::Codes(owned(&["true", "false"])), "api-param-desc"),
        ("page", Values::Text("api-param-page-values"), "api-param-page"),
        ("size", Values::Codes(PAGE_SIZES.iter().map(u32::to_string).collect()), "api-param-size"),
    ];
    let rows = rows
        .into_iter()
        .map(|(name, values, about)| {
            let values = match values {
                Values::Codes(list) => code_list(&list).into_any(),
                Values::Text(id) => (move || i18n.tr(id)).into_any(),
            };
            view! {
                <tr>
                    <th scope="row">
                        <code translate="no">{name}</code>
                    </th>
                    <td class="api-values">{values}</td>
                    <td>{move || i18n.tr(about)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Table
            id="api-params-caption"
            caption="api-params-caption"
            columns=&["api-col-parameter", "api-col-values", "api-col-what"]
        >
            {rows}
        </Table>
    }
}

pub fn action_message_id(action: UserAction) -> &'static str {
    match action {
        UserAction::Activate => "api-action-activate",
        UserAction::ResendActivation => "api-action-resend-activation",
        UserAction::Deactivate => "api-action-deactivate",
        UserAction::Reactivate => "api-action-reactivate",
        UserAction::Unlock => "api-action-unlock",
        UserAction::UnlockAndReset => "api-action-unlock-and-reset",
        UserAction::SendPasswordReset => "api-action-send-password-reset",
        UserAction::Delete => "api-action-delete",
        UserAction::ResetSecondStep => "api-action-reset-second-step",
    }
}

/// The lifecycle's actions and the statuses that allow each, from the contract.
#[component]
pub fn UserActions() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let rows = UserAction::ALL
        .into_iter()
        .map(|action| {
            let statuses: Vec<String> = samples::statuses_allowing(action).into_iter().map(str::to_owned).collect();
            view! {
                <tr>
                    <th scope="row">
                        <code translate="no">{action.as_str()}</code>
                    </th>
                    <td>{move || i18n.tr(action_message_id(action))}</td>
                    <td class="api-values">{code_list(&statuses)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Table
            id="api-actions-caption"
            caption="api-actions-caption"
            columns=&["api-col-action", "api-col-what", "api-col-when"]
        >
            {rows}
        </Table>
    }
}
