//! The companies: searched by name, filtered by status, each with its people, single sign-on
//! and creation date, and Suspend or Reactivate behind a confirmation.

use espace_api::operator::{CompanyQuery, CompanyRow, CompanyStatus};
use espace_api::CompanyId;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::components::error_details::ErrorPanel;
use crate::components::load_error::Loaded;
use crate::components::time;
use crate::components::toast::use_toasts;
use crate::i18n;

fn status_message_id(status: CompanyStatus) -> &'static str {
    match status {
        CompanyStatus::Active => "operator-status-active",
        CompanyStatus::Suspended => "operator-status-suspended",
    }
}

/// The change a confirmation is asked for: the company and the status it would get.
type Pending = Option<(CompanyId, String, CompanyStatus)>;

#[component]
pub fn CompaniesSection(
    /// Bumped after each change, to load again; bumped here after a suspension.
    changed: RwSignal<u32>,
) -> impl IntoView {
    let toasts = use_toasts();
    let search = RwSignal::new(String::new());
    let status = RwSignal::new(None::<CompanyStatus>);
    let companies = LocalResource::new(move || {
        changed.track();
        api::operator::companies(CompanyQuery { q: search.get(), status: status.get() })
    });
    let confirming = RwSignal::new(None as Pending);
    let change = Action::new_local(move |(id, to): &(CompanyId, CompanyStatus)| {
        let (id, to) = (*id, *to);
        async move {
            let result = api::operator::set_status(id, to).await;
            confirming.set(None);
            if result.is_ok() {
                toasts.show(match to {
                    CompanyStatus::Suspended => "operator-suspended",
                    CompanyStatus::Active => "operator-reactivated",
                });
                changed.update(|n| *n += 1);
            }
            result
        }
    });
    let title = Signal::derive(move || match confirming.get() {
        Some((_, name, CompanyStatus::Suspended)) => tr!("operator-suspend-title", { "company" => name }),
        Some((_, name, CompanyStatus::Active)) => tr!("operator-reactivate-title", { "company" => name }),
        None => String::new(),
    });
    let body = Signal::derive(move || match confirming.get() {
        Some((_, _, CompanyStatus::Suspended)) => i18n::t("operator-suspend-body"),
        Some((_, _, CompanyStatus::Active)) => i18n::t("operator-reactivate-body"),
        None => String::new(),
    });
    let confirm_label = Signal::derive(move || match confirming.get() {
        Some((_, _, CompanyStatus::Active)) => i18n::t("operator-reactivate"),
        _ => i18n::t("operator-suspend"),
    });
    view! {
        <section>
            <h2 id="operator-companies-title">{i18n::msg("operator-companies-title")}</h2>
            <div class="operator-filters">
                <div class="field">
                    <label for="operator-search">{i18n::msg("operator-search")}</label>
                    <input id="operator-search" type="search" bind:value=search />
                </div>
                <div class="field">
                    <label for="operator-status">{i18n::msg("operator-status-filter")}</label>
                    <select
                        id="operator-status"
                        on:change=move |ev| {
                            let chosen = match event_target_value(&ev).as_str() {
                                "active" => Some(CompanyStatus::Active),
                                "suspended" => Some(CompanyStatus::Suspended),
                                _ => None,
                            };
                            status.set(chosen);
                        }
                    >
                        <option value="">{i18n::msg("operator-status-all")}</option>
                        <option value="active">{i18n::msg("operator-status-active")}</option>
                        <option value="suspended">{i18n::msg("operator-status-suspended")}</option>
                    </select>
                </div>
            </div>
            {move || change.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=companies let:rows>
                <CompaniesTable rows=rows confirming=confirming />
            </Loaded>
            <ConfirmDialog
                open=Signal::derive(move || confirming.with(Option::is_some))
                title=title
                body=body
                confirm_label=confirm_label
                danger=Signal::derive(move || matches!(confirming.get(), Some((_, _, CompanyStatus::Suspended))))
                on_confirm=move |()| {
                    if let Some((id, _, to)) = confirming.get_untracked() {
                        change.dispatch((id, to));
                    }
                }
                on_cancel=move |()| confirming.set(None)
            />
        </section>
    }
}

#[component]
fn CompaniesTable(
    /// The companies found.
    rows: Vec<CompanyRow>,
    /// Set to the change to confirm.
    confirming: RwSignal<Pending>,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p data-testid="operator-no-companies">{i18n::msg("operator-no-companies")}</p> }.into_any();
    }
    let rows = rows
        .into_iter()
        .map(|c| {
            let (id, created, status) = (c.id, c.created_at, c.status);
            let name = c.name.clone();
            let to = match status {
                CompanyStatus::Active => CompanyStatus::Suspended,
                CompanyStatus::Suspended => CompanyStatus::Active,
            };
            let label = {
                let name = name.clone();
                move || match to {
                    CompanyStatus::Suspended => tr!("operator-suspend-label", { "company" => name.clone() }),
                    CompanyStatus::Active => tr!("operator-reactivate-label", { "company" => name.clone() }),
                }
            };
            view! {
                <tr data-testid="operator-company">
                    <th scope="row">
                        <bdi>{c.name.clone()}</bdi>
                    </th>
                    <td data-testid="operator-company-status">{i18n::msg(status_message_id(status))}</td>
                    <td>{c.users}</td>
                    <td>{i18n::msg(if c.sso { "operator-sso-on" } else { "operator-sso-off" })}</td>
                    <td>{move || time::date(i18n::language(), created)}</td>
                    <td>
                        <button
                            type="button"
                            class=match to {
                                CompanyStatus::Suspended => "button danger-outline",
                                CompanyStatus::Active => "button secondary",
                            }
                            aria-label=label
                            on:click=move |_| confirming.set(Some((id, name.clone(), to)))
                        >
                            {i18n::msg(
                                match to {
                                    CompanyStatus::Suspended => "operator-suspend",
                                    CompanyStatus::Active => "operator-reactivate",
                                },
                            )}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="operator-companies-title">
            <table class="users-table" data-testid="operator-companies">
                <thead>
                    <tr>
                        <th scope="col">{i18n::msg("operator-column-name")}</th>
                        <th scope="col">{i18n::msg("operator-column-status")}</th>
                        <th scope="col">{i18n::msg("operator-column-users")}</th>
                        <th scope="col">{i18n::msg("operator-column-sso")}</th>
                        <th scope="col">{i18n::msg("operator-column-created")}</th>
                        <th scope="col">{i18n::msg("operator-column-actions")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
