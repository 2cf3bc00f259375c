//! `/users`: search, filters, sort and pages, all kept in the URL so reload, back and a shared
//! link show the same list. One page at a time comes from the server.

use espace_api::users::{Invitation, SortKey, UserListQuery, UserPage, UserRow, PAGE_SIZES};
use leptos::ev;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::api;
use crate::api::import::SheetFormat;
use crate::components::error_details::ErrorPanel;
use crate::components::load_error::{LoadingLine, RetryButton};
use crate::components::page_title::use_page_title;
use crate::components::status_badge::StatusBadge;
use crate::components::time::Moment;
use crate::i18n;
use crate::pages::users::actions::{action_label_id, ActionDialog, Pending, UserActions};
use crate::pages::users::entity_fields::load_entities;

mod bulk;
mod bulk_report;
mod bulk_run;
mod chips;
mod controls;
mod policy_reminders;
mod renew;
mod selection;
mod table;
use bulk::BulkBar;
use chips::FilterChips;
use controls::{Pager, RowMenu};
use policy_reminders::PolicyReminders;
use renew::RenewInvitations;
use selection::Selection;
use table::UsersTable;

fn sort_message_id(sort: SortKey) -> &'static str {
    match sort {
        SortKey::Name => "users-sort-name",
        SortKey::LastSignIn => "users-sort-last-sign-in",
        SortKey::Created => "users-sort-created",
    }
}

#[component]
pub fn UsersListPage() -> impl IntoView {
    use_page_title("users-title");
    let session = crate::session::use_session();
    let location = use_location();
    let navigate = use_navigate();
    let query = Memo::new(move |_| location.search.with(|s| api::query::from_str::<UserListQuery>(s).normalized()));

    // Every change of search, filter, sort or page is a new URL.
    let go = StoredValue::new(move |q: UserListQuery, replace: bool| {
        navigate(&api::query::url("/users", &q), NavigateOptions { replace, scroll: false, ..Default::default() });
    });
    let update = move |f: &dyn Fn(&mut UserListQuery), replace: bool| {
        let mut q = query.get_untracked();
        f(&mut q);
        go.with_value(|go| go(q, replace));
    };

    // The list as filtered and sorted, every page, in the interface's language.
    let export_href = move |format: SheetFormat| query.with(|q| api::users::export_href(q, format, i18n::language()));

    let retried = StoredValue::new(false);
    let page = LocalResource::new(move || {
        let q = query.get();
        async move { api::users::list(&q).await }
    });
    let actions = UserActions::new(Callback::new(move |_| page.refetch()));
    // Ticks survive paging and sorting; a new search or filter is a new set of people.
    let selection = Selection::new();
    let filter = Memo::new(move |_| {
        query.with(|q| UserListQuery { page: 1, size: 0, sort: SortKey::default(), desc: None, ..q.clone() })
    });
    Effect::new(move |previous: Option<UserListQuery>| {
        let now = filter.get();
        if previous.is_some_and(|p| p != now) {
            selection.clear();
        }
        now
    });
    // How many the filters match, once the page has loaded.
    let listed = move || page.with(|p| p.as_ref().and_then(|r| r.as_ref().ok()).map_or(0, |p| p.total));
    // The entity filter shows only when there is a choice to make.
    let entities = load_entities();
    let entity_choices = move || entities.get().and_then(Result::ok).filter(|list| list.len() > 1);

    // The search box: every keystroke is a new URL at once, no pause. The list's resource keeps
    // only the answer to the newest query: an answer a later keystroke made stale is dropped.
    let search = RwSignal::new(query.get_untracked().q);
    Effect::new(move |_| {
        let q = query.with(|q| q.q.clone());
        if search.get_untracked().trim() != q {
            search.set(q);
        }
    });
    let on_search = move |ev: ev::Event| {
        let text = event_target_value(&ev);
        search.set(text.clone());
        update(
            &|q| {
                q.q = text.trim().to_owned();
                q.page = 1;
            },
            true,
        );
    };

    view! {
        <section class="page users-page">
            <div class="page-heading">
                <h1>{i18n::msg("users-title")}</h1>
                <div class="page-actions">
                    <a
                        class="button secondary"
                        href=move || export_href(SheetFormat::Csv)
                        download=true
                        data-testid="users-export-csv"
                    >
                        {i18n::msg("users-export-csv")}
                    </a>
                    <a
                        class="button secondary"
                        href=move || export_href(SheetFormat::Xlsx)
                        download=true
                        data-testid="users-export-xlsx"
                    >
                        {i18n::msg("users-export-xlsx")}
                    </a>
                    <Show
                        when=move || !session.sso()
                        fallback=|| view! { <p class="hint">{i18n::msg("wizard-sso")}</p> }
                    >
                        <A href="/users/import" attr:class="button secondary" attr:data-testid="import-users">
                            {i18n::msg("users-import")}
                        </A>
                        <A href="/users/new" attr:class="button primary" attr:data-testid="add-users">
                            {i18n::msg("users-add")}
                        </A>
                    </Show>
                </div>
            </div>
            <div class="users-toolbar">
                <div class="field search">
                    <label for="users-search">{i18n::msg("users-search-label")}</label>
                    <input id="users-search" type="search" autocomplete="off" prop:value=search on:input=on_search />
                </div>
                <div class="field">
                    <label for="users-sort">{i18n::msg("users-sort-label")}</label>
                    <select
                        id="users-sort"
                        on:change=move |ev| {
                            let sort = SortKey::parse(&event_target_value(&ev)).unwrap_or_default();
                            update(
                                &|q| {
                                    q.sort = sort;
                                    q.desc = None;
                                    q.page = 1;
                                },
                                false,
                            );
                        }
                    >
                        {SortKey::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=s.as_str() selected=move || query.with(|q| q.sort == s)>
                                        {move || i18n::t(sort_message_id(s))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                {move || {
                    entity_choices()
                        .map(|list| {
                            view! {
                                <div class="field entity-filter">
                                    <label for="users-entity">{i18n::msg("users-col-entity")}</label>
                                    <select
                                        id="users-entity"
                                        on:change=move |ev| {
                                            let entity = event_target_value(&ev).parse().ok();
                                            update(
                                                &|q| {
                                                    q.entity = entity;
                                                    q.page = 1;
                                                },
                                                false,
                                            );
                                        }
                                    >
                                        <option value="" selected=move || query.with(|q| q.entity.is_none())>
                                            {i18n::msg("users-filter-all-entities")}
                                        </option>
                                        {list
                                            .into_iter()
                                            .map(|e| {
                                                let id = e.id;
                                                view! {
                                                    <option
                                                        value=id.0
                                                        selected=move || query.with(|q| q.entity == Some(id))
                                                    >
                                                        {e.name}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                            }
                        })
                }}
            </div>
            <div class="chip-groups">
                <FilterChips query=query on_change=Callback::new(move |q| go.with_value(|go| go(q, false))) />
            </div>
            <Show when=move || { query.with(|q| q.policy.is_some()) && listed() > 0 }>
                <PolicyReminders count=Signal::derive(listed) />
            </Show>
            <Show when=move || { query.with(|q| q.invitation == Some(Invitation::Expired)) && listed() > 0 }>
                <RenewInvitations count=Signal::derive(listed) on_done=Callback::new(move |()| page.refetch()) />
            </Show>
            {move || actions.error.get().map(|error| view! { <ErrorPanel error=error /> })}
            {move || match page.get() {
                None => view! { <LoadingLine /> }.into_any(),
                Some(Err(error)) => {
                    view! {
                        <ErrorPanel error=error />
                        <RetryButton retry=Callback::new(move |()| page.refetch()) retried=retried />
                    }
                        .into_any()
                }
                Some(Ok(result)) => {
                    view! {
                        <UsersTable
                            page=result
                            actions=actions
                            on_clear=move || update(&|q| *q = UserListQuery::default(), false)
                            selection=selection
                        />
                    }
                        .into_any()
                }
            }}
            // After the table, kept in view at the bottom of the screen while the table scrolls.
            <BulkBar
                selection=selection
                query=query
                matching=Signal::derive(listed)
                entities=entities
                on_done=Callback::new(move |()| page.refetch())
            />
            <Pager
                query=query
                on_page=move |(page, size)| update(
                    &|q| {
                        q.page = page;
                        q.size = size;
                    },
                    false,
                )
                page_data=page
            />
            <ActionDialog actions=actions />
        </section>
    }
}
