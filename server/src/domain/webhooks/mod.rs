//! Webhooks: each audited change is queued, in its own transaction, for the company's endpoints
//! that chose its event type and reach its entity (`events`); instances deliver them signed,
//! in order per endpoint, once (`deliver`); administrators manage endpoints (`endpoints`).

pub mod deliver;
pub mod endpoints;
pub mod events;
pub mod signature;

use espace_api::webhooks::DeliveryId;

/// The `webhook-id` of a message: the same on every try, so receivers can drop repeats.
pub fn message_id(id: DeliveryId) -> String {
    format!("msg_{id}")
}
