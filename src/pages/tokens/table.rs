//! The list of tokens: name, prefix, permission, scope, dates and status, and Revoke on the
//! active ones.

use espace_api::tokens::ApiToken;
use espace_api::TokenId;
use leptos::prelude::*;

use super::{now_secs, permission_message_id};
use crate::components::time::Moment;
use crate::i18n;

/// Where a token stands, as its list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenStatus {
    Active,
    Expired,
    Revoked,
}

impl TokenStatus {
    fn of(token: &ApiToken, now: i64) -> TokenStatus {
        if token.revoked_at.is_some() {
            TokenStatus::Revoked
        } else if token.expires_at <= now {
            TokenStatus::Expired
        } else {
            TokenStatus::Active
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            TokenStatus::Active => "active",
            TokenStatus::Expired => "expired",
            TokenStatus::Revoked => "revoked",
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            TokenStatus::Active => "tokens-status-active",
            TokenStatus::Expired => "tokens-status-expired",
            TokenStatus::Revoked => "tokens-status-revoked",
        }
    }
}

#[component]
pub fn TokensTable(
    /// The tokens, as loaded (newest first).
    tokens: Vec<ApiToken>,
    /// Opens the revoke dialog for this token id.
    #[prop(into)]
    on_revoke: Callback<TokenId>,
) -> impl IntoView {
    if tokens.is_empty() {
        return view! {
            <p class="empty" data-testid="tokens-empty">
                {i18n::msg("tokens-empty")}
            </p>
        }
        .into_any();
    }
    let count = tokens.len();
    let now = now_secs();
    let rows =
        tokens.into_iter().map(|token| view! { <TokenRow token=token now=now on_revoke=on_revoke /> }).collect_view();
    view! {
        <p class="result-count" role="status">
            {i18n::msg_with("tokens-count", move || [("count", count.into())])}
        </p>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="tokens-table-caption">
            <table class="users-table tokens-table" data-testid="tokens-table">
                <caption id="tokens-table-caption" class="visually-hidden">
                    {i18n::msg("tokens-table-caption")}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::msg("tokens-col-name")}</th>
                        <th scope="col">{i18n::msg("tokens-col-prefix")}</th>
                        <th scope="col">{i18n::msg("tokens-col-permission")}</th>
                        <th scope="col">{i18n::msg("tokens-col-scope")}</th>
                        <th scope="col">{i18n::msg("tokens-col-created")}</th>
                        <th scope="col">{i18n::msg("tokens-col-expires")}</th>
                        <th scope="col">{i18n::msg("tokens-col-last-used")}</th>
                        <th scope="col">{i18n::msg("tokens-col-status")}</th>
                        <th scope="col">
                            <span class="visually-hidden">{i18n::msg("tokens-col-actions")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn TokenRow(
    /// The token to show.
    token: ApiToken,
    /// Now, in seconds since 1970: the same instant for every row.
    now: i64,
    /// Opens the revoke dialog for this token id.
    on_revoke: Callback<TokenId>,
) -> impl IntoView {
    let status = TokenStatus::of(&token, now);
    let ApiToken { id, name, prefix, permission, scope, created_at, created_by, expires_at, last_used_at, .. } = token;
    let scope = match scope {
        None => view! { <span>{i18n::msg("tokens-scope-company")}</span> }.into_any(),
        Some(entities) if entities.is_empty() => {
            view! { <span class="token-scope-none">{i18n::msg("tokens-scope-none")}</span> }.into_any()
        }
        Some(entities) => {
            let names: Vec<String> = entities.into_iter().map(|e| e.name).collect();
            view! { <bdi>{move || i18n::list_text(i18n::language(), &names)}</bdi> }.into_any()
        }
    };
    let created_by = created_by.map(|by| {
        view! { <span class="token-by">{i18n::msg_with("tokens-created-by", move || [("name", by.clone().into())])}</span> }
    });
    let expired = (expires_at <= now).then(|| {
        view! {
            <span class="badge token-badge-expired" data-testid="token-expired">
                {i18n::msg("tokens-status-expired")}
            </span>
        }
    });
    let last_used = match last_used_at {
        Some(at) => view! { <Moment at=at relative=true /> }.into_any(),
        None => view! { <span class="token-never">{i18n::msg("tokens-never-used")}</span> }.into_any(),
    };
    let revoke_label = {
        let name = name.clone();
        i18n::msg_with("tokens-revoke-label", move || [("name", name.clone().into())])
    };
    let revoke = (status == TokenStatus::Active).then(|| {
        view! {
            <button
                type="button"
                class="button danger-outline small"
                data-action="revoke"
                aria-label=revoke_label
                on:click=move |_| on_revoke.run(id)
            >
                {i18n::msg("tokens-revoke")}
            </button>
        }
    });
    view! {
        <tr data-token-id=id.0 data-status=status.as_str()>
            <th scope="row">
                <bdi>{name}</bdi>
            </th>
            <td>
                <code class="token-prefix">{prefix}</code>
            </td>
            <td>{i18n::msg(permission_message_id(permission))}</td>
            <td class="token-scope">{scope}</td>
            <td class="token-when">
                <Moment at=created_at day=true />
                {created_by}
            </td>
            <td class="token-when">
                <Moment at=expires_at day=true />
                {expired}
            </td>
            <td class="token-when">{last_used}</td>
            <td>
                <span
                    class=format!("badge token-badge-{}", status.as_str())
                    data-testid="token-status"
                    data-status=status.as_str()
                >
                    {i18n::msg(status.message_id())}
                </span>
            </td>
            <td>{revoke}</td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use espace_api::tokens::Permission;

    use super::*;

    fn token(expires_at: i64, revoked_at: Option<i64>) -> ApiToken {
        ApiToken {
            id: TokenId(1),
            name: "HR".into(),
            prefix: "esp_Ab3d".into(),
            permission: Permission::Read,
            scope: None,
            created_at: 0,
            created_by: None,
            expires_at,
            last_used_at: None,
            revoked_at,
        }
    }

    #[test]
    fn revoked_wins_over_expired_and_expiry_is_inclusive() {
        assert_eq!(TokenStatus::of(&token(100, None), 99), TokenStatus::Active);
        assert_eq!(TokenStatus::of(&token(100, None), 100), TokenStatus::Expired);
        assert_eq!(TokenStatus::of(&token(100, Some(50)), 200), TokenStatus::Revoked);
        assert_eq!(TokenStatus::of(&token(100, Some(50)), 10), TokenStatus::Revoked);
    }
}
