//! `/webhooks/:id`: one endpoint, what it hears and reaches, its buttons (send a test event,
//! switch off or on, change, new secret, delete) and its latest deliveries, refreshed while
//! the page is open.

use espace_api::webhooks::{
    DeliveryStatus, Endpoint, EndpointDetail, EndpointId, EndpointRequest, EndpointState, EndpointWithSecret,
};
use espace_api::{ApiError, ErrorCode};
use leptos::prelude::*;
use leptos::Params;
use leptos_fluent::I18n;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params};
use leptos_router::params::Params;

use super::deliveries::DeliveriesTable;
use super::form::EndpointForm;
use super::{event_view, state_class, state_message_id, SECRET_TEXTS};
use crate::api;
use crate::api::client::ApiResult;
use crate::components::dialog::ConfirmDialog;
use crate::components::error_details::ErrorPanel;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::time::Moment;
use crate::components::toast::use_toasts;
use crate::components::token_secret::SecretPanel;
use crate::i18n;
use crate::pages::users::entity_fields::load_entities;
use crate::session::use_session;

/// Deliveries are read again this often while some wait to be sent.
const REFRESH_MS: u32 = 4000;

#[derive(Params, Debug, Clone, PartialEq)]
struct WebhookParams {
    id: Option<EndpointId>,
}

type Detail = LocalResource<ApiResult<EndpointDetail>>;

/// What a button of the page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Test,
    Switch(bool),
    Rotate,
    Delete,
}

#[component]
pub fn WebhookPage() -> impl IntoView {
    use_page_title("webhooks-detail-title");
    let params = use_params::<WebhookParams>();
    let id = Memo::new(move |_| params.with(|p| p.as_ref().ok().and_then(|p| p.id)));
    let detail: Detail = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => api::webhooks::detail(id).await,
                None => Err(ApiError::new(ErrorCode::NotFound)),
            }
        }
    });
    // Kept across loads: a reload redraws the endpoint, never what the reader is doing.
    let ui = PageState {
        editing: RwSignal::new(false),
        confirming: RwSignal::new(None),
        secret: RwSignal::new(None),
        error: RwSignal::new(None),
    };
    // Deliveries change without the reader: while some wait, read them again now and then,
    // unless the reader is changing the endpoint, answering a question or copying a secret.
    let refresh = move || {
        let busy = ui.editing.get_untracked()
            || ui.confirming.with_untracked(Option::is_some)
            || ui.secret.with_untracked(Option::is_some);
        let waiting = detail.get_untracked().and_then(Result::ok).is_some_and(|d| {
            d.endpoint.pending > 0 || d.deliveries.iter().any(|x| x.status == DeliveryStatus::Pending)
        });
        if waiting && !busy {
            detail.refetch();
        }
    };
    if let Ok(handle) = set_interval_with_handle(refresh, std::time::Duration::from_millis(REFRESH_MS.into())) {
        on_cleanup(move || handle.clear());
    }
    view! {
        <section class="page webhooks-page">
            <p class="back">
                <A href="/webhooks">{i18n::msg("webhooks-back")}</A>
            </p>
            <Loaded resource=detail let:d>
                <EndpointView detail=d resource=detail ui=ui />
            </Loaded>
        </section>
    }
}

/// What the reader is doing on the page, kept while the endpoint loads again.
#[derive(Clone, Copy)]
struct PageState {
    editing: RwSignal<bool>,
    confirming: RwSignal<Option<Ask>>,
    /// A new secret, shown until Done.
    secret: RwSignal<Option<EndpointWithSecret>>,
    error: RwSignal<Option<ApiError>>,
}

#[component]
fn EndpointView(
    /// The endpoint and its deliveries, as loaded.
    detail: EndpointDetail,
    /// Loaded again after each change.
    resource: Detail,
    /// What the reader is doing, kept across loads.
    ui: PageState,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let navigate = use_navigate();
    let reader_admin = use_session().is_admin_untracked();
    let endpoint = detail.endpoint.clone();
    let id = endpoint.id;
    let stored = StoredValue::new(endpoint.clone());
    let PageState { editing, confirming, secret, error } = ui;
    let act = Action::new_local(move |ask: &Ask| {
        let ask = *ask;
        let navigate = navigate.clone();
        async move {
            confirming.set(None);
            error.set(None);
            let done = match ask {
                Ask::Test => api::webhooks::send_test(id).await.map(|_| "webhooks-test-sent"),
                Ask::Switch(on) => {
                    let request = request_of(&stored.get_value(), on);
                    api::webhooks::update(id, &request).await.map(|_| {
                        if on {
                            "webhooks-switched-on"
                        } else {
                            "webhooks-switched-off"
                        }
                    })
                }
                Ask::Rotate => api::webhooks::rotate(id).await.map(|rotated| {
                    secret.set(Some(rotated));
                    "webhooks-rotated"
                }),
                Ask::Delete => api::webhooks::remove(id).await.map(|()| "webhooks-deleted"),
            };
            match done {
                Ok(message) => {
                    toasts.show(message);
                    if ask == Ask::Delete {
                        navigate("/webhooks", Default::default());
                    } else {
                        resource.refetch();
                    }
                }
                Err(failure) => error.set(Some(failure)),
            }
        }
    });
    let on = endpoint.state == EndpointState::On;
    let events = endpoint.events.iter().map(|e| view! { <li>{event_view(*e)}</li> }).collect_view();
    let scope = match &endpoint.scope {
        None => i18n.tr("webhooks-scope-company"),
        Some(entities) => entities.iter().map(|e| e.name.clone()).collect::<Vec<_>>().join(", "),
    };
    view! {
        <h1>
            <bdi class="webhook-url" translate="no">
                {endpoint.url.clone()}
            </bdi>
        </h1>
        {(!endpoint.description.is_empty())
            .then(|| {
                view! {
                    <p class="lead">
                        <bdi>{endpoint.description.clone()}</bdi>
                    </p>
                }
            })}
        {move || error.get().map(|e| view! { <ErrorPanel error=e /> })}
        {move || {
            secret
                .get()
                .map(|s| {
                    view! {
                        <SecretPanel
                            name=s.endpoint.url
                            secret=s.secret
                            texts=SECRET_TEXTS
                            on_done=move |()| secret.set(None)
                        />
                    }
                })
        }}
        <dl class="facts">
            <dt>{i18n::msg("webhooks-state")}</dt>
            <dd>
                <span class=state_class(endpoint.state) data-testid="webhook-state">
                    {i18n::msg(state_message_id(endpoint.state))}
                </span>
                {endpoint
                    .failing_since
                    .map(|at| {
                        view! {
                            <span class="cell-note">{i18n::msg("webhooks-failing-since")}" "<Moment at=at /></span>
                        }
                    })}
            </dd>
            <dt>{i18n::msg("webhooks-events")}</dt>
            <dd>
                <ul class="plain-list">{events}</ul>
            </dd>
            <dt>{i18n::msg("webhooks-scope")}</dt>
            <dd>
                <bdi>{scope}</bdi>
            </dd>
            <dt>{i18n::msg("webhooks-created")}</dt>
            <dd>
                <Moment at=endpoint.created_at />
            </dd>
            {endpoint
                .previous_secret_until
                .map(|until| {
                    view! {
                        <dt>{i18n::msg("webhooks-previous-secret")}</dt>
                        <dd>{i18n::msg("webhooks-previous-secret-until")}" "<Moment at=until /></dd>
                    }
                })}
        </dl>
        <div class="form-buttons webhook-buttons" hidden=move || editing.get()>
            {on
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="button primary"
                            data-testid="send-test"
                            on:click=move |_| {
                                act.dispatch(Ask::Test);
                            }
                        >
                            {i18n::msg("webhooks-send-test")}
                        </button>
                    }
                })}
            <button
                type="button"
                class="button secondary"
                data-testid="switch"
                on:click=move |_| {
                    if on {
                        confirming.set(Some(Ask::Switch(false)));
                    } else {
                        act.dispatch(Ask::Switch(true));
                    }
                }
            >
                {i18n::msg(if on { "webhooks-switch-off" } else { "webhooks-switch-on" })}
            </button>
            <button type="button" class="button secondary" on:click=move |_| editing.set(true)>
                {i18n::msg("webhooks-edit")}
            </button>
            <button type="button" class="button secondary" on:click=move |_| confirming.set(Some(Ask::Rotate))>
                {i18n::msg("webhooks-rotate")}
            </button>
            <button type="button" class="button danger" on:click=move |_| confirming.set(Some(Ask::Delete))>
                {i18n::msg("webhooks-delete")}
            </button>
        </div>
        <Show when=move || editing.get()>
            <EndpointForm
                entities=load_entities()
                reader_admin=reader_admin
                editing=Some(stored.get_value())
                hidden=Signal::derive(|| false)
                on_saved=move |_| {
                    editing.set(false);
                    toasts.show("webhooks-saved");
                    resource.refetch();
                }
                on_cancel=move |()| editing.set(false)
            />
        </Show>
        <DeliveriesTable endpoint=id deliveries=detail.deliveries on_resent=move |()| resource.refetch() />
        <ConfirmDialog
            open=Signal::derive(move || confirming.get().is_some())
            title=Signal::derive(move || i18n.tr(texts(confirming.get()).0))
            body=Signal::derive(move || i18n.tr(texts(confirming.get()).1))
            confirm_label=Signal::derive(move || i18n.tr(texts(confirming.get()).2))
            danger=Signal::derive(move || texts(confirming.get()).3)
            on_confirm=move |()| {
                if let Some(ask) = confirming.get_untracked() {
                    act.dispatch(ask);
                }
            }
            on_cancel=move |()| confirming.set(None)
        />
    }
}

/// The confirmation's words for what is asked: title, body, button, and whether it is a
/// danger.
fn texts(ask: Option<Ask>) -> (&'static str, &'static str, &'static str, bool) {
    match ask {
        Some(Ask::Rotate) => ("webhooks-rotate-title", "webhooks-rotate-body", "webhooks-rotate", false),
        Some(Ask::Switch(false)) => ("webhooks-off-title", "webhooks-off-body", "webhooks-switch-off", true),
        _ => ("webhooks-delete-title", "webhooks-delete-body", "webhooks-delete", true),
    }
}

/// The endpoint's settings as they are, switched on or off.
fn request_of(endpoint: &Endpoint, on: bool) -> EndpointRequest {
    EndpointRequest {
        url: endpoint.url.clone(),
        description: endpoint.description.clone(),
        events: endpoint.events.clone(),
        scope: endpoint.scope.as_ref().map(|s| s.iter().map(|e| e.id).collect()),
        enabled: Some(on),
    }
}
