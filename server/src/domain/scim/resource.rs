//! A user as a SCIM resource (RFC 7643 §4.1, with the enterprise extension), and the
//! projection a client asks for (`attributes`, `excludedAttributes`).

use espace_api::users::UserStatus;
use serde_json::{json, Value};

use super::meta;
use crate::store::users::User;

/// RFC 3339 in UTC: the spreadsheets' date and time with its `T` and `Z`.
fn rfc3339(unix: i64) -> String {
    format!("{}Z", crate::spreadsheet::utc(unix).replacen(' ', "T", 1))
}

/// A user as a SCIM resource.
pub fn resource(u: &User, base: &str) -> Value {
    let kind = u.scim_email_type.as_deref().unwrap_or("work");
    let primary = u.scim_email_primary.is_none_or(|p| p != 0);
    let mut emails = vec![json!({ "value": u.email, "type": kind, "primary": primary })];
    if let Some(n) = u.notification_email.as_deref().filter(|n| !n.eq_ignore_ascii_case(&u.email)) {
        emails.push(json!({ "value": n, "type": "other", "primary": false }));
    }
    let mut body = json!({
        "schemas": [meta::USER, meta::ENTERPRISE, meta::ESPACE],
        "id": u.id.to_string(),
        "userName": u.scim_user_name.as_deref().unwrap_or(&u.email),
        "name": { "givenName": u.first_name, "familyName": u.last_name },
        "displayName": format!("{} {}", u.first_name, u.last_name),
        "emails": emails,
        "active": u.status != UserStatus::Deactivated,
        meta::ENTERPRISE: { "department": u.entity_name },
        meta::ESPACE: { "secondStep": u.has_second_step != 0 },
        "meta": {
            "resourceType": "User",
            "created": rfc3339(u.created_at),
            "lastModified": rfc3339(u.created_at.max(u.status_changed_at)),
            "location": format!("{base}/scim/v2/Users/{}", u.id),
            "version": format!("W/\"{}\"", u.version)
        }
    });
    if let (Some(external), Some(map)) = (&u.external_id, body.as_object_mut()) {
        map.insert("externalId".into(), external.clone().into());
    }
    body
}

/// `attributes` and `excludedAttributes` (RFC 7644 §3.4.2.5), as asked for.
#[derive(Debug, Clone, Default)]
pub struct Projection {
    pub attributes: Option<String>,
    pub excluded: Option<String>,
}

impl Projection {
    fn paths(list: Option<&str>) -> Vec<String> {
        list.map(|l| l.split(',').map(|p| p.trim().to_ascii_lowercase()).filter(|p| !p.is_empty()).collect())
            .unwrap_or_default()
    }

    /// `id`, `schemas` and `meta` are always returned.
    pub fn apply(&self, mut resource: Value) -> Value {
        let Some(map) = resource.as_object_mut() else { return resource };
        let enterprise = format!("{}:", meta::ENTERPRISE.to_ascii_lowercase());
        let core = format!("{}:", meta::USER.to_ascii_lowercase());
        let short = |p: &str| -> String {
            let p = p.strip_prefix(&core).unwrap_or(p);
            match p.strip_prefix(&enterprise) {
                Some(attr) => format!("{}.{attr}", meta::ENTERPRISE.to_ascii_lowercase()),
                None => p.to_owned(),
            }
        };
        let wanted: Vec<String> = Self::paths(self.attributes.as_deref()).iter().map(|p| short(p)).collect();
        let excluded: Vec<String> = Self::paths(self.excluded.as_deref()).iter().map(|p| short(p)).collect();
        let always = ["id", "schemas", "meta"];
        let keys: Vec<String> = map.keys().cloned().collect();
        for key in keys {
            let lower = key.to_ascii_lowercase();
            if always.contains(&lower.as_str()) {
                continue;
            }
            let keep_all = wanted.is_empty() || wanted.contains(&lower);
            let keep_some: Vec<String> =
                wanted.iter().filter_map(|w| w.strip_prefix(&format!("{lower}.")).map(str::to_owned)).collect();
            if excluded.contains(&lower) || (!keep_all && keep_some.is_empty()) {
                map.remove(&key);
                continue;
            }
            let drop_some: Vec<String> =
                excluded.iter().filter_map(|e| e.strip_prefix(&format!("{lower}.")).map(str::to_owned)).collect();
            if let Some(Value::Object(inner)) = map.get_mut(&key) {
                if !keep_all {
                    inner.retain(|k, _| keep_some.contains(&k.to_ascii_lowercase()));
                }
                inner.retain(|k, _| !drop_some.contains(&k.to_ascii_lowercase()));
            }
        }
        resource
    }
}
