//! `/operator/companies/:id`: one company, renamed here, with each service it ordered (seats
//! held, seats today, every order) and the forms to order more or change an order (`orders`).

use espace_api::catalogue::{CompanyDetail, CompanyRename, CompanyService, Order};
use espace_api::operator::CompanyStatus;
use espace_api::{ApiError, CompanyId, ErrorCode};
use leptos::prelude::*;
use leptos::Params;
use leptos_fluent::tr;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use super::frame::OperatorFrame;
use super::orders::{ChangeOrderDialog, NewOrderForm};
use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::form::use_submit;
use crate::components::form_dialog::FormDialog;
use crate::components::load_error::Loaded;
use crate::components::table_region::TableRegion;
use crate::components::time;
use crate::components::toast::use_toasts;
use crate::i18n;

/// `/operator/companies/:id`.
#[derive(Params, Debug, Clone, PartialEq)]
struct CompanyParams {
    id: Option<CompanyId>,
}

#[component]
pub fn OperatorCompanyPage() -> impl IntoView {
    let params = use_params::<CompanyParams>();
    // An address whose id is not a number names no company: "not found", as for an unknown id.
    let id = Memo::new(move |_| params.with(|p| p.as_ref().ok().and_then(|p| p.id)));
    let detail = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => api::operator::company(id).await,
                None => Err(ApiError::new(ErrorCode::NotFound)),
            }
        }
    });
    view! {
        <OperatorFrame title="operator-company-title">
            <p>
                <a href="/operator">{i18n::msg("operator-company-back")}</a>
            </p>
            <Loaded resource=detail let:loaded>
                <Company detail=loaded reload=Callback::new(move |()| detail.refetch()) />
            </Loaded>
        </OperatorFrame>
    }
}

#[component]
fn Company(
    /// The company and its services.
    detail: CompanyDetail,
    /// Loads the company again, after a change.
    reload: Callback<()>,
) -> impl IntoView {
    let company = detail.company.clone();
    let id = company.id;
    let renaming = RwSignal::new(false);
    let changing = RwSignal::new(None::<(Order, String)>);
    let status = match (company.closes_at, company.status) {
        (Some(_), _) => "operator-status-closing-short",
        (None, CompanyStatus::Active) => "operator-status-active",
        (None, CompanyStatus::Suspended) => "operator-status-suspended",
    };
    let users = company.users;
    view! {
        <section aria-labelledby="operator-company-name">
            <h2 id="operator-company-name" data-testid="operator-company-name">
                <bdi>{company.name.clone()}</bdi>
            </h2>
            <p data-testid="operator-company-facts">
                {i18n::msg(status)} " · " {move || tr!("operator-company-people", { "count" => users })}
            </p>
            <button
                type="button"
                class="button secondary"
                data-testid="operator-rename"
                on:click=move |_| renaming.set(true)
            >
                {i18n::msg("operator-rename")}
            </button>
            <RenameDialog id=id name=company.name.clone() open=renaming reload=reload />
        </section>
        <section>
            <h2 id="operator-services-title">{i18n::msg("operator-services-title")}</h2>
            <p>{i18n::msg("operator-services-intro")}</p>
            <ServicesTable services=detail.services.clone() changing=changing />
        </section>
        <NewOrderForm company=id reload=reload />
        <ChangeOrderDialog company=id changing=changing reload=reload />
    }
}

/// The services with their seats and orders, each order with a button to change it.
/// The table's columns (Fluent ids).
const HEADINGS: [&str; 3] = ["operator-column-service", "operator-column-seats", "operator-column-orders"];

#[component]
fn ServicesTable(
    /// The company's services.
    services: Vec<CompanyService>,
    /// Set to the order to change and its service's name.
    changing: RwSignal<Option<(Order, String)>>,
) -> impl IntoView {
    if services.is_empty() {
        return view! { <p data-testid="operator-no-services">{i18n::msg("operator-no-services")}</p> }.into_any();
    }
    let rows = services
        .into_iter()
        .map(|s| {
            let named = s.service.clone();
            let name = move || named.name(i18n::language()).to_owned();
            let (used, total) = (s.seats_used, s.seats_total);
            let over = used > total;
            let orders = s
                .orders
                .iter()
                .map(|order| {
                    let order = order.clone();
                    let service = s.service.clone();
                    view! { <OrderItem order=order service=service changing=changing /> }
                })
                .collect_view();
            view! {
                <tr data-testid="operator-service">
                    <th scope="row">
                        <bdi>{name}</bdi>
                    </th>
                    <td data-testid="operator-seats" class:over=over>
                        {move || tr!("operator-seats", { "used" => used, "total" => total })}
                    </td>
                    <td>
                        <ul class="operator-orders">{orders}</ul>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion labelled_by="operator-services-title" headings=&HEADINGS testid="operator-services">
            {rows}
        </TableRegion>
    }
    .into_any()
}

/// "10 seats, from 7 Dec 2026 to 31 Jan 2027", and its Change button.
#[component]
fn OrderItem(
    /// The order.
    order: Order,
    /// Its service, named in the page's language.
    service: espace_api::catalogue::ProviderService,
    /// Set to this order when Change is pressed.
    changing: RwSignal<Option<(Order, String)>>,
) -> impl IntoView {
    let text = {
        let order = order.clone();
        move || {
            let lang = i18n::language();
            let from = time::day(lang, &order.starts_on);
            match &order.ends_on {
                Some(end) => tr!("operator-order-until", {
                    "seats" => order.seats, "from" => from, "until" => time::day(lang, end)
                }),
                None => tr!("operator-order-open", { "seats" => order.seats, "from" => from }),
            }
        }
    };
    let label = {
        let (text, service) = (text.clone(), service.clone());
        move || {
            tr!("operator-order-change-label", {
                "service" => service.name(i18n::language()).to_owned(), "order" => text()
            })
        }
    };
    view! {
        <li data-testid="operator-order">
            <span>{text}</span>
            " "
            <button
                type="button"
                class="button secondary small"
                aria-label=label
                data-testid="operator-order-change"
                on:click=move |_| changing.set(Some((order.clone(), service.name(i18n::language()).to_owned())))
            >
                {i18n::msg("operator-order-change")}
            </button>
        </li>
    }
}

/// A new name in a dialog; the operators' log keeps the former one.
#[component]
fn RenameDialog(
    /// The company.
    id: CompanyId,
    /// Its name now.
    name: String,
    /// Open while true.
    open: RwSignal<bool>,
    /// Loads the company again, once renamed.
    reload: Callback<()>,
) -> impl IntoView {
    let toasts = use_toasts();
    let value = RwSignal::new(name.clone());
    let rename = use_submit(
        |_: RenameField| "operator-rename-name",
        move |request: CompanyRename| api::operator::rename(id, request),
        move |_: CompanyDetail| {
            open.set(false);
            toasts.show("operator-renamed");
            reload.run(());
        },
    );
    let on_submit = move |()| {
        let request = CompanyRename { name: value.get_untracked() };
        let problems = request.validate();
        rename.send(request, problems);
    };
    view! {
        <FormDialog
            id="operator-rename-dialog"
            open=open
            title=i18n::msg("operator-rename-title")
            submit_label=i18n::msg("operator-rename-save")
            busy=rename.pending()
            on_submit=on_submit
            on_cancel=move |()| {
                value.set(name.clone());
                rename.clear();
                open.set(false);
            }
        >
            {move || rename.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <TextField
                id="operator-rename-name"
                label=i18n::msg("operator-new-name")
                value=value
                error=rename.error(RenameField::Name)
                autocomplete="organization"
                required=true
            />
        </FormDialog>
    }
}

espace_api::fields! {
    /// The rename form's one field.
    enum RenameField {
        Name = "name",
    }
}
