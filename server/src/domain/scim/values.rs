//! Values as directories send them (RFC 7643 §2): attribute names in any case, booleans as
//! strings ("True"), numbers where text is meant, languages with a region.

use espace_api::Language;
use serde_json::{Map, Value};

use super::error::ScimError;

/// An attribute of a JSON object by name, in any case (RFC 7643 §2.1).
pub fn get<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    object.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

pub fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `true`, `false`, or the strings Entra ID sends ("True", "False").
pub fn boolean(value: &Value) -> Result<bool, ScimError> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(ScimError::bad("invalidValue", "active must be true or false")),
    }
}

/// One of `emails` as the directory sent it.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryEmail {
    pub address: String,
    /// `type`: `work`, `home`, `other`…
    pub kind: Option<String>,
    /// `primary`, when it was given.
    pub primary: Option<bool>,
}

impl DirectoryEmail {
    pub fn read(email: &Map<String, Value>) -> Option<DirectoryEmail> {
        Some(DirectoryEmail {
            address: text(get(email, "value"))?,
            kind: text(get(email, "type")),
            primary: get(email, "primary").map(|p| boolean(p).unwrap_or(false)),
        })
    }

    pub fn is_work(&self) -> bool {
        self.kind.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("work"))
    }
}

pub fn language(code: &str) -> Option<Language> {
    let lower = code.to_ascii_lowercase();
    Language::ALL.into_iter().find(|l| lower == l.as_str() || lower.starts_with(&format!("{}-", l.as_str())))
}

pub fn object(body: &Value) -> Result<&Map<String, Value>, ScimError> {
    body.as_object().ok_or_else(|| ScimError::bad("invalidSyntax", "a JSON object was expected"))
}
