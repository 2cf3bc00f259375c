//! Ordering a service for a company, and changing an order's seats or last day. The contract
//! checks days and numbers as the server does; the server alone knows the seats held, and a
//! change that would leave fewer seats than that comes back under the field, with the number
//! to free.

use espace_api::catalogue::{CompanyDetail, NewOrder, Order, OrderChange, OrderField, ORDER_SEATS_MAX};
use espace_api::fields::Fields as _;
use espace_api::{CompanyId, FieldError, FieldErrorCode};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredNote, TextField};
use crate::components::form::use_submit;
use crate::components::form_dialog::FormDialog;
use crate::components::load_error::Loaded;
use crate::components::time;
use crate::components::toast::use_toasts;
use crate::i18n;

/// The seats typed: a whole number up to `ORDER_SEATS_MAX` (a number input gives "" for what
/// is not one).
fn seats(text: &str, problems: &mut Vec<FieldError>) -> u32 {
    let field = OrderField::Seats.name().to_owned();
    match text.trim().parse::<u32>() {
        Ok(n) => n,
        Err(_) if text.trim().is_empty() => {
            problems.push(FieldError { field, code: FieldErrorCode::Required, max: None });
            0
        }
        Err(_) => {
            problems.push(FieldError { field, code: FieldErrorCode::TooLarge, max: Some(ORDER_SEATS_MAX) });
            0
        }
    }
}

/// The contract's findings on fields the typed text did not already fail.
fn merge(problems: &mut Vec<FieldError>, more: Vec<FieldError>) {
    for found in more {
        if !problems.iter().any(|p| p.field == found.field) {
            problems.push(found);
        }
    }
}

/// An empty day field is no day.
fn day(text: String) -> Option<String> {
    Some(text.trim().to_owned()).filter(|d| !d.is_empty())
}

fn new_order_input(field: OrderField) -> &'static str {
    match field {
        OrderField::ServiceId => "order-service",
        OrderField::Seats => "order-seats",
        OrderField::StartsOn => "order-starts-on",
        OrderField::EndsOn => "order-ends-on",
    }
}

#[component]
pub fn NewOrderForm(
    /// The company ordering.
    company: CompanyId,
    /// Loads the company again once ordered.
    reload: Callback<()>,
) -> impl IntoView {
    let catalogue = LocalResource::new(api::operator::catalogue);
    let toasts = use_toasts();
    let service = RwSignal::new(String::new());
    let seats_text = RwSignal::new(String::new());
    let starts_on = RwSignal::new(time::today());
    let ends_on = RwSignal::new(String::new());
    let order = use_submit(
        new_order_input,
        move |request: NewOrder| api::operator::place_order(company, request),
        move |_: CompanyDetail| {
            seats_text.set(String::new());
            ends_on.set(String::new());
            toasts.show("operator-ordered");
            reload.run(());
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        let service_id = service.get_untracked().parse::<i64>().unwrap_or_default();
        if service_id == 0 {
            let field = OrderField::ServiceId.name().to_owned();
            problems.push(FieldError { field, code: FieldErrorCode::Required, max: None });
        }
        let seats = seats(&seats_text.get_untracked(), &mut problems);
        let request = NewOrder {
            service_id,
            seats,
            starts_on: day(starts_on.get_untracked()),
            ends_on: day(ends_on.get_untracked()),
        };
        merge(&mut problems, request.validate());
        order.send(request, problems);
    };
    let service_error = order.error(OrderField::ServiceId);
    let pending = order.pending();
    view! {
        <section aria-labelledby="operator-order-title">
            <h2 id="operator-order-title">{i18n::msg("operator-order-title")}</h2>
            <p>{i18n::msg("operator-order-intro")}</p>
            {move || order.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=catalogue let:services>
                <form class="card" novalidate=true on:submit=on_submit data-testid="operator-new-order">
                    <RequiredNote />
                    <div class="field">
                        <label for="order-service">
                            {i18n::msg("operator-order-service")} <span aria-hidden="true">" *"</span>
                        </label>
                        <select
                            id="order-service"
                            required=true
                            aria-describedby="order-service-error"
                            aria-invalid=move || service_error.with(Option::is_some).to_string()
                            on:change=move |ev| service.set(event_target_value(&ev))
                        >
                            <option value="" selected=move || service.with(String::is_empty)>
                                {i18n::msg("operator-order-choose")}
                            </option>
                            {services
                                .into_iter()
                                .map(|s| {
                                    let value = s.id.to_string();
                                    let chosen = value.clone();
                                    view! {
                                        <option value=value selected=move || service.with(|v| *v == chosen)>
                                            {move || s.name(i18n::language()).to_owned()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                        <p id="order-service-error" class="field-error">
                            {service_error}
                        </p>
                    </div>
                    <TextField
                        id="order-seats"
                        label=i18n::msg("operator-order-seats")
                        value=seats_text
                        input_type="number"
                        error=order.error(OrderField::Seats)
                        required=true
                    />
                    <TextField
                        id="order-starts-on"
                        label=i18n::msg("operator-order-starts-on")
                        value=starts_on
                        input_type="date"
                        hint=i18n::msg("operator-order-days-hint")
                        error=order.error(OrderField::StartsOn)
                    />
                    <TextField
                        id="order-ends-on"
                        label=i18n::msg("operator-order-ends-on")
                        value=ends_on
                        input_type="date"
                        hint=i18n::msg("operator-order-ends-on-hint")
                        error=order.error(OrderField::EndsOn)
                    />
                    <button
                        type="submit"
                        class="button primary"
                        disabled=move || pending.get()
                        aria-busy=move || pending.get().to_string()
                    >
                        {i18n::msg("operator-order-submit")}
                    </button>
                </form>
            </Loaded>
        </section>
    }
}

fn change_input(field: OrderField) -> &'static str {
    match field {
        OrderField::Seats => "order-change-seats",
        OrderField::EndsOn => "order-change-ends-on",
        // Neither changes after the order is placed.
        OrderField::ServiceId | OrderField::StartsOn => "order-change-seats",
    }
}

/// New seats or a new last day for an order, in a dialog.
#[component]
pub fn ChangeOrderDialog(
    /// The company.
    company: CompanyId,
    /// The order being changed and its service's name; `None` closes the dialog.
    changing: RwSignal<Option<(Order, String)>>,
    /// Loads the company again once changed.
    reload: Callback<()>,
) -> impl IntoView {
    let toasts = use_toasts();
    let seats_text = RwSignal::new(String::new());
    let ends_on = RwSignal::new(String::new());
    let change = use_submit(
        change_input,
        move |(id, request): (i64, OrderChange)| api::operator::change_order(company, id, request),
        move |_: CompanyDetail| {
            changing.set(None);
            toasts.show("operator-order-changed");
            reload.run(());
        },
    );
    // Each opening starts from the order as it is, with no old error (an opening, not an
    // action's answer).
    Effect::new(move |previous: Option<Option<i64>>| {
        let current = changing.with(|c| c.as_ref().map(|(order, _)| (order.id, order.seats, order.ends_on.clone())));
        let id = current.as_ref().map(|(id, _, _)| *id);
        if let Some((_, seats, end)) = current.filter(|_| previous.flatten() != id) {
            seats_text.set(seats.to_string());
            ends_on.set(end.unwrap_or_default());
            change.clear();
        }
        id
    });
    let on_submit = move |()| {
        let Some((order, _)) = changing.get_untracked() else { return };
        let mut problems = Vec::new();
        let seats = seats(&seats_text.get_untracked(), &mut problems);
        let request = OrderChange { seats, ends_on: day(ends_on.get_untracked()) };
        merge(&mut problems, request.validate(&order.starts_on));
        change.send((order.id, request), problems);
    };
    let title = move || {
        changing
            .get()
            .map(|(order, service)| {
                let from = time::day(i18n::language(), &order.starts_on);
                tr!("operator-order-change-title", { "service" => service, "from" => from })
            })
            .unwrap_or_default()
    };
    view! {
        <FormDialog
            id="operator-order-dialog"
            open=Signal::derive(move || changing.with(Option::is_some))
            title=Signal::derive(title)
            submit_label=i18n::msg("operator-order-change-save")
            busy=change.pending()
            on_submit=on_submit
            on_cancel=move |()| changing.set(None)
        >
            <p>{i18n::msg("operator-order-change-intro")}</p>
            {move || change.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <TextField
                id="order-change-seats"
                label=i18n::msg("operator-order-seats")
                value=seats_text
                input_type="number"
                error=change.error(OrderField::Seats)
                required=true
            />
            <TextField
                id="order-change-ends-on"
                label=i18n::msg("operator-order-ends-on")
                value=ends_on
                input_type="date"
                hint=i18n::msg("operator-order-ends-on-hint")
                error=change.error(OrderField::EndsOn)
            />
        </FormDialog>
    }
}
