//! `/webhooks` (team administrators and Administrators): the addresses of the company's other
//! systems that Espace tells of every change as it happens, signed with a secret shown once.
//! An Administrator sees every endpoint; a team administrator, those limited to their entities.
//!
//! In parts: the list (`table`), the form to add or change one (`form`), an endpoint's page
//! (`detail`) with its deliveries (`deliveries`).

pub mod deliveries;
mod detail;
mod form;
mod table;

pub use detail::WebhookPage;

use espace_api::webhooks::{EndpointState, EndpointWithSecret, EventType};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api;
use crate::components::focus::focus_by_id;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::token_secret::{SecretPanel, SecretTexts};
use crate::i18n;
use crate::pages::users::entity_fields::load_entities;
use crate::session::use_session;
use form::{EndpointForm, Saved};
use table::EndpointsTable;

/// The secret panel's words for a webhook's signing secret.
pub const SECRET_TEXTS: SecretTexts = SecretTexts {
    title: "webhooks-secret-title",
    warning: "webhooks-secret-warning",
    store: "webhooks-secret-store",
    label: "webhooks-secret-label",
};

/// The message naming an endpoint's state: on, switched off, switched off by Espace.
fn state_message_id(state: EndpointState) -> &'static str {
    match state {
        EndpointState::On => "webhooks-state-on",
        EndpointState::Off => "webhooks-state-off",
        EndpointState::Failing => "webhooks-state-failing",
    }
}

fn state_class(state: EndpointState) -> &'static str {
    match state {
        EndpointState::On => "badge badge-active",
        EndpointState::Off => "badge badge-deactivated",
        EndpointState::Failing => "badge badge-locked",
    }
}

/// An event type in words, with its name as integrators write it.
fn event_view(event: EventType) -> impl IntoView {
    let i18n = expect_context::<leptos_fluent::I18n>();
    let id = event.message_id();
    view! { <span class="webhook-event">{move || i18n.tr(&id)}" " <code translate="no">{event.as_str()}</code></span> }
}

#[component]
pub fn WebhooksPage() -> impl IntoView {
    use_page_title("webhooks-title");
    let reader_admin = use_session().is_admin_untracked();
    let endpoints = LocalResource::new(api::webhooks::list);
    let entities = load_entities();
    // The endpoint just created, with its secret, until Done.
    let created = RwSignal::new(None::<EndpointWithSecret>);
    view! {
        <section class="page webhooks-page">
            <h1>{i18n::msg("webhooks-title")}</h1>
            <div class="tokens-intro">
                <p>{i18n::msg("webhooks-intro")}</p>
                <p>{i18n::msg("webhooks-intro-signature")}</p>
                <p>
                    <A href="/api-reference#webhooks">{i18n::msg("webhooks-reference-link")}</A>
                </p>
                <p class="hint">
                    {i18n::msg(if reader_admin { "webhooks-intro-admin" } else { "webhooks-intro-team" })}
                </p>
            </div>
            <h2 id="webhooks-list-title">{i18n::msg("webhooks-list-title")}</h2>
            <Loaded resource=endpoints let:list>
                <EndpointsTable endpoints=list />
            </Loaded>
            {move || {
                created
                    .get()
                    .map(|endpoint| {
                        view! {
                            <SecretPanel
                                name=endpoint.endpoint.url
                                secret=endpoint.secret
                                texts=SECRET_TEXTS
                                on_done=move |()| {
                                    created.set(None);
                                    request_animation_frame(|| focus_by_id("webhook-url"));
                                }
                            />
                        }
                    })
            }}
            <EndpointForm
                entities=entities
                reader_admin=reader_admin
                editing=None
                hidden=Signal::derive(move || created.with(Option::is_some))
                on_saved=move |saved| {
                    if let Saved::Created(endpoint) = saved {
                        created.set(Some(endpoint));
                    }
                    endpoints.refetch();
                }
            />
        </section>
    }
}
