//! The reference's code samples: curl lines and JSON bodies, built from the page's own origin
//! and from the contract's types, so that they name the fields and values the server reads.
//! Samples are code: nothing here is translated.

use espace_api::bulk::{BulkAction, BulkItem, BulkOutcome, BulkReport, BulkRequest, BulkSkip};
use espace_api::entities::EntityRef;
use espace_api::users::{
    ActionRequest, CreateUserRequest, PermissionsRequest, Role, UpdateUserRequest, UserAction, UserPage, UserRow,
    UserStatus,
};
use espace_api::{ApiError, EntityId, ErrorCode, FieldError, FieldErrorCode, Language, ServiceId, UserId};
use serde::Serialize;

pub use espace_api::v1::{Access, Method, CALLS_PER_MINUTE, PREFIX};

/// Where SCIM 2.0 starts, after the origin.
pub const SCIM_PREFIX: &str = "/scim/v2";
/// The shell variable the samples read the token from.
pub const TOKEN_VARIABLE: &str = "ESPACE_TOKEN";
/// The user every single-user sample acts on.
pub const SAMPLE_USER: UserId = UserId(42);

/// The lines that set the token for the samples, without it staying in the shell's history.
pub fn token_setup() -> String {
    format!("read -rs {TOKEN_VARIABLE} && export {TOKEN_VARIABLE}")
}

/// A curl command on several lines (continued with `\`), ready to paste into a POSIX shell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Curl<'a> {
    pub method: Method,
    /// After the origin, query included.
    pub path: &'a str,
    /// Sends `Authorization: Bearer $ESPACE_TOKEN`.
    pub token: bool,
    /// A JSON body, sent with its content type.
    pub body: Option<&'a str>,
    /// Saves the answer in this file rather than printing it.
    pub output: Option<&'a str>,
}

impl Curl<'_> {
    pub fn render(&self, origin: &str) -> String {
        let mut first = String::from("curl -sS");
        if self.method != Method::Get {
            first.push_str(" -X ");
            first.push_str(self.method.as_str());
        }
        if let Some(file) = self.output {
            first.push_str(" -o ");
            first.push_str(file);
        }
        first.push_str(&format!(" \"{origin}{}\"", self.path));
        let mut lines = vec![first];
        if self.token {
            lines.push(format!("-H \"Authorization: Bearer ${TOKEN_VARIABLE}\""));
        }
        if let Some(body) = self.body {
            lines.push("-H \"Content-Type: application/json\"".to_owned());
            lines.push(format!("--data '{}'", shell_single_quoted(body)));
        }
        lines.join(" \\\n  ")
    }
}

/// Text for inside single quotes: a quote closes them, so it is written `'\''`.
fn shell_single_quoted(text: &str) -> String {
    text.replace('\'', "'\\''")
}

/// JSON as the samples show it: indented by two spaces.
pub fn pretty<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// `POST /api/v1/users`.
pub fn create_body() -> String {
    pretty(&CreateUserRequest {
        first_name: "Ada".into(),
        last_name: "Lovelace".into(),
        role: Some(Role::User),
        entity_id: Some(EntityId(2)),
        scope: Vec::new(),
        email: "ada.lovelace@example.com".into(),
        notification_email: String::new(),
        language: Language::En,
        service_ids: vec![ServiceId(1), ServiceId(3)],
        send_activation: true,
        idempotency_key: "hr-000042".into(),
    })
}

/// `PATCH /api/v1/users/{id}`.
pub fn update_body() -> String {
    pretty(&UpdateUserRequest {
        first_name: "Ada".into(),
        last_name: "King".into(),
        entity_id: EntityId(2),
        notification_email: "assistant@example.com".into(),
        language: Language::Fr,
        service_ids: vec![ServiceId(1)],
        version: 3,
    })
}

/// `PUT /api/v1/users/{id}/permissions`.
pub fn permissions_body() -> String {
    pretty(&PermissionsRequest { role: Role::TeamAdmin, scope: vec![EntityId(2), EntityId(3)], version: 4 })
}

/// `POST /api/v1/users/{id}/actions`.
pub fn action_body() -> String {
    pretty(&ActionRequest { action: UserAction::Deactivate, version: 5 })
}

/// `POST /api/v1/users/bulk`: a service for three people.
pub fn bulk_body() -> String {
    pretty(&BulkRequest {
        action: BulkAction::AssignService,
        ids: vec![SAMPLE_USER, UserId(43), UserId(44)],
        service_id: Some(ServiceId(1)),
        entity_id: None,
        batch: None,
    })
}

/// An answer of `POST /api/v1/users/bulk`: one done, one skipped with its reason.
pub fn bulk_answer() -> String {
    let item = |id, name: &str, outcome, reason| BulkItem {
        id,
        name: Some(name.to_owned()),
        email: Some(format!("{}@example.com", name.to_lowercase().replace(' ', "."))),
        outcome,
        reason,
    };
    pretty(&BulkReport {
        batch: "k3v9Qm2TzX8wLp4R".to_owned(),
        items: vec![
            item(SAMPLE_USER, "Ada Lovelace", BulkOutcome::Done, None),
            item(UserId(43), "Alan Turing", BulkOutcome::Skipped, Some(BulkSkip::AlreadyDone)),
        ],
    })
}

/// An answer of `GET /api/v1/users`: one page of one user.
pub fn list_answer() -> String {
    pretty(&UserPage {
        users: vec![UserRow {
            id: SAMPLE_USER,
            first_name: "Ada".into(),
            last_name: "Lovelace".into(),
            email: "ada.lovelace@example.com".into(),
            role: Role::User,
            status: UserStatus::Active,
            entity: EntityRef { id: EntityId(2), name: "Agence de Lyon".into() },
            email_verified: true,
            services: 2,
            last_sign_in_at: Some(1_795_000_000),
            version: 3,
            invitation_expired: false,
            consent_version: Some("2026-11".into()),
            consent_at: Some(1_764_600_000),
            policy_outdated: false,
        }],
        total: 1,
        page: 1,
        size: 50,
        company_total: 312,
    })
}

/// An error answer, without its `message`: the page writes it in the reader's language, the way
/// the server does (`message_of`).
pub fn sample_error() -> ApiError {
    ApiError {
        code: ErrorCode::Validation,
        message: String::new(),
        fields: vec![
            FieldError { field: "email".into(), code: FieldErrorCode::InvalidEmail, max: None },
            FieldError { field: "last_name".into(), code: FieldErrorCode::TooLong, max: Some(100) },
        ],
        reference: "7KQ2M9XH4RPA".into(),
        contact: None,
    }
}

/// An error's `message` as the server writes it (`server/src/error.rs`, `localized_message`):
/// the error's text, then each field's name and text.
pub fn message_of(error: &ApiError, error_text: &str, field_text: impl Fn(&FieldError) -> String) -> String {
    let mut message = error_text.to_owned();
    for field in &error.fields {
        message.push_str(&format!(" {}: {}", field.field, field_text(field)));
    }
    message
}

/// The statuses that allow an action, as the contract's lifecycle says.
pub fn statuses_allowing(action: UserAction) -> Vec<&'static str> {
    UserStatus::ALL.into_iter().filter(|s| s.actions().contains(&action)).map(UserStatus::as_str).collect()
}

/// One piece of a translated sentence: its text, or the code for one of its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Code(usize),
}

/// The value given to a sentence's `n`th code variable: a private-use character that Fluent
/// passes through untouched (variables are never transformed, not even by the pseudo-locale),
/// found again by `pieces` to show the code in its own element.
pub fn marker(n: usize) -> String {
    char::from_u32(MARKER_BASE + n as u32).map(String::from).unwrap_or_default()
}

const MARKER_BASE: u32 = 0xE000;
const MARKER_LAST: u32 = 0xE0FF;

/// Splits a rendered sentence at its markers.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        let code = u32::from(c);
        if (MARKER_BASE..=MARKER_LAST).contains(&code) {
            if !current.is_empty() {
                out.push(Piece::Text(std::mem::take(&mut current)));
            }
            out.push(Piece::Code((code - MARKER_BASE) as usize));
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(Piece::Text(current));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_get_sends_the_token_only() {
        let curl = Curl { method: Method::Get, path: "/api/v1/users?q=ada", token: true, body: None, output: None };
        assert_eq!(
            curl.render("https://espace.example.com"),
            "curl -sS \"https://espace.example.com/api/v1/users?q=ada\" \\\n  -H \"Authorization: Bearer $ESPACE_TOKEN\""
        );
    }

    #[test]
    fn a_body_goes_as_json_in_single_quotes() {
        let curl = Curl {
            method: Method::Patch,
            path: "/api/v1/users/42",
            token: true,
            body: Some("{\"a\": \"O'Brien\"}"),
            output: None,
        };
        assert_eq!(
            curl.render("http://127.0.0.1:8080"),
            "curl -sS -X PATCH \"http://127.0.0.1:8080/api/v1/users/42\" \\\n  \
             -H \"Authorization: Bearer $ESPACE_TOKEN\" \\\n  \
             -H \"Content-Type: application/json\" \\\n  \
             --data '{\"a\": \"O'\\''Brien\"}'"
        );
    }

    #[test]
    fn the_document_needs_no_token() {
        let curl = Curl {
            method: Method::Get,
            path: "/api/v1/openapi.json",
            token: false,
            body: None,
            output: Some("openapi.json"),
        };
        assert_eq!(curl.render("https://x.fr"), "curl -sS -o openapi.json \"https://x.fr/api/v1/openapi.json\"");
    }

    #[test]
    fn bodies_read_back_as_the_contract_types() {
        let create: CreateUserRequest = serde_json::from_str(&create_body()).unwrap();
        assert!(create.validate().is_empty() && create.validate_key().is_empty());
        let update: UpdateUserRequest = serde_json::from_str(&update_body()).unwrap();
        assert!(update.validate().is_empty());
        let permissions: PermissionsRequest = serde_json::from_str(&permissions_body()).unwrap();
        assert!(permissions.validate().is_empty());
        let action: ActionRequest = serde_json::from_str(&action_body()).unwrap();
        assert_eq!(action.action, UserAction::Deactivate);
        let page: UserPage = serde_json::from_str(&list_answer()).unwrap();
        assert_eq!(page.users[0].id, SAMPLE_USER);
        let error: ApiError = serde_json::from_str(&pretty(&sample_error())).unwrap();
        assert_eq!(error.fields.len(), 2);
        let message = message_of(&error, "Fix:", |f| f.code.as_str().to_owned());
        assert_eq!(message, "Fix: email: invalid-email last_name: too-long");
        let bulk: BulkRequest = serde_json::from_str(&bulk_body()).unwrap();
        assert_eq!(bulk.action, BulkAction::AssignService);
        let report: BulkReport = serde_json::from_str(&bulk_answer()).unwrap();
        assert_eq!((report.done(), report.skipped()), (1, 1));
        for body in [create_body(), update_body(), permissions_body(), action_body(), bulk_body()] {
            assert!(!body.contains('\''), "a quote would need escaping in the shell: {body}");
        }
    }

    #[test]
    fn actions_follow_the_lifecycle() {
        assert_eq!(statuses_allowing(UserAction::Delete), ["created", "invited"]);
        assert_eq!(statuses_allowing(UserAction::Reactivate), ["deactivated"]);
        for action in UserAction::ALL {
            assert!(!statuses_allowing(action).is_empty(), "{action:?}");
        }
    }

    #[test]
    fn markers_split_sentences_around_code() {
        let text = format!("Send {} in the {} header.", marker(0), marker(1));
        assert_eq!(
            pieces(&text),
            [
                Piece::Text("Send ".into()),
                Piece::Code(0),
                Piece::Text(" in the ".into()),
                Piece::Code(1),
                Piece::Text(" header.".into())
            ]
        );
        assert_eq!(pieces(&marker(2)), [Piece::Code(2)]);
        assert_eq!(pieces("Plain."), [Piece::Text("Plain.".into())]);
    }
}
