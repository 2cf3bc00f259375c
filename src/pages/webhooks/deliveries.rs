//! An endpoint's latest deliveries: the event, when, tries, where it stands, the HTTP status,
//! how long it took, the error in words; each with its body (read on demand) and "Resend".

use espace_api::webhooks::{Delivery, DeliveryError, DeliveryId, DeliveryStatus, EndpointId};
use leptos::prelude::*;
use leptos_fluent::I18n;

use super::event_view;
use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::table_region::TableRegion;
use crate::components::time::Moment;
use crate::components::toast::use_toasts;
use crate::i18n;

const HEADINGS: [&str; 7] = [
    "webhooks-col-event",
    "webhooks-col-time",
    "webhooks-col-status",
    "webhooks-col-attempts",
    "webhooks-col-answer",
    "webhooks-col-error",
    "webhooks-col-actions",
];

fn status_message_id(status: DeliveryStatus) -> &'static str {
    match status {
        DeliveryStatus::Pending => "webhooks-delivery-pending",
        DeliveryStatus::Delivered => "webhooks-delivery-delivered",
        DeliveryStatus::Failed => "webhooks-delivery-failed",
    }
}

fn status_class(status: DeliveryStatus) -> &'static str {
    match status {
        DeliveryStatus::Pending => "badge badge-invited",
        DeliveryStatus::Delivered => "badge badge-active",
        DeliveryStatus::Failed => "badge badge-locked",
    }
}

/// The error in words: an HTTP status names its code.
fn error_text(i18n: I18n, error: DeliveryError, http_status: Option<u16>) -> String {
    let mut args = std::collections::HashMap::new();
    args.insert("status".into(), i64::from(http_status.unwrap_or_default()).into());
    i18n.tr_with_args(&error.message_id(), &args)
}

#[component]
pub fn DeliveriesTable(
    /// The endpoint whose deliveries these are.
    endpoint: EndpointId,
    /// The latest deliveries, newest first.
    deliveries: Vec<Delivery>,
    /// Called once a delivery is queued again.
    #[prop(into)]
    on_resent: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let failure = RwSignal::new(None::<espace_api::ApiError>);
    // The body shown, per delivery (read when first opened).
    let bodies = RwSignal::new(std::collections::HashMap::<DeliveryId, String>::new());
    let resend = Action::new_local(move |id: &DeliveryId| {
        let id = *id;
        async move {
            match api::webhooks::resend(endpoint, id).await {
                Ok(_) => {
                    toasts.show("webhooks-resent");
                    on_resent.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let load_body = Action::new_local(move |id: &DeliveryId| {
        let id = *id;
        async move {
            match api::webhooks::delivery(endpoint, id).await {
                Ok(detail) => bodies.update(|b| {
                    let pretty = serde_json::from_str::<serde_json::Value>(&detail.payload)
                        .and_then(|v| serde_json::to_string_pretty(&v))
                        .unwrap_or(detail.payload);
                    b.insert(id, pretty);
                }),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let title = view! { <h2 id="webhook-deliveries-title">{i18n::msg("webhooks-deliveries-title")}</h2> };
    if deliveries.is_empty() {
        return view! {
            {title}
            <p class="empty" data-testid="deliveries-empty">
                {i18n::msg("webhooks-deliveries-empty")}
            </p>
        }
        .into_any();
    }
    let rows = deliveries
        .into_iter()
        .map(|d| {
            let id = d.id;
            let answer = match (d.http_status, d.latency_ms) {
                (Some(status), Some(ms)) => {
                    Some(i18n::msg_with("webhooks-answer", move || [("status", status.into()), ("ms", ms.into())]))
                }
                (None, Some(ms)) => Some(i18n::msg_with("webhooks-latency", move || [("ms", ms.into())])),
                _ => None,
            };
            let (error, http_status) = (d.error, d.http_status);
            let error = move || error.map(|e| error_text(i18n, e, http_status));
            let attempts = d.attempts;
            let next = d.next_attempt_at.filter(|_| d.attempts > 0);
            view! {
                <tr data-testid="delivery-row" data-status=format!("{:?}", d.status).to_lowercase()>
                    <th scope="row">{event_view(d.event)}</th>
                    <td>
                        <Moment at=d.created_at />
                    </td>
                    <td>
                        <span class=status_class(d.status)>{i18n::msg(status_message_id(d.status))}</span>
                        {next
                            .map(|at| {
                                view! {
                                    <span class="cell-note">
                                        {i18n::msg("webhooks-next-attempt")}" "<Moment at=at relative=true />
                                    </span>
                                }
                            })}
                    </td>
                    <td>{attempts}</td>
                    <td>{answer}</td>
                    <td>{error}</td>
                    <td>
                        <details on:toggle=move |_| {
                            if !bodies.with_untracked(|b| b.contains_key(&id)) {
                                load_body.dispatch(id);
                            }
                        }>
                            <summary>{i18n::msg("webhooks-payload")}</summary>
                            <pre class="api-code" data-testid="delivery-payload" tabindex="0">
                                {move || bodies.with(|b| b.get(&id).cloned()).unwrap_or_default()}
                            </pre>
                        </details>
                        <button
                            type="button"
                            class="button secondary small"
                            on:click=move |_| {
                                resend.dispatch(id);
                            }
                        >
                            {i18n::msg("webhooks-resend")}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {title}
        {move || failure.get().map(|e| view! { <ErrorPanel error=e /> })}
        <TableRegion labelled_by="webhook-deliveries-title" headings=&HEADINGS testid="deliveries-table">
            {rows}
        </TableRegion>
    }
    .into_any()
}
