use serde::{Deserialize, Serialize};

/// A service the company ordered, as shown in someone's space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceCard {
    pub id: crate::ServiceId,
    /// A product name (e.g. "Microsoft 365 Business Standard"): data, not interface text.
    pub name: String,
    /// Present for admins only: how many seats are taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats_used: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats_total: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySpace {
    pub services: Vec<ServiceCard>,
    /// Admins only: users created or invited who have not activated yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_activation: Option<u32>,
}
