//! What the SCIM service says about itself (RFC 7643 §5–7, RFC 7644 §4): its configuration,
//! the User resource type and the schemas of exactly the attributes it keeps.

use serde_json::{json, Value};

pub const USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/// What Espace alone knows of a person, read only: whether they have a second sign-in step.
pub const ESPACE: &str = "urn:ietf:params:scim:schemas:extension:espace:2.0:User";
pub const LIST: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
pub const ERROR: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
/// The most resources one list answer holds.
pub const MAX_RESULTS: i64 = 200;

pub fn service_provider_config(base: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        "documentationUri": format!("{base}/api-reference"),
        "patch": { "supported": true },
        "bulk": { "supported": false, "maxOperations": 0, "maxPayloadSize": 0 },
        "filter": { "supported": true, "maxResults": MAX_RESULTS },
        "changePassword": { "supported": false },
        "sort": { "supported": false },
        "etag": { "supported": false },
        "authenticationSchemes": [{
            "type": "oauthbearertoken",
            "name": "API token",
            "description": "An Espace API token, sent as Authorization: Bearer esp_…",
            "primary": true
        }],
        "meta": { "resourceType": "ServiceProviderConfig", "location": format!("{base}/scim/v2/ServiceProviderConfig") }
    })
}

pub fn resource_type(base: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
        "id": "User",
        "name": "User",
        "endpoint": "/Users",
        "description": "A person of the company",
        "schema": USER,
        "schemaExtensions": [{ "schema": ENTERPRISE, "required": false }, { "schema": ESPACE, "required": false }],
        "meta": { "resourceType": "ResourceType", "location": format!("{base}/scim/v2/ResourceTypes/User") }
    })
}

fn attribute(name: &str, kind: &str, required: bool, mutability: &str, extra: Value) -> Value {
    let mut a = json!({
        "name": name,
        "type": kind,
        "multiValued": false,
        "required": required,
        "caseExact": false,
        "mutability": mutability,
        "returned": "default",
        "uniqueness": "none"
    });
    if let (Some(a), Some(extra)) = (a.as_object_mut(), extra.as_object()) {
        for (k, v) in extra {
            a.insert(k.clone(), v.clone());
        }
    }
    a
}

pub fn user_schema(base: &str) -> Value {
    let text = |name: &str, required: bool| attribute(name, "string", required, "readWrite", json!({}));
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
        "id": USER,
        "name": "User",
        "description": "A person of the company",
        "attributes": [
            attribute("userName", "string", true, "readWrite", json!({ "uniqueness": "server" })),
            attribute("name", "complex", true, "readWrite", json!({ "subAttributes": [
                text("givenName", true), text("familyName", true)
            ]})),
            attribute("displayName", "string", false, "readOnly", json!({})),
            // Every account has a status: it is never absent.
            attribute("active", "boolean", true, "readWrite", json!({})),
            // Espace signs people in by e-mail: a person without one cannot be created.
            attribute("emails", "complex", true, "readWrite", json!({ "multiValued": true, "subAttributes": [
                text("value", true),
                attribute("type", "string", false, "readWrite", json!({ "canonicalValues": ["work", "other"] })),
                attribute("primary", "boolean", false, "readWrite", json!({}))
            ]}))
        ],
        "meta": { "resourceType": "Schema", "location": format!("{base}/scim/v2/Schemas/{USER}") }
    })
}

pub fn enterprise_schema(base: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
        "id": ENTERPRISE,
        "name": "EnterpriseUser",
        "description": "The department is the person's entity in Espace",
        // Every person belongs to an entity: the department is never absent.
        "attributes": [attribute("department", "string", true, "readWrite", json!({}))],
        "meta": { "resourceType": "Schema", "location": format!("{base}/scim/v2/Schemas/{ENTERPRISE}") }
    })
}

pub fn espace_schema(base: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
        "id": ESPACE,
        "name": "EspaceUser",
        "description": "What Espace keeps of a person beyond the core schema",
        "attributes": [attribute("secondStep", "boolean", false, "readOnly", json!({}))],
        "meta": { "resourceType": "Schema", "location": format!("{base}/scim/v2/Schemas/{ESPACE}") }
    })
}

pub fn list(resources: Vec<Value>, total: i64, start: i64) -> Value {
    json!({
        "schemas": [LIST],
        "totalResults": total,
        "startIndex": start,
        "itemsPerPage": resources.len(),
        "Resources": resources
    })
}
