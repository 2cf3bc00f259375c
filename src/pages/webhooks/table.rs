//! The list of endpoints: address and description, what they hear, state, what waits.

use espace_api::webhooks::Endpoint;
use leptos::prelude::*;
use leptos_router::components::A;

use super::{state_class, state_message_id};
use crate::components::table_region::TableRegion;
use crate::i18n;

const HEADINGS: [&str; 4] =
    ["webhooks-col-endpoint", "webhooks-col-events", "webhooks-col-state", "webhooks-col-pending"];

#[component]
pub fn EndpointsTable(
    /// The endpoints, as loaded (oldest first).
    endpoints: Vec<Endpoint>,
) -> impl IntoView {
    if endpoints.is_empty() {
        return view! {
            <p class="empty" data-testid="webhooks-empty">
                {i18n::msg("webhooks-empty")}
            </p>
        }
        .into_any();
    }
    let rows = endpoints
        .into_iter()
        .map(|e| {
            let events = e.events.len();
            let pending = e.pending;
            view! {
                <tr data-testid="webhook-row">
                    <th scope="row">
                        <A href=format!("/webhooks/{}", e.id)>
                            <bdi class="webhook-url" translate="no">
                                {e.url}
                            </bdi>
                        </A>
                        {(!e.description.is_empty())
                            .then(|| {
                                view! {
                                    <span class="cell-note">
                                        <bdi>{e.description}</bdi>
                                    </span>
                                }
                            })}
                    </th>
                    <td>{i18n::msg_with("webhooks-events-count", move || [("count", events.into())])}</td>
                    <td>
                        <span class=state_class(e.state)>{i18n::msg(state_message_id(e.state))}</span>
                    </td>
                    <td>{i18n::msg_with("webhooks-pending-count", move || [("count", pending.into())])}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion labelled_by="webhooks-list-title" headings=&HEADINGS testid="webhooks-table">
            {rows}
        </TableRegion>
    }
    .into_any()
}
