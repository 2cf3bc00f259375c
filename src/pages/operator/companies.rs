//! The companies: searched by name, filtered by status, each with its people, single sign-on
//! and creation date; Suspend, Reactivate and Close behind a confirmation, and its data to
//! download (before a closure).

use espace_api::operator::{CompanyQuery, CompanyRow, CompanyStatus, CLOSURE_GRACE_DAYS};
use espace_api::CompanyId;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::components::error_details::ErrorPanel;
use crate::components::load_error::Loaded;
use crate::components::table_region::TableRegion;
use crate::components::time;
use crate::components::toast::use_toasts;
use crate::i18n;

/// What an operator does to a company.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Suspend,
    Reactivate,
    Close,
}

impl Change {
    /// The button's text, also the confirmation's.
    fn verb(self) -> &'static str {
        match self {
            Change::Suspend => "operator-suspend",
            Change::Reactivate => "operator-reactivate",
            Change::Close => "operator-close",
        }
    }

    fn done(self) -> &'static str {
        match self {
            Change::Suspend => "operator-suspended",
            Change::Reactivate => "operator-reactivated",
            Change::Close => "operator-closed",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Change::Reactivate => "button secondary",
            Change::Suspend | Change::Close => "button danger-outline",
        }
    }
}

/// The change a confirmation is asked for, and the company's name.
type Pending = Option<(CompanyId, String, Change)>;

#[component]
pub fn CompaniesSection(
    /// Bumped after each change, to load again; bumped here after one.
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
    let act = Action::new_local(move |(id, change): &(CompanyId, Change)| {
        let (id, change) = (*id, *change);
        async move {
            let result = match change {
                Change::Suspend => api::operator::set_status(id, CompanyStatus::Suspended).await,
                Change::Reactivate => api::operator::set_status(id, CompanyStatus::Active).await,
                Change::Close => api::operator::close(id).await,
            };
            confirming.set(None);
            if result.is_ok() {
                toasts.show(change.done());
                changed.update(|n| *n += 1);
            }
            result
        }
    });
    let title = Signal::derive(move || match confirming.get() {
        Some((_, name, Change::Suspend)) => tr!("operator-suspend-title", { "company" => name }),
        Some((_, name, Change::Reactivate)) => tr!("operator-reactivate-title", { "company" => name }),
        Some((_, name, Change::Close)) => tr!("operator-close-title", { "company" => name }),
        None => String::new(),
    });
    let body = Signal::derive(move || match confirming.get() {
        Some((_, _, Change::Suspend)) => i18n::t("operator-suspend-body"),
        Some((_, _, Change::Reactivate)) => i18n::t("operator-reactivate-body"),
        Some((_, _, Change::Close)) => tr!("operator-close-body", { "days" => CLOSURE_GRACE_DAYS }),
        None => String::new(),
    });
    let confirm_label = Signal::derive(move || confirming.get().map(|(_, _, c)| i18n::t(c.verb())).unwrap_or_default());
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
            {move || act.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=companies let:rows>
                <CompaniesTable rows=rows confirming=confirming />
            </Loaded>
            <ConfirmDialog
                open=Signal::derive(move || confirming.with(Option::is_some))
                title=title
                body=body
                confirm_label=confirm_label
                danger=Signal::derive(move || {
                    matches!(confirming.get(), Some((_, _, Change::Suspend | Change::Close)))
                })
                on_confirm=move |()| {
                    if let Some((id, _, change)) = confirming.get_untracked() {
                        act.dispatch((id, change));
                    }
                }
                on_cancel=move |()| confirming.set(None)
            />
        </section>
    }
}

/// "Active", "Suspended", or "Closing: erased on 5 Jan 2027".
fn status_text(row: &CompanyRow) -> impl Fn() -> String + Send + Sync + 'static {
    let (status, closes_at) = (row.status, row.closes_at);
    move || match (closes_at, status) {
        (Some(at), _) => tr!("operator-status-closing", { "date" => time::date(i18n::language(), at) }),
        (None, CompanyStatus::Active) => i18n::t("operator-status-active"),
        (None, CompanyStatus::Suspended) => i18n::t("operator-status-suspended"),
    }
}

/// The table's columns (Fluent ids).
const HEADINGS: [&str; 6] = [
    "operator-column-name",
    "operator-column-status",
    "operator-column-users",
    "operator-column-sso",
    "operator-column-created",
    "operator-column-actions",
];

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
            let (id, created) = (c.id, c.created_at);
            let changes: &[Change] = match (c.status, c.closes_at) {
                (CompanyStatus::Active, _) => &[Change::Suspend, Change::Close],
                (CompanyStatus::Suspended, None) => &[Change::Reactivate, Change::Close],
                (CompanyStatus::Suspended, Some(_)) => &[Change::Reactivate],
            };
            let buttons = changes
                .iter()
                .map(|&change| {
                    let name = c.name.clone();
                    let label = {
                        let name = name.clone();
                        move || match change {
                            Change::Suspend => tr!("operator-suspend-label", { "company" => name.clone() }),
                            Change::Reactivate => tr!("operator-reactivate-label", { "company" => name.clone() }),
                            Change::Close => tr!("operator-close-label", { "company" => name.clone() }),
                        }
                    };
                    view! {
                        <button
                            type="button"
                            class=change.class()
                            data-change=change.verb()
                            aria-label=label
                            on:click=move |_| confirming.set(Some((id, name.clone(), change)))
                        >
                            {i18n::msg(change.verb())}
                        </button>
                    }
                })
                .collect_view();
            let export_label = {
                let name = c.name.clone();
                move || tr!("operator-export-label", { "company" => name.clone() })
            };
            view! {
                <tr data-testid="operator-company">
                    <th scope="row">
                        <a href=format!("/operator/companies/{id}") data-testid="operator-company-link">
                            <bdi>{c.name.clone()}</bdi>
                        </a>
                    </th>
                    <td data-testid="operator-company-status">{status_text(&c)}</td>
                    <td>{c.users}</td>
                    <td>{i18n::msg(if c.sso { "operator-sso-on" } else { "operator-sso-off" })}</td>
                    <td>{move || time::date(i18n::language(), created)}</td>
                    <td class="operator-actions">
                        {buttons}
                        <a
                            class="button secondary"
                            href=format!("/api/operator/companies/{id}/export")
                            download=format!("company-{id}.zip")
                            aria-label=export_label
                            data-testid="operator-export"
                        >
                            {i18n::msg("operator-export")}
                        </a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion labelled_by="operator-companies-title" headings=&HEADINGS testid="operator-companies">
            {rows}
        </TableRegion>
    }
    .into_any()
}
