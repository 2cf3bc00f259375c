//! The ids of the things a company holds, each its own type: a user's id cannot be passed
//! where an entity's or a company's is expected (`in_scope(conn, company, scope, user)` no
//! longer compiles with two ids swapped). On the wire and in the database they are plain
//! integers (`serde(transparent)`, `sqlx(transparent)`).

use std::fmt;

macro_rules! id_types {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(transparent))]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = i64))]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }
    )+};
}

id_types! {
    /// A user of a company.
    UserId,
    /// A customer company.
    CompanyId,
    /// An entity of a company (a site, a subsidiary).
    EntityId,
    /// A service a company subscribes to.
    ServiceId,
    /// An API token.
    TokenId,
    /// A webhook endpoint.
    EndpointId,
    /// One message to one webhook endpoint (its tries share the `webhook-id` `msg_<id>`).
    DeliveryId,
}
