//! The operators' own audit log: who did what to which company, newest first.

use espace_api::operator::{OperatorAction, OperatorEvent};
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::load_error::Loaded;
use crate::components::time;
use crate::i18n;

fn what(event: &OperatorEvent) -> String {
    let (company, detail) = (event.company.clone(), event.detail.clone());
    match event.action {
        OperatorAction::CompanyCreated => tr!("operator-event-company-created", { "company" => company }),
        OperatorAction::CompanySuspended => tr!("operator-event-company-suspended", { "company" => company }),
        OperatorAction::CompanyReactivated => tr!("operator-event-company-reactivated", { "company" => company }),
        OperatorAction::CompanyClosed => tr!("operator-event-company-closed", { "company" => company }),
        OperatorAction::CompanyErased => tr!("operator-event-company-erased", { "company" => company }),
        OperatorAction::CompanyRenamed => {
            tr!("operator-event-company-renamed", { "company" => company, "former" => detail })
        }
        OperatorAction::ServiceAdded => tr!("operator-event-service-added", { "service" => detail }),
        OperatorAction::ServiceChanged => tr!("operator-event-service-changed", { "service" => detail }),
        OperatorAction::OrderPlaced => tr!("operator-event-order-placed", { "company" => company, "order" => detail }),
        OperatorAction::OrderChanged => {
            tr!("operator-event-order-changed", { "company" => company, "order" => detail })
        }
        OperatorAction::TokenCreated => tr!("operator-event-token-created", { "name" => detail }),
        OperatorAction::TokenRevoked => tr!("operator-event-token-revoked", { "name" => detail }),
        OperatorAction::OperatorInvited => tr!("operator-event-operator-invited", { "email" => detail }),
        OperatorAction::OperatorDisabled => tr!("operator-event-operator-disabled", { "email" => detail }),
        OperatorAction::OperatorEnabled => tr!("operator-event-operator-enabled", { "email" => detail }),
        OperatorAction::OperatorReset => tr!("operator-event-operator-reset", { "email" => detail }),
        OperatorAction::SignedIn => tr!("operator-event-signed-in"),
        OperatorAction::PolicyPublished => tr!("operator-event-policy-published", { "version" => detail }),
    }
}

#[component]
pub fn OperatorEvents(
    /// Bumped after each change, to load again.
    changed: RwSignal<u32>,
) -> impl IntoView {
    let events = LocalResource::new(move || {
        changed.track();
        api::operator::events()
    });
    view! {
        <section>
            <h2 id="operator-events-title">{i18n::msg("operator-events-title")}</h2>
            <Loaded resource=events let:events>
                {if events.is_empty() {
                    view! { <p>{i18n::msg("operator-events-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="operator-events" data-testid="operator-events">
                            {events
                                .into_iter()
                                .map(|e| {
                                    let at = e.at;
                                    let token = e
                                        .token
                                        .clone()
                                        .map(|name| {
                                            move || tr!("operator-event-through-token", { "name" => name.clone() })
                                        });
                                    let text = {
                                        let e = e.clone();
                                        move || what(&e)
                                    };
                                    view! {
                                        <li>
                                            <bdi>{text}</bdi>
                                            <span class="hint">
                                                " · "<bdi>{e.operator.clone()}</bdi>
                                                {token
                                                    .map(|token| {
                                                        view! {
                                                            " · "
                                                            <bdi>{token}</bdi>
                                                        }
                                                    })}" · " {move || time::date_time(i18n::language(), at)}
                                            </span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            </Loaded>
        </section>
    }
}
