//! The users table: a page of people, each with a box to tick for a bulk action and the menu
//! of their own actions.

use super::*;
use espace_api::UserId;

#[component]
pub fn UsersTable(
    /// The page of users shown.
    page: UserPage,
    /// What the rows' menus do.
    actions: UserActions,
    /// Clears the search and filters (offered when nothing matches).
    on_clear: impl Fn() + Copy + 'static,
    /// The people ticked, kept across pages.
    selection: Selection,
) -> impl IntoView {
    let count = page.total;
    if page.company_total == 0 {
        return view! {
            <p class="empty" data-testid="users-empty">
                {i18n::msg("users-empty")}
            </p>
        }
        .into_any();
    }
    if page.users.is_empty() {
        return view! {
            <div class="empty" data-testid="users-no-match">
                <p>{i18n::msg("users-no-match")}</p>
                <button type="button" class="button secondary" on:click=move |_| on_clear()>
                    {i18n::msg("users-clear-filters")}
                </button>
            </div>
        }
        .into_any();
    }
    let i18n = expect_context::<I18n>();
    let page_ids: Vec<UserId> = page.users.iter().map(|u| u.id).collect();
    let ticked_here = {
        let ids = page_ids.clone();
        move || ids.iter().filter(|id| selection.has(**id)).count()
    };
    let whole_page = page_ids.len();
    let page_ids = StoredValue::new(page_ids);
    view! {
        <p class="result-count" role="status">
            {move || tr!("users-count", { "count" => count })}
        </p>
        <div class="table-wrap">
            <table class="users-table" data-testid="users-table">
                <thead>
                    <tr>
                        <th scope="col" class="select">
                            <input
                                type="checkbox"
                                data-testid="select-page"
                                aria-label=move || i18n.tr("bulk-select-page")
                                prop:checked={
                                    let ticked = ticked_here.clone();
                                    move || ticked() == whole_page
                                }
                                prop:indeterminate={
                                    let ticked = ticked_here.clone();
                                    move || { (1..whole_page).contains(&ticked()) }
                                }
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    page_ids.with_value(|ids| selection.set_many(ids, on));
                                }
                            />
                        </th>
                        <th scope="col">{i18n::msg("users-col-name")}</th>
                        <th scope="col">{i18n::msg("users-col-email")}</th>
                        <th scope="col">{i18n::msg("users-col-role")}</th>
                        <th scope="col">{i18n::msg("users-col-entity")}</th>
                        <th scope="col">{i18n::msg("users-col-status")}</th>
                        <th scope="col" class="num">
                            {i18n::msg("users-col-services")}
                        </th>
                        <th scope="col">{i18n::msg("users-col-last-sign-in")}</th>
                        <th scope="col">{i18n::msg("users-col-policy")}</th>
                        <th scope="col">
                            <span class="visually-hidden">{i18n::msg("users-col-actions")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {page
                        .users
                        .into_iter()
                        .map(|u| view! { <UserRowView user=u actions=actions selection=selection /> })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn UserRowView(
    /// The user shown.
    user: UserRow,
    /// What the row's menu does.
    actions: UserActions,
    /// The people ticked.
    selection: Selection,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let id = user.id;
    let tick_label = {
        let name = format!("{} {}", user.first_name, user.last_name);
        move || tr!(i18n, "bulk-select-person", { "name" => name.clone() })
    };
    let name = format!("{} {}", user.first_name, user.last_name);
    let href = format!("/users/{}", user.id);
    let role_id = i18n::role_name_id(user.role);
    let last_sign_in = match user.last_sign_in_at {
        Some(at) => view! { <Moment at=at relative=true /> }.into_any(),
        None => view! { {move || i18n::t("users-never")} }.into_any(),
    };
    let link_text = name.clone();
    let policy = match (user.policy_outdated, user.consent_version.clone(), user.consent_at) {
        (false, Some(version), Some(at)) => view! {
            <span class="policy-version">{version}</span>
            <br />
            <span class="hint">
                <Moment at=at day=true />
            </span>
        }
        .into_any(),
        (_, before, _) => view! {
            <span class="badge badge-policy-outdated" data-testid="policy-outdated">
                {move || i18n::t("users-policy-outdated")}
            </span>
            {before
                .map(|version| {
                    view! {
                        <br />
                        <span class="hint">{version}</span>
                    }
                })}
        }
        .into_any(),
    };
    view! {
        <tr data-user-id=user.id.0 class:selected=move || selection.has(id)>
            <td class="select">
                <input
                    type="checkbox"
                    data-testid="select-person"
                    aria-label=tick_label
                    prop:checked=move || selection.has(id)
                    on:change=move |ev| selection.set_many(&[id], event_target_checked(&ev))
                />
            </td>
            <th scope="row">
                <A href=href>
                    <bdi>{link_text}</bdi>
                </A>
            </th>
            <td class="email">
                {user.email.clone()}
                {(!user.email_verified)
                    .then(|| {
                        view! {
                            <br />
                            <span class="hint" data-testid="email-unverified">
                                {move || i18n::t("users-email-unverified")}
                            </span>
                        }
                    })}
            </td>
            <td>{move || i18n::t(role_id)}</td>
            <td class="entity">
                <bdi>{user.entity.name.clone()}</bdi>
            </td>
            <td>
                <StatusBadge status=user.status invitation_expired=user.invitation_expired />
            </td>
            <td class="num">{user.services}</td>
            <td>{last_sign_in}</td>
            <td class="policy" data-policy=user.consent_version.clone().unwrap_or_default()>
                {policy}
            </td>
            <td>
                <RowMenu user=user.clone() name=name actions=actions i18n=i18n />
            </td>
        </tr>
    }
}
