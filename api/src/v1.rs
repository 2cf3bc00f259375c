//! The public API's surface, `/api/v1`, in one place: its operations (method, path, the token
//! they need) and its limits. The server routes and documents them (its OpenAPI test checks
//! that the document has exactly these), and the app's API reference page lists them.

/// Where every path of version 1 starts, after the origin.
pub const PREFIX: &str = "/api/v1";

/// A token's calls per minute, after which the answer is 429 with `Retry-After`.
pub const CALLS_PER_MINUTE: u32 = 1200;

/// An operation's HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Patch,
    Put,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// What a call needs from its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No token at all (the OpenAPI document).
    None,
    /// Any token, read only or not.
    Any,
    /// A token that may manage users.
    Manage,
}

/// One operation of version 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// Its `operationId` in the OpenAPI document.
    pub id: &'static str,
    pub method: Method,
    /// After `PREFIX`, as OpenAPI writes it: `/users/{id}`.
    pub path: &'static str,
    pub access: Access,
}

pub const LIST_USERS: Operation =
    Operation { id: "list_users", method: Method::Get, path: "/users", access: Access::Any };
pub const CREATE_USER: Operation =
    Operation { id: "create_user", method: Method::Post, path: "/users", access: Access::Manage };
pub const GET_USER: Operation =
    Operation { id: "get_user", method: Method::Get, path: "/users/{id}", access: Access::Any };
pub const UPDATE_USER: Operation =
    Operation { id: "update_user", method: Method::Patch, path: "/users/{id}", access: Access::Manage };
pub const SET_PERMISSIONS: Operation =
    Operation { id: "set_permissions", method: Method::Put, path: "/users/{id}/permissions", access: Access::Manage };
pub const USER_ACTION: Operation =
    Operation { id: "user_action", method: Method::Post, path: "/users/{id}/actions", access: Access::Manage };
pub const BULK_ACTION: Operation =
    Operation { id: "bulk_action", method: Method::Post, path: "/users/bulk", access: Access::Manage };
pub const RENEW_INVITATIONS: Operation = Operation {
    id: "renew_invitations",
    method: Method::Post,
    path: "/users/invitations/renew",
    access: Access::Manage,
};
pub const SERVICES: Operation =
    Operation { id: "services", method: Method::Get, path: "/services", access: Access::Any };
pub const ENTITIES: Operation =
    Operation { id: "entities", method: Method::Get, path: "/entities", access: Access::Any };

pub const LIST_WEBHOOKS: Operation =
    Operation { id: "list_webhooks", method: Method::Get, path: "/webhooks", access: Access::Any };
pub const CREATE_WEBHOOK: Operation =
    Operation { id: "create_webhook", method: Method::Post, path: "/webhooks", access: Access::Manage };
pub const GET_WEBHOOK: Operation =
    Operation { id: "get_webhook", method: Method::Get, path: "/webhooks/{id}", access: Access::Any };
pub const UPDATE_WEBHOOK: Operation =
    Operation { id: "update_webhook", method: Method::Put, path: "/webhooks/{id}", access: Access::Manage };
pub const DELETE_WEBHOOK: Operation =
    Operation { id: "delete_webhook", method: Method::Delete, path: "/webhooks/{id}", access: Access::Manage };
pub const ROTATE_WEBHOOK_SECRET: Operation = Operation {
    id: "rotate_webhook_secret",
    method: Method::Post,
    path: "/webhooks/{id}/rotate",
    access: Access::Manage,
};
pub const SEND_TEST_EVENT: Operation =
    Operation { id: "send_test_event", method: Method::Post, path: "/webhooks/{id}/test", access: Access::Manage };
pub const GET_DELIVERY: Operation = Operation {
    id: "get_delivery",
    method: Method::Get,
    path: "/webhooks/{id}/deliveries/{delivery}",
    access: Access::Any,
};
pub const RESEND_DELIVERY: Operation = Operation {
    id: "resend_delivery",
    method: Method::Post,
    path: "/webhooks/{id}/deliveries/{delivery}/resend",
    access: Access::Manage,
};

/// Every documented operation, in the reference's order. The OpenAPI document itself
/// (`/openapi.json`, no token) is served beside them, not documented in itself.
pub const OPERATIONS: [Operation; 19] = [
    LIST_USERS,
    CREATE_USER,
    GET_USER,
    UPDATE_USER,
    SET_PERMISSIONS,
    USER_ACTION,
    BULK_ACTION,
    RENEW_INVITATIONS,
    SERVICES,
    ENTITIES,
    LIST_WEBHOOKS,
    CREATE_WEBHOOK,
    GET_WEBHOOK,
    UPDATE_WEBHOOK,
    DELETE_WEBHOOK,
    ROTATE_WEBHOOK_SECRET,
    SEND_TEST_EVENT,
    GET_DELIVERY,
    RESEND_DELIVERY,
];

/// The OpenAPI document of these operations, served without a token.
pub const OPENAPI: Operation =
    Operation { id: "openapi", method: Method::Get, path: "/openapi.json", access: Access::None };
