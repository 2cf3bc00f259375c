//! What a request says a person should become: a full resource (POST, PUT) or PATCH operations
//! (RFC 7644 §3.5.2), read into `Wanted` by attribute path, as Entra ID and Okta send them
//! (capitalised operations, `"False"` as a string, attribute names in any case). Pure: the
//! caller applies `Wanted` through the domain.

use espace_api::users::UserStatus;
use espace_api::Language;
use serde_json::{Map, Value};

use super::error::ScimError;
use super::meta;
use super::values::{boolean, get, language, object, text, DirectoryEmail};
use crate::store::users::User;

/// What a person should look like after a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Wanted {
    /// SCIM's `userName`: the sign-in e-mail, unless the directory uses something else.
    pub user_name: String,
    /// The sign-in e-mail (the work or primary e-mail, else `userName`).
    pub email: String,
    /// How the directory labels it in `emails`.
    pub email_type: Option<String>,
    pub email_primary: Option<bool>,
    pub first_name: String,
    pub last_name: String,
    pub notification_email: String,
    pub language: Language,
    pub department: Option<String>,
    pub active: bool,
    pub external_id: Option<String>,
}

impl Wanted {
    /// Nobody yet: a new person in a company whose language is `language`.
    pub fn new(language: Language) -> Wanted {
        Wanted {
            user_name: String::new(),
            email: String::new(),
            email_type: None,
            email_primary: None,
            first_name: String::new(),
            last_name: String::new(),
            notification_email: String::new(),
            language,
            department: None,
            active: true,
            external_id: None,
        }
    }

    /// The person as they are.
    pub fn of(u: &User) -> Wanted {
        Wanted {
            user_name: u.scim_user_name.clone().unwrap_or_else(|| u.email.clone()),
            email: u.email.clone(),
            email_type: u.scim_email_type.clone(),
            email_primary: u.scim_email_primary.map(|p| p != 0),
            first_name: u.first_name.clone(),
            last_name: u.last_name.clone(),
            notification_email: u.notification_email.clone().unwrap_or_default(),
            language: u.language,
            department: Some(u.entity_name.clone()),
            active: u.status != UserStatus::Deactivated,
            external_id: u.external_id.clone(),
        }
    }

    /// Sets one attribute by its path (`name.givenName`, the enterprise `department`…).
    pub fn set(&mut self, path: &str, value: Option<&Value>) -> Result<(), ScimError> {
        let lower = path.to_ascii_lowercase();
        let enterprise = format!("{}:", meta::ENTERPRISE.to_ascii_lowercase());
        let core = format!("{}:", meta::USER.to_ascii_lowercase());
        let path = lower.strip_prefix(&core).unwrap_or(&lower);
        if let Some(attr) = path.strip_prefix(&enterprise) {
            if attr == "department" {
                self.department = value.and_then(|v| text(Some(v)));
            }
            return Ok(());
        }
        match path {
            "username" => self.user_name = text(value).unwrap_or_default(),
            "name.givenname" => self.first_name = text(value).unwrap_or_default(),
            "name.familyname" => self.last_name = text(value).unwrap_or_default(),
            "externalid" => self.external_id = text(value).filter(|v| !v.is_empty()),
            "preferredlanguage" => {
                if let Some(lang) = text(value).as_deref().and_then(language) {
                    self.language = lang;
                }
            }
            "active" => self.active = value.map(boolean).transpose()?.unwrap_or(true),
            "name" => {
                if let Some(Value::Object(name)) = value {
                    for (k, v) in name {
                        self.set(&format!("name.{k}"), Some(v))?;
                    }
                }
            }
            _ if path.starts_with("emails") => self.emails(path, value)?,
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user" => {
                if let Some(Value::Object(ext)) = value {
                    for (k, v) in ext {
                        self.set(&format!("{enterprise}{k}"), Some(v))?;
                    }
                }
            }
            // Read-only or not kept (displayName is the names; meta, id, groups…).
            _ => {}
        }
        Ok(())
    }

    /// `emails`: the primary (else work, else first) one is the sign-in e-mail, another one
    /// receives the notifications.
    fn emails(&mut self, path: &str, value: Option<&Value>) -> Result<(), ScimError> {
        let Some(value) = value else {
            self.notification_email.clear();
            return Ok(());
        };
        if path != "emails" {
            // emails[type eq "work"].value and the like: a plain value for that address.
            if path.contains("other") {
                self.notification_email = text(Some(value)).unwrap_or_default();
            } else if let Some(v) = text(Some(value)) {
                self.email = v;
            }
            return Ok(());
        }
        let list = match value {
            Value::Array(list) => list.as_slice(),
            other => std::slice::from_ref(other),
        };
        let addresses: Vec<DirectoryEmail> =
            list.iter().filter_map(|email| email.as_object().and_then(DirectoryEmail::read)).collect();
        let login = addresses
            .iter()
            .position(|e| e.primary == Some(true))
            .or_else(|| addresses.iter().position(DirectoryEmail::is_work))
            .or(if addresses.is_empty() { None } else { Some(0) });
        if let Some(login) = login {
            let chosen = &addresses[login];
            self.email = chosen.address.clone();
            (self.email_type, self.email_primary) = (chosen.kind.clone(), chosen.primary);
            self.notification_email = addresses
                .iter()
                .enumerate()
                .find(|(i, e)| *i != login && !e.address.eq_ignore_ascii_case(&self.email))
                .map(|(_, e)| e.address.clone())
                .unwrap_or_default();
        }
        Ok(())
    }

    /// A PatchOp's operations, in order (RFC 7644 §3.5.2): `add` and `replace` with or without
    /// a path, `remove` with one (required attributes cannot be removed).
    pub fn apply_patch(&mut self, body: &Map<String, Value>) -> Result<(), ScimError> {
        let ops = get(body, "Operations")
            .and_then(Value::as_array)
            .ok_or_else(|| ScimError::bad("invalidSyntax", "a PatchOp needs Operations"))?;
        for op in ops {
            let op = object(op)?;
            let kind = text(get(op, "op")).unwrap_or_default().to_ascii_lowercase();
            let path = text(get(op, "path"));
            let value = get(op, "value");
            // RFC 7644 §3.5.2: an operation aimed at a read-only attribute is a mutability
            // error (a whole resource sent back with it, by PUT or a path-less add, is fine:
            // read-only values there are ignored, RFC 7643 §2.2).
            if path.as_deref().is_some_and(|p| p.to_ascii_lowercase().starts_with(&meta::ESPACE.to_ascii_lowercase())) {
                return Err(ScimError::bad("mutability", format!("{} is read only", meta::ESPACE)));
            }
            match (kind.as_str(), path) {
                ("add" | "replace", Some(path)) => self.set(&path, value)?,
                ("add" | "replace", None) => match value {
                    Some(Value::Object(values)) => self.merge_resource(values)?,
                    _ => return Err(ScimError::bad("invalidValue", "a value object was expected")),
                },
                ("remove", Some(path)) => {
                    let lower = path.to_ascii_lowercase();
                    let required = ["username", "givenname", "familyname", "name", "active", "department", "emails"];
                    if required.iter().any(|r| lower.ends_with(r))
                        || lower.starts_with(&meta::ENTERPRISE.to_ascii_lowercase())
                    {
                        return Err(ScimError::bad("mutability", format!("{path} is required: it cannot be removed")));
                    }
                    self.set(&path, None)?;
                }
                ("remove", None) => return Err(ScimError::bad("noTarget", "remove needs a path")),
                _ => return Err(ScimError::bad("invalidSyntax", format!("unknown operation {kind}"))),
            }
        }
        Ok(())
    }

    /// Every attribute of a full resource (POST, PUT).
    pub fn merge_resource(&mut self, body: &Map<String, Value>) -> Result<(), ScimError> {
        for (key, value) in body {
            if key.eq_ignore_ascii_case("schemas") || key.eq_ignore_ascii_case("meta") || key.eq_ignore_ascii_case("id")
            {
                continue;
            }
            self.set(key, Some(value))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn patched(ops: Value) -> Result<Wanted, ScimError> {
        let mut wanted = Wanted::new(Language::Fr);
        wanted.user_name = "ada@acme.fr".into();
        wanted.email = "ada@acme.fr".into();
        wanted.apply_patch(json!({ "Operations": ops }).as_object().unwrap()).map(|()| wanted)
    }

    #[test]
    fn operations_as_entra_and_okta_send_them() {
        let w = patched(json!([
            { "op": "Replace", "path": "active", "value": "False" },
            { "op": "add", "path": "name.givenName", "value": "Ada" },
            { "op": "replace", "value": { "name": { "familyName": "Lovelace" }, "externalId": "e-1" } },
            { "op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "Lyon" },
            { "op": "remove", "path": "externalId" },
        ]))
        .unwrap();
        assert!(!w.active);
        assert_eq!((w.first_name.as_str(), w.last_name.as_str()), ("Ada", "Lovelace"));
        assert_eq!(w.department.as_deref(), Some("Lyon"));
        assert_eq!(w.external_id, None);
    }

    #[test]
    fn emails_choose_the_sign_in_address_and_the_notification_one() {
        let w = patched(json!([{ "op": "replace", "path": "emails", "value": [
            { "value": "ada@home.fr", "type": "home" },
            { "value": "ada@acme.fr", "type": "work", "primary": true },
        ] }]))
        .unwrap();
        assert_eq!((w.email.as_str(), w.notification_email.as_str()), ("ada@acme.fr", "ada@home.fr"));
        assert_eq!((w.email_type.as_deref(), w.email_primary), (Some("work"), Some(true)));
        let w = patched(json!([{ "op": "add", "path": "emails", "value": { "value": "x@acme.fr", "type": "Work" } }]))
            .unwrap();
        assert_eq!((w.email.as_str(), w.email_primary), ("x@acme.fr", None));
    }

    #[test]
    fn what_cannot_be_done_is_refused_with_its_scim_type() {
        let kind = |ops: Value| patched(ops).err().and_then(|e| e.scim_type);
        assert_eq!(kind(json!([{ "op": "remove", "path": "userName" }])), Some("mutability"));
        assert_eq!(kind(json!([{ "op": "remove" }])), Some("noTarget"));
        assert_eq!(kind(json!([{ "op": "move", "path": "a" }])), Some("invalidSyntax"));
        assert_eq!(kind(json!([{ "op": "replace", "path": "active", "value": "maybe" }])), Some("invalidValue"));
        let mut wanted = Wanted::new(Language::En);
        let missing = wanted.apply_patch(json!({}).as_object().unwrap());
        assert_eq!(missing.err().and_then(|e| e.scim_type), Some("invalidSyntax"));
    }
}
